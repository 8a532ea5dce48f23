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

from models import settings
from models.dates import find_date
from models.records import DecisionRef, LinkedDocument, MeetingRef

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


# -- the decisions register (mgDelegatedDecisions.aspx) ---------------------------

_DECISION_PAGE = re.compile(r"(?:^|/)(?:ie|mg)DecisionDetails\.aspx$", re.I)
_DMY = r"\d{1,2}/\d{1,2}/\d{4}"
_DATED_TITLE = re.compile(rf"^(?P<date>{_DMY})\s*[-–]\s*(?P<title>.+)$")
# A saved text of the register's list view: "11/05/2020 - Exempt Business ref: 714    Recommendations Approved".
_TEXT_ENTRY = re.compile(rf"^(?P<date>{_DMY})\s*[-–]\s*(?P<title>.+?)\s+ref:\s*(?P<ref>\d{{1,12}})\b\s*(?P<status>.*)$")
_TEXT_LABEL = re.compile(r"^(?P<label>Decision Maker|Made at meeting|Decision published|Effective from)\s*:\s*(?P<value>.*)$",
                         re.I)
_NEXT = re.compile(r"^(?:next(?: page)?|more)\b|^(?:>|>>|»|›)$", re.I)


@dataclass
class RegisterPage:
    """One page of a decisions register as read: the decisions it lists,
    once each, in its order; ``next_url``, a further page of the same
    search where the page links one ("Next", the same date range); and
    whether it is a register at all (``is_register``: False for an error
    page, a JavaScript redirect, a proxy's block page)."""

    entries: list[DecisionRef]
    next_url: Optional[str] = None
    is_register: bool = True
    skipped: int = 0  # entries past REGISTER_MAX_ENTRIES, left unread


def _decision_id(href: str) -> Optional[str]:
    """``ieDecisionDetails.aspx?ID=13567`` -> "decision-13567"; by agenda
    item (``?AIId=4501``) -> "decision-ai-4501"; None for anything else."""
    parts = urlsplit(href)
    if not _DECISION_PAGE.search(parts.path or ""):
        return None
    query = _query(href)
    if query.get("id", "").isdigit() and len(query["id"]) <= 12:
        return f"decision-{query['id']}"
    if query.get("aiid", "").isdigit() and len(query["aiid"]) <= 12:
        return f"decision-ai-{query['aiid']}"
    return None


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def parse_decision_register(data: bytes, base_url: str = "", page_url: str = "",
                            max_entries: int = settings.REGISTER_MAX_ENTRIES) -> RegisterPage:
    """``mgDelegatedDecisions.aspx``: every decision the page lists.

    Read from the links, not the layout: councils show the register as a
    table ("Title | Date | Effective from | Call-ins", Kirklees) or as a
    list ("11/05/2020 - Exempt Business ref: 714  Recommendations
    Approved", then "Decision Maker:" and dates, Reigate and Banstead), and
    both link each decision's details page (``ieDecisionDetails.aspx?ID=``
    or ``?AIId=``).  The row a link sits in (its table row or list item)
    gives the date, the status and the wording kept as ``listing``.  Links
    are made absolute against ``page_url`` (else ``base_url``) and are not
    checked here: which hosts may be fetched is the crawl's decision.  A
    saved text of the list view (no links) is read from its "ref: N" lines,
    the decision id ModernGov hides in each row.  At most ``max_entries``
    are read: a page listing more is hostile or broken."""
    if not re.search(rb"<[a-zA-Z!]", data[:4096]):
        return _register_from_text(data, base_url, max_entries)
    root = _tree(data)
    for hidden in root.xpath('//*[contains(@class,"mgHide")] | //script | //style | //noscript'):
        hidden.drop_tree()
    base = page_url or (base_url.rstrip("/") + "/" if base_url else "")
    entries: dict[str, DecisionRef] = {}
    skipped = 0
    for link in root.xpath("//a[@href]"):
        href = link.get("href").strip()
        source_id = _decision_id(href)
        if source_id is None or source_id in entries:
            continue
        if len(entries) >= max_entries:
            skipped += 1
            continue
        row = next((a for a in link.iterancestors("tr", "li")), None)
        if row is None:
            row = link.getparent() if link.getparent() is not None else link
        title = _clean(link.text_content())
        date = None
        dated = _DATED_TITLE.match(title)
        if dated and iso_date(dated.group("date")):
            date, title = iso_date(dated.group("date")), dated.group("title").strip()
        cells = [_clean(cell.text_content()) for cell in row.xpath("./td | ./th")] if row.tag == "tr" else []
        if date is None:
            date = next((iso_date(c) for c in cells if re.fullmatch(_DMY, c) and iso_date(c)), None)
        status = next((_clean(s.text_content()) for s in row.xpath('.//*[starts-with(@class,"mgPlanItem")]')), None)
        labels = _label_values(row)
        entries[source_id] = DecisionRef(
            source_id=source_id, url=urljoin(base, href) if base else href, title=title or None, date=date,
            status=status or None, maker=labels.get("decision maker") or None,
            listing=" | ".join(cells) if cells else _clean(row.text_content()))
    if entries:
        is_register = True
    else:
        found = root.xpath('//*[@id="modgov"] | //*[starts-with(@class,"mg")] | //form[contains(@action,"mgDelegatedDecisions")]')
        is_register = bool(found)
    return RegisterPage(entries=list(entries.values()), next_url=_next_page(root, base, page_url),
                        is_register=is_register, skipped=skipped)


def _next_page(root, base: str, page_url: str) -> Optional[str]:
    """A link to a further page of the same search: its text says "Next"
    and it asks for the same date range (``DR``) as this page.  The
    register's "Earlier" and "Later" move the date range, which the crawl
    chooses itself, so they are never followed."""
    wanted = _query(page_url).get("dr") if page_url else None
    for link in root.xpath("//a[@href]"):
        href = link.get("href").strip()
        if "mgdelegateddecisions.aspx" not in href.lower() or not _NEXT.match(_clean(link.text_content())):
            continue
        if wanted is not None and _query(href).get("dr") != wanted:
            continue
        return urljoin(base, href) if base else href
    return None


def _register_from_text(data: bytes, base_url: str, max_entries: int) -> RegisterPage:
    """The register's list view as saved text (what the corpus keeps of
    Reigate and Banstead's): one entry per "dd/mm/yyyy - Title ref: N
    Status" line, with the "Decision Maker:" and dates under it."""
    text = data.decode("utf-8", errors="replace")
    entries: dict[str, DecisionRef] = {}
    current: Optional[DecisionRef] = None
    skipped = 0
    for raw in text.splitlines():
        line = _clean(raw)
        entry = _TEXT_ENTRY.match(line)
        if entry:
            source_id = f"decision-{entry.group('ref')}"
            if source_id in entries:
                current = None
                continue
            if len(entries) >= max_entries:
                skipped += 1
                current = None
                continue
            current = DecisionRef(
                source_id=source_id, title=entry.group("title").strip(), date=iso_date(entry.group("date")),
                url=f"{base_url.rstrip('/')}/ieDecisionDetails.aspx?ID={entry.group('ref')}" if base_url
                else f"ieDecisionDetails.aspx?ID={entry.group('ref')}",
                status=entry.group("status").strip() or None, listing=line)
            entries[source_id] = current
            continue
        label = _TEXT_LABEL.match(line)
        if current is not None and label:
            current.listing += " | " + line
            if label.group("label").lower() == "decision maker":
                current.maker = label.group("value").strip() or None
    return RegisterPage(entries=list(entries.values()), is_register=bool(entries) or "ref:" in text,
                        skipped=skipped)


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
    # The meeting the page says the decision was taken at, and no other:
    # an officer's decision (no "Decided at meeting") is no meeting of
    # its maker on its date.
    stated = details.meeting or MeetingRef(source_id="", committee_source_id=None, committee=None, date=None)
    meeting = Meeting(committee=stated.committee, date=stated.date, source_id=stated.source_id or None,
                      committee_source_id=stated.committee_source_id)
    document = Document(path=path, sha256=hashlib.sha256(data).hexdigest(), media_type="text/html", url=url,
                        title=details.title)
    return ParsedDocument(document=document, meeting=meeting, items=[item], linked_documents=details.documents)
