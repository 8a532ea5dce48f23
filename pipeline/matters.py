"""Follow a matter through the council: which matter each item of a
document is about, what happened to it there, and the decision records
and issue histories that state it outright.

The tagger (``tagging/matters.py``) reads references as printed; what a
reference means depends on what the document is, which only the parse
knows: the same "24/00093" heads a record of decision (the decision), an
item of a Cabinet reports pack (the report), an item of full Council's
minutes ("Review of Decision 24/00093": the call-in) and a sentence of the
Leader's update (a mention).  So this module runs on a whole parsed
document once its role is known, and reads the two layouts whose structure
*is* the matter:

- a record of decision (Kent's "RECORD OF DECISION" PDF: decision number,
  who decides, key decision, title, the decision, the date signed), read
  into one item with its :class:`~models.records.Decision`;
- an issue page (``mgIssueHistoryHome`` / ``ieIssueDetails``): one matter
  (its ``IId`` from the page address, else its title) seen at several
  meetings, each appearance an item with its own ``item.meeting`` (from
  the "Meeting: 20/09/2017 - Council (Item 52)" line the HTML heads it
  with, or, where a saved text lost that line, from how its body names the
  body: "The Committee discussed", "Cabinet was advised").

Pure functions over records: no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional
from urllib.parse import parse_qs, urlsplit

from models.dates import find_date
from models.records import Clause, Decision, Item, Line, MatterRef, Meeting, ParsedDocument, Resolution

from .references import DECISION_NUMBER, clean_reference, text_mentions
from .segment import page_lookup

#: What happened to a matter, by the role of the document that names it
#: in an item's title.
_ROLE_OF_DOCUMENT = {
    "record_of_decision": "decision", "decision_page": "decision", "decisions": "decision",
    "agenda": "report", "reports_pack": "report", "report": "report", "appendix": "report",
    "supplement": "report",
}
_CALL_IN_TITLE = re.compile(r"\bcall(?:ed)?[- ]in\b|\breview of (?:the )?decision\b|\breconsideration\b", re.I)


def item_role(document_role: Optional[str], item: Item) -> str:
    """What happened to an item's own matter in a document of this role:
    a decision record decides, a pack or report reports; in minutes a
    call-in or a review of a decision is a call-in, a recommendation to
    another body a recommendation, anything else the minutes of it."""
    if item.decision is not None:
        return "decision"
    if document_role in _ROLE_OF_DOCUMENT:
        return _ROLE_OF_DOCUMENT[document_role]
    if _CALL_IN_TITLE.search(item.title or ""):
        return "call_in"
    if item.resolutions and all(r.kind == "recommended" for r in item.resolutions):
        return "recommendation"
    return "minutes"


def settle_roles(parsed: ParsedDocument, role: Optional[str] = None) -> None:
    """Give every item's own matter its role in a document of ``role``."""
    role = role or parsed.document.role
    for item in parsed.items:
        if item.matter is not None:
            item.matter.role = item_role(role, item)


# -- records of decision ---------------------------------------------------------

_ROD_HEADING = re.compile(r"\brecord of (?:the |a )?(?:key |executive |individual )?decision\b(?!s)", re.I)
_TAKEN_BY = re.compile(r"^decision (?:to be )?taken by\s*:?", re.I)
_KEY = re.compile(r"^key decision\s*:\s*(?P<yes>yes|no)\b", re.I)
_SUBJECT = re.compile(r"^subject matter\b|^title of decision\b", re.I)
_DECISION_LABEL = re.compile(r"^decision\s*:\s*$", re.I)
_REASONS = re.compile(r"^reasons?(?:\(s\))?\s+for\s+(?:the\s+)?decision\b", re.I)
_PUBLICATION = re.compile(r"^for publication\b|^exempt\b|^(?:key decision|decision number)\b", re.I)
_CLAUSE_VERB = re.compile(r"^(?P<verb>[A-Z]{4,})\b(?=\s+(?:the|any|authority|to|that|a|an)\b)")
_SIGNED_DATE = re.compile(r"^(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*$")
_PORTFOLIO = re.compile(r"\bCabinet Member for (?P<what>.+)$|\bPortfolio Holder for (?P<what2>.+)$", re.I)


def is_record_of_decision(parsed: ParsedDocument) -> bool:
    """A record of decision states its form in its first lines and prints
    a decision number."""
    pages = parsed.document.pages
    if not pages:
        return False
    head = [l.text for l in pages[0].lines[:12]] or pages[0].text.split("\n")[:12]
    return any(_ROD_HEADING.search(t) for t in head) and bool(DECISION_NUMBER.search(" ".join(head)))


def _lines(parsed: ParsedDocument) -> list[tuple[int, Line]]:
    return [(page.number, line) for page in parsed.document.pages
            for line in (page.lines or [Line(t) for t in page.text.split("\n")]) if line.text.strip()]


def read_record_of_decision(parsed: ParsedDocument) -> None:
    """Kent's record of decision as one item: the decision number is the
    matter, the decision its resolution (one clause per "APPROVE ...",
    "DELEGATE ..." paragraph), who decides its maker and portfolio, and the
    date under the signature its date of decision.  The reasons and
    background are kept as the item's text; other decision numbers they
    cite are mentions."""
    lines = _lines(parsed)
    texts = [l.text.strip() for _, l in lines]
    reference = next((m.group("ref") for t in texts[:12] for m in [DECISION_NUMBER.search(t)] if m), None)
    if reference is None:
        return
    maker, key, title, decided = [], None, None, None
    decision: list[tuple[int, str]] = []
    state = None
    for (page, _), text in zip(lines, texts):
        if _TAKEN_BY.match(text):
            state = "maker"
            continue
        key_match = _KEY.match(text)
        if key_match:
            key = key_match.group("yes").lower() == "yes"
            state = None
            continue
        if _SUBJECT.match(text):
            state = "title"
            continue
        if _DECISION_LABEL.match(text):
            state = "decision"
            continue
        if _REASONS.match(text):
            state = "reasons"
            continue
        signed = _SIGNED_DATE.match(text)
        if signed:
            decided = find_date(signed.group("date")) or _dmy(signed.group("date"))
            continue
        if state == "maker":
            if _PUBLICATION.match(text):
                state = None
            elif not DECISION_NUMBER.fullmatch(text):
                maker.append(re.sub(r"^decision number\s*:?\s*", "", text, flags=re.I))
        elif state == "title":
            title = text
            state = None
        elif state == "decision":
            decision.append((page, text))
    who = " ".join(maker).strip() or None
    portfolio = _PORTFOLIO.search(who or "")
    clauses: list[Clause] = []
    for _, text in decision:
        verb = _CLAUSE_VERB.match(text)
        if verb and not text.startswith("As "):
            clauses.append(Clause(label=verb.group("verb").capitalize(), text=text))
        elif clauses:
            clauses[-1].text += " " + text
    body = " ".join(t for _, t in decision)
    reference = clean_reference(reference)
    first_page = lines[0][0] if lines else 1
    item = Item(number=None, title=title or f"Decision {reference}", page=first_page,
                text="\n".join(texts), lines=list(lines))
    item.matter = MatterRef(reference=reference, title=title, role="decision", page=first_page)
    item.decision = Decision(maker=who, key_decision=key, decided=decided)
    if portfolio:
        item.portfolio_holder = (portfolio.group("what") or portfolio.group("what2")).strip()
    if body:
        item.resolutions = [Resolution(text=body, clauses=clauses, page=decision[0][0], kind="decision")]
    item.mentions = [m for _, _, m in text_mentions(" ".join(texts), page_lookup(lines)) if m.reference != reference]
    parsed.items = [item]


def _dmy(text: str) -> Optional[str]:
    day, month, year = (int(p) for p in text.split("/"))
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


# -- issue pages -------------------------------------------------------------------

_MEETING_LINE = re.compile(
    r"^Meeting\s*:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*(?P<body>.+?)\s*(?:\(Item\s+(?P<item>[\w.]+)\)\s*)?$",
    re.I)
_BODY_ACTS = re.compile(
    r"\b(?:RESOLVED\s+that\s+|The\s+|the\s+)?(?P<body>Cabinet|Council|(?:(?<![\w&’',-])[A-Z][\w&’',-]*\s+){0,6}(?:Committee|Board|Panel)"
    r"|Committee)\s+(?:was|were|discussed|considered|noted|agreed|received|resolved|RESOLVED|asked|heard)\b")


def issue_reference(url: Optional[str]) -> Optional[str]:
    """``mgIssueHistoryHome.aspx?IId=12345`` -> "IId 12345"."""
    if not url:
        return None
    query = {k.lower(): v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    return f"IId {query['iid']}" if query.get("iid", "").isdigit() else None


def _body_from_text(item: Item) -> Optional[str]:
    """The body an appearance was taken by, as its own text names it; the
    first when the text never says."""
    found = Counter()
    for match in _BODY_ACTS.finditer(item.text):
        body = match.group("body").strip()
        found[body] += 1
    return found.most_common(1)[0][0] if found else None


def read_issue_page(parsed: ParsedDocument) -> None:
    """Every item of an issue page is one appearance of one matter."""
    if not parsed.items:
        return
    meetings: dict[str, Meeting] = {}
    headings: list[tuple[int, Meeting]] = []  # each "Meeting:" line, where it stands
    lines = _lines(parsed)
    for k, (_, line) in enumerate(lines):
        found = _MEETING_LINE.match(line.text.strip())
        if found:
            meeting = Meeting(committee=found.group("body").strip(), date=_dmy(found.group("date")))
            headings.append((k, meeting))
            if found.group("item"):
                meetings[found.group("item").rstrip(".")] = meeting
    position = {id(line): k for k, (_, line) in enumerate(lines)}
    reference = issue_reference(parsed.document.url)
    title = parsed.items[0].title
    title = re.sub(r"(?<!\s)\s+(?:PDF|pdf icon PDF)\s+\d+\s*[KM]B\s*$", "", title).strip()
    for item in parsed.items:
        item.title = re.sub(r"(?<!\s)\s+(?:pdf icon\s+)?PDF\s+\d+\s*[KM]B\s*$", "", item.title).strip()
        stated = meetings.get((item.number or "").rstrip(".")) or _heading_above(item, headings, position)
        body = stated.committee if stated else _body_from_text(item)
        item.meeting = stated or (Meeting(committee=body) if body else None)
        has_decision = any(re.match(r"^Decision\s*:\s*$", l.text.strip()) for _, l in item.lines)
        if has_decision:
            item.decision = Decision(maker=body, decided=stated.date if stated else None)
        item.matter = MatterRef(reference=reference or title, title=title, page=item.page,
                                role="decision" if has_decision else "minutes")


def _heading_above(item: Item, headings: list[tuple[int, Meeting]], position: dict[int, int]) -> Optional[Meeting]:
    """The "Meeting:" line that heads an appearance whose line gives no
    item number (or another one): the nearest above its text.  None where
    no such line stands above it: a meeting is never guessed."""
    first = next((position[id(line)] for _, line in item.lines if id(line) in position), None)
    if first is None:
        return None
    return next((meeting for k, meeting in reversed(headings) if k < first), None)


def read_matters(parsed: ParsedDocument, role: Optional[str] = None) -> ParsedDocument:
    """Read the layouts that are matters, then say what happened to each
    item's own matter."""
    role = role or parsed.document.role
    if role == "record_of_decision" or (role in (None, "other") and is_record_of_decision(parsed)):
        read_record_of_decision(parsed)
    elif role == "issue_page":
        read_issue_page(parsed)
    settle_roles(parsed, role)
    return parsed
