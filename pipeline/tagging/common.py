"""What every finder shares: the word lists, the item's lines behind a Doc,
spans over those lines, and de-duplication.

A finder sees one Doc per minute item.  Its text is the item's lines, each
stripped and joined with one space, so character offsets map back to lines
and so to pages (every fact cites the page it came from).  The lines
themselves, with the layout facts some finders need (bold, right-aligned),
travel in ``doc.user_data["lines"]``; ``make_doc`` puts them there.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from models.records import Line

from ..segment import page_lookup  # noqa: F401  (the finders' page of a fact)

PATTERNS = Path(__file__).parent / "patterns"

#: Keys of ``doc.user_data`` the finders read.
LINES = "lines"  # list of (page, Line)
TITLE = "title"  # the item's heading
TEXT = "text"  # the Doc's text, kept because doc.text rebuilds it token by token
#: True when the item had no extracted lines and its text was split instead;
#: attendance reads only extracted lines, as it always has.
FROM_TEXT = "from_text"
PEOPLE = "people"  # the meeting's attendees, (name, role)

#: A running minute number, the meeting's letters before it perhaps, a colon or stop after: "19/041", "MH05/17.1:",
#: "19/041.1" (regular-expression text, for the readers that stop a list or a statement at the next minute)
RUNNING_MINUTE = r"[A-Z]{0,4}\d{1,4}/\d{2,3}(?:\.\d{1,2})*[.:]?"


# "(?=\S)": "The" takes the whole space run after it.  Before, with no
# "Motion" after it, "The\s+" and the "\s*" that follows shared the run,
# quadratic in its length.
OUTCOME_LINE = re.compile(
    r"^(?:The\s+(?=\S))?(?P<what>(?:Substantive\s+|Original\s+|Amended\s+)?(?:Motion|Amendment|Recommendation|Proposal|Resolution)s?)?"
    r"\s*(?:was\s+|were\s+|is\s+)?(?:therefore\s+)?(?P<outcome>carried|lost|agreed|defeated|fell|passed|approved|rejected)"
    r"(?P<unanimous>\s+unanimously|\s+nem\.?\s*con\.?)?\.?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Vocabulary:
    titles: frozenset
    plural_titles: dict
    honours: frozenset
    speech_verbs: frozenset
    skip_before_verb: frozenset
    attendance_labels: dict
    role_words: frozenset = frozenset()
    officer_roles: frozenset = frozenset()
    guest_titles: tuple = ()
    labels_longest_first: tuple = ()  # attendance labels, for "also present via Teams ..." prefixes
    officer_role: re.Pattern = re.compile(r"(?!)")  # any of officer_roles as a word, in one search
    not_initials: frozenset = frozenset()  # letters that name things, not people ("PC", "AOB")
    police_title: re.Pattern = re.compile(r"(?!)")  # a police rank before a name ("PC", "Sergeant")
    post_heads: frozenset = frozenset()  # the word an officer's post ends on ("Specialist", "Director")
    post_words: frozenset = frozenset()  # words a post is made of besides ("Legal", "Governance")
    forenames: frozenset = frozenset()  # forenames councillors and officers go by (patterns/forenames.txt)


@lru_cache(maxsize=4)
def vocabulary(path: Path = PATTERNS / "vocabulary.json") -> Vocabulary:
    """The word lists in ``patterns/vocabulary.json``, read once per path."""
    data = json.loads(Path(path).read_text())
    forenames = Path(path).with_name("forenames.txt")
    return Vocabulary(
        forenames=frozenset(forenames.read_text().split()) if forenames.exists() else frozenset(),
        titles=frozenset(data["titles"]),
        plural_titles=data["plural_titles"],
        honours=frozenset(data["honours"]),
        speech_verbs=frozenset(data["speech_verbs"]),
        skip_before_verb=frozenset(data["skip_before_verb"]),
        attendance_labels=data["attendance_labels"],
        role_words=frozenset(data.get("role_words", ())),
        officer_roles=frozenset(data.get("officer_roles", ())),
        guest_titles=tuple(sorted(data.get("guest_titles", ()), key=len, reverse=True)),
        labels_longest_first=tuple(sorted(data["attendance_labels"], key=len, reverse=True)),
        not_initials=frozenset(data.get("not_initials", ())),
        post_heads=frozenset(data.get("post_heads", ())),
        post_words=frozenset(data.get("post_words", ())),
        police_title=re.compile(r"(?:" + "|".join(map(re.escape, sorted(data.get("police_titles", ()), key=len, reverse=True)))
                                + r")\.?\s", re.IGNORECASE) if data.get("police_titles") else re.compile(r"(?!)"),
        officer_role=re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(data.get("officer_roles", ()), key=len, reverse=True)))
                                + r")\b") if data.get("officer_roles") else re.compile(r"(?!)"),
    )


def make_doc(nlp: Language, lines: list[tuple[int, Line]], title: str = "", from_text: bool = False,
             people: Sequence[tuple[str, Optional[str]]] = ()) -> Doc:
    """A Doc over ``lines`` joined with one space per break: the space keeps
    offsets (and so pages) while letting patterns match across the break
    ("the Cabinet / Member for Finance").  ``people`` are the meeting's
    attendees as (name, role), for finding them where the text names them
    without a title."""
    text = " ".join(line.text.strip() for _, line in lines)
    doc = nlp.make_doc(text)
    doc.user_data[TEXT] = text
    doc.user_data[LINES] = list(lines)
    doc.user_data[TITLE] = title
    doc.user_data[FROM_TEXT] = from_text
    doc.user_data[PEOPLE] = list(people)
    return doc


# ("CCllr Jackie Leslie": a community councillor's own title, as Scottish community councils print it)
_TITLES = re.compile(r"^(?:(?:Councillor|C?Cllr\.?|CClr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Rev(?:d|\.)?|Sir|Dame)\s+)+")


def without_titles(name: str) -> str:
    """"Cllr. Mrs S Jureko" -> "S Jureko"."""
    return _TITLES.sub("", name).strip()


_THE_CHAIR = re.compile(r"\b[Tt]he (?:Chair(?:man|woman|person)?)\b(?!\s+of\b)")
# Other offices a meeting has one holder of, by the role the attendance lists gave ("Cllr P Emberley (Mayor)" is "The
# Mayor declared ..."; "G Thomas (Deputy Chair)" is "the Chair and Deputy Chair declared ...")
_OFFICES = (
    (re.compile(r"(?:town\s+|city\s+)?mayor"), re.compile(r"\b[Tt]he\s+(?:Town\s+|City\s+)?Mayor\b(?!\s+of\b)(?![’']s)")),
    (re.compile(r"(?:vice|deputy)[-\s]chair(?:man|woman|person)?"),
     re.compile(r"(?:\b[Tt]he\s+|(?<=\band\s))(?:Vice|Deputy)[-\s]Chair(?:man|woman|person)?\b(?!\s+of\b)")),
    (re.compile(r"deputy\s+mayor"), re.compile(r"\b[Tt]he\s+Deputy\s+Mayor\b(?!\s+of\b)")),
)


def people_in_text(doc: Doc) -> list[tuple[Span, str]]:
    """The meeting's attendees where the text names them with no title
    ("Danny Connellan indicated ...") or by office ("The Chair declared
    ..."): (span, the attendee's name), beside the entity ruler's titled
    names, which this never overlaps."""
    text = doc_text(doc)
    # Taken stretches of text, kept sorted and apart, so each new one is
    # checked against its two neighbours only: a hostile list of thousands
    # of names, each found thousands of times, must not be quadratic.
    taken: list[tuple[int, int]] = []
    for entity in doc.ents:
        if entity.label_ == "PERSON":
            insort(taken, (entity.start_char, entity.end_char))
    found: list[tuple[Span, str]] = []

    def overlaps(start: int, end: int) -> bool:
        at = bisect_left(taken, (start, end))
        return any(s < end and start < e for s, e in taken[max(0, at - 1):at + 1])

    def add(start: int, end: int, name: str) -> None:
        if overlaps(start, end):
            return
        span = doc.char_span(start, end, label="PERSON", alignment_mode="expand")
        if span is not None:
            insort(taken, (start, end))
            found.append((span, name))

    chairs = [name for name, role in doc.user_data.get(PEOPLE, ())
              if role and re.fullmatch(r"chair(?:man|woman|person)?", role.strip().lower())]
    for name in dict.fromkeys(name for name, _ in doc.user_data.get(PEOPLE, ())):
        bare = without_titles(name)
        glued = re.fullmatch(r"(?:[A-Z]\.){1,3}[A-Z][\w’'-]+", bare)  # "B.J.Walker": initials and surname as one word
        if len(bare.split()) < 2 and not glued or not bare[:1].isupper():
            continue  # a surname alone is too often a word or a place
        for match in re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text):
            add(match.start(), match.end(), name)
    if len(chairs) == 1:
        for match in _THE_CHAIR.finditer(text):
            add(match.start(), match.end(), chairs[0])
    for office, mention in _OFFICES:
        holders = [name for name, role in doc.user_data.get(PEOPLE, ()) if role and office.fullmatch(role.strip().lower())]
        if len(holders) == 1:
            for match in mention.finditer(text):
                add(match.start(), match.end(), holders[0])
    for initials, name, match in _by_initials(text, doc.user_data.get(PEOPLE, ())):
        add(match.start(), match.end(), name)
    return sorted(found, key=lambda pair: pair[0].start_char)


#: A pair of brackets and what is between them ("Mr Mark Brian (Incoming Chair)")
BRACKETED = re.compile(r"\([^()]*\)")


def _by_initials(text: str, people: Sequence[tuple[str, Optional[str]]]) -> Iterator[tuple[str, str, re.Match]]:
    """Attendees where the minutes call them by their initials ("2.1 AV –
    Invoice submitted ...", "CM advised that he and PS had reviewed ...").
    Only where the text uses two or more attendees' initials, so that the
    convention is the document's, and never initials two attendees share."""
    owners: dict[str, list[str]] = {}
    for name, role in dict.fromkeys(people):
        # "Councillors: Johnson (PJ), Mablethorpe (BM), ...": the initials the list gives, where the name has too few words
        if role and re.fullmatch(r"[A-Z]{2,4}", role) and len(without_titles(name).split()) < 2:
            owners.setdefault(role, []).append(name)
    for name in dict.fromkeys(name for name, _ in people):  # each name once: a list may name someone thousands of times
        # "Mr Mark Brian (Incoming Chair)" is MB: the role in brackets is not part of the name
        words = [w for w in re.split(r"[\s.]+", without_titles(BRACKETED.sub(" ", name) if "(" in name else name)) if w[:1].isupper()]
        if len(words) >= 2:
            initials = "".join(w[0] for w in words)
            owners.setdefault(initials, []).append(name)
            # "Julian Michaelson-Yeates (JMY)": a double-barrelled surname's parts each give a letter
            hyphened = "".join(w[0] + "".join(part[0] for part in w.split("-")[1:] if part[:1].isupper()) for w in words)
            if hyphened != initials:
                owners.setdefault(hyphened, []).append(name)
    found = []
    for initials, names in owners.items():
        if len(names) != 1:
            continue
        # "MP declared an interest": letters that usually stand for something else
        # ("MP", "PC") are a member's initials only as the subject of what members do.
        # ("TC and PS declared an interest in item 9.1": one of a list of initials that is the subject)
        acts = r"(?=(?:(?:,|\s+and|\s+&)\s+[A-Z]{2,4}){0,4}\s+(?:declared|proposed|seconded|said|reported|asked|advised|explained|stated|confirmed|suggested)\b)" \
            if initials in vocabulary().not_initials else ""
        found += [(initials, names[0], m) for m in re.finditer(rf"(?<![\w&/-]){initials}(?![\w&/-]){acts}", text)]
    if len({initials for initials, _, _ in found}) < 2:
        return iter(())
    return iter(found)


# "Joseph Rawlings of Colchester Equality addressed Council pursuant to the provisions of Council Procedure Rule 6(5).":
# a member of the public, named without a title (a forename known to the vocabulary), and the group they speak for
_PLACE_WORD = (r"(?:Lane|Street|Road|Close|Avenue|Drive|Way|Court|Crescent|Place|Gardens|Farm|Cottage|House|Green|Park|Hill|"
               r"Surgery|Hospice|Residents|Church|School|Association|Trust|Society|Group|Council)\b")
_ENDS_IN_PLACE = re.compile(rf"\b{_PLACE_WORD}$")
_ADDRESSED = re.compile(
    # (not "Victoria Park Residents", "Paul Street Surgery": a place or a body; not "of Mill Lane": where someone lives)
    rf"(?:^|(?<=[.:]\s)|(?<=\n))(?P<name>(?P<forename>[A-Z][a-z]+)\s(?!{_PLACE_WORD})(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)"
    rf"(?:,?\s+(?:of|from|representing|on\s+behalf\s+of)\s+(?P<body>(?:the\s+)?[A-Z][\w&’'-]*(?:\s(?:[A-Z][\w&’'-]*|of|and|&|for)){{0,6}}),?)?"
    r"\s+(?:addressed|spoke\s+to)\s+(?:the\s+)?(?:Council|Committee|Cabinet|Board|Panel|Executive|Sub-Committee|meeting)\b")


def public_speakers(doc: Doc) -> Iterator[re.Match]:
    """Members of the public who "addressed the Council", named without a title: only where the first word is a
    forename (not "Council Procedure Rule ..." or a place)."""
    forenames = vocabulary().forenames
    for match in _ADDRESSED.finditer(doc_text(doc)):
        if match.group("forename") in forenames and not (match.group("body") and _ENDS_IN_PLACE.search(match.group("body"))):
            yield match


def is_local_council(council: Optional[str]) -> bool:
    """Whether a council's name is a local (parish, town, community or
    village) council's: its members are often listed untitled, and a
    titled principal-council councillor among them attends (the gold
    README's convention 1).  No name says no."""
    return bool(council and re.search(r"\b(?:parish|town|community|village)\b", council, re.IGNORECASE))


def doc_lines(doc: Doc) -> list[tuple[int, Line]]:
    """The lines behind ``doc``; a Doc made from bare text is one line a page."""
    if LINES not in doc.user_data:
        doc.user_data[LINES] = [(None, Line(doc_text(doc)))]
    return doc.user_data[LINES]


def doc_text(doc: Doc) -> str:
    """``doc.text``, without rebuilding it from every token each time."""
    if TEXT not in doc.user_data:
        doc.user_data[TEXT] = doc.text
    return doc.user_data[TEXT]


def line_starts(lines: list[tuple[int, Line]]) -> list[int]:
    """The character offset at which each line starts in the joined text."""
    starts, offset = [], 0
    for _, line in lines:
        starts.append(offset)
        offset += len(line.text.strip()) + 1
    return starts


def _text_length(doc: Doc) -> int:
    # doc.text joins every token: too slow to ask for once per fact.
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def char_span(doc: Doc, start: int, end: int, label: str) -> Span:
    """The tokens covering characters ``start``-``end``; an empty span where
    the range holds no token (an empty line), so every fact has a place."""
    length = _text_length(doc)
    start = max(0, min(start, length))
    end = max(start, min(end, length))
    span = doc.char_span(start, end, label=label, alignment_mode="expand") if end > start else None
    if span is None or not len(span):
        index = 0
        while index + 1 < len(doc) and doc[index + 1].idx <= start:
            index += 1
        span = Span(doc, index, index, label=label)
    return span


def lines_span(doc: Doc, first: int, last: int, label: str) -> Span:
    """The span of lines ``first`` to ``last`` (inclusive) of the Doc."""
    lines = doc_lines(doc)
    if "line_starts" not in doc.user_data:
        doc.user_data["line_starts"] = line_starts(lines)
    starts = doc.user_data["line_starts"]
    last = max(first, min(last, len(lines) - 1))
    return char_span(doc, starts[first], starts[last] + len(lines[last][1].text.strip()), label)


def add_span_extension(name: str) -> None:
    """Register ``Span._.<name>`` (the record a span stands for) unless a
    component made earlier already did."""
    if not Span.has_extension(name):
        Span.set_extension(name, default=None)


class FactSpans:
    """The spans of one group, one per stretch of text, each carrying the
    list of records read there in ``span._.<group>``.

    spaCy keys a span's extension values by its offsets, so two spans over
    the same characters would share one value: the names of one attendance
    list, or a "put to the vote" and a "carried by 5 votes to 2" on one line,
    are several records on one span instead.
    """

    def __init__(self, doc: Doc, key: str):
        self.doc, self.key = doc, key
        self._spans: dict[tuple[int, int], Span] = {}

    def add(self, span: Span, record) -> Span:
        where = (span.start_char, span.end_char)
        if where not in self._spans:
            self._spans[where] = span
            span._.set(self.key, [])
        self._spans[where]._.get(self.key).append(record)
        return self._spans[where]

    def recorded(self) -> list[list]:
        """The record lists added so far, one per span."""
        return [span._.get(self.key) for span in self._spans.values()]

    def write(self) -> None:
        self.doc.spans[self.key] = list(self._spans.values())


def records(doc: Doc, key: str) -> list:
    """Every record in group ``key``, in the order the spans were found."""
    return [record for span in doc.spans.get(key, []) for record in (span._.get(key) or [])]


def records_with_text(doc: Doc, key: str) -> list[tuple[tuple[str, int], object]]:
    """((the words the fact was read from, its place among that span's
    facts), record) for group ``key``: two facts alike in every field are
    one fact printed twice only when they were read from the same words.
    Two facts of one span are two facts ("Seconder: ... Unanimous ...
    Seconder: ... Unanimous" on one line), told apart by their place.  The
    words are read once a span, however many facts it holds."""
    found = []
    text = doc_text(doc)
    for span in doc.spans.get(key, []):
        words = " ".join(text[span.start_char:span.end_char].split())
        found += [((words, place), record) for place, record in enumerate(span._.get(key) or [])]
    return found


def unique(records: list, key) -> list:
    """The first of each group of records with the same ``key``."""
    seen, kept = set(), []
    for record in records:
        k = key(record)
        if k not in seen:
            seen.add(k)
            kept.append(record)
    return kept


# "1.i  Apologies" / "Councillor Jones and B Davies." / "1.ii  Declarations of Interest": a minute's parts, each
# headed by its own number; an apologies part holds names, not statements of interest
_APOLOGIES_PART = re.compile(r"\d{1,3}\.?(?:[ivx]{1,4}|\d{1,2}|[a-h])\)?\.?\s+Apologies(?:\s+for\s+absence)?\s*:?", re.IGNORECASE)
_NEXT_MINUTE_PART = re.compile(r"\d{1,3}\.?(?:[ivx]{1,4}|\d{1,2}|[a-h])\)?\.?\s+\S|Declarations?\s+of\s+interests?\b", re.IGNORECASE)


def apologies_parts(lines: list[tuple[int, Line]]) -> list[tuple[int, int]]:
    """(first line, last line) of each part of a minute headed "Apologies"
    on a line of its own, up to the next part's heading."""
    parts, start = [], None
    for index, (_, line) in enumerate(lines):
        text = line.text.strip()
        if _APOLOGIES_PART.fullmatch(text):
            if start is not None:
                parts.append((start, index - 1))
            start = index
        elif start is not None and _NEXT_MINUTE_PART.match(text):
            parts.append((start, index - 1))
            start = None
    if start is not None:
        parts.append((start, len(lines) - 1))
    return parts
