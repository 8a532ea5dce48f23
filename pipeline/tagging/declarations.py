"""Declarations of interest: who declared, what they said, and whether
the interest is pecuniary.

Declarers are the entity ruler's ``PERSON`` entities standing before the
verb ("Mr A and Mrs B declared ..."), or, in an item headed "Declarations of
interest", the person each statement opens with.  Each declarer is a span
in ``doc.spans["declarations"]`` labelled with the kind, with the
:class:`~models.records.Declaration` in ``span._.declarations``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from models.records import Declaration

from .common import (PEOPLE, RUNNING_MINUTE, TITLE, FactSpans, add_span_extension, apologies_parts, doc_lines, doc_text, line_starts, page_lookup, people_in_text,
                     vocabulary, without_titles)
from .names import SURNAME, split_names

SPANS_KEY = "declarations"

_DECLARATIONS_ITEM = re.compile(r"(?:declarations?|disclosures?)\b.*interest", re.IGNORECASE)
# What may stand before the declarer's name at the start of a statement:
# bullets and numbers, "Item 4bi – " (the item declared on), a council's
# kind ("County Borough Councillor ...").
# "(ii) by Councillor Bentley - in relation to ...": a lettered list of disclosures "by" each member.
# "Finance…………………………..Cllr Kevin Price.": the matter, a dotted leader, the member.
# "In relation to Item 7, Councillor Miller stated that he was a volunteer coach with ...": the item, then the member.
_OPENING = re.compile(r"^[\s•·\-–—*(\d).]*(?:\d{1,4}/\d{2,3}[a-z]?\s+)?(?:\([ivx]{1,4}\)\s*)?(?:by\s+)?(?:[A-Z][\w ]{0,40}?[….]{3,}\s*)?(?:(?:Agenda\s+)?Items?\s+[\w.()/]{1,12}\s*[–:-]\s*)?"
                      r"(?:(?:In\s+(?:relation|respect)\s+(?:to|of)|With\s+regard\s+to|Regarding|Under)\s+(?:Agenda\s+)?(?:Items?|Minutes?)\s+[\w.()/]{1,12},\s*)?"
                      r"(?:(?:County\s+Borough|County|District|Borough|Town|Parish|City)\s+)?(?:The\s+)?(?:(?:Reverend|Revd\.?|Rev\.?)\s+)?$")
# "Councillors George and Judith Cooper both declared", "Cllrs Hoskins, Cobb &
# Shewell re No 2610", "Cllrs Whiteley, Bland, Horridge and Miles w.r.t. Item 530": a plural
# title names everyone in the list after it.
_PLURAL_OPENING = re.compile(r"^[\s•·\-*(\d).]*(?:Councillors|COUNCILLORS|Cllrs\.?|CLLRS\.?|Messrs\.?)\s+(?=[A-Z][a-z’'-]*\b(?!\s+(?:are|were|is|was|have|had|should|must|may|will)\b))")
_VOTE_SIDE = re.compile(r"(?<![\w’'-])(?:For|Against|Abstain\w*|Absent)\b[^()\n]{0,30}?\s*\(\d{1,3}\)\s*$")
_NARRATIVE_VERB = re.compile(r"\s(?:introduced|moved|proposed|presented|asked|reported|thanked)\s")
# ("Transportation Portfolio (N.B. Councillors Polhill and Wharton made a Disclosable Other Interest ...": a bracketed note
# under a heading)
# ("The Mayor and Councillors Excell and Lang declared a pecuniary interest ...": an office-holder, then the members)
_PLURAL_AFTER_CLAUSE = re.compile(r"(?:(?<=[,;]\s)|(?<=\()|(?<=\(N\.B\.\s)|(?<=\(NB\s)|(?<=\(NB:\s)|(?<=\bMayor\sand\s)|(?<=\bChair\sand\s)"
                                  r"|(?<=\bChairman\sand\s))(?:Councillors|Cllrs\.?)\s+[A-Z][\w’'-]+(?:,\s+[A-Z][\w’'-]+)*\s+and\s+[A-Z]")
# "the interests of Cllrs Jackson, Parker & Newton were pre-noted": whose interests the minutes record
_INTERESTS_OF = re.compile(
    r"\binterests?\s+of\s+(?P<names>(?:Councillors|Cllrs\.?)\s+[A-Z][\w’'-]+(?:(?:,\s*|\s+(?:and|&)\s+)[A-Z][\w’'-]+)*"
    r"|(?:Councillor|Cllr\.?)\s+(?:[A-Z]\.?\s){0,3}[A-Z][\w’'-]+)\s+(?:were|was|are|is)\s+(?:pre-?)?(?:noted|declared|recorded|registered)\b")
_FOLLOWING_MADE = re.compile(r"\bthe\s+following\s+declarations?\s+of\s+interests?\s+(?:was|were|has\s+been|have\s+been)\s+"
                             r"(?:made|received|declared|noted)\b"
                             # "The following member declared that he had an interest in relation to the item noted: Councillor ..."
                             # (not "... declared personal interests under Paragraph 8 of the Code:" over a table's
                             # "Councillor   Minute   Details" head: the table finder reads that)
                             r"|\bthe\s+following\s+(?:members?|councillors?)\s+declared\b[^:.]{0,80}:"
                             r"(?=\s*(?:Councillors?|Cllrs?)\.?\s+(?!(?i:minute|item|name|details)\b)[A-Z])"
                             # "The following declared a personal interest during the meeting: 4.1 Minute 8.1: Planning
                             # Application: A170015: Cllr Elin Jones. 4.2 ...": who, after each matter
                             r"|\bthe\s+following\s+declared\b[^:.]{0,80}:"
                             # "To declare interests for this meeting: Member Interest Type Cllor A. Pearson Member of ...":
                             # the agenda's wording over a flattened table, its head first
                             r"|\bto\s+declare\s+(?:any\s+)?interests?\b[^:.]{0,40}:(?=\s*(?:Member|Name|Councillor)\s+(?:Interest|Item|Minute|Details)\b)",
                             re.IGNORECASE)
_DECLARATIONS_LABEL = re.compile(r"declarations?\s+of\s+interests?\s*:", re.IGNORECASE)
# A list of who came inside an item that also takes declarations ("1. Apologies and Declarations of Interest")
_ATTENDANCE_LABEL = re.compile(r"(?:Present|Apologies|Absent|In\s+attendance|Also\s+present|Attendees|Members\s+present)\s*[:;–-]",
                               re.IGNORECASE)
_ARRIVED = re.compile(r"\b(?:entered|left|rejoined|joined|arrived\s+at|returned\s+to)\s+the\s+meeting\b", re.IGNORECASE)
# "Agenda Item 6.2: Audit Panel Meeting held on 5 June 2018 - Councillor Armstrong;  Agenda Item 6.6: Necarne Estate
# Update - Councillors Campbell, Doherty, ... and Thornton;": each item, its title, a dash and who declared
_ITEM_THEN_DECLARERS = re.compile(r"\bItem\s[\w.]{1,8}\s?:\s?[^;:]{0,150}?\s[–—-]\s(?P<names>(?:Councillors?|Cllrs?)\.?\s[^;]{1,300}?)(?=\s*;|\s*\.?$)")
_DECLARERS_VERB = re.compile(r"(?<!\s)\s+(?:declared|declares|declare|did\s+not|have|has|had)\b")
_OWN_VERB = re.compile(r",?\s+(?:reminded|asked|invited|thanked|welcomed)\b")
_DECLARED_BY = re.compile(r"declared\s+by\s*:?\s*", re.IGNORECASE)
_PLURAL_TITLE_NAMES = re.compile(r"(?:Councillors|Cllrs)\.?\s+(?P<names>[A-Z][\w’'-]+(?:(?:,\s*|\s+and\s+)[A-Z][\w’'-]+)+)")
_PLURAL_FULL_NAMES = re.compile(r"(?<![\w’'-])(?:Councillors|Cllrs)\.?\s[A-Z][a-z][\w’'-]*\s[A-Z][^;()]{0,400}?"
                                r"(?=,\s(?:on|as|being|because|due|in|for)\s|,?\s(?:on\s+the\s+grounds|as\s|because|due\s+to)\b|\s\([a-z]\)|;|\.\s|\.?$)")
_STATEMENT_END = re.compile(r"\s(?:re|regarding|w\.?r\.?t|in respect of|both|all|each|declared|declares|declare|stated|said|had|has|have|(?i:agenda\s+item|item)(?=\s+\d))\b|[–:“\"(]")
_OTHER_KIND = re.compile(r"non[- ]?pecuniary|other significant|personal|local interest|other registrable|non[- ]registrable")
# ... or a ModernGov page's block label ("Additional documents: Councillors Phil Brightmore, ... declared").
# "... John Morgan Declaration of Interest from Councillor B James": a statement headed on its own line.
_SENTENCE_BREAK = re.compile(r"(?:(?<=[a-z0-9)”\"’])|(?<=[A-Z]{2})|(?<=Appendix [A-Z])|(?<=Annex [A-Z])|(?<=Schedule [A-Z]))(?<!Cllr)(?<!Cllrs)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bRev)(?<!\bRevd)(?<!\bProf)(?<!\d\.\d)(?<!\d\.\d\d)\.\s+(?=[A-Z(•]|\d{1,4}\s(?:Cllr|Councillor)\b|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+[A-Z])|(?<=[a-z])\s(?=Declarations?\s+of\s+[Ii]nterests?\s+from\b)|(?<=Additional documents:)\s+(?=[A-Z])|(?<=Minutes:)\s+(?=[A-Z0-9])|\s(?=\(\d{1,2}\)\s|•)|\s(?=\d{1,2}\.(?:\d{1,2}\.?|[ivx]{1,4}\.?)?\s+[A-Z])|(?<=pecuniary\))\s(?=Cllrs?\s|Councillors?\s)"
                            # (not the stop of a part's number, "1.1.1. Cllr. J. P. Candy declared ...": no sentence of its own)
                            # "The following interests were declared: Councillors V Arnold, Clark, ... declared ...": what
                            # introduces the statements, then each with its own verb
                            # (not after a label: "DECLARATION OF INTEREST: Cllrs D K Edwards, ... declared ...")
                            r"|(?<=[a-z]:)\s(?=(?:Councillors?|Cllrs?)\.?\s[A-Z][^.:;]{0,200}?\sdeclared\b)"
                            # "Cllr J Hall - agenda item 22 planning The Reverend Cllr JC Baines - agenda item 22 ...": one
                            # member a statement, each naming the item
                            # ("Cllr Hammond – personal interest in village hall matters Cllr Mrs Wess – personal interest ...")
                            r"|\s(?=(?:The\s+Reverend\s+)?(?:Cllr|Councillor)\.?\s(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?:[A-Z]{1,3}\.?\s){0,3}[A-Z][\w’'-]+\s[–—-]\s"
                            r"(?:(?i:agenda\s+)?item|personal|prejudicial|pecuniary|disclosable|non[- ]pecuniary)\b)"
                            # "... as a Governor of Ysgol Beaumaris Councillor J A Rowlands declared an interest in item 96 ...": the
                            # next member's statement, its full stop lost
                            # ("... to councillors under section 22 of the Act – SCW, PJ, JO, SW, BM all declared a personal
                            # interest ...": the agenda's wording, a dash, then who declared)
                            r"|\s(?=[–—]\s(?:[A-Z]{2,4},\s)+(?:and\s)?[A-Z]{2,4}\s(?:all\s|both\s)?declared\b)"
                            # ("All Members present declared that they had a personal interest in ..., and the Chair and Deputy
                            # Chair declared a personal interest in item 14.": a second statement, its own subject)
                            r"|,(?=\s+and\s+the\s+(?:Chair(?:man)?|Mayor|Vice|Deputy|Leader)\b[^.,;]{0,40}?\sdeclared\b)"
                            # ("... planning application No: 20/01256/ADV Councillor Brampton declared ...": after a reference)
                            r"|(?:(?<=[a-z])|(?<=\d/[A-Z]{3}))(?<!\band)(?<!\bwith)(?<!\bplus)\s(?=(?:Cllr|Councillor)\.?\s(?:[A-Z]{1,3}\.?\s){0,3}(?:[A-Z][a-z]+\s)?[A-Z][\w’'-]+\sdeclared\b)"
                            # ("... Trustee of Torbay Coast and Countryside Trust The Mayor and Councillors Excell and Lang declared
                            # ...": a table's last cell, then a statement with its own subject)
                            r"|(?<=[a-z])\s(?=The\s(?:Mayor|Chair|Chairman|Leader)\sand\s(?:Councillors|Cllrs)\.?\s[A-Z][^.;:]{0,80}?\sdeclared\b)"
                            # ("... in respect of Minute 13 and Councillor Thomas (D) declared pecuniary interests in respect of
                            # Minute 16.": a second statement joined by "and", its own member and verb)
                            # (only after a statement with its verb: not "Councillor G Marshall, Councillor S J Carr and
                            # Councillor P J Owen declared ...", one list: see _sentences)
                            r"|(?P<joined>(?<=[a-z0-9])\s)(?=and\s(?:Cllr|Councillor)\.?\s(?:[A-Z]{1,3}\.?\s){0,3}(?:[A-Z][a-z]+\s)?[A-Z][\w’'-]+(?:\s\([A-Z]{1,3}\))?\sdeclared\b)"
                            # ("... on Proposed changes (b) Councillor Lowe declared ...": the next lettered statement)
                            r"|(?<=[a-z])\s(?=\([a-z]\)\s(?:Cllr|Councillor)\.?\s)")


def _interest_kind(statement: str) -> str:
    """"pecuniary" where the statement says pecuniary or prejudicial and no
    other kind ("non-pecuniary", "personal"); otherwise "other"."""
    lowered = statement.lower()
    return "pecuniary" if ("pecuniary" in lowered or "prejudicial" in lowered) and not _OTHER_KIND.search(lowered) else "other"


# Not "signed the Declaration of Acceptance of Office": a new member's oath, not an interest.
# (not "... declared their support for the scheme": a view, no interest)
# (the names hold no verb: not "Councillors Smith, Jones and Brown having been the only candidates nominated were
# declared elected"; and what is declared is an interest: not "declared their support", "declared elected")
_NAMES_THEN_DECLARED = re.compile(r"(?P<names>(?:(?!\b(?:were|was|been|having|being|had|has|have|is|are)\b)[^.;:()]){5,300}?(?<=[a-z]))"
                                  r"\s+declared\b(?=\s+(?:an?|in|interests?|their|his|her|personal|pecuniary|prejudicial|"
                                  r"disclosable|non-pecuniary|other|registrable)\b)"
                                  r"(?!\s+(?:their|his|her)\s+(?:support|opposition|intention|agreement|approval|objection|thanks)\b)")
_DECLARATION = re.compile(r"\bdeclar(?:ed|es|e|ation)\b(?!\s+of\s+acceptance)", re.IGNORECASE)
_INTEREST_HELD = re.compile(
    r"\b(?:had|has|have|held|holds|registered|reported|stated|advised|noted|indicated|disclosed|confirmed)\b[^.]{0,40}?\b(?:pecuniary|prejudicial|disclosable|personal|registrable|significant|local|an?)\b[^.]{0,20}?\binterests?\b(?![-–])"
    # ("Councillors Polhill and Wharton made a Disclosable Other Interest": "made" only with the interest's kind, not
    # "made a point of local interest")
    r"|\bmade\s+(?:an?\s+)?(?:(?:disclosable|pecuniary|prejudicial|personal|registrable|significant|other|non[- ]?pecuniary)\s+){1,3}interests?\b(?![-–])",
    re.IGNORECASE,
)
# (a member named after it: "Declarations of Interest by Members and Officers" is a heading)
_DECLARATION_FROM = re.compile(r"declarations?\s+of\s+(?:(?:non[\s-]?)?(?:pecuniary|prejudicial|personal|disclosable|pecuniary)\s+){0,2}interests?\s+(?:(?:was|were)\s+)?(?:(?:received|made|given)\s+)?(?:from|by)\s+"
                               r"(?=(?-i:Cllrs?\b|Councillors?\b|Mr\b|Mrs\b|Ms\b|Miss\b|Dr\b))", re.IGNORECASE)
_NO_DECLARATION = re.compile(r"\bno\s+(?:declarations?|interests?)\b|\bnone\b|\bthere were no\b", re.IGNORECASE)
# "... explained that he did not intend to declare an interest in the budget"
_NOT_DECLARING = re.compile(r"\bnot\s+(?:\w+\s+){0,2}declare\b", re.IGNORECASE)
# "Councillor Chivers, McMullan": a title, then surnames
_TITLED_SURNAMES_LINE = re.compile(r"(?:Cllrs?|Councillors?|Alderm[ae]n)\.?\s(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+"
                                   r"(?P<more>(?:(?:,\s|\s(?:and|&)\s)(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+){1,12})\.?")
# "Against (0)" / "Absent/ Did Not Vote (1)": a recorded vote's side, its count in brackets
_VOTE_SIDE_ABOVE = re.compile(r"^(?:For|Against|Abstain(?:ed|ing|ions?)?|Absent(?:\s?/\s?Did\s+Not\s+Vote)?|Did\s+Not\s+Vote)\s*\(\d{1,3}\)$",
                              re.IGNORECASE)
# "Councillor Tuohy (Lord Mayor) introduced two procedural motions, seconded by ...": the line's member acting in the
# meeting, under a declarations table, no interest said
_ACTS_NOT_DECLARES = re.compile(r"^[^\s(]+(?:\s[^\s(]+){0,4}?(?:\s\([^()]{1,40}\))?\s(?:introduced|moved|presented|welcomed|thanked)\b"
                                r"(?![^\n]{0,300}\b(?:interests?|declar\w*)\b)", re.IGNORECASE)


def _persons(doc: Doc) -> list[tuple[Span, str]]:
    """People in text order with the name each stands for: the entity
    ruler's titled names, and attendees named without a title or by office
    ("The Chair declared ...")."""
    starts = line_starts(doc_lines(doc))
    text = doc_text(doc)  # (a span's text is this text's slice; Span.text joins its tokens afresh each time)
    known = {}
    for name in dict.fromkeys(name for name, _ in doc.user_data.get(PEOPLE, ())):  # each once: a list may repeat thousands
        words = without_titles(name).split()
        if words:  # ("Councillors Ali, Allcock, ...": a surname alone too)
            known.setdefault(words[-1], set()).add(" ".join(words))
    titled = [_attendee_within(doc, *_within_its_line(doc, e, starts), known) for e in doc.ents if e.label_ == "PERSON"]
    return sorted([(span, name) for span, name in titled + people_in_text(doc)
                   # not a header cell "Councillor"; "B.J.Walker" is one word and a name
                   if not _HEADER_WORDS.search(text[span.start_char:span.end_char])
                   and (len(name.split()) > 1 or re.match(r"(?:[A-Z]\.){1,3}[A-Z]", name))],
                  key=lambda pair: pair[0].start_char)


def _attendee_within(doc: Doc, entity: Span, name: str, known: dict[str, set[str]]) -> tuple[Span, str]:
    """"Cllr R Hayhurst Employe[e of ...]" where R Hayhurst is listed present:
    the attendee, not a name run on into the interest (``known``: attendees'
    names without titles, by surname)."""
    words = name.split()
    for end in range(len(words) - 1, 1, -1):
        candidate = without_titles(" ".join(words[:end])).split()
        listed = known.get(words[end - 1], ())
        # "Councillor M Ali Hackney Carriage Driver" where "Councillors Ali, Allcock, ..." were
        # present: the surname listed alone, here after its initials
        if " ".join(candidate) in listed or candidate and candidate[-1] in listed and len(candidate) > 1 and all(
                re.fullmatch(r"[A-Z]\.?", word) for word in candidate[:-1]):
            if end == len(words) - 1 and re.match(r"\s*[(,]", doc_text(doc)[entity.end_char:entity.end_char + 3]):
                break  # "Councillor John Pughe Roberts (a member of ...)" with "John Pughe" listed: a longer name, whole
            text = doc_text(doc)[entity.start_char:entity.end_char]
            shorter = re.match(r"\s+".join(map(re.escape, words[:end])), text)
            cut = shorter and doc.char_span(entity.start_char, entity.start_char + shorter.end(), alignment_mode="contract")
            if cut is not None and len(cut):
                return cut, " ".join(words[:end])
            break
    return entity, name


_TITLE_ALONE = re.compile(r"(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?")


def _within_its_line(doc: Doc, entity: Span, starts: list[int]) -> tuple[Span, str]:
    """A titled name ends with its line (``starts``: where each line starts):
    "• Councillor Assenheim" over "Development Control Committee held 7th
    May 2014" is Councillor Assenheim (the Doc joins the lines with spaces)."""
    at = bisect_left(starts, entity.start_char + 1)
    if at < len(starts) and starts[at] < entity.end_char and _TITLE_ALONE.fullmatch(doc_text(doc)[entity.start_char:starts[at]].strip()):
        at += 1  # "... the item noted: Councillor" / "Huw Wyn Jones (a member of ...)": the title ends a line, the name the next
    if at < len(starts) and starts[at] < entity.end_char:
        cut = doc.char_span(entity.start_char, starts[at] - 1, alignment_mode="contract")
        if cut is not None and len(cut):
            entity = cut
    return entity, re.sub(r"\s+", " ", doc_text(doc)[entity.start_char:entity.end_char])


# "... Cllr B. Moores" / "MH05/17.2: Declaration of Interest and Dispensations": the next minute's heading, where
# the declaration is its title's noun at a line's start, after the minute's number, not a member's statement
_HEADING_BEFORE = re.compile(r"\n[ \t]*(?:[A-Z]{0,4}\d{1,4}(?:/\d{2,3})?(?:\.\d{1,2})*[.:]?\s+)?$|(?:^|\s)" + RUNNING_MINUTE + r"\s+$")


def find_declarations(doc: Doc, spans: FactSpans, page_of, persons: list[tuple[Span, str]],
                      declarations_item: bool = False, title: str = "") -> None:
    """Who declared what.  In an item headed "Declarations of interest" each
    statement that opens with a member's name is a declaration; elsewhere
    the sentence must say that someone declared or held an interest, and the
    people named before that verb are the ones declaring ("Mr A and Mrs B
    declared ...", "Later in the meeting Mr Sole declared ...")."""
    text = doc_text(doc)
    # People in text order, found by offset: scanning doc.ents for every
    # sentence made a long item quadratic.
    starts = [e.start_char for e, _ in persons]

    def people_from(low: int, high: int) -> list:
        return persons[bisect_left(starts, low) : bisect_left(starts, high)]

    # ("1.i  Apologies" / "Councillor Jones and B Davies.": names under the minute's apologies part declare nothing)
    lines = doc_lines(doc)
    line_at = line_starts(lines)
    apologising = [(line_at[first], line_at[last] + len(lines[last][1].text.strip())) for first, last in apologies_parts(lines)]
    listing = None  # "The following declared a personal interest ...:" standing alone: its kind, for the entries after it
    entries_until = -1  # where entries shaped as the one after "The following member declared ...:" may still come
    for start, body in _sentences(text):
        entry = _ITEM_ENTRY.match(body) if start < entries_until else None
        if entry:
            # "The following member declared that he had an interest in relation to the item noted: Councillor Huw Wyn
            # Jones (a member of this Planning Committee), in item 8.4 ... The Member was of the opinion ...
            # Councillor John Pughe Roberts (a member of this Planning Committee), in item 8.1 ...": the next entry
            named = people_from(start, start + entry.end("name"))
            for person, name in named[:1]:
                kind = _interest_kind(body)
                spans.add(Span(doc, person.start, person.end, label=kind),
                          Declaration(name=name, text=body.strip(), kind=kind, page=page_of(person.start_char)))
                entries_until = start + len(body) + _ENTRIES_GAP
            if named:
                continue
        if any(low <= start < high for low, high in apologising) and not _DECLARATION.search(body):
            continue
        if listing is not None:
            # "... during the meeting: 4.1 Minute 8.1: Planning Application: A170015: Cllr Elin Jones. 4.2 ...": one
            # entry a sentence, the member after the matter, until an entry names nobody
            named = people_from(start, start + len(body)) if not _DECLARATION.search(body) else []
            if named:
                for person, name in named:
                    spans.add(Span(doc, person.start, person.end, label=listing),
                              Declaration(name=name, text=body.strip(), kind=listing, page=page_of(person.start_char)))
                continue
            listing = None
        if start == 0 and declarations_item and title:
            # "2. Declarations of Interest Cllrs B Rees, J Hutchings, ... – School Parents and Friends
            # Association": the statement runs on from the heading on its line
            skip = 0
            if body.lower().startswith(title.lower()):
                skip = len(title) + len(body[len(title):]) - len(body[len(title):].lstrip(" :.–-"))
            # ("4. DECLARATIONS OF INTEREST - Members Code of Conduct Cllr. Joan Jones – Agenda Item 11 – ...": the
            # heading's own words, then a member and the item declared on)
            entry = None if _PLURAL_OPENING.match(body[skip:]) else _ENTRY_AFTER_SUBTITLE.match(body, skip)
            if entry:
                skip = entry.end()
            if skip and (_PLURAL_OPENING.match(body[skip:]) or entry):
                start, body = skip, body[skip:]
        if _NO_DECLARATION.search(body) or _NOT_DECLARING.search(body):
            continue
        count = re.match(r"\s*\(\d{1,3}\)", body)  # ("For " / "(49) Councillors ...": the count read with the names)
        if _VOTE_SIDE.search(text[max(0, start - 40):start + (count.end() if count else 0)]):
            continue  # "For (49)" / "Councillors Allison, Aspinall, ...": a recorded vote's side set in the declarations item
        if _ARRIVED.search(body) and not _DECLARATION.search(body):
            continue  # "Councillor Maguire entered the meeting during consideration of Declarations of Interest."
        noted = _INTERESTS_OF.search(body)
        if noted:
            span = doc.char_span(start, start + len(body.rstrip()), alignment_mode="expand")
            for name, _ in split_names(noted.group("names").replace(" & ", " and ")):
                spans.add(span, Declaration(name=name, text=body.strip().lstrip("•*- "), kind=_interest_kind(body),
                                            page=page_of(start)))
            continue
        boundary = None  # offset in the sentence before which the declarers stand
        if "interest" in body.lower():
            # ("Apologies were received from Councillor John Pughe | | DECLARATION OF PERSONAL INTEREST ... To receive
            # any declaration of personal interest ...": a flattened page's next heading and the agenda's wording)
            verb = next((found for found in _DECLARATION.finditer(body) if not found.group(0).startswith("DECLARATION")
                         and not re.search(r"\b(?:any|receive)\s+$", body[max(0, found.start() - 12):found.start()], re.IGNORECASE)
                         and not _HEADING_BEFORE.search(body, max(0, found.start() - 24), found.start())),
                        None) or next((found for found in _INTEREST_HELD.finditer(body)
                                       # ("... Bont Elim Church had shown an interest in housing the Post Office": keen, not
                                       # an interest to declare)
                                       if not re.search(r"\b(?:shown|showed|expressed|expresses|express)\b", found.group(0), re.IGNORECASE)),
                                      None)
            if verb and re.search(r"\bhaving\s+$", body[:verb.start()]):
                continue  # "Cllr O'Leary having declared a prejudicial interest ... left the room": declared before
            received = _DECLARATION_FROM.search(body)  # "Declarations of interest were received from ..."
            if received and (verb is None or received.start() <= verb.start()):
                verb = received
            boundary = verb.start() if verb else None
        if boundary is None and declarations_item and _PLURAL_OPENING.match(body):
            boundary = len(body)
        if boundary is None and _PLURAL_OPENING.match(body):
            # "Councillors John Cooke, Bill Gifford and Dave Shilton declared in[terests ...]" (an excerpt cut in the
            # word) among a minute's declarations of interest: the members named, then the verb
            named_then_declared = _NAMES_THEN_DECLARED.match(body)
            if named_then_declared:
                boundary = named_then_declared.end("names")
        if boundary is None and declarations_item and not _ATTENDANCE_LABEL.match(body.lstrip()):
            opening = next(iter(people_from(start, start + 40)), None)
            # "The Chairman confirmed ...": an office opens many sentences that
            # declare nothing; only a name opening a statement is one.
            if opening is not None and not _BY_OFFICE.match(opening[0].text) and _OPENING.match(
                    text[start : opening[0].start_char]):
                boundary = opening[0].end_char - start
                # "Cllr Bowditch and Cllr Trott in Item 11": the names that open it together
                for person, _ in people_from(opening[0].end_char, start + len(body)):
                    # ("– Mr P Carrigan; Mr J McMaster MADAG.": a semicolon between them too)
                    if not re.fullmatch(r"\s*(?:,|;|and|&|,\s*and)\s*", text[start + boundary:person.start_char]):
                        break
                    boundary = person.end_char - start
        if boundary is None:
            continue
        # "Present: Ken McEwen, ... Apologies: ... Declarations of interest: Paul Davison declared ...": lists run
        # on without a full stop; the declarers stand after the label
        labelled = None
        for labelled in _DECLARATIONS_LABEL.finditer(body, 0, boundary):
            pass
        # ("The Chair reminded Members ... declarations of interest 1 Special Council (17.11.16) Councillor
        # McGuigan declared ...": a page's footer for its full stop; the chair is the subject of a verb of
        # her own)
        people = [(person, name) for person, name in people_from(start + (labelled.end() if labelled else 0), start + boundary)
                  if not _OWN_VERB.match(text, person.end_char)]
        passive = _DECLARED_BY.match(body, boundary)
        if passive and not people:
            # "Non-pecuniary interests were declared by: The Chairman in relation to ...Cllr. Cockram in relation
            # to ...Cllrs. Batty and Lynden declared ...": everyone named after it, the plural title's too
            people = people_from(start + passive.end(), start + len(body))
            plural = _PLURAL_TITLE_NAMES.search(body, passive.end())
            named = {name for _, name in people}
            people += [(doc.char_span(start + plural.start(), start + plural.end(), alignment_mode="expand"), f"Cllr {surname}")
                       for surname in re.split(r",\s*|(?<!\s)\s+and\s+", plural.group("names"))
                       if not any(n.endswith(surname) for n in named)] if plural else []
            # "... were declared by (a) Councillors John Booker, Dianne Hurst, ... and Paul Scriven, on the grounds of
            # being private sector landlords, (b) Councillors Ian Auckland and ...": whole names under each plural title
            for listed in _PLURAL_FULL_NAMES.finditer(body, passive.end()):
                named = {name.split()[-1] for _, name in people}
                span = doc.char_span(start + listed.start(), start + listed.end(), alignment_mode="expand")
                people += [(span, name) for name, _ in split_names(listed.group(0))
                           if name.split()[-1] not in named and span is not None]
        noun = _DECLARATION_FROM.match(body, boundary)
        if noun and not people:
            # "Declaration of Interest from Councillor B James on the application by Mr John Morgan": the one it
            # is from; "Declarations of interest were received from Cllr. A. Carter in respect of item 3 ...,
            # Cllr. Mrs S. M. Penry and Cllr. M. Protheroe in respect of ...": each titled name it lists
            # (not "... on the application by Mr John Morgan")
            by = re.search(r"\sby\s", body[noun.end():])
            people = people_from(start + noun.end(), start + noun.end() + (by.start() if by else len(body)))
        following = _FOLLOWING_MADE.search(body)
        if following and _ITEM_ENTRY.match(body, following.end()):
            entries_until = start + len(body) + _ENTRIES_GAP
        if following and not people:
            # "The following declaration of interest was made:- Name Agenda Item/Details Level Minute Cllr
            # Mrs Pitchley 16 – ...": the members named after it (a flattened table under its header)
            people = people_from(start + following.end(), start + len(body))
            if not people and not body[following.end():].strip():
                listing = _interest_kind(body)
        listed = []
        # "In terms of Standing Order 16, Councillors McNamara, McNicol and Munro, as directors of ..., declared"
        plural = _PLURAL_OPENING.match(body) or _PLURAL_AFTER_CLAUSE.search(body, 0, boundary)
        if plural:
            opened = body[plural.start():]
            end = _STATEMENT_END.search(opened, 3)
            # (the declarers stand before the verb, whose offset is in the sentence: "... Portfolio (N.B. Councillors
            # Polhill and Wharton made a Disclosable Other Interest in the following item ... – Progress Update")
            prefix = opened[: min(end.start(), boundary - plural.start()) if end else boundary - plural.start()]
            # ("Cllrs. Barnes, Cassar and Wennington, Friends of Dawley Hamlets Local Nature Reserve.": the body they
            # belong to after the names, no one's name)
            listed = [name for name, _ in split_names(re.sub(r",?(?<!\s)\s+as\s.*$", "", prefix))
                      if len(without_titles(name).split()) <= 4 or name != without_titles(name)]
            office = re.search(r"(?:^|\s)(The\s(?:Mayor|Chair|Chairman|Leader))\sand\s$", body[:plural.start()])
            if office and listed:
                listed.insert(0, office.group(1))  # "The Mayor and Councillors Excell and Lang declared ...": the Mayor too
        if not listed and not people and not passive and not noun:
            # "K Alexander and E Ramsbotham declared interest on agenda item 242/04/08 ...": untitled names by
            # their initials, just before the verb
            listed = _initialled_before(body[:boundary])
        kind = _interest_kind(body)
        if listed:
            span = doc.char_span(start, start + len(body.rstrip()), alignment_mode="expand")
            for name in listed:
                spans.add(span, Declaration(name=name, text=body.strip().lstrip("•*- "), kind=kind,
                                            page=page_of(start)))
            continue
        narrative = _NARRATIVE_VERB.search(body)
        if narrative and people:
            # ("... Councillor Lawson / 82 / Employment / Pecuniary / Councillor Tuohy (Lord Mayor) introduced two
            # procedural motions ...": the list ends where the minutes' narrative starts, with its subject)
            subject = next((person for person, _ in people if person.start_char < start + narrative.start() and re.fullmatch(
                r"\s*(?:\([^()]*\)\s*)*", text[person.end_char:start + narrative.start()])), None)
            people = [(person, name) for person, name in people if subject is None or person.start_char < subject.start_char]
        # Declared by a list, each one's own statement is what follows the name, up to the next name
        statements = ([text[p.start_char:(people[n + 1][0].start_char if n + 1 < len(people) and people[n + 1][0].start_char
                                          > p.start_char else start + len(body))] for n, (p, _) in enumerate(people)]
                      if passive and people and people[0][0].start_char >= start + passive.end() else [body] * len(people))
        for (person, name), statement in zip(people, statements):
            spans.add(Span(doc, person.start, person.end, label=kind),
                      Declaration(name=name, text=statement.strip().lstrip("•*- "), kind=kind, page=page_of(person.start_char)))


# "Councillor Huw Wyn Jones (a member of this Planning Committee), in item 8.4 (C23/0148/17/LL) ...": one entry of the
# list after "The following member declared ...:", a titled member, a note in brackets, the item
_ITEM_ENTRY = re.compile(r"\s*(?P<name>(?:Cllr|Councillor)\.?\s(?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'-]+)(?:\s\([^()]{1,80}\))?,?\s+in\s+(?:agenda\s+)?item\s+\d")
#: How far past an entry (in characters) the next may come: a sentence or two on the entry between them.
_ENTRIES_GAP = 400
_INITIAL = re.compile(r"[A-Z]\.?")
_SURNAME_WORD = re.compile(SURNAME)


def _initialled_before(before: str) -> list[str]:
    """The names by initial and surname that end ``before`` ("... on the agenda
    K Alexander and E Ramsbotham" -> ["K Alexander", "E Ramsbotham"]), read
    back from its end; none unless the words right before the verb are such
    names."""
    words = before.replace(",", " , ").split()
    names: list[str] = []
    index = len(words) - 1
    while index >= 1 and _SURNAME_WORD.fullmatch(words[index]):
        first = index - 1
        while first >= 0 and index - first <= 2 and _INITIAL.fullmatch(words[first]):
            first -= 1
        if first == index - 1:
            break  # no initial before the surname: a word of the sentence
        names.insert(0, " ".join(words[first + 1:index + 1]))
        if first < 1 or words[first] not in ("and", "&", ","):
            break
        index = first - 1
    return names


def _sentences(text: str) -> Iterable[tuple[int, str]]:
    """Sentences with their offsets; minutes abbreviate little, so a full
    stop before a space and a capital (or an item number) ends one."""
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        if match.group("joined") is not None and not re.search(r"\bdeclared\b", text[start:match.start()]):
            continue
        yield start, text[start : match.end()]
        start = match.end()
    if start < len(text):
        yield start, text[start:]


_BY_OFFICE = re.compile(r"the\s", re.IGNORECASE)
# "Councillor Minute Number Nature of Interest H.A.L. Evans ...", "Councillor Agenda item Nature of interest
# Explanation": a flattened table's header row, not a person.
_HEADER_WORDS = re.compile(r"\b(?:Minute|Number|Nature|Interest|Item|Agenda)\b")
# "declared (Minute No. 113 refers) by County Borough Councillor L Walker"
_BY_DECLARER = re.compile(r"\bdeclared\b(?:[^.]|\.(?=\s\d)){0,80}?\bby\s+"
                          r"(?:(?:County\s+Borough|County|District|Borough|Town|Parish|City)\s+)?$")


def _titled_surnames_lines(doc: Doc, spans: FactSpans, page_of, found: set) -> None:
    """In a declarations item, a line that is only a title and surnames
    ("Councillor Chivers, McMullan", a summary table's cell): the title said
    once for all of them, each a member declaring."""
    lines = doc_lines(doc)
    for (_, line), offset in zip(lines, line_starts(lines)):
        listed = _TITLED_SURNAMES_LINE.fullmatch(line.text.strip())
        if not listed:
            continue
        for name in re.finditer(r"(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+(?=,|\s(?:and|&)\s|\.?$)", listed.group(0)):
            key = name.group(0).lower()
            span = doc.char_span(offset + name.start(), offset + name.end(), alignment_mode="expand")
            if span is None or key in found or any(key == known.split()[-1] for known in found if known):
                continue
            spans.add(Span(doc, span.start, span.end, label="other"),
                      Declaration(name=name.group(0), text=line.text.strip(), kind="other", page=page_of(offset)))
            found.add(key)


def _line_declarations(doc: Doc, spans: FactSpans, page_of, persons: list[tuple[Span, str]], found: set) -> None:
    """In a declarations item, each line that opens with a member's name is
    a statement of interest ("County Borough Councillor P Jarman – “...”"),
    even where the page has no full stop between it and a heading; and
    "declared ... by Councillor X" names X."""
    text = doc_text(doc)
    starts = [e.start_char for e, _ in persons]
    lines = doc_lines(doc)
    for number, offset in enumerate(line_starts(lines)):
        index = bisect_left(starts, offset)
        if index >= len(persons):
            continue
        person, name = persons[index]
        if (person.start_char - offset > 40 or not _OPENING.match(text[offset:person.start_char])
                or _BY_OFFICE.match(person.text)):
            continue
        if name.lower() in found or re.search(r"\b(?:Minute|Number|Nature|Interest|Item|Agenda)\b", name):
            continue  # a flattened table's header row ("Councillor / Minute Number / Nature of Interest")
        body = text[offset:offset + 300].split("\n", 1)[0]
        if _ATTENDANCE_LABEL.match(body):
            continue  # "1. Apologies and Declarations of Interest" / "Present: Ken McEwen, ...": who came, not who declared
        if _NOT_DECLARING.search(body):
            continue  # "Cllr Francis Morland explained that he did not intend to declare an interest ..."
        if _ACTS_NOT_DECLARES.match(text[person.start_char:offset + len(lines[number][1].text.strip())]):
            continue
        above = next((line.text.strip() for _, line in reversed(lines[max(0, number - 3):number]) if line.text.strip()), "")
        if _VOTE_SIDE_ABOVE.match(above):
            continue  # "Absent/ Did Not Vote (1)" / "Councillor Tuohy.": a recorded vote's side, under the table
        kind = "other" if _OTHER_KIND.search(body.lower()) or not re.search(r"pecuniary|prejudicial", body, re.I) else "pecuniary"
        spans.add(Span(doc, person.start, person.end, label=kind),
                  Declaration(name=name, text=body.strip(), kind=kind, page=page_of(person.start_char)))
        found.add(name.lower())
    _listed_after_declaring(doc, spans, page_of, text, found)
    for person, name in persons:
        before = text[max(0, person.start_char - 100):person.start_char]
        if _BY_DECLARER.search(before) and name.lower() not in found:
            kind = "other" if _OTHER_KIND.search(before.lower()) else "pecuniary" if "pecuniary" in before.lower() else "other"
            spans.add(Span(doc, person.start, person.end, label=kind),
                      Declaration(name=name, text=before.strip(), kind=kind, page=page_of(person.start_char)))
            found.add(name.lower())


# "Members declared that they had been lobbied without influence in respect of the
# following applications ..." / "Item A1, application number 19/01496/OUTM" /
# "Councillors R Ashman, D Bigby, A Bridgen, J Legrys and N Smith.": the members
# a statement of what members declared lists, a line of names each
_OWN_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor)\.?\s(?:[A-Z]\.?\s){0,3}[A-Z][\w’'-]+$")
_MEMBERS_DECLARED = re.compile(r"\b(?:members|councillors)\s+(?:(?:also|each)\s+)?declared\b", re.IGNORECASE)


def _declarers_after_items(doc: Doc, spans: FactSpans, page_of, found: set) -> None:
    """Declarations set out item by item, each item's title then a dash and
    the members who declared (:data:`_ITEM_THEN_DECLARERS`)."""
    text = doc_text(doc)
    for match in _ITEM_THEN_DECLARERS.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        # ("Item 19015: village hall funding – Cllrs Dagger, May and Pullan declared an interest as ... and did not vote
        # ...": the names end at their verb)
        names = _DECLARERS_VERB.split(match.group("names"), maxsplit=1)[0]
        for name, _ in split_names(names):
            if span is None or name.lower() in found:
                continue
            kind = _interest_kind(match.group(0))
            spans.add(Span(doc, span.start, span.end, label=kind),
                      Declaration(name=name, text=match.group(0), kind=kind, page=page_of(match.start())))
            found.add(name.lower())


# "Councillor Erwyn Jones 10469/04/19 Post of Deputy Town Clerk Councillor Annwen Daniels 10469/04/19 ...": a table's
# rows run together, each member by title, then the minute they declared on
_DECLARER_THEN_MINUTE = re.compile(r"(?:(?<=\s)|^)(?P<name>(?:Cllr|Councillor)\.?\s(?:[A-Z][\w’'.-]*\s){1,3})(?P<minute>\d{1,5}/\d{2}(?:/\d{2})?)\s+[A-Z]")


def _declarers_then_minutes(doc: Doc, spans: FactSpans, page_of, found: set) -> None:
    """Under a declarations heading, each titled member followed straight
    by a minute's number (:data:`_DECLARER_THEN_MINUTE`): that member's
    declaration on that minute."""
    text = doc_text(doc)
    rows = list(_DECLARER_THEN_MINUTE.finditer(text))
    if len(rows) < 2:
        return
    for row, following in zip(rows, [*rows[1:], None]):
        name = row.group("name").strip()
        if name.lower() in found:
            continue
        statement = text[row.start():following.start() if following else len(text)].strip()
        span = doc.char_span(row.start("name"), row.start("name") + len(name), alignment_mode="expand")
        if span is not None:
            kind = _interest_kind(statement)
            spans.add(Span(doc, span.start, span.end, label=kind), Declaration(name=name, text=statement, kind=kind,
                                                                               page=page_of(row.start())))
            found.add(name.lower())


# "Councillor Phill Davies Planning application A200924 referred to in Minute 612c) below Councillor Rhys Davies Planning
# applications ... below Councillor Rhodri Jones Allygraig Woodland - Minute 623iv)": a table's rows run together on one
# line, each member by title, forename (or initials) and surname, then what the interest concerns
# ("Councillor Smith Item 6 Councillor Jones Item 7": a surname alone, then the matter's first word, not a surname)
_MATTER_WORD = r"(?:Items?|Agenda|Minutes?|Min|Planning|Applications?|Personal|Prejudicial|Pecuniary|Disclosable|Registerable|Non|Other|Interests?|Reports?|Page|Para(?:graph)?)\b"
_DECLARER_THEN_SUBJECT = re.compile(r"(?:(?<=\s)|^)(?P<name>(?:Cllr|Councillor)\.?\s(?:(?:[A-Z][a-z][\w’'-]*|(?:[A-Z]\.?\s?){1,3})\s"
                                    rf"(?:[A-Z]\.?\s)?)?(?!{_MATTER_WORD})[A-Z][a-z][\w’'-]*)\s+(?=[A-Z0-9])")
_ROW_VERB = re.compile(r"\b(?:declared|declares|declare|disclosed|discloses|has|had|have|is|was|were|being|left|remained)\b")


def _declarers_then_subjects(doc: Doc, spans: FactSpans, page_of, found: set) -> None:
    """Under a declarations heading, a line that opens with a titled
    member and holds two or more (:data:`_DECLARER_THEN_SUBJECT`) with no
    verb between them: each member's declaration, the text up to the next."""
    lines = doc_lines(doc)
    for (_, line), offset in zip(lines, line_starts(lines)):
        text = line.text
        rows = list(_DECLARER_THEN_SUBJECT.finditer(text))
        if len(rows) < 2 or rows[0].start() != len(text) - len(text.lstrip()) or _ROW_VERB.search(text):
            continue
        # (each row a member and a matter: not "Councillor John Smith Councillor Mary Jones Councillor Peter Brown", a
        # line of names alone, such as those holding a dispensation)
        if any(following.start() - row.end() < 2 for row, following in zip(rows, rows[1:])) or len(text.rstrip()) - rows[-1].end() < 2:
            continue
        for row, following in zip(rows, [*rows[1:], None]):
            name = row.group("name").strip()
            if name.lower() in found:
                continue
            statement = text[row.start():following.start() if following else len(text)].strip()
            start = offset + row.start("name")
            span = doc.char_span(start, start + len(name), alignment_mode="expand")
            if span is not None:
                kind = _interest_kind(statement)
                spans.add(Span(doc, span.start, span.end, label=kind), Declaration(name=name, text=statement, kind=kind,
                                                                                   page=page_of(start)))
                found.add(name.lower())


def _listed_after_declaring(doc: Doc, spans: FactSpans, page_of, text: str, found: set) -> None:
    lines = doc_lines(doc)
    starts = line_starts(lines)
    said = None  # the statement the lists below belong to
    for (_, line), offset in zip(lines, starts):
        body = line.text.strip()
        if _MEMBERS_DECLARED.search(body):
            said = body
            continue
        if said is None or not _PLURAL_OPENING.match(body):
            continue
        for name, _ in split_names(body):
            at = text.find(name.split(" ", 1)[-1], offset)  # the name without the plural title given to it
            span = doc.char_span(at, at + len(name.split(" ", 1)[-1]), alignment_mode="expand") if at >= 0 else None
            if span is None or name.lower() in found or any(name.lower().endswith(" " + f.split(" ", 1)[-1]) for f in found):
                continue
            kind = _interest_kind(said)
            spans.add(Span(doc, span.start, span.end, label=kind),
                      Declaration(name=name, text=said, kind=kind, page=page_of(offset)))
            found.add(name.lower())


def _titled_list_after_colon(doc: Doc, spans: FactSpans, page_of, text: str, found: set) -> None:
    """"The following members declared non-prejudicial personal interests in the Report ...:" / "Mr N J Brown CC, Prof M
    E Preston CC, Mrs M L Sherwin CC and Mr R M Wilson CC": the statement's colon, then the next line, names each with
    its own title, are the members declaring ("CC", a county councillor, is no part of the name)."""
    lines = doc_lines(doc)
    starts = line_starts(lines)
    said = None
    for (_, line), offset in zip(lines, starts):
        body = line.text.strip()
        if not body:
            continue
        if said is not None and len(body) < 400:
            names = [name[:-3].rstrip() if name.endswith(" CC") else name for name, _ in split_names(body)]
            if len(names) > 1 and all(_OWN_TITLE.match(name) for name in names):
                kind = _interest_kind(said)
                for name in names:
                    at = text.find(name, offset)
                    span = doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 else None
                    if span is None or name.lower() in found:
                        continue
                    spans.add(Span(doc, span.start, span.end, label=kind),
                              Declaration(name=name, text=said, kind=kind, page=page_of(offset)))
                    found.add(name.lower())
        said = body if body.endswith(":") and _MEMBERS_DECLARED.search(body) else None



_TABLE_HEADER = re.compile(
    r"^(?:councillors?|members?|name|committee|meeting|minute(?:\s+(?:number|no\.?))?|(?:agenda\s+)?item(?:\s+(?:number|no\.?))?|"
    # ("Name of Member" / "Nature of Association" / "Minute No./ Application No.")
    r"name\s+of\s+(?:member|councillor)|minute\s+no\.?\s?/\s?application\s+no\.?|"
    r"(?:nature|type|details)\s+of\s+(?:interest|association)|interest|reason)$", re.IGNORECASE)
_TABLE_NAME = re.compile(r"^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.?\s?){1,3}\s?[A-Z][\w’'-]+$"
                         r"|^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}$"
                         r"|^(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*$"  # "Edwards" / "Cabinet, 11 September 2017" / ...: a surname alone
                         r"|^(?P<forename>[A-Z][a-z]+)\s(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*$")  # "Julia Jessel": a forename (below)


def _table_name(cell: str) -> bool:
    """A member's cell: titled, initialled, a surname alone, or a forename the vocabulary knows and a surname."""
    match = _TABLE_NAME.match(cell)
    return bool(match) and (not match.group("forename") or match.group("forename") in vocabulary().forenames)


def _table_declarations(doc: Doc, spans: FactSpans, page_of, found: set) -> None:
    """A declarations table flattened to one cell a line ("Councillor" /
    "Minute Number" / "Nature of Interest", or "Councillor" / "Committee" /
    "Minute" / "Interest" over "Edwards" / ..., then "H.A.L. Evans" / "8 –
    Cartrefi Croeso Ltd ..." / "Sister is Chief Executive ..."): each row
    that opens with a name is a declaration by that member."""
    lines = [line.text.strip() for _, line in doc_lines(doc)]
    starts = line_starts(doc_lines(doc))
    index = 0
    while index < len(lines):
        width = 0
        while index + width < len(lines) and _TABLE_HEADER.match(lines[index + width]):
            width += 1
        if width < 2:
            index += 1
            continue
        row = index + width
        while row < len(lines) and lines[row][:1].islower():
            row += 1  # "Reason" / "for Declaration": a heading cell wrapped onto a second line
        while row + width <= len(lines) and _table_name(lines[row]):
            cells = lines[row:row + width]
            name = cells[0]
            span = doc.char_span(starts[row], starts[row] + len(name), alignment_mode="expand")
            text = " – ".join(cells[1:])
            kind = _interest_kind(text)
            if span is not None:
                spans.add(Span(doc, span.start, span.end, label=kind),
                          Declaration(name=name, text=text, kind=kind, page=page_of(starts[row])))
                found.add(name.lower())
            row += width
            # "Feacey" / "Made a Voluntary Announcement ..." / "Made a Voluntary Announcement ..." / "106" / "99" /
            # "Gathern" / ...: a member with two interests fills more cells than the header has columns
            extra = row
            while extra < min(len(lines), row + width) and not _table_name(lines[extra]) and (
                    re.fullmatch(r"\d{1,4}[a-z]?(?:\.\d{1,2})?", lines[extra]) or len(lines[extra].split()) > 3):
                extra += 1
            if extra > row and extra < len(lines) and _table_name(lines[extra]):
                row = extra
        index = row


# "Councillor Agenda Item Pecuniary/Non Reason Pecuniary" / "Bickford 17 Pecuniary SRUG": a table a row a line
# ("Councillor Committee date and minute no. Reason for declaration": the meeting the item was at, then its minute)
_ROW_TABLE_HEADER = re.compile(r"^(?:Councillors?|Members?|Names?)\s+(?:(?:Agenda\s+)?(?:Items?|Minute)|Committee\s+(?:date|and|minute))\b")
_HEADER_THEN_ROW = re.compile(r"^(?:Councillors?|Members?)(?:\(s\))?\s+(?:Agenda\s+)?Items?(?:\(s\))?\s+(?:Nature\s+of\s+)?Interests?(?:\(s\))?\s+"
                              r"(?P<name>(?:[A-Z]\.?\s){0,3}(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)\s+(?P<rest>\S.*)$")
# "Allebone Resources 11/07/2012 (min 5) Disclosable pecuniary interest – ... Castle Theatre. Graves Community 09/07/12
# (min 4) – ...": the rows run into one paragraph, each a surname, the committee and the date of its meeting
_RUN_ON_ROW = re.compile(r"(?:^|(?<=\.\s))(?P<name>[A-Z][a-z][\w’'-]*)\s+(?:[A-Z][\w&-]*\s+){1,3}(?=\d{1,2}/\d{1,2}/\d{2,4}\s)")


def _run_on_rows(doc: Doc, spans: FactSpans, page_of, found: set, text: str, start: int) -> None:
    """The rows of a declarations table run together in one paragraph: each a surname, the committee whose meeting the
    item was at and the date, the reason up to the next row."""
    rows = list(_RUN_ON_ROW.finditer(text))
    for row, following in zip(rows, [*rows[1:], None]):
        name = row.group("name")
        if name.lower() in found:
            continue
        rest = text[row.end("name"):following.start() if following else len(text)].strip()
        _add_row(doc, spans, found, start + row.start("name"), name, rest, page_of(start))


def _add_row(doc: Doc, spans: FactSpans, found: set, offset: int, name: str, text: str, page: int) -> None:
    """A table row's declaration: the member's name at ``offset`` in the Doc's text, what the row says of the interest."""
    kind = _interest_kind(text)
    span = doc.char_span(offset, offset + len(name), alignment_mode="expand")
    if span is not None:
        spans.add(Span(doc, span.start, span.end, label=kind), Declaration(name=name, text=text, kind=kind, page=page))
        found.add(name.lower())
_ROW = re.compile(r"^(?P<name>(?:(?:Cllr|Councillor)\.?\s)?(?:[A-Z]\.?\s){0,3}(?:[A-Z][a-z]+\s)?[A-Z][a-z][\w’'-]*)\s+(?P<item>\d{1,4}[a-z]?(?:\.\d{1,2})?)"
                  r"\s+(?P<rest>\S.*)$")


def _row_declarations(doc: Doc, spans: FactSpans, page_of, found: set) -> None:
    """A declarations table whose rows kept their line: under a header
    naming the member and item columns, each row that opens with a name
    ("Cllr Bickford", "David Lewis") and an item number is that member's
    declaration; a row opening with a number is the member above's again."""
    lines = [line.text.strip() for _, line in doc_lines(doc)]
    starts = line_starts(doc_lines(doc))
    for index, text in enumerate(lines):
        same_line = _HEADER_THEN_ROW.match(text)
        if same_line and same_line.group("name").lower() not in found:
            # "Councillor(s) Item(s) Nature of Interest(s) Hamilton Community Grant Application CL/46/18 Known to
            # organisation ...": the header's columns and the first row's on one line, the member by surname first
            _add_row(doc, spans, found, starts[index] + same_line.start("name"), same_line.group("name"),
                     same_line.group("rest"), page_of(starts[index]))
        if not _ROW_TABLE_HEADER.match(text):
            continue
        for row in range(index + 1, len(lines)):
            match = _ROW.match(lines[row])
            if not lines[row] or not match and re.match(r"\d{1,4}\b", lines[row]):
                continue  # a gap between rows, or a member's second row ("43 (1 & 2) BCBC – Development")
            if not match:
                if row == next((r for r in range(index + 1, len(lines)) if lines[r]), None):
                    _run_on_rows(doc, spans, page_of, found, lines[row], starts[row])
                break
            name, rest = match.group("name"), f"item {match.group('item')}: {match.group('rest')}"
            if name.lower() in found:
                continue
            _add_row(doc, spans, found, starts[row], name, rest, page_of(starts[row]))


# "Councillors present at the meeting declared the following interests in their
# capacity as a Councillor of a Town or Parish Council ...:-" (spaces lost in the
# saved page: "Councillorspresent atthe meetingdeclared"), then name and interest
# a line each.
_FOLLOWING_INTERESTS = re.compile(r"declared\s*the\s*following\s*interests?", re.IGNORECASE)
_NAME_LINE = re.compile(r"^(?!.*\b(?:Council|Committee|Board|Trust|Association|Authority|Group|Partnership)\b)"
                        r"[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?(?:\s(?:[A-Z]\.?\s)?[A-Z][\w’'-]+){1,3}$")


def _pairs_after_sentence(doc: Doc, spans: FactSpans, page_of, found: set) -> None:
    """Declarations listed under the sentence that announces them: a name
    on one line, the interest on the next, while the pairs last."""
    lines = [line.text.strip() for _, line in doc_lines(doc)]
    starts = line_starts(doc_lines(doc))
    for index, text in enumerate(lines):
        if not (text.endswith((":", ":-")) and _FOLLOWING_INTERESTS.search(text)):
            continue
        rows = [row for row in range(index + 1, len(lines)) if lines[row]]
        for name_row, interest_row in zip(rows[::2], rows[1::2]):
            name, interest = lines[name_row], lines[interest_row]
            if not _NAME_LINE.match(name) or _NAME_LINE.match(interest):
                break
            span = doc.char_span(starts[name_row], starts[name_row] + len(name), alignment_mode="expand")
            if span is not None and name.lower() not in found:
                spans.add(Span(doc, span.start, span.end, label="other"),
                          Declaration(name=name, text=interest, kind="other", page=page_of(starts[name_row])))
                found.add(name.lower())


# "Declarations of Interest:" / "Cllrs. Dubery & Nelder – Item 13" / "Cllr. Nelder - Item 10" / "Chairman’s Comments:":
# a labelled part of a minute that is not itself the declarations item, a line a declaration
_DECLARATIONS_LABEL_LINE = re.compile(r"^(?:Declarations?|Disclosures?)\s+of\s+(?:Members['’]?\s+)?(?:Pecuniary\s+|Personal\s+)?Interests?\s*:?$",
                                      re.IGNORECASE)
_ENTRY_AFTER_SUBTITLE = re.compile(r"[A-Za-z’' ]{0,40}?\s(?=(?:Cllrs?|Councillors?)\.?\s(?:[A-Z][\w’'.-]*\s){1,3}[–—-]\s(?:Agenda\s+)?(?:Item|Minute)\b)")
_TITLED_OPENING = re.compile(r"^(?:(?:County|District|Borough|Town|Parish)\s+)?(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\b\.?\s+[A-Z]")


def _labelled_part_declarations(doc: Doc, spans: FactSpans, page_of, found: set) -> None:
    """Under a "Declarations of Interest:" line inside a minute, each line
    that opens with titled names ("Cllrs. Dubery & Nelder – Item 13") is
    their declaration, until a line that does not."""
    lines = [line.text.strip() for _, line in doc_lines(doc)]
    starts = line_starts(doc_lines(doc))
    for index, text in enumerate(lines):
        if not _DECLARATIONS_LABEL_LINE.match(text):
            continue
        for row in range(index + 1, min(len(lines), index + 20)):
            if not _TITLED_OPENING.match(lines[row]):
                break
            names = re.split(r"\s[–—-]\s|(?<!\s)\s+(?:declared|declares|has|had)\b|:", lines[row], maxsplit=1)[0]
            for name, _ in split_names(names):
                key = re.sub(r"\.\s*", " ", name).lower().strip()  # ("Cllr. Nelder" again is "Cllr Nelder")
                if key in found or name.lower() in found or len(name.split()) > 6:
                    continue
                span = doc.char_span(starts[row], starts[row] + len(lines[row]), alignment_mode="expand")
                if span is not None:
                    kind = _interest_kind(lines[row])
                    spans.add(Span(doc, span.start, span.end, label=kind),
                              Declaration(name=name, text=lines[row], kind=kind, page=page_of(starts[row])))
                    found |= {name.lower(), key}


class DeclarationFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        add_span_extension(SPANS_KEY)

    def __call__(self, doc: Doc) -> Doc:
        declarations_item = bool(_DECLARATIONS_ITEM.search(doc.user_data.get(TITLE) or ""))
        spans = FactSpans(doc, SPANS_KEY)
        # Outside a declarations item a declaration is a sentence about an
        # interest: an item that never says "interest" is not searched (nor
        # its text scanned for every attendee's name).
        if declarations_item or "interest" in doc_text(doc).lower():
            page_of = page_lookup(doc_lines(doc))
            persons = _persons(doc)
            find_declarations(doc, spans, page_of, persons, declarations_item, doc.user_data.get(TITLE) or "")
            # who has declared so far; each finder below adds those it finds
            found = {re.sub(r"\s+", " ", record.name).lower() for records in spans.recorded() for record in records}
            _pairs_after_sentence(doc, spans, page_of, found)
            _titled_list_after_colon(doc, spans, page_of, doc_text(doc), found)
            if not declarations_item:
                _labelled_part_declarations(doc, spans, page_of, found)
            if declarations_item:
                _declarers_after_items(doc, spans, page_of, found)
                _declarers_then_minutes(doc, spans, page_of, found)
                _declarers_then_subjects(doc, spans, page_of, found)
                _titled_surnames_lines(doc, spans, page_of, found)
                _line_declarations(doc, spans, page_of, persons, found)
                _table_declarations(doc, spans, page_of, found)
                _row_declarations(doc, spans, page_of, found)
        spans.write()
        return doc


@Language.factory("council_minutes_declarations")
def make_declarations(nlp: Language, name: str) -> DeclarationFinder:
    return DeclarationFinder(nlp, name)
