"""Parse one local document into a :class:`ParsedDocument` (Contract 2).

Fetching is kept apart: this module takes bytes and a name and returns
records, so ``minutes parse``, ``minutes process`` and the tests all run the
same code on a file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from models.media import sha256_hex, sniff_media_type
from models.records import Document, ParsedDocument

from .extract import ExtractionError, ExtractOptions, as_extraction_error, extract_document, extract_text, read_capped
from .matters import read_matters
from .roles import classify
from .segment import minutes_pages, find_items, find_meeting, preamble_lines
from .tagging import tag_document
from .versions import PARSER_VERSION  # noqa: F401  (what callers have long imported from here)


def parse_bytes(
    data: bytes,
    path: str,
    options: Optional[ExtractOptions] = None,
    url: Optional[str] = None,
    council: Optional[str] = None,
) -> ParsedDocument:
    """Any supported document: a PDF, plain text, a saved ModernGov
    ``GetMeeting`` answer, or a saved ModernGov HTML page.

    Whatever the input, the result is a parsed document or an
    :class:`ExtractionError` naming the file: hostile or broken input never
    escapes as another exception (the fuzz tests hold this)."""
    return as_extraction_error(path, lambda: _classified(_parse_by_type(data, path, options, url, council), path))


def finish_parse(document: Document) -> ParsedDocument:
    """Segment and tag a PDF's extracted pages (:func:`.extract.extract_pdf_path`,
    the first half): what :func:`parse_path` gives for the file."""
    return as_extraction_error(document.path, lambda: _classified(_segment_and_tag(document), document.path))


def _classified(parsed: ParsedDocument, path: str) -> ParsedDocument:
    if parsed.document.role is None:
        parsed.document.role = classify(parsed.document, title=Path(path).name, items=parsed.items,
                                        attendance=len(parsed.attendance),
                                        kind="webservice" if parsed.document.media_type == "application/xml" else None)
    return read_matters(parsed)


def _parse_by_type(data: bytes, path: str, options, url, council) -> ParsedDocument:
    media_type = sniff_media_type(data, path)
    if media_type == "application/xml" and not path.lower().endswith(".pdf"):
        return parse_meeting_xml(data, path, url=url, council=council)
    if media_type == "text/html" and path.lower().endswith(".xml"):
        raise ExtractionError(path, "html_error_page", "is an HTML page saved as XML (an error or redirect page?)")
    if media_type == "text/html" and not path.lower().endswith(".pdf"):
        from scrapers.moderngov.pages import decision_as_parsed, is_decision_page, page_text

        if is_decision_page(data):
            parsed = decision_as_parsed(data, path, url=url)
            parsed.document.role = "decision_page"
            tag_document(parsed, preamble=[])
            _decision_text_is_the_resolution(parsed)
            return parsed

        text_document = extract_text(page_text(data).encode("utf-8"), path, url=url)
        text_document.sha256 = sha256_hex(data)
        text_document.media_type = "text/html"
        return _segment_and_tag(text_document)
    document = extract_document(data, path, options, url=url)
    return _segment_and_tag(document)


def parse_meeting_xml(data: bytes, path: str, url: Optional[str] = None, council: Optional[str] = None,
                      **context) -> ParsedDocument:
    from scrapers.moderngov.webservice import ServiceError, parse_meeting

    try:
        parsed = parse_meeting(data, source=path, council=council, url=url, **context)
    except ServiceError as exc:
        raise ExtractionError(path, exc.kind, exc.message) from None
    tag_document(parsed, preamble=[])
    return parsed


def _decision_text_is_the_resolution(parsed: ParsedDocument) -> None:
    """A decision page states one decision; where its text has no RESOLVED
    marker, the decision text itself is what was decided."""
    from models.records import Resolution

    for item in parsed.items:
        if item.resolutions:
            continue
        body = [l.text for _, l in item.lines[1:] if not re.match(r"^(?:Voting|Portfolio Holder)\s*:|^Reason$", l.text)]
        reason = next((n for n, (_, l) in enumerate(item.lines) if l.text == "Reason"), None)
        if reason is not None:
            body = [l.text for _, l in item.lines[1:reason] if not re.match(r"^(?:Voting|Portfolio Holder)\s*:", l.text)]
        if body:
            item.resolutions.append(Resolution(text=" ".join(body), kind="decision"))


# "... R Davies and A James. DECLARATION OF INTEREST: Cllrs D K Edwards, P White, ... declared an interest in ...": the
# declarations' run-in heading, unnumbered, among the opening's lists
_DECLARATIONS_RUN_IN = re.compile(r"(?:^|(?<=[.:]\s))(?:DECLARATIONS?\s+OF\s+(?:MEMBERS[’']?\s+)?INTERESTS?|Declarations?\s+of\s+"
                                  r"(?:[Mm]embers[’']?\s+)?[Ii]nterests?)\s*[:.–-]\s+(?=\S)")
# "... YN NEUADD Y DREF, LLANYMDDYFRI Declaration by Councillors of any Pecuniary & Non-Pecuniary interests entered in the
# record book before commencement of the meeting. Cllr Ivor Jackson declared an interest in item 10 ...": the section
# opened by a sentence saying who declares what, before the attendance
_DECLARATIONS_BY_MEMBERS = re.compile(r"(?:^|(?<=[.:]\s)|(?<=[A-Z]{3}\s))Declarations?\s+(?:by|from)\s+(?:Councillors|Members)\s+"
                                      r"of\s[^.]{0,80}?\binterests?\b")


def _declarations_before_the_minutes(preamble):
    """The opening's unnumbered declarations section ("PRESENT: ... APOLOGIES
    ... DECLARATION OF INTEREST: Cllrs ... declared an interest in ..."), where
    the numbered minutes start after it: an item without a number, read for
    its declarations."""
    from models.records import Item, Line

    for page, line in preamble:
        found = _DECLARATIONS_RUN_IN.search(line.text) or _DECLARATIONS_BY_MEMBERS.search(line.text)
        # (the section's own sentences, on its line: not "Item 2. Declarations of Interest. 88/18 None", an agenda's
        # line over the numbered minutes, nor "DECLARATION OF INTEREST: - None.")
        if found and re.search(r"\bdeclared\b", line.text[found.end():]):
            text = line.text[found.start():]
            return Item(number=None, title="Declarations of interest", page=page, text=text,
                        lines=[(page, Line(text=text))])
    return None


# "The following members declared personal interests under Paragraph 8 of the Code of Conduct:" / "Councillor   Minute
# Details" / "D Brown   138   Trustee of Burwell Museum": a declarations table under its own sentence
_FOLLOWING_DECLARED = re.compile(r"^The\s+following\s+(?:members?|councillors?)\s+declared\b[^:]{0,160}\binterests?\b[^:]{0,120}:$",
                                 re.IGNORECASE)


# a minute's decision: "RESOLVED to support the application", "It was AGREED that ...", "it was resolved that ..."
_MINUTE_DECIDES = re.compile(r"\b(?:RESOLVED|AGREED)\b|\b(?:[Rr]esolved|[Aa]greed)\s+(?:that|to)\b")


_ABOUT_INTERESTS = re.compile(r"\binterests?\b|\bcode\s+of\s+conduct\b|\bpecuniary\b", re.IGNORECASE)


def _declarations_section_apart(items: list) -> list:
    """A declarations section whose heading and number were lost, run on
    inside the minute above it (Cambridgeshire: "134. MINUTES: 7th DECEMBER
    2010" / ... / "The following members declared personal interests ...:" /
    "Councillor Minute Details" / rows): from its sentence on, an item
    without a number, where the sentence stands over a declarations table
    and the minute's own title is not about declarations (README
    convention 6: numbers are labelled only as printed)."""
    from models.records import Item
    from .tagging.declarations import _DECLARATIONS_ITEM, _ROW_TABLE_HEADER

    result = []
    for item in items:
        result.append(item)
        # (nor a minute about members' interests by another title: "3. Members' Interests", "3. Code of Conduct",
        # "3. Disclosable Pecuniary Interests": its own declarations, not a section lost inside it)
        if item.number is None or _DECLARATIONS_ITEM.search(item.title or "") or _ABOUT_INTERESTS.search(item.title or ""):
            continue
        texts = [line.text.strip() for _, line in item.lines]
        for at in range(1, len(texts) - 1):
            joined = " ".join(texts[at:at + 2])
            for width, sentence in ((1, texts[at]), (2, joined)):
                if (_FOLLOWING_DECLARED.match(sentence) and at + width < len(texts)
                        and _ROW_TABLE_HEADER.match(texts[at + width])):
                    break
            else:
                continue
            lines = item.lines[at:]
            # (the minute's own decisions after the table stay with it: "The following members declared personal
            # interests in the applications below:" / "Councillor Minute Details" / rows / "23/0001 Land at Church Lane:
            # RESOLVED to support the application.": the section ends at the first line that resolves)
            tail = next((n for n in range(width + 1, len(lines)) if _MINUTE_DECIDES.search(lines[n][1].text)), len(lines))
            lines, rest = lines[:tail], lines[tail:]
            item.lines = item.lines[:at] + rest
            item.text = "\n".join(line.text for _, line in item.lines)
            result.append(Item(number=None, title="Declarations of interest", page=lines[0][0],
                               text="\n".join(line.text for _, line in lines), lines=lines))
            break
    return result


def _segment_and_tag(document) -> ParsedDocument:
    # Only the minutes' pages carry the meeting's facts when a pack opens
    # with the next meeting's agenda; every page stays in the text.
    pages = minutes_pages(document.pages)
    meeting = find_meeting(pages)
    items = find_items(pages)
    preamble = preamble_lines(pages, items)
    if not items and document.status == "ok" and preamble:
        # Unnumbered minutes (run-in "Label:" paragraphs, markdown sections):
        # the facts are still there, so the whole text is read as one item.
        from models.records import Item

        items = [Item(number=None, title=meeting.committee or document.title or "Minutes", page=preamble[0][0],
                      text="\n".join(line.text for _, line in preamble), lines=list(preamble))]
    items = _declarations_section_apart(items)
    declared = _declarations_before_the_minutes(preamble) if items else None
    if declared:
        items = [declared] + items
    parsed = ParsedDocument(document=document, meeting=meeting, items=items)
    tag_document(parsed, preamble)
    if not any(item.number for item in items) and document.status == "ok":
        parsed.warnings.append("no numbered minute items found: the text is read as one item")
    return parsed


def parse_path(path: str | Path, options: Optional[ExtractOptions] = None) -> ParsedDocument:
    options = options or ExtractOptions()
    return parse_bytes(read_capped(path, options), str(path), options)
