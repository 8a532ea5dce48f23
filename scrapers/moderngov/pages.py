"""Parse ModernGov HTML pages, for what the web service has no method for
(decision details) or where it is switched off (meeting lists, meeting
pages).  Pure functions from a page's bytes to records, with lxml.

ModernGov marks its content with stable classes: ``#modgov`` wraps the page,
``.mgLabel`` labels a field ("Decision Maker: ", "Voting:"), ``.mgWordPara``
holds pasted Word text, ``.mgHide`` hides a reference ("ref: 13567") and
``.mgTabTable`` lists rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import parse_qs, urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from models.dates import find_date
from models.records import LinkedDocument, MeetingRef

from .webservice import iso_date

_BLOCKS = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "br", "caption",
           "blockquote", "section", "article", "dt", "dd"}


def _tree(data: bytes):
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    try:
        return lxml_html.fromstring(text or "<html></html>")
    except (etree.ParserError, ValueError):
        return lxml_html.fromstring("<html></html>")


def _content_root(tree):
    for selector in ('//*[@id="modgov"]', '//*[contains(@class,"mgContent")]', "//body"):
        found = tree.xpath(selector)
        if found:
            return found[0]
    return tree


def _element_lines(element) -> list[str]:
    """Text of an element, one line per block, hidden parts left out."""
    for hidden in element.xpath('.//*[contains(@class,"mgHide")] | .//script | .//style | .//noscript'):
        hidden.drop_tree()
    parts: list[str] = []

    def walk(node):
        if not isinstance(node.tag, str):
            return
        if node.tag in _BLOCKS:
            parts.append("\n")
        if node.tag == "td":
            parts.append(" | ")
        if node.text:
            parts.append(node.text.replace("\n", " "))
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail.replace("\n", " "))
        if node.tag in _BLOCKS:
            parts.append("\n")

    walk(element)
    lines = []
    for line in "".join(parts).replace("\xa0", " ").split("\n"):
        line = re.sub(r"\s+", " ", line).strip().strip("|").strip()
        if line:
            lines.append(line)
    return lines


def page_text(data: bytes) -> str:
    """The readable text of a ModernGov page (navigation and scripts left out)."""
    return "\n".join(_element_lines(_content_root(_tree(data))))


def _label_values(root) -> dict[str, str]:
    """``<span class="mgLabel">Decision Maker: </span>Cabinet`` -> {"decision maker": "Cabinet"}."""
    values = {}
    for label in root.xpath('.//*[contains(@class,"mgLabel")]'):
        key = re.sub(r"\s+", " ", label.text_content()).strip().rstrip(":").strip().lower()
        parent = label.getparent()
        if parent is None or not key:
            continue
        if label.tag == "p":  # a label paragraph: the value is what follows
            continue
        whole = re.sub(r"\s+", " ", parent.text_content()).strip()
        value = whole[len(re.sub(r"\s+", " ", label.text_content()).strip()):].strip()
        values.setdefault(key, value)
    return values


@dataclass
class DecisionDetails:
    title: str
    decision: list[str]
    maker: Optional[str] = None
    status: Optional[str] = None
    key_decision: Optional[bool] = None
    call_in: Optional[bool] = None
    voting: Optional[str] = None
    portfolio_holder: Optional[str] = None
    reasons: list[str] = field(default_factory=list)
    published: Optional[str] = None
    decided: Optional[str] = None
    meeting: Optional[MeetingRef] = None
    documents: list[LinkedDocument] = field(default_factory=list)
    issue_id: Optional[str] = None


def _yes_no(value: Optional[str]) -> Optional[bool]:
    if not value:
        return None
    return value.strip().lower().startswith("yes")


def _query(url: str) -> dict[str, str]:
    return {k.lower(): v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def parse_decision_details(data: bytes, base_url: str = "") -> DecisionDetails:
    """``ieDecisionDetails.aspx``: one decision with its fields and text."""
    tree = _tree(data)
    root = _content_root(tree)
    title_nodes = root.xpath('.//*[contains(@class,"mgSubTitleTxt")]')
    title = re.sub(r"\s+", " ", title_nodes[0].text_content()).strip() if title_nodes else ""
    labels = _label_values(root)
    decision: list[str] = []
    reasons: list[str] = []
    for heading in root.xpath('.//*[contains(@class,"mgSubSubTitleTxt")]'):
        name = heading.text_content().strip().rstrip(":").lower()
        following = heading.getnext()
        if following is None:
            continue
        lines = _element_lines(following)
        if name.startswith("decision"):
            decision = lines
        elif name.startswith("reason"):
            reasons = lines
    meeting = None
    for link in root.xpath('.//a[contains(@href,"ieListDocuments.aspx")]'):
        query = _query(link.get("href"))
        text = link.text_content().strip()
        date_part, _, committee = text.partition(" - ")
        meeting = MeetingRef(source_id=query.get("mid") or query.get("meetingid") or "",
                             committee_source_id=query.get("cid"), committee=committee.strip() or None,
                             date=iso_date(date_part))
        break
    documents = _document_links(root, base_url)
    issue = root.xpath('.//a[contains(@href,"mgIssueHistoryHome.aspx")]/@href')
    return DecisionDetails(
        title=title,
        decision=decision,
        maker=labels.get("decision maker"),
        status=labels.get("decision status"),
        key_decision=_yes_no(labels.get("is key decision?")),
        call_in=_yes_no(labels.get("is subject to call in?")),
        voting=labels.get("voting"),
        portfolio_holder=labels.get("portfolio holder"),
        reasons=reasons,
        published=iso_date(labels.get("publication date")),
        decided=iso_date(labels.get("date of decision")),
        meeting=meeting,
        documents=documents,
        issue_id=_query(issue[0]).get("iid") if issue else None,
    )


def parse_meeting_links(data: bytes, base_url: str = "") -> list[MeetingRef]:
    """Meetings linked from a page (``ieListMeetings.aspx`` and others):
    every ``ieListDocuments.aspx?CId=&MId=`` link, with the date in its text."""
    refs, seen = [], set()
    for link in _tree(data).xpath('//a[contains(@href,"ieListDocuments.aspx")]'):
        query = _query(link.get("href"))
        meeting = query.get("mid") or query.get("meetingid")
        if not meeting or meeting in seen:
            continue
        seen.add(meeting)
        text = re.sub(r"\s+", " ", link.text_content()).strip()
        found = re.search(r"\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4}|\d{2}/\d{2}/\d{4}", text)
        day = (iso_date(found.group(0)) or find_date(found.group(0))) if found else None
        refs.append(MeetingRef(source_id=meeting, committee_source_id=query.get("cid"), committee=None, date=day,
                               status="Cancelled" if "cancel" in text.lower() else None))
    return refs


def parse_document_links(data: bytes, base_url: str = "") -> list[LinkedDocument]:
    """Documents linked from a page (``ieListDocuments.aspx``: printed
    minutes, agenda packs, reports)."""
    return _document_links(_tree(data), base_url)


def _absolute(base_url: str, href: str) -> str:
    return urljoin(base_url.rstrip("/") + "/", href) if base_url else href


def _document_links(root, base_url: str) -> list[LinkedDocument]:
    """Links to documents (``mgConvert2PDF.aspx``, ``documents/...``) under
    ``root``, once each, titled without ModernGov's "PDF 119 KB" size text."""
    documents, seen = [], set()
    for link in root.xpath('.//a[contains(@href,"mgConvert2PDF") or contains(@href,"documents/")]'):
        href = _absolute(base_url, link.get("href"))
        if href in seen:
            continue
        seen.add(href)
        for size in link.xpath('.//*[contains(@class,"mgFileSize")]'):
            size.drop_tree()
        documents.append(LinkedDocument(url=href, title=re.sub(r"\s+", " ", link.text_content()).strip() or None,
                                        attachment_id=_query(href).get("id")))
    return documents


def is_decision_page(data: bytes) -> bool:
    head = data[:200_000]
    return b"mgSubSubTitleTxt" in head and (b"Decision status" in head or b"Decision Maker" in head or b">Decision:" in head)


def decision_as_parsed(data: bytes, path: str, url: Optional[str] = None):
    """A decision page as a parsed document: one item whose lines are the
    decision text, then "Voting:" and "Portfolio Holder:" as the page states
    them, for the same tagger that reads minutes."""
    import hashlib

    from models.records import Decision, Document, Item, Line, MatterRef, Meeting, ParsedDocument

    details = parse_decision_details(data, base_url=url.rsplit("/", 1)[0] if url else "")
    lines = ["Decision:"] + details.decision
    if details.voting:
        lines.append(f"Voting: {details.voting}")
    if details.portfolio_holder:
        lines.append(f"Portfolio Holder: {details.portfolio_holder}")
    if details.reasons:
        lines += ["Reason"] + details.reasons
    item = Item(number=None, title=details.title, page=None, text="\n".join(lines),
                lines=[(None, Line(text=line)) for line in lines])
    # The decision record and the matter it decides: the issue id where the
    # page links the issue's history, else the decision's own title.
    item.decision = Decision(maker=details.maker, status=details.status, key_decision=details.key_decision,
                             call_in=details.call_in, decided=details.decided, published=details.published)
    item.matter = MatterRef(reference=f"IId {details.issue_id}" if details.issue_id else details.title,
                            title=details.title, role="decision")
    meeting = Meeting(
        committee=(details.meeting.committee if details.meeting else None) or details.maker,
        date=(details.meeting.date if details.meeting else None) or details.decided,
        source_id=details.meeting.source_id if details.meeting else None,
        committee_source_id=details.meeting.committee_source_id if details.meeting else None,
    )
    document = Document(path=path, sha256=hashlib.sha256(data).hexdigest(), media_type="text/html", url=url,
                        title=details.title)
    return ParsedDocument(document=document, meeting=meeting, items=[item], linked_documents=details.documents)
