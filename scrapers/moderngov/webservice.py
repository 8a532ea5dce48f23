"""Parse ModernGov web-service answers (``mgWebService.asmx/...``).

Pure functions from the bytes of an answer to records.  What real answers
do, and these parsers tolerate: lower-case tags; ``True``/``False``;
counts padded with a space; dates as dd/mm/yyyy; HTML fields escaped once
or twice; empty results; and, instead of XML, an HTML error page or a
JavaScript redirect stub (:class:`ServiceError` names the URL and what came
back, so a crawl records it and goes on).
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Optional

from lxml import etree

from models.records import (
    Attendance,
    Committee,
    Document,
    Item,
    Line,
    LinkedDocument,
    Meeting,
    MeetingRef,
    ParsedDocument,
    Person,
)

from ..errors import SourceError

ATTENDANCE_STATUS = {
    "present": "present",
    "present, as expected": "present",
    "present as expected": "present",
    "present, as substitute": "substitute",
    "present as substitute": "substitute",
    "substitute": "substitute",
    "in attendance": "in_attendance",
    "attending": "in_attendance",
    "apologies": "apologies",
    "apologies received": "apologies",
    "sent apologies": "apologies",
    "absent": "absent",
    "not present": "absent",
    "virtual": "virtual",
    "present virtually": "virtual",
    "attended virtually": "virtual",
    "in attendance virtually": "virtual",
}


class ServiceError(SourceError):
    """An answer that is not the XML asked for.  ``kind``: html_error_page,
    javascript_redirect, malformed_xml, empty, unexpected_xml."""

    def __init__(self, source: str, kind: str, message: str):
        super().__init__(f"{source}: {message}", kind)
        self.source = source
        self.message = message

    def __reduce__(self):
        return (self.__class__, (self.source, self.kind, self.message))


def repair_encoding(data: bytes) -> tuple[bytes, Optional[str]]:
    """ModernGov answers in UTF-8; one invalid byte (a pasted Word character)
    must cost that character, not the meeting.  Returns the data with invalid
    bytes replaced, and a warning when any were."""
    declared = re.match(rb"\s*<\?xml[^>]*encoding=[\"']([A-Za-z0-9_-]+)", data[:200])
    if declared and declared.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
        return data, None
    try:
        data.decode("utf-8")
        return data, None
    except UnicodeDecodeError as exc:
        count = data.decode("utf-8", errors="replace").count("\ufffd")
        return (data.decode("utf-8", errors="replace").encode("utf-8"),
                f"{count} byte(s) that are not UTF-8 (first at offset {exc.start}) were replaced")


def parse_xml(data: bytes, source: str, expected_root: Optional[str] = None) -> etree._Element:
    """Parse an answer safely (no entities, no network), or say what it is."""
    head = data[:2048].lstrip().lower()
    if not head:
        raise ServiceError(source, "empty", "answered with an empty body")
    if b"<script" in head and (b"redirect" in head or b"location" in head):
        raise ServiceError(source, "javascript_redirect", "answered with a JavaScript redirect page, not XML")
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:300]:
        title = re.search(rb"<title>\s*(.*?)\s*</title>", data[:4096], re.IGNORECASE | re.DOTALL)
        what = f" ({title.group(1).decode('utf-8', 'replace')[:80]})" if title else ""
        raise ServiceError(source, "html_error_page", f"answered with an HTML page{what}, not XML")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ServiceError(source, "malformed_xml", f"answered with malformed XML ({exc})")
    if expected_root and root.tag.lower() != expected_root:
        raise ServiceError(source, "unexpected_xml", f"answered <{root.tag}>, expected <{expected_root}>")
    return root


def _text(element, path: str) -> Optional[str]:
    found = element.find(path)
    if found is None or found.text is None:
        return None
    value = found.text.strip()
    return value or None


def _bool(element, path: str) -> bool:
    return (_text(element, path) or "").lower() == "true"


def iso_date(value: Optional[str]) -> Optional[str]:
    """``21/11/2025`` -> ``2025-11-21``."""
    if not value:
        return None
    try:
        return datetime.strptime(value.strip()[:10], "%d/%m/%Y").date().isoformat()
    except ValueError:
        return None


def unescape_html(value: str) -> str:
    """HTML fields arrive escaped once by XML and sometimes once more."""
    for _ in range(2):
        if re.search(r"&lt;\s*/?\s*[a-z]", value, re.IGNORECASE) or "&amp;" in value:
            value = html.unescape(value)
    return value


_BLOCK_END = re.compile(r"</(?:p|div|li|tr|h[1-6]|table|ul|ol|blockquote)\s*>|<br\s*/?>", re.IGNORECASE)


def html_to_lines(fragment: Optional[str]) -> list[str]:
    """Word-made minutes HTML to lines of text, one per paragraph."""
    if not fragment:
        return []
    from lxml import html as lxml_html

    # Source line breaks inside HTML are spaces; paragraphs end lines.
    flat = re.sub(r"(?<!\s)\s*\n\s*", " ", unescape_html(fragment))
    marked = _BLOCK_END.sub(lambda m: m.group(0) + "\n", flat)
    marked = re.sub(r"<li\b[^>]*>", "\n• ", marked, flags=re.IGNORECASE)
    try:
        text = lxml_html.fromstring(f"<div>{marked}</div>").text_content()
    except (etree.ParserError, ValueError):
        text = re.sub(r"<[^>]+>", " ", marked)
    lines: list[str] = []
    pending_label = ""
    for line in text.replace("\xa0", " ").split("\n"):
        line = re.sub(r"\s+", " ", line).strip()
        if not line:
            continue
        if re.fullmatch(r"\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]", line, re.IGNORECASE):
            pending_label = f"{pending_label}{line} "  # a clause label in a paragraph of its own
            continue
        lines.append(pending_label + line)
        pending_label = ""
    return lines


# ---------------------------------------------------------------------------


def parse_committees(data: bytes, council: str, source: str = "GetCommittees") -> list[Committee]:
    root = parse_xml(data, source, "committees")
    committees = []
    for element in root.iter("committee"):
        source_id = _text(element, "committeeid")
        title = _text(element, "committeetitle")
        if not source_id or not title:
            continue
        committees.append(
            Committee(
                council=council,
                source_id=source_id,
                title=title,
                category=_text(element, "committeecategory"),
                deleted=_bool(element, "committeedeleted"),
                expired=_bool(element, "committeeexpired"),
            )
        )
    return committees


def parse_meetings(data: bytes, source: str = "GetMeetings") -> list[MeetingRef]:
    root = parse_xml(data, source, "getmeetings")
    meetings = []
    for committee in root.iter("committee"):
        committee_id = _text(committee, "committeeid")
        title = _text(committee, "committeetitle")
        for element in committee.iter("meeting"):
            source_id = _text(element, "meetingid")
            if not source_id:
                continue
            meetings.append(
                MeetingRef(
                    source_id=source_id,
                    committee_source_id=committee_id,
                    committee=title,
                    date=iso_date(_text(element, "meetingdate")),
                    status=_text(element, "meetingstatus"),
                    time=_text(element, "meetingtime"),
                )
            )
    return meetings


def _linked_documents(element, item_number: Optional[str] = None) -> list[LinkedDocument]:
    documents = []
    for doc in element.findall("linkeddocuments/linkeddoc"):
        url = _text(doc, "url")
        if not url:
            continue
        documents.append(
            LinkedDocument(
                url=url,
                title=_text(doc, "title"),
                attachment_id=_text(doc, "attachmentid"),
                restricted=_bool(doc, "isrestricted"),
                publication_date=iso_date(_text(doc, "publicationdate")),
                item_number=item_number,
            )
        )
    return documents


def _item_number(element) -> Optional[str]:
    number = _text(element, "fulldisplaynumberformat") or _text(element, "minutesitemnumber") or _text(element, "agendaitemnumber")
    if number:
        number = number.strip().rstrip(".")
        sub = _text(element, "minutesitemsubnumber")
        if sub and not number.endswith(sub):
            number = f"{number}{sub}"
    return number or None


def parse_meeting(
    data: bytes,
    source: str = "GetMeeting",
    council: Optional[str] = None,
    committee: Optional[str] = None,
    committee_source_id: Optional[str] = None,
    url: Optional[str] = None,
) -> ParsedDocument:
    """A ``GetMeeting`` answer as a parsed document: the meeting header,
    one item per agenda item with its decision and minutes text, attendees
    and the documents it links to.  Restricted items keep their title only."""
    import hashlib

    digest = hashlib.sha256(data).hexdigest()  # of the bytes as received
    data, encoding_note = repair_encoding(data)
    root = parse_xml(data, source, "meeting")
    meeting_id = _text(root, "meetingid")
    committee = committee or next(
        (t.text.strip() for t in root.iter("committeetitle") if t.text and t.text.strip()), None
    )
    venue = _text(root, "meetinglocation") or _text(root, "meetingroom/addresssummary")
    meeting = Meeting(
        council=council,
        committee=committee,
        date=iso_date(_text(root, "meetingdate")),
        venue=venue,
        time=_text(root, "meetingtime"),
        status=_text(root, "meetingstatus"),
        source_id=meeting_id,
        committee_source_id=committee_source_id,
    )
    items: list[Item] = []
    linked: list[LinkedDocument] = _linked_documents(root)
    for element in root.findall("agendaitems/agendaitem"):
        number = _item_number(element)
        title = html.unescape(_text(element, "agendaitemtitle") or "")
        restricted = _bool(element, "isrestricted")
        lines: list[str] = []
        if not restricted:
            decision = html_to_lines(_text(element, "decisionnonemptyhtmlbody"))
            minutes = html_to_lines(_text(element, "minutesnonemptyhtmlbody"))
            if decision:
                lines += ["Decision:"] + decision
            if minutes:
                lines += (["Minutes:"] if decision else []) + minutes
        items.append(
            Item(
                number=number,
                title=re.sub(r"\s+", " ", title).strip(),
                page=None,
                text="\n".join(lines),
                lines=[(None, Line(text=l)) for l in lines],
            )
        )
        linked += _linked_documents(element, number)
    attendance = []
    for attendee in root.iter("attendee"):
        name = (attendee.get("name") or "").strip()
        status = ATTENDANCE_STATUS.get((attendee.get("attendance") or "").strip().lower())
        if not name or status is None:
            continue  # "Expected" (before the meeting) states no fact yet
        role = attendee.get("roledescription") or None
        if role == "Officer" and attendee.get("representing"):
            role = attendee.get("representing")
        attendance.append(
            Attendance(name=name, status=status, role=role, page=None,
                       member_id=attendee.get("memberid"), party=attendee.get("politicalparty") or None)
        )
    document = Document(
        path=source,
        sha256=digest,
        media_type="application/xml",
        pages=[],
        url=url,
        title=f"{committee or 'Meeting'} {meeting.date or ''}".strip(),
    )
    if encoding_note:
        document.warnings.append(encoding_note)
    return ParsedDocument(document=document, meeting=meeting, attendance=attendance, items=items,
                          linked_documents=linked)


def parse_councillors(data: bytes, council: str, source: str = "GetCouncillorsByWard") -> list[Person]:
    """Members by ward.  Home and work addresses, phone numbers and email
    addresses in the answer are deliberately not read."""
    root = parse_xml(data, source, "councillorsbyward")
    people = []
    for ward in root.iter("ward"):
        ward_title = _text(ward, "wardtitle")
        for element in ward.iter("councillor"):
            name = _text(element, "fullusername")
            if not name:
                continue
            terms = [
                (iso_date(_text(t, "startdate")), iso_date(_text(t, "enddate")))
                for t in element.findall("termsofoffice/termofoffice")
            ]
            people.append(
                Person(
                    council=council,
                    name=name,
                    member_id=_text(element, "councillorid"),
                    party=_text(element, "politicalpartytitle"),
                    ward=ward_title,
                    key_posts=_text(element, "keyposts"),
                    terms=terms,
                )
            )
    return people

