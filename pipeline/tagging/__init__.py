"""Find what the minutes say: attendance, resolutions, votes, declarations,
speakers, portfolio holders and organisations.

The tagger is a spaCy pipeline of its own: ``spacy.blank("en")`` (no model
is downloaded) with one component per fact, each made by a factory in its
own module and writing its facts as spans in a named group
(``doc.spans["votes"]``) with the record in a span extension.  Importing
this package registers the factories; ``build_nlp()`` assembles them, and
the pipeline can be saved with ``nlp.to_disk`` and loaded with
``spacy.load`` wherever this package has been imported.

:func:`tag_document` runs it over each minute item (and the attendance
finder over the lines before the first item) and turns the spans back into
the records of Contract 2, so a caller sees the same ``ParsedDocument`` as
before.  Layout-bound facts (attendance lists, recorded-vote blocks,
lettered resolution clauses) are read from the extracted lines, which keep
their page numbers, so every fact cites the page it came from.
"""

from __future__ import annotations

import re
from dataclasses import replace
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable, Optional, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from models.records import Attendance, Item, Line, Organisation, ParsedDocument

# Importing the finders registers their factories with spaCy.
from . import attendance, declarations, matters, organisations, portfolio, resolutions, second_reading, speakers, tokenizer, votes
from .common import PATTERNS, is_local_council, make_doc, records, records_with_text, unique, vocabulary, without_titles
from .names import SURNAME_PARTICLE, is_organisation, split_names
from .resolutions import resolution_key
from .votes import vote_key
from ..versions import TAGGER_VERSION

__all__ = ["TAGGER_VERSION", "build_nlp", "default_nlp", "split_names", "tag_document", "tag_item", "PIPE_NAMES"]


#: The components, in the order they run: the speakers' and declarations'
#: people come from the entity ruler; the portfolio reads the speakers.
PIPE_NAMES = ["entity_ruler", "resolutions", "votes", "speakers", "portfolio", "declarations", "attendance",
              "organisations", "matters"]


def build_nlp() -> Language:
    """spaCy blank English, the project's entity patterns, and one finder
    per fact."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "council_minutes.chunk_limited_tokenizer.v1"}}})
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
    ruler.from_disk(PATTERNS / "entities.jsonl")
    for name in PIPE_NAMES[1:]:
        nlp.add_pipe(f"council_minutes_{name}", name=name)
    return nlp


@lru_cache(maxsize=1)
def default_nlp() -> Language:
    """The pipeline ``tag_document`` uses when given none, built on first use."""
    return build_nlp()


#: An item's text is tagged in parts of at most this many characters: spaCy
#: refuses a text over ``nlp.max_length`` (a million), and one enormous item
#: must cost its own speed, never the whole document.
CHUNK_CHARS = 100_000


def _chunks(lines: list[tuple[int, Line]], limit: int = CHUNK_CHARS) -> list[list[tuple[int, Line]]]:
    chunks: list[list[tuple[int, Line]]] = [[]]
    size = 0
    for page, line in lines:
        pieces = [line] if len(line.text) <= limit else [
            Line(text=line.text[start:start + limit], bold=line.bold, x0=line.x0, top=line.top, size=line.size)
            for start in range(0, len(line.text), limit)]
        for piece in pieces:
            if size + len(piece.text) > limit and chunks[-1]:
                chunks.append([])
                size = 0
            chunks[-1].append((page, piece))
            size += len(piece.text) + 1
    return chunks


def _declarations_in_part(item: Item, parent: Item, nlp: Language, people: Sequence[tuple[str, Optional[str]]]) -> list:
    """"4. DISCLOSURE OF PERSONAL & PREJUDICIAL INTEREST The following declared a personal interest during the meeting:"
    / "4.1 Minute 8.1: Planning Application: A170015: Cllr Elin Jones.": a numbered part of a declarations minute is an
    entry of its minute's list, read after the minute's own words; the gold README's rule 4 keys what it declares to
    the part."""
    entry = f"{item.number} {item.title}: {item.text}"
    probe = Item(number=parent.number, title=parent.title, page=parent.page, text=f"{parent.text}\n{entry}",
                 lines=list(parent.lines) + [(item.page, Line(text=entry))])
    tag_item(probe, nlp, people)
    return [d for d in probe.declarations if d.text and d.text in entry]


# "835/16 Apologies for Absence RESOLVED to note that there were apologies from Cllrs. O’Donoghue, Strain-Clark and
# Smith." (Buckingham): a minute printed as one paragraph, its heading cut from its text at the full stop of a title
# ("Cllrs.", the stop dropped with the cut) leaves the resolution's opening in the title; the tagger reads it with the
# text it runs into (only where the title ends so: a title holding a whole "RESOLVED" sentence has it in the text too)
_RESOLVED_IN_TITLE = re.compile(r"(?<=\s)RESOLVED\b")
_ENDS_AT_A_TITLE = re.compile(r"\b(?:Cllrs?|Councillors|Mr|Mrs|Ms|Dr)\.?$")


def tag_item(item: Item, nlp: Language, people: Sequence[tuple[str, Optional[str]]] = ()) -> list[Doc]:
    """Run the pipeline over one item (in parts, if it is very long) and
    fill in its facts; return the tagged Docs.  ``people`` are the meeting's
    attendees (name, role), found in the text even without a title."""
    lines = item.lines or [(item.page, Line(t)) for t in item.text.split("\n")]
    run_on = _RESOLVED_IN_TITLE.search(item.title or "")
    if run_on and _ENDS_AT_A_TITLE.search(item.title) and "." not in item.title[run_on.start():-1]:
        lines = [(item.page, Line(item.title[run_on.start():]))] + lines
    docs = [nlp(make_doc(nlp, part, title=item.title, from_text=not item.lines, people=people))
            for part in _chunks(lines)]
    item.resolutions = _without_copies_cut_short(
        [r for _, r in unique([pair for doc in docs for pair in _formulas_apart(doc)], key=lambda pair: pair[0])])
    # "Carried unanimously" twice in an item is two votes; the same vote
    # printed twice (a decision page repeats its decision) is one.
    item.votes = [v for _, v in unique([pair for doc in docs for pair in records_with_text(doc, "votes")],
                                       key=lambda pair: (pair[0], vote_key(pair[1])))]
    item.speakers = unique([s for doc in docs for s in records(doc, "speakers")], key=lambda s: s.name.lower())
    item.declarations = _named_once(unique([d for doc in docs for d in records(doc, "declarations")],
                                           key=lambda d: (d.name.lower(), d.text)))
    holders = [span._.portfolio for doc in docs for span in doc.spans["portfolio"]]
    item.portfolio_holder = holders[0] if holders else None
    # A matter the source stated as data (a decision page's issue) stays.
    item.matter = (docs[0].user_data.get("title_matter") if docs else None) or item.matter
    item.mentions = unique([m for doc in docs for m in records(doc, "matters")], key=lambda m: (m.reference, m.role))
    return docs


def _formulas_apart(doc: Doc) -> list:
    """(key, resolution) for the resolutions read from one part of an item.
    A short formula ("Resolved: that the proposal be approved.") printed
    again after another motion of the same minute is another decision, told
    apart by its place, where a long decision printed twice is one copied."""
    found, seen = [], {}
    for resolution in records(doc, "resolutions"):
        key = resolution_key(resolution)
        place = seen.get(key, -1) + 1 if len(key) < 60 else 0
        seen[key] = place
        found.append(((key, place), resolution))
    return found


def _named_once(declarations: list) -> list:
    """"Councillor Ahmad left the room ..." read from a sentence and "M.
    Ahmad" from the table of interests: one member, kept by the fuller name;
    the title alone ("Councillor N. Ali" and "N. Ali") makes no other."""
    def key(name: str) -> str:
        return re.sub(r"[.\s]+", " ", without_titles(name)).strip().lower()

    keys = [key(d.name) for d in declarations]
    fuller = {name.split(" ")[-1] for name in keys if " " in name}
    kept, seen = [], set()
    for declaration, name in zip(declarations, keys):
        if " " not in name and name in fuller:
            continue  # the surname alone, where the same surname is also given with initials or a forename
        if (name, declaration.text) in seen:
            continue
        seen.add((name, declaration.text))
        kept.append(declaration)
    return kept


def _without_copies_cut_short(resolutions: list) -> list:
    """A ModernGov page prints the decision, then the minutes repeat it; where
    the page (or its excerpt) ends inside the copy, the copy is the start of
    the decision, not a second one.  A resolution whose text (60 characters
    or more) begins another's is dropped."""
    keys = [resolution_key(r) for r in resolutions]
    ordered = sorted(set(keys))  # a text that begins with ``key`` sorts just after it: one look, not a scan of all

    def begins_another(key: str) -> bool:
        after = bisect_right(ordered, key)
        return after < len(ordered) and ordered[after].startswith(key)

    return [r for r, key in zip(resolutions, keys) if len(key) < 60 or not begins_another(key)]


def tag_preamble(preamble: list[tuple[int, Line]], nlp: Language) -> Doc:
    """The lines before the first item, read for labelled attendance lists
    and apologies sentences."""
    doc = make_doc(nlp, preamble)
    doc.user_data["part"] = "preamble"
    return nlp.get_pipe("attendance")(doc)


_PAGE_BLOCK_LABEL = re.compile(r"^(?:Additional documents\s*:|(?:[•·*-]\s*)?Webcast for\b.*|Decision\s*:|Minutes\s*:)$",
                               re.IGNORECASE)
_PART_LABELS = re.compile(r"^(?:(?:[ivx]{1,4}|[a-z])\)\s+)+")
# ("1. CHAIRMAN: Cllr. L. Williams": the chair's own item, its title alone)
_ATTENDANCE_ITEM = re.compile(r"\b(?:present|attendance|apolog\w*|sederunt|welcome|members|attendees|visitors|guests)\b|^\s*chair(?:man|woman|person)?\s*$",
                              re.IGNORECASE)


def attendance_lines(parsed: ParsedDocument, preamble: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """Where labelled attendance lists stand: the lines before the first
    item, and the opening items about who was there ("1. Present", "3.
    Sederunt and Apologies", "1. Committee Members Present were: ..."), whose
    heading is given back its label."""
    lines = [(page, replace(line, text=attendance.without_welsh_labels(line.text))) for page, line in preamble]
    for item in parsed.items[:4]:
        if not _ATTENDANCE_ITEM.search(item.title):
            continue
        # A ModernGov agenda page sets links and block labels between the
        # heading and its text ("Additional documents:", "• Webcast for 1.").
        body = [(page, line) for page, line in item.lines if not _PAGE_BLOCK_LABEL.match(line.text.strip())]
        if body:
            body[0] = (body[0][0], replace(body[0][1], text=attendance.without_translated_heading(body[0][1].text.strip())))
        title = _PART_LABELS.sub("", item.title)  # "361 i) a) Present": the minute's first parts' labels
        title = re.sub(r"(?<=[a-z])\s+1\.?$", "", title)  # "12.042 Apologies for absence 1. Councillors: ...": its first part
        heading, _, plural = title.rpartition(" ")
        if heading.strip() and plural in ("Councillors", "Cllrs") and body:
            # "37.PRESENT Councillors: P Blackwell, B Cook, ...": the plural title is the names', not the heading's
            title = heading.strip()
            body[0] = (body[0][0], Line(text=f"{plural} {body[0][1].text.strip().lstrip(':').strip()}", bold=body[0][1].bold))
        label = attendance._label_match(f"{title}:") if len(title) < 60 else None
        # (not where the text opens with the title: "Present were Cllr Tom Shepherd, ..." is the list and its label)
        if body and label and not label[1] and not body[0][1].text.strip().startswith(title):  # the title is the label
            first_page, first = body[0]
            body[0] = (first_page, Line(text=f"{title}: {first.text}", bold=first.bold))
        elif (label and (re.match(r"(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]", label[1])
                         or attendance.FORENAME_SURNAME.fullmatch(label[1]))  # "1. Present Helen Blyde. Adrian Snowball. ..."
              and not (body and body[0][1].text.strip().startswith(title))):
            # "19/041   Apologies   Councillor J Beaman   Chairman   (Holiday)": the list in the heading's line
            body.insert(0, (item.page, Line(text=title)))
        # An empty line between the parts: a list never runs on from the
        # preamble into an item's text.
        lines += [(body[0][0] if body else item.page, Line(text=""))] + body
    for item in parsed.items:
        lines += _reconvened_attendance(item.lines)
    return lines


_RECONVENED = re.compile(r"^The\s+(?:meeting|hearing|sub-committee|committee)\s+(?:reconvened|resumed)\b", re.IGNORECASE)
_PRESENT_LABEL_LINE = re.compile(r"^(?:PRESENT|Present)\s*:?$")


def _reconvened_attendance(lines: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """"The meeting reconvened at 1.00 pm on Wednesday, 30 May 2018." /
    "PRESENT" / "Councillors Dickie Davies, Chris Gordon and ...": an
    adjourned meeting's later sitting lists who sat then, members present
    at the meeting as well as those of its first sitting."""
    found: list[tuple[int, Line]] = []
    texts = [line.text.strip() for _, line in lines]
    for index, text in enumerate(texts):
        if not _RECONVENED.match(text):
            continue
        label = next((at for at in range(index + 1, min(index + 3, len(texts))) if texts[at]), None)
        if label is None or not _PRESENT_LABEL_LINE.match(texts[label]):
            continue
        end = label + 1
        while end < len(texts) and end <= label + 3 and texts[end] and not re.match(r"\d", texts[end]):
            end += 1
        found += [(lines[label][0], Line(text=""))] + lines[label:end]
    return found


# "Cllr. Martin BARTOS Partick West (Ward 12)" among a community council's "Community Councillor"s (Jordanhill): a
# numbered ward is a principal council's (a Scottish council's multi-member wards are numbered), so its councillor
# attends the local council's meeting
_NUMBERED_WARD = re.compile(r"\bWard\s+\d{1,2}\b")
# "Duncan Anderson – North Isles Councillor (DA)" among a community council's "CCllr"s: a dash, then the councillor of
# a named area (a principal council's ward), who attends the local council's meeting (not "John Smith – Elected
# Councillor", a community councillor elected, as against one co-opted)
_AREA_COUNCILLOR_ROLE = re.compile(r"^[–—-]\s?(?!(?:Community|Parish|Town|Village|Co-?opted|Elected|Appointed|Nominated|Associate|Independent|Youth|Personal|Other|Work|Vice|Deputy|Lead)\b)"
                                   r"(?P<area>(?:[A-Z][a-z]+\s){1,3})Councillor\b")


# "Councillor J Wray Cheshire East": a principal council's area after a councillor's initial and surname ("Cheshire East",
# "West Berkshire", "North Yorkshire", "Wiltshire"; not a ward, "West Ward")
_AREA_AFTER_COUNCILLOR = re.compile(
    r"(?P<name>(?:Councillor|Cllr)\.?\s(?:[A-Z]\.?\s){1,3}(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)"
    r"\s(?P<area>(?:(?:North|South|East|West|Mid|Central)\s)?[A-Z][a-z]+shire(?:\s(?:North|South|East|West|Central))?"
    # (a compass point before a county's or district's name, not a local council's own ward: "Councillor J Wray South
    # Hill", "Councillor K Lee Park West" are its members)
    r"|(?:North|South|East|West|Mid|Central)\s(?:Sussex|Suffolk|Norfolk|Devon|Somerset|Dorset|Kent|Essex|Lothian|Ayrshire"
    r"|Kesteven|Lindsey|Tyneside|Hams|Ribble|Lakeland|Holland|Ulster|Riding|Cumbria|Northumberland|Lancashire|Yorkshire)\b)")


def _initials_of(council: Optional[str]) -> str:
    """"SDCC" for "Stonehaven and District Community Council": its words' capitals, small words left out."""
    return "".join(word[0] for word in re.findall(r"\b[A-Z][a-z]+", council or ""))


def _who_attended(record: Attendance, council: Optional[str]) -> Attendance:
    """Officers (the clerk, the RFO) and, at a parish or town council,
    county and district councillors attend; they are not members present
    (a "Youth Representative" listed among the members is one of them)."""
    if record.status != "present":
        return record
    vocab = vocabulary()
    role = (record.role or "").lower()
    name = record.name.lower()
    local = is_local_council(council)
    # ("Ella Platt McClelland (observer)" at a community council attends; "Councillors" / ... / "A Yiasimi – Cromer Town
    # Ward" / "Mrs A Claussen-Reynolds - observer" under a district council committee's "were present": a councillor of
    # the council listed with the others present, as its ward members are)
    observer = r"|observer" if local else ""
    officer = bool(vocab.officer_role.search(role)) or re.fullmatch(r"minutes?", role) or re.match(
        r"^(?:the\s+)?(?:(?:town|parish|deputy|assistant)\s+)?(?:clerk|rfo|pcso|pc)\b", name) or re.search(
        rf"\b(?:representative|guest|visitor{observer}|ward\s+member)\b", role) and not role.startswith(("also ", "youth "))
    area = _AREA_AFTER_COUNCILLOR.fullmatch(record.name) if local else None
    if area:
        # "Councillor P Amies , Councillor J Wray Cheshire East (7.50pm) and the Clerk.": a councillor by initial and
        # surname, then a principal council's area (a "-shire", a compass point), who attends (README convention 1)
        record.name = area.group("name")
        record.role = "; ".join(part for part in (area.group("area"), record.role) if part)
        record.status = "in_attendance"
        return record
    # ("Mr Bruce Heywood (W.S.C.)": a council's initials with stops; "Jim Fullerton (SBC Cllr)": the councillor's
    # council by its initials)
    initials = re.sub(r"(?<!\s)\s+(?:Cllr|Councillor)$", "", re.sub(r"(?<=[A-Z])\.", "", record.role or ""))
    guest = local and (name.startswith(vocab.guest_titles) or re.search(
        r"\b(?:county|district|borough|unitary|city)\s+(?:councillor|cllr)\b", name) or re.search(
        r"\b(?:county|district|borough|unitary|ward)\s+(?:councillor|cllr)\b", record.role or "", re.IGNORECASE)
        # (not "Raymond Christie" under "SDCC Councillors" at Stonehaven and District Community Council: its own)
        or re.fullmatch(r"[A-Z]{1,3}C", initials) and initials != _initials_of(council) or _NUMBERED_WARD.search(record.role or "")
        or (area := _AREA_COUNCILLOR_ROLE.match(record.role or "")) and not any(
            word in (council or "") for word in area.group("area").split()))
    # ("CC M James" where the minutes never print whose council met, or under a council whose
    # initials are others: another council's councillor, by that council's initials)
    if not guest and re.fullmatch(r"[A-Z]{1,3}C", initials):
        guest = not "".join(word[0] for word in re.findall(r"\b[A-Z][a-z]+", council or "")).endswith(initials)
    if officer or guest:
        record.status = "in_attendance"
    return record


_STYLED = re.compile(r"(?:Mr|Mrs|Ms|Miss)\b")
_COUNCILLOR_TITLED = re.compile(r"(?:Cllr|Councillor)\b")
_VISITING = re.compile(r"\b(?:county|district|borough|unitary|city)\s+(?:councillor|cllr)\b", re.IGNORECASE)


def _visitors_among_members(listed: list[Attendance]) -> None:
    """"Councillors Geraint Davies, ... and County Councillor Hugh
    Shepardson": where a few of those present are another council's
    councillors, they attend; where most are (a county council's own
    "County Councillors"), they are the members."""
    present = [record for record in listed if record.status == "present"]
    # ("Alison Dickie (Councillor)" among untitled community councillors: a councillor of the council proper)
    visiting = [record for record in present if _VISITING.search(record.role or "")
                or re.fullmatch(r"(?i:councillor|cllr)", record.role or "") and not _COUNCILLOR_TITLED.match(record.name)]
    # "Mrs Margaret Price (Retiring Chair), Cllr Rosemarie Harris, Mr David Filsell, ...": where the
    # members are styled Mr and Mrs, the one or two styled Councillor are another council's.
    styled = [record for record in present if _STYLED.match(record.name)]
    titled = [record for record in present if _COUNCILLOR_TITLED.match(record.name) and not record.role]
    if titled and len(titled) <= 2 and len(styled) >= 3 * len(titled) and len(styled) * 2 > len(present):
        visiting += titled
    if visiting and len(visiting) * 2 < len(present):
        for record in visiting:
            record.status = "in_attendance"


def _after_the_visitors(listed: list[Attendance]) -> None:
    """"Councillors D Richardson (Chair), R. Healey, ... P Moran Clerk Mrs J
    Todd Eden District Councillor A Armstrong and Councillor A Connell": a
    councillor named last, after the clerk and another council's councillor,
    when the members were named before them, is one of the visitors."""
    present_at = [index for index, record in enumerate(listed) if record.status == "present"]
    if len(present_at) < 4:
        return
    last = present_at[-1]
    record, before = listed[last], listed[last - 1]
    officer_before = any(vocabulary().officer_role.search((r.role or "").lower()) for r in listed[present_at[-2]:last])
    if (not record.role and _OWN_COUNCILLOR.match(record.name) and before.status == "in_attendance"
            and _VISITING.search(f"{before.role or ''} {before.name}") and officer_before):
        record.status = "in_attendance"


_UNTITLED_NAME = re.compile(r"(?!(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Rev|Sgt|PC|PCSO)\b)[A-Z][a-z]+(?:\s[A-Z]\.?)?\s(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+")
_VISITOR_ROLE = re.compile(r"\b(?:police|council|councillor|cllr|constable|pcso|sergeant|mp|msp|ms|am)\b", re.IGNORECASE)


def _visitors_after_untitled_members(listed: list[Attendance]) -> None:
    """"Carlyn McDougall, June Hoad, ..., Cathie Buchanan, Clark Logie
    (Police ), Cllr Ros Surtees Kirsty Peden, Hazel Kerr ( & Council)": a
    community council's members listed by name alone, then a police officer
    or another council's representative by their post; they and everyone
    listed after them attend.  (Councillors titled "Cllr" at the end of such
    a list are :func:`_councillors_after_untitled_members`'.)"""
    run = []
    for record in listed:
        if record.status not in ("present", "in_attendance"):
            break
        run.append(record)
    start = None
    for index, record in enumerate(run):
        if record.status == "in_attendance" and _VISITOR_ROLE.search(record.role or ""):
            start = index
            break
        if record.status != "present" or not _UNTITLED_NAME.fullmatch(record.name):
            return
    if start is None or start < 4:
        return
    for record in run[start:]:
        record.status = "in_attendance"


_COURTESY_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s")


def _councillors_after_members_by_courtesy_title(listed: list[Attendance]) -> None:
    """"Community Councillors: Mrs A Highman (Chairman); Mr P Smellie ...;
    Mr P Williams." then "Cllr Mr D Inglis; Cllr K Hagman; Cllr J McColm":
    where four or more members present are styled Mr or Mrs, councillors
    styled Cllr at the end of the same list are another council's, who
    attend."""
    present = [record for record in listed if record.status == "present"]
    split = next((n for n, record in enumerate(present) if _OWN_COUNCILLOR.match(record.name)), None)
    if split is None or split < 4 or not all(_COURTESY_TITLED.match(record.name) for record in present[:split]):
        return
    if not all(_OWN_COUNCILLOR.match(record.name) for record in present[split:]):
        return
    for record in present[split:]:
        if not re.search(r"\bex[ -]officio\b", record.role or "", re.IGNORECASE):  # ("Cllr R McGregor (ex officio)": a member)
            record.status = "in_attendance"


def _councillors_after_untitled_members(listed: list[Attendance], council: Optional[str]) -> None:
    """"Present – D. Buchanan, N. Davidson, ..., G. Paterson, Cllrs. N. Work
    and A. Shields": where a local council's members are listed by name
    alone, the few titled Councillor at the end of the same list are the
    council proper's ward councillors, who attend.  (Labellers differ where
    the minutes do not say: Bonnyrigg's, Burntisland's, Carnbee's,
    Kirkliston's, St Monans' and Kilrenny's golds count them attending,
    Ayton's and Llanbadrig's as members; "(ex officio)" printed beside one
    keeps them a member.)"""
    # (where the minutes never name whose council met, as well: at a principal council every member is titled)
    if council and not is_local_council(council):
        return
    # (a list read twice, by its label and by the second reading, is one list)
    present = unique([record for record in listed if record.status == "present"], key=lambda record: record.name)
    split = next((n for n, record in enumerate(present) if _OWN_COUNCILLOR.match(record.name) or _CIVIC_HEAD.fullmatch(record.role or "")), None)
    if split is None or split < 3 or any(_COURTESY_TITLED.match(record.name) for record in present[:split]):
        return
    tail = present[split:]
    # ("...; Provost Ronnie Proctor; Councillors Julie Bell and Angus McMillan Douglas; Sandra Hood (Headteacher).": the
    # principal council's provost and councillors, then a guest by post, end Inverarity's list of untitled members)
    guests = len(tail) > 1 and tail[-1].role and not _OWN_COUNCILLOR.match(tail[-1].name) and not _CIVIC_HEAD.fullmatch(tail[-1].role)
    councillors = tail[:-1] if guests else tail
    if len(councillors) > 3 or 2 * len(councillors) >= split or not all(
            _OWN_COUNCILLOR.match(record.name) or _CIVIC_HEAD.fullmatch(record.role or "") for record in councillors):
        return
    visitors = {record.name for record in tail if not re.search(r"\bex[ -]officio\b", record.role or "", re.IGNORECASE)}
    for record in listed:
        if record.status == "present" and record.name in visitors:
            record.status = "in_attendance"


# "Provost Ronnie Proctor" (read as the name with the role "Provost"): the civic head of a Scottish principal council
_CIVIC_HEAD = re.compile(r"(?:Depute\s+)?Provost")


# A meeting of a town, parish or community council itself, not of one of its committees
_FULL_LOCAL_COUNCIL = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,4}(?:Town|Parish|Community)\s+Council", re.IGNORECASE)
_OWN_COUNCILLOR = re.compile(r"(?:Councillor|Cllr)\.?\s")
_NUMBER_AFTER_NAME = re.compile(r"(?<=[a-z])\s\d{1,3}\.?$")
_OWN_COUNCILLOR_LOWER = re.compile(r"^(?:councillor|cllr)\.?\s+")


def _councillors_attending_their_council(listed: list[Attendance]) -> None:
    """"Present: Mayor – Cllr T L Williams MBE Deputy Mayor – Councillor A T
    Trousdell" / "In Attendance: Councillors: J M Andrew, ...": a meeting of
    a town or parish council itself needs at least three members present (its
    quorum); where fewer are listed as present, the councillors listed as
    attending are its members, under whichever label.  Another council's
    ("Councillor A Parker – Representative", "County Councillor ...") and
    officers still attend."""
    if sum(1 for record in listed if record.status == "present") >= 3:
        return  # the members are the ones present; a councillor attending is a visitor
    attending = [record for record in listed if record.status == "in_attendance" and not _VISITING.search(record.name)]
    councillors = [record for record in attending if not record.role and _OWN_COUNCILLOR.match(record.name)]
    # ("Chairman Mr TW Scott Vice Chairman Councillor Mrs Haddow Councillors P Burns, ...": with its councillors, its
    # chairman and vice chairman are members, however styled)
    chairs = [record for record in attending if councillors and re.fullmatch(
        r"(?:Vice[- ]|Deputy\s)?(?:Chair(?:man|woman|person)?|(?:Town\s)?Mayor)", record.role or "", re.IGNORECASE)]
    for record in councillors + chairs:
        record.status = "present"


def _without_honours(name: str) -> str:
    """"Sara Britcliffe MP" -> "sara britcliffe": the name without the
    honours after it, in lower case."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].replace(".", "").upper() in vocabulary().honours:
        words.pop()
    return " ".join(words).lower()


def _name_words(name: str) -> list[str]:
    """The words of a name without its honours ("M.B.E.") and full stops."""
    return [w.lower().strip(".") for w in re.sub(r"[,()]", " ", name).split()
            if w.replace(".", "").upper() not in vocabulary().honours and w.strip(".")]


def _by_surname(records: Iterable[Attendance]) -> dict[str, list[list[str]]]:
    """The words of each record's name, by its last word (see :func:`_named_before`)."""
    found: dict[str, list[list[str]]] = {}
    for words in (_name_words(record.name) for record in records):
        if words:
            found.setdefault(words[-1], []).append(words)
    return found


def _named_before(name: str, by_surname: dict[str, list[list[str]]]) -> bool:
    """"The Mayor welcomed Mr Walford Hughes" after "In attendance: Mr G Walford
    Hughes M.B.E.": the guest already listed, named shorter (the same title and
    surname, every word of the shorter name in the longer).  ``by_surname``:
    the words of everyone listed, by their last word (a list of thousands is
    compared with the few of one surname, not with everyone)."""
    words = _name_words(name)
    if not words:
        return False
    listed = by_surname.get(words[-1], [])
    if len(words) == 1:
        # "M. Olsson was welcomed as the new chair" read as "Olsson": a surname alone, of
        # someone listed (by title and initials) at the meeting
        return any(len(other) > 1 and other[0] in vocabulary().titles for other in listed)
    if words[0] not in vocabulary().titles:
        return False
    return any(len(other) > len(words) and other[0] == words[0] and set(words) <= set(other)
               or _initialled_as(other, words) for other in listed)


# "Cllr J. D. Pritchard 16/145 Personal Member is also the local county councillor who sits on the county planning
# committee" (Sesswick's declarations table)
_ALSO_PRINCIPAL_COUNCILLOR = re.compile(r"\b(?:[Mm]ember\s+is\s+also|[Ii]s\s+also)\s+(?:the|a)\s+(?:local\s+)?"
                                        r"(?:[Cc]ounty|[Dd]istrict|[Bb]orough|[Uu]nitary|[Cc]ity)\s+[Cc]ouncill?or\b")


def _members_also_principal_councillors(listed: list[Attendance], items: list[Item]) -> None:
    """"Cllr John Pritchard  County Councillor" in a local council's list
    attends by the gold README's first convention, unless the document says
    he is a member of the council: a declaration of his saying the "Member is
    also the local county councillor" does, so he is present.  Matched by
    title, first initial and surname ("Cllr J. D. Pritchard")."""
    said = [_name_words(d.name) for item in items for d in item.declarations if _ALSO_PRINCIPAL_COUNCILLOR.search(_own_words(d, item))]
    for record in listed if said else ():
        words = _name_words(record.name)
        if record.status == "in_attendance" and len(words) >= 3 and any(
                other[0] == words[0] and other[-1] == words[-1] and other[1][:1] == words[1][:1] for other in said if len(other) >= 3):
            record.status = "present"


def _own_words(declaration, item: Item) -> str:
    """A declaration's text up to the next declarer's name: a table read
    flat runs each row's text on into the rows below it."""
    text = declaration.text or ""
    others = [text.find(d.name, 1) for d in item.declarations if d.name != declaration.name]
    return text[:min([at for at in others if at > 0], default=len(text))]


def _namesakes(docs: list[Doc]) -> dict[int, int]:
    """"Apologies: Cllrs Atkin, Atkin, Forster": a name printed again straight
    after itself in one list is a second member of that name (two members
    sharing a surname), not the first read twice, so the records of one
    list that repeat the record before them are numbered (by ``id``: 1 for
    the second namesake, 2 for a third) to be kept apart when the readers'
    records are merged.  The same name read by two readers, or named again
    in another list, stays one person."""
    found: dict[int, int] = {}
    for doc in docs:
        for span in doc.spans.get("attendance", []):
            run = span._.get("attendance") or []
            for before, record in zip(run, run[1:]):
                if record.name == before.name and record.status == before.status and record is not before:
                    found[id(record)] = found.get(id(before), 0) + 1
    return found


def _one_per_full_name(found: list[Attendance]) -> list[Attendance]:
    """"Clerk: Mrs Penny Brasenell, ..." over the page and "In attendance
    Penny Brasenell Parish Clerk" below it: one person, named in full with
    and without a courtesy title, kept once (the first, with the post the
    other gave).  Only a forename in full makes them one: "Mr J Smith" and
    "Mrs J Smith", or "Mr JW Smith" and "Mrs JW Smith", may be two."""
    def key(record: Attendance) -> Optional[tuple[str, str]]:
        words = without_titles(record.name).split()
        full = len(words) >= 2 and re.fullmatch(r"[A-Z][a-z][\w’'-]*", words[0])  # (not "JW", initials in capitals)
        return (" ".join(words).lower(), record.status) if full else None

    at: dict[tuple[str, str], int] = {}  # where each full name stands in the result
    result: list[Attendance] = []
    for record in found:
        name = key(record)
        if name is None or name not in at:
            if name is not None:
                at[name] = len(result)
            result.append(record)
        elif record.role and not result[at[name]].role:
            result[at[name]] = replace(result[at[name]], role=record.role)
    return result


def _initialled_as(listed: list[str], words: list[str]) -> bool:
    """"Mr S. Parker" listed, "The Mayor welcomed Mr Steve Parker" later: the
    same title and surname, and where the words differ the list has the
    initial of the forename given later."""
    if len(listed) != len(words) or listed == words or listed[0] != words[0] or len(words) < 3:
        return False
    return all(a == b or len(a) == 1 and len(b) > 1 and b.startswith(a) for a, b in zip(listed[1:-1], words[1:-1]))


_COUNCILLOR_NAME = re.compile(r"(?:Cllrs?|Councillors?|Clr)\b\.?\s")
_ATTENDING_POST = re.compile(r"\b(?:County|District|Borough|City|Ward|Clerk|RFO|Officer|Manager|Director|Executive|Secretary|Minute|"
                             r"Administrator|Assistant|Solicitor|Treasurer|Engineer|Planner|PCSO|PC|Police|Constable|Sergeant)\b")


def _councillors_attending_are_present(listed: list[Attendance], local: bool) -> None:
    """"In Attendance:- Councillor K. Stevenson (Chairman), Councillors Mrs. S.
    Bamford, Mrs. T. Skelton & D. Watson": where no list of members present
    was found and the list of those attending is headed by councillors, its
    councillors are the members there (a parish clerk's word for it), not
    visitors; officers and another council's councillors in it attend."""
    attending = [record for record in listed if record.status == "in_attendance"]
    officers = [record for record in attending if _ATTENDING_POST.search(f"{record.name} {record.role or ''}")]
    # ("In attendance:-" / "TJ Allsopp RRC – Chair of Environment and Planning Committee" / "Mrs M Burkinshaw" / ...:
    # at a town or parish council's own meeting, a list of five or more, nearly none of them officers, is the members
    # where no other list names them; at a principal council's, those attending are others)
    if not attending or not (_COUNCILLOR_NAME.match(attending[0].name)
                             or local and len(attending) >= 5 and 5 * len(officers) <= len(attending)):
        return
    for record in attending:
        if record not in officers and not record.name.lower().startswith(("the ", "clerk")):
            record.status = "present"


_COUNCIL_INITIALS = re.compile(r"[A-Z]{1,3}C")


def _members_marked_with_another_council(listed: list[Attendance], read_present: list[bool]) -> None:
    """"Cllrs R. Atkins, (TWBC) D. Kent, T. Mobbs, R. Moon (TWBC) M. Munday, ...": a member marked with another
    council's initials in the middle of the members present, members unmarked before and after, sits on both councils
    and is a member present (a visiting councillor is listed apart, or after the members)."""
    def marked(index: int) -> bool:  # (read present, then set attending by the initials)
        record = listed[index]
        return (read_present[index] and record.status == "in_attendance"
                and bool(_COUNCIL_INITIALS.fullmatch(re.sub(r"(?<=[A-Z])\.", "", record.role or ""))))

    def member(index: int) -> bool:
        return read_present[index] and listed[index].status == "present" and not listed[index].role

    marks = [marked(index) for index in range(len(listed))]
    members = [member(index) for index in range(len(listed))]
    for index in range(len(listed)):
        if not marks[index]:
            continue
        before, after = index - 1, index + 1
        while before >= 0 and marks[before]:
            before -= 1
        while after < len(listed) and marks[after]:
            after += 1
        if before >= 0 and after < len(listed) and members[before] and members[after]:
            listed[index].status = "present"


_REPRESENTATIVE_ROLE = re.compile(r"^(?:[A-Z][a-z]+\s){1,2}Representative$")


def _representative_among_members(listed: list[Attendance], read_present: list[bool]) -> None:
    """"Elizabeth Steuart Fothringham (Chair); Carole Short (Secretary); Heather Anne Low (Planning Representative;
    Louise Nicoll from 8pm (Treasurer); June Richardson; ...": a member whose office is a subject's representative,
    listed among the members present with members before and after, is one of them (a visitor who represents a body is
    listed after the members, or apart); read as attending by the word "Representative" alone, they are present."""
    def member(index: int) -> bool:
        return 0 <= index < len(listed) and read_present[index] and listed[index].status == "present"

    for index, record in enumerate(listed):
        if (read_present[index] and record.status == "in_attendance" and _REPRESENTATIVE_ROLE.fullmatch(record.role or "")
                and not vocabulary().officer_role.search(record.role.lower()) and member(index - 1) and member(index + 1)):
            record.status = "present"


def _aldermen_after_the_councillors(listed: list[Attendance], read_present: list[bool]) -> None:
    """"Present: Councillor Richards (Mayor) Councillors Bald, ..., Wright and Zealley Aldermen Bristow and Howell": where
    aldermen are members (Northern Ireland's councils) they are listed first, before the councillors ("Aldermen J Rankin
    (Chair), M Coyle and A Robinson. Councillors O Beattie, ..."); aldermen listed after the councillors present are the
    council's honorary aldermen, who attend."""
    for index, record in enumerate(listed):
        if not (read_present[index] and record.status == "present" and _ALDERMAN.match(record.name)):
            continue
        before = [other for other, present in zip(listed[:index], read_present) if present and other.status == "present"]
        # (not "PRESENT: The Right Worshipful the Mayor Councillor U Mackin" / "Deputy Mayor Councillor A Grehan" /
        # "Aldermen W J Dillon MBE, ...": the civic heads, then the aldermen, then the councillors)
        if (len(before) >= 5 and not any(_ALDERMAN.match(other.name) for other in before)
                and all(_COUNCILLOR.match(other.name) for other in before[-5:])):
            record.status = "in_attendance"


_ALDERMAN = re.compile(r"(?:Honorary\s+)?(?:Alderman|Ald|Alderperson|Alderpersons|Aldermen)\.?\s", re.IGNORECASE)
_COUNCILLOR = re.compile(r"(?:Councillor|Cllr)\.?\s")


# "C M MacRae (Chair)", "J Storie": a member by initials and surname alone
_INITIALLED_UNTITLED = re.compile(r"(?:[A-Z]\.?\s){1,3}(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+")
# "K Earnshaw (NHS)": whom a visitor came from, a public body that is no council
_OUTSIDE_BODY_ROLE = re.compile(r"NHS(?:\s[A-Z][a-z]+)?|Police(?:\sScotland)?|Press|Fire\s(?:and\sRescue\s)?Service")


def _visitors_among_initialled_members(listed: list[Attendance], council: Optional[str]) -> None:
    """"PRESENT : C M MacRae (Chair) C Will (Crofters’ Rep) J MacKenna (Vice Chair) Cllr I Campbell J Sanderson ... K
    Earnshaw (NHS) M Jones F McGeachan (NHS) ...": where a local council's members are listed by initials and surname
    alone (two columns run together, so not in order), the one or two titled Councillor anywhere in the list are the
    council proper's councillors, and those bracketed with a public body that is no council came from it: they attend
    (the gold README's convention 1; "(ex officio)" keeps a councillor a member)."""
    if council and not is_local_council(council):
        return
    present = unique([record for record in listed if record.status == "present"], key=lambda record: record.name)
    untitled = [record for record in present if _INITIALLED_UNTITLED.fullmatch(record.name)]
    # (not "Councillor R Evans (Chairman)", "Cllr. J Clarke, welcomed the following Parish Councillors": a member who
    # chairs, titled by a post or listed first)
    titled = [record for record in present[1:] if _OWN_COUNCILLOR.match(record.name) and not record.role]
    if present and _OWN_COUNCILLOR.match(present[0].name) or any(_OWN_COUNCILLOR.match(record.name) and record.role for record in present):
        return
    if not titled and not any(_OUTSIDE_BODY_ROLE.fullmatch(record.role or "") for record in untitled):
        return
    if len(titled) > 2 or len(untitled) < max(5, 4 * len(titled)) or len(untitled) + len(titled) < len(present):
        return
    visitors = {record.name for record in titled if not re.search(r"\bex[ -]officio\b", record.role or "", re.IGNORECASE)}
    visitors |= {record.name for record in untitled if _OUTSIDE_BODY_ROLE.fullmatch(record.role or "")}
    for record in listed:
        if record.status == "present" and record.name in visitors:
            record.status = "in_attendance"


_OBSERVER_STYLED = re.compile(r"(?:(?:Councillor|Cllr)\.?\s)?(?:Mr|Mrs|Ms|Miss|Dr)\.?\s")
_MEMBER_TITLED = re.compile(r"(?:Councillor|Cllr)\.?\s(?!(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)")


def _observers_among_titled_councillors(listed: list[Attendance], council: Optional[str]) -> None:
    """At a principal council, an observer listed by courtesy title among
    members each titled Councillor attends ("Present: Councillor A Smith
    (Chair), Councillor B Jones, ..., Mr D Evans (observer)"); where the
    members are listed by courtesy title too, the observer is one of them
    (North Norfolk's "Councillors" / "Mrs S A Arnold (Chairman)" / ... /
    "Mrs A Claussen-Reynolds - observer", kept present by _who_attended)."""
    if not council or is_local_council(council):
        return
    present = [record for record in listed if record.status == "present"]
    for record in present:
        if not re.search(r"\bobserver\b", record.role or "", re.IGNORECASE) or not _OBSERVER_STYLED.match(record.name):
            continue
        others = [other for other in present if other is not record]
        if others and 2 * sum(bool(_MEMBER_TITLED.match(other.name)) for other in others) > len(others):
            record.status = "in_attendance"


def _members_and_visitors(listed: list[Attendance], council: Optional[str]) -> None:
    """Who of those listed as present are another council's councillors or
    other visitors, read from how the list sets them out."""
    _visitors_among_members(listed)
    _after_the_visitors(listed)
    _visitors_after_untitled_members(listed)
    _councillors_after_members_by_courtesy_title(listed)
    _councillors_after_untitled_members(listed, council)
    _visitors_among_initialled_members(listed, council)
    _observers_among_titled_councillors(listed, council)


# ("2. Apologies for absence from Councillors – to agree the reasons for absence (if any)": a title before an agenda's
# words in lower case names no one either; not "Cllr de Souza", "Cllr dos Santos": a surname's particle)
_ARTICLE_THEN_LOWER = re.compile(rf"(?:An?|The|Cllrs?|Councill?ors?)\.?\s(?!{SURNAME_PARTICLE})[a-z]")
_COUNCILS_INITIALS_BEFORE = re.compile(r"^([A-Z](?:&?[A-Z]){1,4}C)\s(?!(?:Cllrs?|Clrs?|Councillors?|Mrs?|Ms|Miss|Dr)\b)(?=[A-Z][a-z]+\s(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*$)")
_COUNCILS_INITIALS_AFTER = re.compile(r"(?<=[a-z])\s([A-Z]{0,2}C)$")
_WHOSE_APOLOGIES = re.compile(r"(?<=\w)[’']s\sapolog(?:y|ies)$")


def _opening_lines(parsed: ParsedDocument, preamble: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """The document's lines in order, each item's heading before its text."""
    lines = list(preamble)
    for item in parsed.items:
        lines.append((item.page, Line(text=" ".join(part for part in (item.number, item.title) if part))))
        lines += item.lines
    return lines


def tag_document(parsed: ParsedDocument, preamble: list[tuple[int, Line]], nlp: Optional[Language] = None) -> ParsedDocument:
    """Fill in attendance, the facts of every item and the organisations."""
    nlp = nlp or default_nlp()
    council = parsed.meeting.council or parsed.meeting.committee
    # The lists come first: who was there is who declares, moves and speaks.
    listed_docs = [tag_preamble(part, nlp) for part in _chunks(attendance_lines(parsed, preamble))]
    listed = [record for doc in listed_docs for record in records(doc, "attendance")]
    read_present = [record.status == "present" for record in listed]
    listed = [_who_attended(record, council) for record in listed]
    _members_marked_with_another_council(listed, read_present)
    _representative_among_members(listed, read_present)
    _aldermen_after_the_councillors(listed, read_present)
    _members_and_visitors(listed, council)
    if _FULL_LOCAL_COUNCIL.fullmatch(parsed.meeting.committee or ""):
        _councillors_attending_their_council(listed)
    # Only a member present can be "the Chair" of this meeting (the chairman
    # of another committee may attend), so only their offices are passed.
    people = [(a.name, a.role if a.status in ("present", "virtual") else None) for a in parsed.attendance + listed
              if a.status in ("present", "in_attendance", "virtual")]
    found_organisations: dict[str, Organisation] = {}
    item_attendance, item_docs = [], []
    by_number = {item.number: item for item in parsed.items if item.number}
    for item in parsed.items:
        docs = tag_item(item, nlp, people)
        parent = by_number.get((item.number or "").rpartition(".")[0])
        if parent is not None and not item.declarations and declarations._DECLARATIONS_ITEM.search(parent.title or ""):
            item.declarations = _declarations_in_part(item, parent, nlp, people)
        for org in unique([o for doc in docs for o in records(doc, "organisations")], key=id):
            key = org.acronym or org.name
            if key in found_organisations:
                found_organisations[key].mentions += org.mentions
            else:
                found_organisations[key] = org
        item_attendance += [a for doc in docs for a in records(doc, "attendance")]
        item_docs += docs
        for vote in item.votes:
            for warning in vote.warnings:
                parsed.warnings.append(f"item {item.number or item.title[:40]}: vote count mismatch: {warning}")
    # Where the labelled readers found no members present or no apologies, the
    # opening is read a second time by cue words alone (see second_reading),
    # for the statuses they found nobody under.
    unread = {"present", "apologies", "in_attendance", "absent"} - {a.status for a in parsed.attendance + listed + item_attendance}
    if unread & {"present", "apologies"}:
        read_again = [_who_attended(record, council) for record in second_reading.second_reading(_opening_lines(parsed, preamble))
                      if record.status in unread]
        _members_and_visitors(read_again, council)
        listed += read_again
        # "Penny Brandram-Jones (PBJ), Andrew Eames (AE), ..." (an unlabelled list, read only now) / "4. Declarations of
        # Interest" / "Penny Brandram-Jones, items 9 a, ..., Disclosable Pecuniary Interest": the members each line of
        # the declarations minute opens with are known only once the list is read
        more = [(a.name, a.role) for a in read_again if a.status in ("present", "in_attendance")]
        for item in parsed.items if more else ():
            if not item.declarations and declarations._DECLARATIONS_ITEM.search(item.title or ""):
                probe = replace(item)
                tag_item(probe, nlp, people + more)
                item.declarations = probe.declarations
    if not any(a.status == "present" for a in parsed.attendance + listed + item_attendance):
        _councillors_attending_are_present(listed + item_attendance, bool(_FULL_LOCAL_COUNCIL.fullmatch(parsed.meeting.committee or "")))
    # Attendance the source states as data (web-service attendees) stays;
    # what the text adds is appended.
    # A member listed as present and later "welcomed" is one person present; and where the opening lists who attended
    # besides the members, someone named attending only inside an item (a guest welcomed, a speaker) is left out
    # (Saltash's town crier "welcomed" after "ALSO PRESENT: ..."): the golds count the list.
    members = {a.name.lower() for a in listed if a.status == "present"}
    attending_listed = any(a.status == "in_attendance" for a in listed)
    found = listed + [_who_attended(record, council) for record in item_attendance
                      if not (record.status == "in_attendance" and (record.name.lower() in members or attending_listed))]
    # ("Apologies: Councillors Sara Britcliffe MP, ..." then "... on behalf of Councillors Sara Britcliffe, ...": one person)
    # ("Cllr M. Blake" listed and "the Vice Chairman, Cllr M Blake, presided": full stops make no other person)
    # ("... WERE RECEIVED FROM Councillors S Frobisher, T R Hughes, ..." read as a list and as a sentence: "T R Hughes" and
    # "Councillor T R Hughes" are one member)
    namesakes = _namesakes(listed_docs + item_docs)
    found = unique(found, key=lambda record: (_OWN_COUNCILLOR_LOWER.sub("", _without_honours(record.name)).replace(".", ""), record.status,
                                              namesakes.get(id(record), 0)))
    found = _one_per_full_name(found)
    # "Councillors: R. Jones, Arwel Davies" / "County Councillor Arwel Davies": one person, a member present
    # who is also the county councillor, is counted once, as present
    # (not "Councillor Forde" present and "Mrs Forde, Member Support Officer" attending: by surname alone, an officer
    # who shares a member's name)
    present = {without_titles(a.name).lower() for a in found if a.status == "present"}
    # ("A Davies Denbighshire County Council" among the members and "A Davies (Member Liaison Officer)" among the officers:
    # an officer by post, where the member of that name is there for another council, is another person; not "J Bloggs"
    # present and "J Bloggs (Parish Clerk)" attending, one person)
    officer_role = vocabulary().officer_role
    members_for_bodies = {without_titles(a.name).lower() for a in found if a.status == "present" and a.role
                          and re.search(r"\b(?:Council|Authority)\b", a.role) and not officer_role.search(a.role.lower())}
    found = [a for a in found if a.status != "in_attendance" or without_titles(a.name).lower() not in present
             or a.role and re.match(r"(?:Mr|Mrs|Ms|Miss)\.?\s", a.name) and len(without_titles(a.name).split()) == 1
             or a.role and officer_role.search(a.role.lower()) and without_titles(a.name).lower() in members_for_bodies
             and not _OWN_COUNCILLOR.match(a.name) and not re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b", a.role)]
    by_surname = _by_surname(a for a in found if a.status in ("present", "in_attendance"))
    found = [a for a in found if a.status != "in_attendance" or not _named_before(a.name, by_surname)]
    # "APOLOGIES: Cllr Mike Critchley" then "Apologies from Cllrs Critchley and Edwards were noted": the same two
    # ("Apologies ... from ... Borough Councillor Richard Iliffe and Derbyshire Constabulary.": a body sent them)
    found = [a for a in found if not is_organisation(a.name)]
    # ("APOLOGIES FOR ABSENCE" / "An apol": an excerpt cut inside its first sentence; an article before a word in lower
    # case names no one)
    found = [a for a in found if not _ARTICLE_THEN_LOWER.match(a.name)]
    # ("Clerk: Ms Laura Jowett In Attendance: Two Parishioners (part)": a label given the title before it is no one)
    labels = vocabulary().attendance_labels
    found = [a for a in found if without_titles(a.name) == a.name or without_titles(a.name).strip(" :").lower() not in labels]
    for record in found:
        council = _COUNCILS_INITIALS_AFTER.search(record.name)
        if council:
            # "Marc Owen PCC", "Mr N J Brown CC": the council they sit on, in initials after the name, is no part of it
            record.name, record.role = record.name[:council.start()], record.role or council.group(1)
        council = _COUNCILS_INITIALS_BEFORE.match(record.name)
        if council:
            # "... Green Infrastructure Specialist, T&WC  Adrian Collins and ...": the last entry's council, its line's
            # break lost, before the next person's forename and surname
            record.name, record.role = record.name[council.end():], record.role or council.group(1)
        if record.status == "apologies":
            # "Cllr Anson’s apologies and reasons for absence were accepted.": whose apologies
            record.name = _WHOSE_APOLOGIES.sub("", record.name)
    for record in found:
        # "Apologies were received from: Alison Greggans 1. Welcome ...": the next minute's number is no part of the name
        record.name = _NUMBER_AFTER_NAME.sub("", record.name)
    apologised = _by_surname(a for a in found if a.status == "apologies")
    found = [a for a in found if a.status != "apologies" or not _named_before(a.name, apologised)]
    _members_also_principal_councillors(found, parsed.items)
    known = {(a.name.lower(), a.status) for a in parsed.attendance}
    parsed.attendance = parsed.attendance + [a for a in found if (a.name.lower(), a.status) not in known]
    parsed.organisations = list(found_organisations.values())
    return parsed
