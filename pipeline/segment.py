"""Find the meeting header and the minute items in a document's lines.

Pure functions over :class:`models.Page` lines.  Minute headings are found by
their number (``84.``, ``19.09.05``, ``52``) and, where the PDF has font
information, by being bold; the numbers must run forward, which keeps
numbered paragraphs inside an item ("1. Mr Gough provided an update") from
being read as new items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from dateutil import parser as dateparser

from models.records import Item, Line, Meeting, Page

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTHS})\.?,?\s+(\d{{4}})\b"
    rf"|\b({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
    r"|\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b",
    re.IGNORECASE,
)
_COUNCIL = re.compile(
    r"\b((?:[A-Z][\w'’&.-]*\s+){0,5}?(?:County|City|District|Borough|Parish|Town|Community|Metropolitan Borough|Unitary)?\s*Council)\b",
)
_COUNCIL_KINDS = {"County", "City", "District", "Borough", "Parish", "Town", "Community", "Metropolitan", "Unitary", "Council", "The", "Minutes"}
_MEETING_OF = re.compile(
    r"\bmeeting of (?:the )?(.+?)(?: held| on | at |,|\.|$)", re.IGNORECASE
)
_VENUE = re.compile(
    r"\bheld (?:in|at) (?:the )?(.+?)(?:,)? on \w+day\b|\bheld (?:in|at) (?:the )?(.+?)(?:,)? on \d"
    r"|\bheld (?:in|at) (?:the )?(.+?)\.(?:\s|$)",
    re.IGNORECASE | re.DOTALL,
)
_COMMITTEE_DASH_DAY = re.compile(r"^(.+?)\s+[-–]\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_VENUE_LABEL = re.compile(r"^(?:Venue|Place|Location)\s*:\s*(.+)$", re.IGNORECASE)

# A minute number: 84 / 84. / 84a / 19.09.05 / 21/045 / C12
_NUMBER = r"(?P<number>\d{1,2}\.\d{1,2}\.\d{1,3}|\d{1,4}[a-z]?(?:\.\d{1,2})?|[A-Z]{1,3}\d{1,4}|\d{2,4}/\d{1,4})"
_HEADING = re.compile(rf"^(?:Minute\s+|Item\s+)?{_NUMBER}[.):]?\s+(?P<title>[A-Z(‘'\"“0-9].*)$")
_NUMBER_ONLY = re.compile(r"^\d{1,4}[a-z]?\.?$")
_ITEM_REF = re.compile(r"^\(Item\s+[\w.]+\)$", re.IGNORECASE)
_PERSON_START = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Cllr|Councillor|The)\b")


def _to_iso(match: re.Match) -> Optional[str]:
    text = match.group(0)
    dayfirst = True
    try:
        parsed = dateparser.parse(text, dayfirst=dayfirst, fuzzy=True, default=None)
    except (ValueError, OverflowError):
        return None
    if parsed is None or not (1990 <= parsed.year <= date.today().year + 2):
        return None
    return parsed.date().isoformat()


def find_date(text: str) -> Optional[str]:
    for match in _DATE.finditer(text):
        iso = _to_iso(match)
        if iso:
            return iso
    return None


def _title_case(text: str) -> str:
    """``KENT COUNTY COUNCIL`` -> ``Kent County Council``; mixed case is kept."""
    if not text.isupper():
        return text
    return " ".join(w.capitalize() if len(w) > 2 else w.lower() if w in ("OF", "AND") else w for w in text.split())


def find_meeting(pages: list[Page], header_lines: int = 14) -> Meeting:
    """The meeting header from the first lines of the first page."""
    meeting = Meeting()
    lines = [l.text for l in pages[0].lines[:header_lines]] if pages else []
    blob = " ".join(lines)
    for line in lines:
        match = _COUNCIL.search(_title_case(line))
        if match and match.group(1).split()[0] not in _COUNCIL_KINDS:
            meeting.council = re.sub(r"^(?:Minutes of|Of|The)\s+", "", match.group(1).strip())
            break
    match = _MEETING_OF.search(blob)
    titled = next((m for m in map(_COMMITTEE_DASH_DAY.match, lines) if m), None)
    if titled:
        meeting.committee = titled.group(1).strip()
    elif match and 2 < len(match.group(1)) < 90:
        meeting.committee = _title_case(match.group(1).strip())
    else:
        for line in lines:
            stripped = line.strip()
            if re.match(r"(?:present|attendance|in attendance|councillors|apologies)\b", stripped, re.IGNORECASE):
                break
            if re.match(r"(?:agenda|venue|contact|media|items|no\.)\b", stripped, re.IGNORECASE):
                continue
            if "|" in stripped or _DOCUMENT_LINK.search(stripped):
                continue
            if not stripped or (meeting.council and meeting.council.lower() in stripped.lower()):
                continue
            if find_date(stripped):
                stripped = _DATE.sub("", stripped).strip(" -–—,:")
                stripped = re.sub(r"^(?:minutes of (?:the )?|meeting of (?:the )?)", "", stripped, flags=re.IGNORECASE)
                if len(stripped) < 3 or re.search(r"\d", stripped):
                    continue
            if _HEADING.match(stripped) or stripped.endswith(":"):
                continue
            if len(stripped) < 80 and not stripped.lower().startswith(("minutes", "present")):
                meeting.committee = _title_case(stripped)
                break
    if meeting.committee is None and meeting.council and re.search(r"\b(?:Parish|Town|Community) Council$", meeting.council):
        meeting.committee = "Full Council"
    meeting.date = find_date(blob)
    match = _VENUE.search(blob)
    if match:
        meeting.venue = re.sub(r"\s+", " ", next(g for g in match.groups() if g)).strip(" ,")
    else:
        for line in lines:
            label = _VENUE_LABEL.match(line.strip())
            if label:
                meeting.venue = re.sub(r"\.?\s*View directions\s*$", "", label.group(1)).strip()
                break
    return meeting


@dataclass
class _Heading:
    index: int  # position in the flat line list
    number: Optional[str]
    title: str
    last: Optional[int] = None  # last line of a heading already gathered


_DOCUMENT_LINK = re.compile(r"\s*(?:pdf icon\s*)?\bPDF\s+\d+(?:\.\d+)?\s*[KM]B\b.*$", re.IGNORECASE)


def clean_title(title: str) -> str:
    """Collapse spaces and drop ModernGov's "pdf icon PDF 331 KB" link text."""
    return _DOCUMENT_LINK.sub("", re.sub(r"\s+", " ", title)).strip()


def _number_key(number: str) -> tuple:
    return tuple(int(n) for n in re.findall(r"\d+", number))


def _looks_like_heading(line: Line, has_bold: bool) -> Optional[re.Match]:
    text = line.text.strip()
    match = _HEADING.match(text)
    if not match or line.table:
        return None
    title = match.group("title")
    if has_bold:
        return match if line.bold else None
    number = match.group("number")
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{1,3}", number):
        return match
    # Without fonts, a heading is short, not a sentence, and not a person.
    if len(title) > 90 or title.rstrip().endswith((".", ",", ";")) or _PERSON_START.match(title):
        return None
    if re.match(r"(?:RESOLVED|RECOMMENDED|AGREED|DECIDED)\b", title, re.IGNORECASE):
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", title.split()[0]):
        return None
    if re.fullmatch(rf"(?:{MONTHS}),?\s+\d{{4}}", title, re.IGNORECASE):
        return None  # "16 September 2025" is a date
    return match


def find_items(pages: list[Page]) -> list[Item]:
    """Minute items in document order, each with its page and text."""
    flat: list[tuple[int, Line]] = [(p.number, l) for p in pages for l in p.lines]
    has_bold = sum(1 for _, l in flat if l.bold) >= 2
    headings: list[_Heading] = []
    last_key: Optional[tuple] = None
    heading_x0: Optional[float] = None
    for index, (_, line) in enumerate(flat):
        following = flat[index + 1][1].text.strip() if index + 1 < len(flat) else ""
        match = _looks_like_heading(line, has_bold)
        if not match and not has_bold and _NUMBER_ONLY.match(line.text.strip()) and following:
            # ModernGov page text: "69." on its own line, the title on the next.
            merged = f"{line.text.strip().rstrip('.')} {following}"
            match = _HEADING.match(merged)
            if match and not _looks_like_heading(Line(merged), False):
                match = None
            if match:
                key = _number_key(match.group("number"))
                if last_key is None or key >= last_key:
                    headings.append(_Heading(index, match.group("number"), match.group("title").strip(), last=index + 1))
                    last_key = key
                continue
        if not match:
            # ModernGov prints the agenda reference under an unnumbered heading.
            text = line.text.strip()
            if _ITEM_REF.match(following) and text and not _ITEM_REF.match(text):
                start = index
                while has_bold and start > 0 and flat[start - 1][1].bold and flat[start][1].bold:
                    start -= 1
                if headings and headings[-1].index >= start:
                    continue  # the last line of a wrapped numbered heading
                title = " ".join(l.text.strip() for _, l in flat[start : index + 1])
                headings.append(_Heading(start, None, title, last=index))
            continue
        number = match.group("number")
        key = _number_key(number)
        same_column = has_bold and heading_x0 is not None and abs(line.x0 - heading_x0) < 2
        if last_key is not None and key < last_key and not same_column:
            continue  # numbers run forward; a smaller one is a paragraph
        headings.append(_Heading(index, number, match.group("title").strip()))
        last_key = key
        heading_x0 = line.x0 if heading_x0 is None else heading_x0
    if not headings and has_bold:
        # Bold text with no bold numbered headings: try without fonts.
        return find_items([Page(p.number, p.text, [Line(l.text, table=l.table) for l in p.lines]) for p in pages])
    items = []
    for position, heading in enumerate(headings):
        end = headings[position + 1].index if position + 1 < len(headings) else len(flat)
        body_start = (heading.last if heading.last is not None else heading.index) + 1
        title = heading.title
        heading_line = flat[heading.index][1]
        # Long bold headings wrap onto following bold lines; a run of bold
        # lines ended by "(Item N)" is all heading.
        run_end = body_start
        while run_end < end and has_bold and flat[run_end][1].bold and not _HEADING.match(flat[run_end][1].text):
            run_end += 1
        ends_in_ref = run_end < end and _ITEM_REF.match(flat[run_end][1].text.strip())
        previous_text = heading_line.text
        while heading.last is None and body_start < run_end and (ends_in_ref or len(previous_text) >= 55):
            previous_text = flat[body_start][1].text
            title = f"{title} {previous_text.strip()}"
            body_start += 1
        body = flat[body_start:end]
        if body and _ITEM_REF.match(body[0][1].text.strip()):
            body = body[1:]
        items.append(
            Item(
                number=heading.number,
                title=clean_title(title),
                page=flat[heading.index][0],
                text="\n".join(l.text for _, l in body).strip(),
                lines=body,
            )
        )
    return items


def preamble_lines(pages: list[Page], items: list[Item]) -> list[tuple[int, Line]]:
    """The lines before the first item (where attendance lists stand)."""
    flat = [(p.number, l) for p in pages for l in p.lines]
    if not items:
        return flat
    first = items[0]
    for index, (number, line) in enumerate(flat):
        text = line.text.strip()
        if number == first.page and (text.startswith(first.number or "\x00") or text == first.title.split(" ")[0]):
            return flat[:index]
        if number == first.page and first.title.startswith(text) and text:
            return flat[:index]
    return flat
