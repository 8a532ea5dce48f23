"""What each document is (its role), which meeting its header names, and
whether it speaks for the meeting it is linked from.

A real ModernGov meeting links an agenda frontsheet, a public reports pack
(which usually carries the previous meeting's minutes for approval), each
report and its appendices, questions and answers, a decisions notice and the
printed minutes.  Parsing every one as if it were the minutes gave a Kent
Cabinet meeting the agenda's items 1-9 beside the minutes' 84-92, named a
meeting after a letter's "Direct Dial/Ext: 03000416892", and gave a
Gloucester meeting another council's hundred attendance rows from a linked
PDF.  So every document gets a role, from the site's own metadata first (a
ModernGov link title such as "Printed minutes" or "Appendix 2", a file's
name) and from its content where the metadata says nothing; only the
authoritative roles add meeting facts, and only to the meeting their header
names.

Pure functions from titles, pages and headers to answers: no I/O, so the
rules are tested on real documents without a database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Optional

from models.dates import find_date
from models.records import Document, Item, Meeting, Page

ROLES = ("minutes", "draft_minutes", "decisions", "record_of_decision", "agenda", "reports_pack", "report",
         "appendix", "questions", "supplement", "decision_page", "issue_page", "other")

#: Documents that state what a meeting did: only these add items,
#: attendance, votes, resolutions, declarations and speakers to a meeting.
#: The order is their precedence where two state the same item (the web
#: service's minutes are kind ``webservice`` and come first within minutes).
AUTHORITATIVE = ("minutes", "draft_minutes", "decisions", "record_of_decision", "decision_page", "issue_page")

#: Documents whose numbered items are the meeting's agenda (what it was to
#: take), kept apart from the minute items.
AGENDA = ("agenda", "reports_pack", "supplement")


def speaks_for_meeting(role: Optional[str]) -> bool:
    return role in AUTHORITATIVE


def precedence(role: Optional[str], kind: Optional[str]) -> tuple[int, int]:
    """Lower is surer: where two sources state one item, the surer one's
    copy is the meeting's (ties broken by what each copy holds)."""
    rank = AUTHORITATIVE.index(role) if role in AUTHORITATIVE else len(AUTHORITATIVE)
    return rank, 0 if kind == "webservice" else 1


# -- from metadata: link titles, attachment kinds, file names -----------------

# In order: the first rule that matches a title decides.  An appendix that
# is a record of decision is still an appendix of the report it hangs from
# (its content is checked against the meeting like any document).
_TITLE_RULES = (
    (re.compile(r"\bappendix\b|\bappendices\b|\bannex(?:e|es)?\b|\benclosure\b|\bschedule \d"), "appendix"),
    (re.compile(r"\brecord of (?:the |a )?(?:key |executive |cabinet member |officer )?decision\b(?!s)"),
     "record_of_decision"),
    (re.compile(r"\breports? pack\b|\bagenda (?:reports )?pack\b|\bpublic pack\b|\bdocument pack\b"), "reports_pack"),
    (re.compile(r"\bsupplement(?:ary)?\b|\badditional (?:documents|papers|information)\b|\blate (?:papers|items)\b"
                r"|\bupdate sheet\b|\bpublic speaking\b"), "supplement"),
    (re.compile(r"\bquestions?\b|\bq ?& ?a\b"), "questions"),
    (re.compile(r"\bdraft minutes\b|\bunconfirmed minutes\b|\bminutes\b.*\bdraft\b"), "draft_minutes"),
    (re.compile(r"\bminutes\b|\bmeeting page\b|\bweb service\b"), "minutes"),
    (re.compile(r"^(?:printed |draft |provisional )?decisions?\b|\bdecision (?:notice|sheet|list|summary)\b"
                r"|\brecord of decisions\b|\bdecisions? (?:taken|made|notice)\b"), "decisions"),
    (re.compile(r"\bdecision details\b"), "decision_page"),
    (re.compile(r"\bissue history\b|\bissue details\b"), "issue_page"),
    (re.compile(r"\bagenda\b(?!\s+item)|\bfront ?sheet\b|\bsummons\b"), "agenda"),
    (re.compile(r"\breport\b|\bcovering\b|\bbriefing\b|\bpresentation\b|\bplan\b|\bstrategy\b|\bassessment\b"),
     "report"),
)


def normalise_title(title: Optional[str]) -> str:
    """``2025-01-30_cabinet_agenda-frontsheet.pdf`` -> ``2025 01 30 cabinet
    agenda frontsheet``: a file's name read as the words of a title."""
    if not title:
        return ""
    title = re.sub(r"\.(?:pdf|docx?|xml|html?|txt|md)$", "", title.strip(), flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", re.sub(r"[_\-.–—:,()]+", " ", title)).strip().lower()


def role_from_metadata(title: Optional[str], kind: Optional[str] = None,
                       item_number: Optional[str] = None) -> Optional[str]:
    """The role a site's own metadata gives a document, or None where it
    says nothing.  ``kind``: ``webservice`` (a GetMeeting answer: the
    meeting as the council's system holds it), ``page`` (its meeting
    page), ``decision`` (a decision's page, from the decisions
    register), ``document`` (a linked file); ``item_number``: the agenda item
    a linked document hangs from (an untitled-by-kind document there is a
    report of that item)."""
    if kind in ("webservice", "page"):
        return "minutes"
    if kind == "decision":  # a decision's own page, listed by the decisions register
        return "decision_page"
    words = normalise_title(title)
    for pattern, role in _TITLE_RULES:
        if pattern.search(words):
            return role
    if item_number:
        return "report"
    return None


# -- from content --------------------------------------------------------------

_RECORD_OF_DECISION = re.compile(r"\brecord of (?:the |a )?(?:key |executive |individual )?decision\b(?!s)", re.I)
_DECISIONS = re.compile(r"^(?:record of |notice of |schedule of )?(?:executive |key |cabinet )?decisions?\b"
                        r"(?: (?:taken|made|notice|sheet)\b|\s*$)|^decision notice\b", re.I)
_QUESTIONS = re.compile(r"^questions?\b(?!\s+(?:to|from)\b)|\bquestions put and answers given\b|^(?:public |member(?:s'?)? )questions\b",
                        re.I)
_LETTER = re.compile(r"^dear (?:member|councillor|sir|madam)", re.I)
_QUESTIONS_ITEM = re.compile(r"^\d{1,2}\.?\s+questions\b", re.I)
_MINUTES = re.compile(r"^(?:(?:draft|unconfirmed|printed|signed)\s+)?minutes\b(?!\s*:)|^present\b\s*:?"
                      r"|\bminutes of (?:the|a|an)\b.*\bmeeting\b", re.I)
_DRAFT = re.compile(r"\b(?:draft|unconfirmed|not yet (?:approved|confirmed)|subject to (?:approval|confirmation))\b",
                    re.I)
_SUMMONS = re.compile(r"\bwill be held\b|\bto consider the following (?:items|business)\b|^agenda$|^a g e n d a$"
                      r"|\bsummons\b|\b(?:you are|members are) (?:hereby )?(?:summoned|requested|invited)\b"
                      r"|\bnotice is hereby given\b|\bto (?:deal with|transact) the following business\b", re.I)
_REPORT = re.compile(r"^(?:report (?:of|by|to|from)|report title|summary\b|executive summary|recommendations?\s*:)|"
                     r"^(?:from|to|by|subject|decision no|key decision)\s*:", re.I)
# A ModernGov meeting page's heading says what the page holds.
_MEETING_PAGE = re.compile(r"^agenda(?:, decisions)? and (?P<what>minutes|decisions)$|^agenda and draft minutes$", re.I)
_ISSUE_PAGE = re.compile(r"^issue - (?:items at meetings|meetings)\b|^issue history\b", re.I)


def _front_lines(pages: list[Page], limit: int = 40) -> list[str]:
    lines: list[str] = []
    for page in pages[:3]:
        lines += page.header + [l.text.strip() for l in page.lines if l.text.strip()]
        if len(lines) >= limit:
            break
    return lines[:limit]


def role_from_content(pages: list[Page]) -> str:
    """What a document's own opening lines say it is: a minutes heading
    and a PRESENT block, a summons to "consider the following items", a
    decisions notice, a record of decision, a letter covering questions
    and answers.  ``other`` when nothing says."""
    from .segment import minutes_pages

    lines = _front_lines(pages)
    first = lines[:8]
    for line in first:
        page = _MEETING_PAGE.match(line)
        if page:
            return "decisions" if (page.group("what") or "").lower() == "decisions" else "minutes"
        if _ISSUE_PAGE.match(line):
            return "issue_page"
    if any(_RECORD_OF_DECISION.search(line) for line in first):
        return "record_of_decision"
    if any(_DECISIONS.match(line) for line in first):
        return "decisions"
    if any(_QUESTIONS.search(line) for line in first) and not any(_MINUTES.search(l) for l in first):
        return "questions"
    if any(_LETTER.match(line) for line in lines[:20]) and any(_QUESTIONS_ITEM.match(line) for line in lines[:30]):
        return "questions"  # "Dear Member ... Agenda Item No 6 Questions": the covering letter of the answers
    summons = any(_SUMMONS.search(line) for line in lines)
    opening = next((i for i, line in enumerate(lines[:20]) if _MINUTES.search(line)), None)
    if opening is not None and not summons:
        return "draft_minutes" if any(_DRAFT.search(line) for line in lines[:opening + 3]) else "minutes"
    if summons:
        inside = minutes_pages(pages) if pages else pages
        if inside is not pages and len(inside) < len(pages):
            return "reports_pack"  # an agenda that carries the previous meeting's minutes for approval
        if inside is not pages:
            return "draft_minutes"  # agenda and draft minutes of one meeting posted as one page
        return "agenda"
    if opening is not None:
        return "minutes"
    if any(_REPORT.match(line) for line in lines[:25]):
        return "report"
    return "other"


def classify(document: Document, *, title: Optional[str] = None, kind: Optional[str] = None,
             item_number: Optional[str] = None, items: Iterable[Item] = (), attendance: int = 0) -> str:
    """The role of a document: its site's metadata where that says, else
    its content.  A web-service answer before the meeting (no item holds
    minutes or a decision and nobody is recorded as attending) is only the
    meeting's agenda."""
    stated = role_from_metadata(title or document.title, kind, item_number)
    if kind == "webservice":
        items = list(items)
        return stated if attendance or any(item.text for item in items) or not items else "agenda"
    if stated is not None and stated != "report":
        return stated
    if document.media_type == "application/xml":
        return "minutes"
    found = role_from_content(document.pages)
    if stated == "report" and found not in ("record_of_decision", "decisions"):
        return "report"  # what hangs from an agenda item is that item's paper
    if found == "other" and (attendance or any(item.resolutions or item.votes for item in items)):
        return "minutes"  # nothing names it, but it records who attended or what was resolved
    return found


# -- which meeting a header names ------------------------------------------------

# A letter or a notice names its meeting in one line: "COUNTY COUNCIL -
# THURSDAY, 13 MARCH 2025".
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_BODY_DASH_DATE = re.compile(rf"^(?P<body>[A-Z][A-Za-z&'’ ]{{2,60}}?)\s+[-–]\s+{_WEEKDAY},?\s+(?P<date>.+)$", re.I)
# "A meeting of the County Council will be held in ... on Thursday, 13th February, 2025".
_WILL_BE_HELD = re.compile(r"\bmeeting of (?:the )?(?P<body>[A-Z][\w&'’ -]{2,60}?)\s+will be held\b(?P<rest>.*)",
                           re.I | re.S)
# What a letterhead or a contact block says; never the body that met.
_LETTERHEAD = re.compile(r"\b(?:direct dial|dial|ext(?:ension)?|tel(?:ephone)?|e-?mail|ask for|fax|our ref|your ref|"
                         r"contact)\b\s*[:/]|@|\d{5,}|^(?:dear|to|from|date)\b", re.I)


def is_letterhead(body: Optional[str]) -> bool:
    """``Direct Dial/Ext: 03000416892`` and its kind: a line of a letter's
    head, which no meeting is named after."""
    return bool(body) and bool(_LETTERHEAD.search(body))


def _title_case(text: str) -> str:
    if not text.isupper():
        return text
    return " ".join(w if w in ("of", "and") else w.capitalize() for w in text.lower().split())


def named_meeting(meeting: Meeting, pages: list[Page]) -> Meeting:
    """The meeting a document's header names: what the parser found, with
    a letterhead line never taken for the body that met, and, where the
    header left the body or the date out, the one line of a letter or a
    summons that names the meeting ("COUNTY COUNCIL - THURSDAY, 13 MARCH
    2025"; "A meeting of the County Council will be held ... on Thursday,
    13th February, 2025")."""
    named = replace(meeting)
    if is_letterhead(named.committee):
        named.committee = None
    if named.committee and named.date:
        return named
    lines = _front_lines(pages, 60)
    for line in lines:
        found = _BODY_DASH_DATE.match(line)
        if found and find_date(found.group("date")) and not is_letterhead(found.group("body")):
            named.committee = named.committee or _title_case(found.group("body").strip())
            named.date = named.date or find_date(found.group("date"))
            return named
    text = " ".join(lines)
    found = _WILL_BE_HELD.search(text)
    if found and not is_letterhead(found.group("body")):
        named.committee = named.committee or _title_case(found.group("body").strip())
        named.date = named.date or find_date(found.group("rest")[:200])
    return named


# -- is it the same meeting? ---------------------------------------------------

_COUNCIL_WORDS = {"the", "of", "and", "full", "above", "this", "said", "joint", "council", "county", "city", "district", "borough", "parish", "town",
                  "community", "metropolitan", "unitary", "royal", "london", "mbc", "cc", "dc", "bc", "pc", "tc",
                  "&"}
_BODY_FILLER = {"the", "of", "and", "for", "meeting", "&", "a", "an"}
_GENERIC_BODIES = {"council", "full council", "county council", "city council", "district council",
                   "borough council", "parish council", "town council", "community council", "meeting",
                   "annual council", "annual meeting", "extraordinary council", "budget county council"}


def _words(text: Optional[str], drop: set[str]) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9&]+", (text or "").lower()) if w not in drop}


def same_council(stated: Optional[str], council_slug: str, council_name: Optional[str]) -> Optional[bool]:
    """Whether the council a header names is this council: None when the
    header names none.  Names are compared by their own words ("Kent" in
    "Kent County Council" and the slug "kent"), and by initials ("BCP
    Council" for "Bournemouth, Christchurch and Poole Council")."""
    if not stated:
        return None
    mine = _words(council_name, _COUNCIL_WORDS) | _words(council_slug.replace("-", " "), _COUNCIL_WORDS)
    theirs = _words(stated, _COUNCIL_WORDS)
    if not mine or not theirs or mine & theirs:
        return True
    def initials(name: Optional[str]) -> str:
        return "".join(w[0] for w in re.findall(r"[a-z]+", (name or "").lower()) if w not in _COUNCIL_WORDS)

    return initials(stated) in mine or initials(council_name) in theirs


def same_body(stated: Optional[str], body: Optional[str]) -> Optional[bool]:
    """Whether two names of the body that met are one body: None when
    either is unknown or is a generic name of the council itself (full
    Council is "Council", "County Council", "the Council")."""
    if not stated or not body:
        return None
    a, b = " ".join(sorted(_words(stated, _BODY_FILLER))), " ".join(sorted(_words(body, _BODY_FILLER)))
    if not a or not b:
        return None
    generic = {" ".join(sorted(_words(g, _BODY_FILLER))) for g in _GENERIC_BODIES}
    if a in generic or b in generic:
        return None if a not in generic or b not in generic else True
    wa, wb = set(a.split()), set(b.split())
    return bool(wa <= wb or wb <= wa or len(wa & wb) >= max(1, min(len(wa), len(wb)) - 1))


def other_meeting(named: Meeting, *, council_slug: str, council_name: Optional[str], committee: Optional[str],
                  date: Optional[str]) -> Optional[str]:
    """Why the header ``named`` is not the meeting (``committee`` of
    ``council`` on ``date``) the document is linked from, or None where
    nothing says it is another: another date, another body, another
    council.  What a header leaves out is no evidence either way."""
    differs = []
    if named.date and date and named.date != date:
        differs.append(f"date {named.date}")
    if same_council(named.council, council_slug, council_name) is False:
        differs.append(f"council {named.council}")
    if same_body(named.committee, committee) is False:
        differs.append(f"body {named.committee}")
    if not differs:
        return None
    label = ", ".join(p for p in (named.council, named.committee, named.date) if p)
    return f"its header names another meeting ({label}: another {' and '.join(differs)})"


def embedded_minutes(document: Document) -> tuple[list[Page], list[Page]]:
    """A pack's pages before and from where the minutes it carries begin
    (the previous meeting's, for approval); ``(pages, [])`` when it
    carries none."""
    from .segment import minutes_pages

    tail = minutes_pages(document.pages)
    if tail is document.pages or not tail or len(tail) >= len(document.pages):
        return document.pages, []
    start = document.pages.index(tail[0]) if tail[0] in document.pages else len(document.pages) - len(tail)
    return document.pages[:start], tail


def agenda_items(pages: list[Page]) -> list[Item]:
    """The numbered items of an agenda's pages, in order; a page range cut
    onto a line of its own ("461 - 610)") is not an item."""
    from .segment import find_items

    return agenda_of(find_items(pages))


def agenda_of(items: list[Item]) -> list[Item]:
    """The items found in an agenda that are its numbered items (see
    :func:`agenda_items`); what an ingested agenda, whose pages are not at
    hand, is read from."""
    found, last = [], 0
    for item in items:
        digits = re.match(r"\d+", item.number or "")
        number = int(digits.group()) if digits else None
        if number is not None and (number < last or number > last + 20):
            continue
        if re.match(r"^[-–]\s*\d", item.title):
            continue
        last = number if number is not None else last
        found.append(item)
    return found


@dataclass
class Placement:
    """Where a parsed document's content goes, decided from its role and
    its header before anything is written (``pipeline.store`` writes it).

    ``meeting_id``: the meeting the document belongs to (linked from, or
    joined by its header); ``meeting``: a header to create that meeting
    from when no row holds it yet; neither: the document belongs to no
    meeting (its pages are still stored and searched).  ``facts_home``:
    its items, attendance, votes, resolutions, declarations and speakers
    are its own meeting's; ``facts_meeting_id``: they are another
    meeting's (the previous meeting's minutes in a reports pack), which
    ``approved_record`` says were put to this one for approval as a
    correct record.  ``agenda``: the numbered items of the agenda it holds."""

    role: str
    meeting_id: Optional[str] = None
    meeting: Optional[Meeting] = None
    facts_home: bool = False
    facts_meeting_id: Optional[str] = None
    approved_record: bool = False
    agenda: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
