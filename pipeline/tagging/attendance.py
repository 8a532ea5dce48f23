"""Who was there: labelled lists before the first item ("PRESENT:", "IN
ATTENDANCE:", "APOLOGIES:"), and, inside items, apologies sentences,
substitutes lines and members attending virtually.

The labelled lists are layout (a label, then names running over lines until
the next label or a bold heading), so they are read from the preamble's
lines; the sentences are read from the item's text.  Each name found is a
span in ``doc.spans["attendance"]`` labelled with its status, with the
:class:`~models.records.Attendance` records read there in ``span._.attendance``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import Iterable, Optional

from rapidfuzz.distance import OSA
from spacy.language import Language
from spacy.tokens import Doc

from models.records import Attendance, Line

from .common import doc_text, FROM_TEXT, RUNNING_MINUTE, TITLE, FactSpans, add_span_extension, apologies_parts, char_span, doc_lines, lines_span, line_starts, page_lookup, vocabulary
from .names import (SURNAMES_RUN_TOGETHER, are_initials, without_welsh_doublets, SURNAME, SURNAME_PARTICLE, surnames_run_together, bracketed_initials_end_names, initialled_run, initials_end_names, looks_like_name_list, name_run,
                    posts_then_names, split_names, unglue_initials, without_degrees, is_post_word, POST_JOINERS, TITLE_ABBREVIATIONS)

SPANS_KEY = "attendance"

# A full stop ends the list, but not the one of "Mr." or "Cllr." before a name.
_SENTENCE_END = re.compile(
    # (after a word in capitals too: "... COUNCILLOR M THOMPSON. The Parish Clerk ...", not after an initial)
    r"(?:(?<=[a-z0-9)\]])|(?<=[A-Z]{2}))" + "".join(rf"(?<!\b{short})" for short in TITLE_ABBREVIATIONS + ("Md",))  # ("Anne Nixon (Hon. Secretary)"; "Councillor Md. Maium Miah"; "Cyng. / Cllrs. M. Williams": Welsh "Cyng." before the English title)
    # ("David Mears PSLCC – Town Clerk . There were three ...": a space before the stop)
    # (not before the next group by its plural title, each name by initials: "Aldermen J Rankin (Chair), M Coyle and A
    # Robinson. Councillors O Beattie, A Brolly, ..."; "Councillors Hill and Kemp were absent" is a sentence of its own)
    + r" ?\.(?!\s+(?:Councillors|Cllrs|Aldermen)\s+(?:[A-Z]\.?\s){1,3}(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+(?:,|\s+and\b))"
    # (nor before the next name of the list, by its initials, and one more after it: "... K. Topping, S. Younger. I Duncan
    # & D. Gilbert.", "Michael Cook (SBC Cllr). P.C. Richard Toward(Scottish Borders Police).")
    r"(?!\s+(?:[A-Z]\.?\s?){1,3}\s?(?:[A-Z][a-z]+\s)?(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]{0,30}\s?(?:,|\(|&|and\b))"
    r"(?=\s+[A-Z(]|\s*$|\s+\d{1,3}\.?\s+[A-Z])")  # ("... Mr. Ceri Stradling. 1. Chairman’s Announcements": the next minute)
# "Present; Councillor A Phillips, ...", "Apology • ..." too ("Apologies for Non-Attendance", "Public/Press": a
# hyphen or a slash inside a label is not the end of it)
_LABEL = re.compile(r"^([A-Za-z](?:[A-Za-z ]|[-/](?=[A-Za-z])){2,40}?)\s*(?::|;|–|-(?![A-Za-z])|[•·](?=\s))\s*(.*)$")
_BARE_LABEL = re.compile(r"^([A-Za-z](?:[A-Za-z ]|-(?=[A-Za-z])){2,40})$")
# "Present The Mayor, Cllr. D. Hobson (DH) ...": the label's column gap lost, a title after it.
# "Present were Mr D Bishop (Chairman), ...", "PRESENT County Councillor M R Harris":
# a label written as the start of a sentence.
_LABEL_BEFORE_TITLE = re.compile(
    # ("Members Councillors Adams, Mrs Barrow, ..." / "Officers Chief Fire Officer, ...": a table's two rows)
    # ("Members" alone only over a list: not "Members Cllr Brown asked whether ...")
    r"^(Present|Those present|Members present|Members(?=\s+(?:Councillors|Cllrs)\b|\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s)"
    r"(?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w’'-]+(?:\s?\([^()]{1,30}\))?(?:,|\s+(?:and\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\b))|"
    r"Apologies(?: for absence)?|Absent|In attendance|Also present)"
    r"(?:\s+(?:were|was))?\s+"
    r"((?:The\s+)?(?:(?:County|Borough|District|Town|Parish|City|Community)\s+)?"
    r"(?:Cllrs?|Councillors?|Alderm[ae]n|Mr|Mrs|Ms|Miss|Dr|Mayor|Chair(?:man)?)\b.*)$", re.IGNORECASE)
# ("Others PKC Cllr Anne Younger(Cllr AY), 2 Members of Public": a council's initials before the title)
_LABEL_BEFORE_NAMES = re.compile(r"^(Present(?:\s+were)?|Apologies(?:\s+for\s+absence)?|Absent|In attendance|Also present|Parishioners|Other\s+Apologies|Others|Also)"
                                 r"\s+((?:(?-i:[A-Z]{2,5})\s+(?=(?-i:Cllr|Councillor)))?(?:PCSO|PC|[A-Z](?:[a-z]+|\.))\s.*)$",
                                 re.IGNORECASE)
_APOLOGY_BY_MESSAGE = re.compile(r"\.\s+((?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s(?:[A-Z][\w’'-]*\s){0,2}[A-Z][\w’'-]+)\s+"
                                 r"(?:by|via)\s+(?:e-?mail|phone|telephone|text|letter)\b(?:[^.;]|\.(?=\d)){0,40}")
_OFFICERS_BY_POST = re.compile(r"^(Officers)\s+((?-i:Chief|Assistant|Deputy|Head|Director|Monitoring|Treasurer|Corporate|Senior|Principal)\b.*)$",
                               re.IGNORECASE)
_BARE_NAME = re.compile(r"[A-Z][a-z]+(?:\s[A-Z]\.?)*\s(?:Mc|O[’'])?[A-Z][a-z][\w’'-]*")


_LATE_NOTE = re.compile(r"(?:^|(?<=\s))(?:[A-Z]{1,3}|[A-Z][a-z]+)\s[A-Z][\w’'-]*\s[\[(]for\s+lateness[\])]")


def _names_follow(text: str) -> bool:
    """Is ``text`` a list of names without titles: two or more, each a
    first name and a surname, set apart by commas or by their initials?"""
    if initials_end_names(text) != text or bracketed_initials_end_names(text) != text or initialled_run(text, at_least=2):
        return True
    if re.match(r"(?:[A-Z]\.\s?){1,3}(?:Mc|O[’'])?[A-Z][a-z]+,", text):
        return True  # "In Attendance E. Murray, Chief Executive; C. Kirk, ..."
    pieces = [p.strip().rstrip(".") for p in re.split(r",|\band\b|&", text) if p.strip()]
    return len(pieces) >= 2 and all(_BARE_NAME.fullmatch(re.sub(r"(?<!\s)\s*\([^()]*\)$", "", p)) for p in pieces)


_NEXT_LABEL = re.compile(r"^[A-Z][A-Za-z ]{2,30}:")

# The verb between "apologies" and "from" is optional and so is its
# auxiliary.  Before: "\s+(?:were\s+|...)?(?:received|...)?\s*(?:from|by)",
# where "\s+" and "\s*" share a run of spaces when both words are missing:
# quadratic in the run.  Each space run now has one owner.
# The names end at a full stop, a table's bar, or where an upper-case
# heading starts ("... and Mr T Sapey" / "THE MINUTES of the previous ...").
_APOLOGIES_SENTENCE = re.compile(
    # ("An apology with valid reason for absence was accepted from Cllr Masters.")
    # ("Apologies and a valid reason for absence had been received from Cllr Broxholme")
    r"(?:apologies|an\s+apology|reasons?\s+for\s+absence(?=\s+offered))(?:\s+(?:with|and)\s+(?:a\s+)?(?:valid\s+)?reasons?)?"
    # ("Apologies for their absence were received from Councillor R P Morgan, ...")
    r"(?:\s+for\s+(?:(?:(?:their|his|her)\s+)?absence|non-attendance|(?:(?:their|his|her)\s+)?inability\s+to\s+attend))?"
    r"(?:\s*:\s*(?:these|they)(?=\s+(?:were|was)\s))?"  # ("Accept apologies for absence: These were received from Cllrs ...")
    r"\s+(?:(?:were|was|(?:had|have|has)\s+(?:also\s+)?been)\s+)?(?:also\s+)?"  # ("Apologies had also been received from ...")
    r"(?:(?:received|reported|recorded|given|submitted|tendered|noted|accepted|intimated|offered)\s*)?"
    r"(?:,\s*noted\s+)?"  # ("... were received, noted and accepted from the following members: ...")
    # ("apologies for absence were received and approved in respect of Cllr Mrs J Cole, ...")
    r"(?:(?:and\s+(?:accepted|approved)\s+)?(?:from|in\s+respect\s+of)|by|on\s+behalf\s+of|(?<=received\s)for)\s*:?\s*(?P<names>.+?)(?:(?<!\b[A-Z])(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bCllr)(?<!\bCllrs)(?<!\bCyng)\.(?=\s+[A-Z|(]|\s+[^\w\s]|\s+\d{1,4}[/.]\d|\s*$|(?<=[a-z]\.)[A-Z][a-z])|\s\||\s(?=(?-i:[A-Z][A-Z'’]+\s[A-Z]{2,})\b)|$)",
    re.IGNORECASE | re.DOTALL,
)
# "Apologies for absence for Cllr Hanczaryk were received and approved.": the names between the noun and its verb
_APOLOGIES_FOR_NAMES = re.compile(r"\bApologies\s+(?:for\s+absence\s+)?for\s+(?P<names>(?:Cllrs?|Councill?ors?)\.?\s[^.;:]{1,120}?)"
                                  r"\s(?:were|was)\s+(?:received|accepted|noted|approved)\b", re.IGNORECASE)
# "Cllr I Wroth & Cllr H Wroth sent apologies."
_SENT_APOLOGIES = re.compile(
    r"(?:^|(?<=[.:;•]\s)|(?<=\d\s))(?:(?P<names>(?:(?:County|District|Borough)\s)?(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr)\b[^.:;•]{0,200}?)\s"
    r"(?:(?:had\s+)?(?:sent|gave|tendered|offered|submitted)\s+(?:their\s+|his\s+|her\s+)?apolog|(?:also\s+)?apologi[sz]ed\s+for\b)"
    # "Councillors Gareth Davies, ... and Sian Maehrlein apologised for their inability to attend",
    # "James Starbuck, also apologised for his inability to attend the meeting."
    r"|(?P<one>(?-i:(?!The\b)[A-Z][a-z]+(?:\s[A-Z][\w’'-]+){1,2})),?\s(?:also\s+)?apologi[sz]ed\s+for\b"
    # "3. Apologies for absence; Julie Whittaker, Sandy Roberts and Rob Daglish sent apologies.": forenames and
    # surnames without titles
    r"|(?P<untitled>(?-i:(?!The\b)[A-Z][a-z]+\s[A-Z][\w’'-]+(?:(?:,\s(?:and\s)?|\s(?:and|&)\s)(?!The\b)[A-Z][a-z]+\s[A-Z][\w’'-]+){1,8}))"
    r"\s(?:had\s+)?(?:sent|gave|tendered|offered|submitted)\s+(?:their\s+)?apolog)"
    r"(?=\s+(?:their|his|her)\s+(?:inability\s+to\s+attend|absence)|(?<=apolog))",
    re.IGNORECASE)
_REASON_OPENS = r"(?:due\s+to|because\s+of|owing\s+to|through)\s"
_ALSO_WITH_REASON = re.compile(rf"\b(?:sent|gave|tendered|offered|submitted)\s+(?:an\s+|their\s+|his\s+|her\s+)?apolog(?:ies|y)\s+{_REASON_OPENS}[^.;:]{{1,80}}?\s+and\s+"
                               rf"(?P<name>(?:Cllr|Councillor)\.?\s(?:[A-Z]\.?\s){{0,3}}(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+)\s+{_REASON_OPENS}")
# "Also in attendance was Councillor Eunis Jassemi and PC Andy McKay."
_ATTENDING_SENTENCE = re.compile(
    r"\balso\s+(?:in\s+attendance|present)\s+(?:at\s+the\s+meeting\s+)?(?:was|were)\s*:?\s*(?P<names>[^.;]{3,300}?)(?:(?<!\b[A-Z])\.(?=\s|$)|;|$)",
    re.IGNORECASE)
# "The Town Clerk, Mrs. L.M. Phillips, the Town Clerk’s Assistant, Mrs. M.C.
# Vincent and a member of the public were also present."
# "County Cllrs D Bryan, T Evans and T Tudor were in attendance."
_WERE_ALSO_PRESENT = re.compile(
    r"(?:^|(?<=[.:]\s))(?P<names>(?:The\s+|Mr|Mrs|Ms|Miss|Dr|Cllr|(?:County|District|Borough)\s+Cllrs?\s)"
    r"(?:[^;:.]|\.(?=\s?[A-Z])){3,300}?)\s(?:was|were)\s+(?:also\s+(?:present|in\s+attendance)|in\s+attendance)\b")
# "County Councillor M.Storey and Borough Councillor Collin Sampson were
# welcomed to the meeting", "The Chairman welcomed PCSO Jones to the meeting":
# guests, named where they are welcomed.
_WELCOMED = re.compile(
    r"(?:^|(?<=[.:]\s))(?P<names>[A-Z](?:[^.;:]|\.(?=[A-Z][a-z])){2,200}?)\s(?:was|were)\s+(?:warmly\s+)?welcomed\b"
    r"|\bwelcomed\s+(?P<guests>(?:Cllrs?|Councillors?|County|District|Borough|Mr|Mrs|Ms|Miss|Dr|PCSO|PC)\b[^.;:]{0,200}?)"
    r"(?:\s+to\s+the\s+meeting\b|(?=\s*[.;]))")
_VISITOR_WAS_PRESENT = re.compile(r"(?:^|(?<=[.:]\s))(?P<names>(?:County|District|Borough|Unitary|City)\s(?:Councillor|Cllr)\.?\s[^.;:]{2,60}?)"
                                  r"\s+was\s+present\b")
_WELCOMED_MEMBERS = re.compile(
    r"(?:^|(?<=[.:]\s))(?P<host>(?:Cllr|Councillor)\.?\s(?:[A-Z]\.?\s){1,3}[A-Z][\w’'-]+),?\s+welcomed\s+the\s+following\s+"
    r"(?:(?:Parish|Town|Community)\s+)?Councillors\s*[–—:-]\s*(?P<members>[^.;:]{3,300})\.")


# "Leigh Jamieson - Babergh District Councillor attended for part of the meeting.": a guest
# (not "Philip Tudor attended the meeting to share his concerns": the public, heard)
_ATTENDED_PART = re.compile(r"(?:^|(?<=[.:]\s))(?P<names>[A-Z][a-z]+\s(?:Mc|O[’'])?[A-Z][\w’'-]+(?:\s[-–]\s[A-Z][^.;:]{3,80}?)?)"
                            r"\s+attended\s+(?:(?:for\s+)?part\s+of\s+the\s+meeting|as\s+(?:a|the)\s+representative\s+of)\b")
# ("Rebecca Cain attended as a representative of the Bucks Free Press.": a guest, by whom she represents)
# "plus ten guests", "and a member of the public": people counted, not named.
_PUBLIC = re.compile(r"\b(?:members?\s+of\s+the\s+public|guests?|residents?|parishioners?|electors?|observers?)\b", re.IGNORECASE)
_CONTACT = re.compile(r"\b(?:e[’']?mail|tel|telephone)\b", re.IGNORECASE)


# "Cllr Fry (work) – Cllr Smith proposed that the absence be approved, seconded by ...": after the dash, how the
# apology was accepted, no one else's
_HOW_ACCEPTED = r"(?:Cllr|Councillor)\.?\s+(?:[A-Z]\.?\s)?[A-Z][\w’'-]+\s+(?:proposed|moved)\b"


# "Mr Keith Ross (D.T.C. and W.S.C.) who arrived at 8.10pm, Mr Les Silverlock; ...; Mrs Frances Nicholson (S.C.C.), who
# arrived at 8.20pm and left at 8.45pm.": when a member came and went, a note inside the list, not its end
_TIMED_NOTE = re.compile(r",?\s(?:who\s)?(?:arrived|joined(?:\sthe\smeeting)?|left(?:\sthe\smeeting)?)\s(?:at\s)?\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\.?)?"
                         r"(?:\s(?:and\s)?(?:left|arrived|joined)(?:\sthe\smeeting)?\s(?:at\s)?\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\.?)?)?(?=[,;.]|\s|$)")


_TRANSLATED_HEADING = re.compile(r"^/\s*[A-ZÂÊÎÔÛŴŶ’'-]{3,}(?:\s[A-ZÂÊÎÔÛŴŶ’'-]{2,}){0,4}\s+(?=[A-Z][a-z])")


# "AELODAU/MEMBERS: Cyng/Cllrs: J Bayliss, ... YMDDIHEURIADAU/APOLOGIES: ...", "Presennol yn y Cyfarfod/Present at
# Meeting: GADEIRYDD/ CHAIR: R Llewellyn": each label in Welsh, a slash and in English
_WELSH_LABEL_HALF = re.compile(
    r"(?<![\w/’'-])(?:(?:[A-ZÂÊÎÔÛŴŶ’'-]{2,}\s){0,3}[A-ZÂÊÎÔÛŴŶ’'-]{4,}|Presennol(?:\syn\sy\sCyfarfod)?)\s?/\s?"
    r"(?=(?:MEMBERS|APOLOGIES|IN\sATTENDANCE|ATTENDANCE|PRESENT|Present|CHAIR|DEPUTY\sCHAIR|VICE[-\s]CHAIR|ABSENT|OFFICERS)\b)")


_ENGLISH_LABEL_WORDS = {"present", "apologies", "members", "attendance", "absent", "officers", "chair", "deputy"}


def without_welsh_labels(text: str) -> str:
    """A bilingual list's labels in English only (the Welsh half before the slash dropped; not "PRESENT/APOLOGIES:",
    two English labels)."""
    if "/" not in text:
        return text
    return _WELSH_LABEL_HALF.sub(lambda m: m.group(0) if any(word.lower() in _ENGLISH_LABEL_WORDS for word in m.group(0).strip(" /").split())
                                 else "", text)


def without_translated_heading(text: str) -> str:
    """"1. APOLOGIES FOR ABSENCE" / "/ YMDDIHEURIADAU Cllrs Maureen Williams,
    ...": the minute's text without the heading's Welsh run on before it."""
    return _TRANSLATED_HEADING.sub("", text)


def _before_clause(block: str) -> str:
    """The list up to a relative clause outside brackets ("PCSO Sharon Diamond
    who reported that ..."); "(Mr. Mycock, who took the chair)" stays, and
    so does the list after a note of when one came ("... who arrived at
    8.10pm, Mr Les Silverlock; ...")."""
    block = _TIMED_NOTE.sub("", block)
    depth = 0
    # ("Mr N Searston had anticipated being late ...": a sentence about the one named)
    for match in re.finditer(rf"[()]|\s(?:who|which|and was|and were|having|had(?=\s[a-z]{{3,}}ed\b)|(?:was|were)(?=\s(?:unable|not)\b))\s|\s[–—-]\s+(?={_HOW_ACCEPTED})", block):
        token = match.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            return block[:match.start()]
    return block


_MINUTE_NUMBER_IN_LIST = re.compile(r"\s(?:Item\s+)?\d{1,5}/\d{2}(?:/\d{1,3})?\b")  # "... Annwen Daniels 10458/04/19 DECLARATIONS"
# "... and Steve O'Connell PART A" (then "11/17 Minutes ..."): a flattened page's next heading
_PART_HEADING_AFTER = re.compile(r"(?<=[a-z])\s(?:PART|SECTION)\s[A-Z0-9]{1,2}$")


# "... Cyng/Cllr Richard Griffiths 1 Croeso / Welcome Cadeiriwyd y cyfarfod ...": a flattened page's first minute, its
# bare number and title run on after the last name (not "... 1 Member of the Public", who is counted)
# (a title the first minute has: not "... and 1 Representative of Anglian Water, PCSO K Smith", a count inside the list)
_FIRST_MINUTE_IN_LIST = re.compile(r"(?<=[a-z)])\s1\.?\s(?=(?:Welcome|Croeso|Apologies|Ymddiheuriadau|Opening|Election|Prayers?|"
                                   r"Chair(?:man|woman|person)?[’']?s?|Mayor[’']?s?|Declarations?|Minutes|To)\b)")


def _before_minute_numbers(block: str) -> str:
    """The list up to a minute number standing outside brackets ("... NCC
    Item 16/05/1 i) ii) 16/05/2"), or the first minute's bare "1" after a
    name; "(From 133/20 to end)" and "DJ Lee [from 119/00]" stay."""
    depth, counted = 0, 0
    for match in sorted([*_MINUTE_NUMBER_IN_LIST.finditer(block), *_FIRST_MINUTE_IN_LIST.finditer(block)], key=lambda m: m.start()):
        segment = block[counted:match.start()]
        depth = max(0, depth + segment.count("(") + segment.count("[") - segment.count(")") - segment.count("]"))
        counted = match.start()
        if depth == 0:
            return _PART_HEADING_AFTER.sub("", block[:match.start()])
    return _PART_HEADING_AFTER.sub("", block)


_COUNT_THEN_NAMES = re.compile(r"\s?[–—:-]\s?\d{1,3}\s+((?:Cllr|Councillor|[A-Z]/Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s[A-Z].*)$")
_ABOUT_COUNT = re.compile(r"(?<!\s)\s+(?:[Aa]pproximately|[Aa]bout|[Aa]round|[Ss]ome|[Oo]ver|[Cc]irca|[Aa]pprox\.?)\s+\d{1,4}\s*$")
_COUNT_ALONE = re.compile(r"\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*", re.IGNORECASE)


_FILE_PATH_FOOTER = re.compile(r"(?<=\S)\s+(?:[A-Z0-9]{3,10}\s+)?[A-Z]:\\")
_APOLOGIES_SENTENCE_AFTER = re.compile(r"(?:(?<=\bpublic)|(?<=\bpress))\s+(?=Apologies\s+(?:for\s+(?:absence|non-attendance)\s+)?(?:were|was|had\s+been)\s+"
                                       r"(?:received|given|tendered|submitted|noted)\b)")


def _names_only(block: str) -> str:
    """The list without the people it only counts and without contact
    details: cut at the separator before "members of the public" or at
    "email:".  (String searches rather than one pattern with runs of
    optional spaces, which would be quadratic on a hostile line.)"""
    contact = _CONTACT.search(block)
    if contact:
        block = block[:contact.start()]
    kept = []
    for segment in re.split(r"([,;])", block):
        public = _PUBLIC.search(segment)
        if public and (segment.count("(", 0, public.start()) > segment.count(")", 0, public.start())
                       or re.search(r"\S\s[–—-]\s?$", segment[:public.start()])):
            public = None  # "Ella Platt McClelland (observer)", "Mrs A Claussen-Reynolds - observer": her role, not people counted
        opening = re.match(r"\s*(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*)?$", segment[:public.start()],
                           re.IGNORECASE) if public else None
        # ("1 Member of the Public Mrs G Egan (Project Officer)": a titled name straight after the count)
        after = re.match(r"\s+(?:(?:and|plus|with)\s+|(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s[A-Z]))(\S.*)$",
                         segment[public.end():]) if opening else None
        if after:
            # "4 electors and the Clerk: Tom Brindley": keep who comes after the count.
            segment, public = after.group(1), None
        counted_after = _COUNT_THEN_NAMES.match(segment, public.end()) if public and not opening else None
        if counted_after:
            # "... Cllr T Hodgson Members of the Public – 5 Cllr L Watson D/Cllr I Sanders ...": a table's cell with the
            # count after it, among the names; keep who comes before and after
            segment, public = f"{segment[:public.start()].rstrip()} {counted_after.group(1)}", None
        if public:
            # "... Cllr Collins plus ten guests": keep what comes before.
            head = segment[:public.start()]
            # ("... County Councillor Gardener and the Clerk. 2 members of the public present": the sentence before)
            stop = max((found.start() + 1 for found in re.finditer(r"(?<=[a-z]{2})\.\s", head)), default=-1)
            if stop >= 0 and not _COUNT_ALONE.fullmatch(head, stop):
                stop = -1  # (only the count itself after that sentence)
            # ("Councillors Light and Palfreeman Approximately 10 members of the public were in attendance": the count's
            # own word before it)
            about = _ABOUT_COUNT.search(head)
            cuts = [i for i in (head.rfind(" plus "), head.rfind(" and "), head.rfind(" with "), head.rfind(" + "), stop,
                                about.start() if about else -1)
                    if i >= 0 and public.start() - i <= 40 and head[:i].count("(") == head[:i].count(")")]
            # ("... P. Whitwood and County Cllr. L. Caborn 1 member of the public.": the count straight after a name, which
            # stays)
            named = None if about or stop >= 0 else re.search(
                r"\b[A-Z][\w’'-]{0,30}[a-z](?=\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s*$)", head)
            if named:
                cuts = [named.end()]
            # ("..., P Waters together with 5 Parishioners": the count's own words before it)
            cuts = [i - 9 if i >= 9 and head.endswith(" together", 0, i) else i for i in cuts]
            segment = head[:max(cuts)] if cuts else re.sub(r"(?:^|(?<!\s)\s+)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*$",
                                                           "", head, flags=re.IGNORECASE)
            # ("Mrs. E. Hare (Town Clerk) Part meeting: 8 members of the public": who came for part of it, a label)
            segment = re.sub(r"(?:^|(?<=[\s)]))(?:(?:For\s+)?[Pp]art\s+(?:of\s+(?:the\s+)?)?meeting|Public|Press|Also)\s*:\s*$", "", segment)
        kept.append(segment)
    block = re.sub(r"\s+", " ", "".join(kept)).strip(" ,;")
    block = re.sub(r"([,;])(?: ?[,;])+", r"\1", block)
    return block.rstrip(" ,;:")


# "PRESENT Vice Chairman (Mr. Mycock ...)": an upper-case label with no colon.
_UPPER_LABEL = re.compile(r"^(PRESENT|APOLOGIES(?: FOR ABSENCE)?|ABSENT|IN ATTENDANCE|ALSO PRESENT|OFFICERS)\b[\s:–-]*(.*)$")
# "(?<!\s)" lets the names end only where a space run starts: before, the
# lazy names and "\s+" shared every space run (quadratic in its length).  The
# first place the sentence can end is always the start of a run, so the
# names found are the same.
_VIRTUAL_SENTENCE = re.compile(
    r"(?:^|(?<=\.\s))(?P<names>(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor)\b[^.]*?))(?<!\s)\s+(?:was|were)\s+in\s+attendance\s+(?:virtually|remotely)",
    re.DOTALL,
)
_TITLE = r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)"
# "Cllr B Dove for Cllr C Adams".  Before: "\.?\s+[^,;]+?)\s+" and
# "\.?\s+[^,;.]+", where each "\s+" shared its spaces with the run beside it.
# One space is the separator and the runs take the rest; the names are
# stripped, so they come out the same.  No part of the line may hold a comma
# or a semicolon, which the lookahead checks once instead of at every "for".
_SUBSTITUTE_LINE = re.compile(
    rf"^(?=[^,;]*$)(?P<sub>{_TITLE}\.?\s[^,;]+?)\s(?:substituted\s+)?for\s+(?P<for>{_TITLE}\.?\s[^,;.]+)\.?$"
)
# "Cllr Ms Christie was absent.": one member, named with a title.
_STYLED_TITLE = rf"{_TITLE}\.?(?:\s(?:Mr|Mrs|Ms|Miss|Dr)\.?)?"  # "Cllr", "Cllr. Mrs"
_TITLED_NAME = rf"{_STYLED_TITLE}(?:\s[A-Z][\w’'-]*\.?){{0,2}}\s[A-Z][\w’'-]*"  # "Cllr. K. Johnson": dotted initials too
# "advised she would be late", "Councillor E Wilson will be attending in due course": not an apology
_FOR_LATENESS = re.compile(r"(?<=\w)\s+for\s+lateness\b")
_LATE = re.compile(r"\b(?:would\s+be|arriving|arrive|arrived)\s+late\b|\bfor\s+lateness\b"
                   r"|\b(?:will|would)\s+be\s+(?:attending|joining|arriving)\s+(?:later|in\s+due\s+course|shortly)\b", re.IGNORECASE)
_JOINED_SENTENCE = re.compile(
    # (a name, not "Cllr. Mrs JMS": the initials of a member already listed)
    rf"(?:^|(?<=[.:;]\s))(?P<names>(?:(?:County|District|Borough|Town|Parish)\s+)?{_STYLED_TITLE}"
    r"(?:\s[A-Z][\w’'.-]*){0,2}\s[A-Z][a-z][\w’'-]*)\s(?:joined|arrived)\s+"
    r"(?:the\s+meeting\s+)?(?:at|during)\b")
_APOLOGISED = re.compile(r"(?:^|(?<=[.:;]\s))(?P<names>[A-Z][^.;:]{2,160}?)\s+apologised\s+for\b")
# "Cllr Price (NCC, NNDC) apologies for absence.": the names, then the noun without a verb, the last name (or its
# bracket) just before it; not "Cllr Smith sent apologies for absence", read with its verb
_NAMES_THEN_APOLOGIES = re.compile(r"(?:^|(?<=[.:;]\s))(?P<names>[A-Z][^.;:]{2,160}?(?:\s(?:Mc|O[’'])?[A-Z][a-z][\w’'-]*|\)))"
                                   r"\s+apologies\s+for\s+absence\.?(?:\s|$)")
_ABSENT_SENTENCE = re.compile(rf"(?P<name>{_TITLED_NAME})\s(?:was|were)\s+absent\b")
_ABSENT_TOGETHER = re.compile(r"(?:^|(?<=[.:;]\s))(?P<names>(?:Cllrs|Councillors)\.?\s[A-Z][\w’'-]+"
                              r"(?:(?:,\s|\s&\s|\sand\s)[A-Z][\w’'-]+){1,8})\s+were\s+absent\b")
# "Apologies for absence were not received from Councillor Mrs. J. Hawkins.": absent, without apologies
_ONE_NAME = r"(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s)?(?:[A-Z]\.?\s?){0,3}(?:Mc|O[’'])?[A-Z][a-z][\w’'-]*"
# ("... apologies had not been received from the other absent member, namely, Cllr A Redfern.")
_NO_APOLOGIES_FROM = re.compile(r"\b(?:No\s+)?[Aa]pologies\s+(?:for\s+absence\s+)?(?:(?:were|was|had\s+been)\s+not|had\s+not\s+been)\s+received\s+from\s+"
                                r"(?:the\s+(?:other\s+)?absent\s+members?,?\s+(?:namely,?\s+)?)?"
                                rf"(?P<names>(?:Cllrs?|Councillors?)\.?\s{_ONE_NAME}(?:(?:,\s|\s(?:and|&)\s){_ONE_NAME}){{0,8}})")
_MINUTE_TAKER = re.compile(r"(?:^|(?<=[.:;]\s))(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?:[A-Z]\.?\s){0,3}[A-Z][a-z][\w’'-]*"
                           r"(?:\s[A-Z][a-z][\w’'-]*)?)\s(?:recorded|took)\s+(?:the\s+)?minutes\b")
# "It was noted that S Thurlow was away and would not have received notice of
# the meeting ...": a member by initial and surname, away without apologies.
_NOTED_AWAY = re.compile(rf"\bnoted\s+that\s+(?P<name>{_TITLED_NAME}|(?:[A-Z]\.?\s){{1,3}}[A-Z][a-z][\w’'-]*)"
                         r"\s(?:was|were)\s+(?:absent|away)\b")
_NOT_A_NAME = re.compile(
    r"\b(?:were|was|received|from|been|sent|who|which|that|the meeting)\b"
    r"|^(?:minutes|to|additional|none|nil|no|there|apologies|declarations?|decision|items?|agenda|visitors?|actions?)\b|^[^A-Za-z]"
    r"|^(?:(?:one|a|\d{1,3})\s+)?members?\s+of\s+(?:the\s+)?(?:press|public)\b"  # "One Member of Public who arrived ..."
    r"|^(?:the\s+)?(?:public|press)$"  # "ALSO PRESENT: Public (5)": the public, counted
    r"|^(?:freemen|freewomen|aldermen|honorary\s+aldermen|representatives|residents)\s+of\s+the\b"  # "Freemen of the Borough, Mavis ...": a kind
    r"|^(?:everyone|everybody|all)\s+(?:present|attended|members)\b"  # "1. Apologies / Everyone present."
    # "... Mrs C Manship (Assistant Clerk) IN ATTENDANCE 10 Members of the Public": the next label, under the list's title
    r"|^(?:(?:cllrs?|councillors?)\.?\s+)?(?:in\s+attendance|also\s+present|present|absent)$"
    # "APOLOGIES: ALL To formally record apologies for absence": an agenda's column and wording, no one's name
    r"|\bto\s+(?:formally\s+)?(?:record|receive|note|consider)\b"
    # "Commencing at 7.30pm Public Forum": the meeting's time and next heading after the list
    r"|\b\d{1,2}[.:]\d{2}\s?(?:am|pm)\b|\b(?:commencing|commenced)\b",
    re.IGNORECASE)
_NONE = re.compile(r"(?:none|no\b)", re.IGNORECASE)
_AGENDA_WORDING = re.compile(r"\bto receive\b|\bany apologies\b", re.IGNORECASE)
# "... from Cllr Purves With the absence of the Vice Chairman ...": a page
# flattened without its full stops; a sentence's opening word ends the list.
# "(?<!\s)": each run of spaces is tried from its start only (linear on a hostile run).
# ("... Webber and White for non- attendance; Councillor Champion ... for late arrival": what the apologies were for)
_RUN_ON = re.compile(r"(?<!\s)\s+(?:for that part|for the|for\s(?:non-\s?attendance|absence|late\sarrival)\b|who|due to|as\s|with\s(?=(?:Councillors?|Cllrs?|Mr|Mrs|Ms)\s[^.]{0,60}\bsubstitut)|(?:were|was)\s+(?:noted|accepted|received|recorded)\b|"
                     # ("Cllr Bothwell and Marsh were both on holiday.": why)
                     r"(?:were|was)\s+(?:both\s+|all\s+)?(?:on\s+holiday|away|unwell|ill|working|abroad|on\s+leave)\b|for\s+(?:personal|family|work|health|medical|business)\s+reasons\b)"
                     r"|(?<!\s)\s+(?=(?:With|The|It|This|At|Following|After|There|He|She|They|Members|Council|Resolved|RESOLVED)\s+[a-z])"
                     # "... from Cllr. D. T. Parry The Chair handed over chairmanship ...": an office opens the next sentence
                     r"|(?<!\s)\s+(?=The\s+(?:Chair(?:man|person)?|Vice[- ]Chair(?:man)?|Clerk|Mayor|Council|Committee)\s+[a-z])"
                     # "... and Williams Cllr Ms Christie was absent": the next sentence, its full stop lost
                     rf"|\s(?={_TITLED_NAME}\s(?:was|were)\s)"
                     # "... and David Robertson 1 / Welcome and Introduction": the next minute's number
                     r"|\s(?=\d{1,3}(?:\.\d{1,2})?\s?[/.)]?\s[A-Z])"
                     # "... Annwen Daniels 10458/04/19 DECLARATIONS OF INTEREST": a flattened page's next minute
                     r"|\s(?=\d{1,5}/\d{2}(?:/\d{2})?\s+[A-Z])"
                     # "... from Cllr Ejaz Aslam and CllrGary Harding attended as substitute.": who came in the place of
                     # the absent, a clause of its own
                     r"|(?<!\s)\s+(?=(?:and|with)\s+(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s?(?:[A-Z][\w’'.-]*\s){0,3}"
                     r"(?:attended|was\s+present|sat|acted)\s+as\s+(?:(?:a|the|his|her|their)\s+)?substitute)"
                     # "..., M Daniels and were formally accepted": the sentence goes on past the names
                     r"|(?<!\s)\s+(?=and\s+(?:were|was|had|have)\s)"
                     # "Cllr Smith sent apologies for absence.": the names' own verb
                     r"|(?<!\s)\s+(?=(?:had\s+)?(?:sent|gave|tendered|offered|submitted)\s+(?:(?:their|his|her)\s+)?apolog)"
                     # "... and from Dist Cllr Dickinson" / "Present: Cllrs Baker, ...": the next line's list, by its label
                     r"|(?<!\s)\s+(?=(?:Present|PRESENT|In\s+[Aa]ttendance|Also\s+[Pp]resent|Absent)\s*:)")


# "Item No | Item under discussion": the minutes' table starts; the list has ended.
# "Councillor Mrs Cox paid tribute to ...": the minutes' narrative has begun.
# ("Councillor Wilcox gave the apologies of Revd Preb Brian Curnew and led the Council in prayer", "Councillor Minnery
# proposed, Councillor Hughes seconded and it was RESOLVED:": what a member did)
_NARRATION = re.compile(r"\b(?:paid tribute|said|thanked|agreed to|welcomed|announced|informed|advised|explained|opened the meeting|"
                        r"declared|reported that|passed away|chaired the meeting|took the chair|led the (?:Council|meeting) in prayers?|"
                        r"(?:was|were) preceded by|prayers? led by|"  # "Prayer The Meeting was preceded by prayer led by Mr ..."
                        r"gave the apologies|(?:proposed|seconded)(?=,|\s+(?:by|that|and)\b))")  # "Councillor Minnery proposed, ..."
# "Chief Executive" / "Director of Finance": officers listed one post a line.
_TWO_PLAIN_NAMES = re.compile(r"(?:^|(?<=[,;:]\s))([A-Z][a-z]+\s[A-Z][a-z’'-]+)\s([A-Z][a-z]+\s[A-Z][a-z’'-]+)(?=\s*(?:[,;.]|$))")
_POST_START = re.compile(r"^(?:(?:Depute|Deputy|Assistant|Interim|Acting)\s+)?(?:Chief Executive|Director|Head of|Clerk)\b")
# "Parish Councillors – T Bond (Terry), ...", "Leader of LCC and County Councillor for
# Lancaster Rural North – P Williamson": a post (or a kind of member), a dash, its holder
_POST_DASH_START = re.compile(r"^[A-Z][\w’'/&-]*(?:\s(?:[A-Z][\w’'/&-]*|of|for|and|the)){0,10}\s[–—-]\s"
                              r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s)?[A-Z]")
# "In order to protect public health during ...": a sentence, never more names.
_PROSE_LINE = re.compile(r"[A-Z][a-z]+(?:,?\s+[a-z]+){3}\b")  # "Matters which, in the view of ..." too
_MINUTES_TABLE_HEAD = re.compile(r"^(?:Item\s+No\.?|No\.?\s+Item|Minute\s+(?:No\.?|Number|Ref))\b", re.IGNORECASE)
# "Councillors E B Briggs (CL), ... and J Smith (CL)" / "Buttons": the list's last name came after "and"
_LIST_CLOSED = re.compile(r"\sand\s+[^,;]{2,60}\)$")
# ("Mair Morgan (Scrutiny / Democratic Services Officer), ...": the next line names more; it goes on)
_NAME_OPENS = re.compile(r"(?:[A-Z][a-z]+|[A-Z]\.?)(?:\s[A-Z]\.?){0,3}\s(?:Mc|O[’'])?[A-Z][\w’'-]+\s?[(,]")


_BILINGUAL_LABEL = re.compile(r"((?i:presennol(?:\s+hefyd)?|(?:hefyd\s+)?yn\s+bresennol|ymddiheuriadau(?:\s+am\s+absenoldeb)?))"
                             r"\s?/\s?([A-Za-z].*)$")


# (a post's label with its holder after the colon; "Vice-chair" alone on a line is the post of the name below it)
# ("CHAIR: Councillor: Erwyn Jones PRESENT: ...": the chair's label with a councillor after it; not "Chair: David
# Wallace; Vice Chair: ...; Treasurer: ...", a community council's office-bearers)
_DEPUTY_LABEL = re.compile(r"^(?:Vice[- ]Chair(?:man|person)?|Deputy\s+(?:Mayor|Chair(?:man)?|Provost|Convener))\s*:\s*(\S.*)$"
                           r"|^Chair(?:man|person)?\s*:\s*((?:Councillor|Cllr)\b.*)$", re.IGNORECASE)
_OTHER_COUNCILLORS_LABEL = re.compile(r"^(?-i:[A-Z]{2,5})\s+(?:Councillors|Cllrs)\s*:\s*(\S.*)$")


_OWN_MEMBERS_GROUP = re.compile(r"^(?-i:[A-Z]{2,5})\s+[Mm]embers\s*:\s*(?P<rest>\S.*)$")
# "Present: Chairperson (Highland Council Ward Manager): Liz Cowie": who chaired, an officer by the post in brackets
_CHAIRED_BY_POST = re.compile(r"^Chair(?:man|woman|person)?\s*\((?P<post>[^()]{2,60})\)\s*:\s*(?P<name>\S[^:]{2,80})$")
_OFFICER_POST = re.compile(r"\b(?:Manager|Officer|Clerk|Executive|Director)\b")
_BODY_MEMBERS_STATUS = re.compile(r"^(?:[A-Z]{2,5}|(?P<council>(?:[A-Z][a-z]+\s+){1,3}Council))\s*Members\s+(?P<status>Present|Apologies|Absent)"
                                  r"\s*:\s*(?P<rest>.*)$")


_HEADS_GLUED_TO_CELL = re.compile(r"^(?:[A-Z][a-z]+\s?/\s?){0,3}([A-Z][a-z]+)(?=[A-Z][a-z])")


_LABEL_AROUND_FIRST = re.compile(r"^(?P<a>[A-Z][a-z]+(?:\s[a-z]+)?)\s(?P<first>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s[^:]{2,80}?)"
                                 r"\s(?P<b>[A-Z][a-z]+)\s?:\s*(?P<rest>.*)$")


_CHAIR_OVER_PRESENT = re.compile(r"^Chair(?:man|woman|person)?\s*:\s*(?P<name>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s)?[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){1,3}(?:\s\([A-Z]{2,4}\))?)$")
# "The Mayor (Councillor S. G. Joseph)" / "Councillors: J. W. Cole ...": the chair by office, over the members
# ("The Worshipful the Mayor Councillor Angela Meader in the Chair" / "COUNCILLORS PRESENT:": the holder without brackets)
_OFFICE_OVER_PRESENT = re.compile(r"^The\s+(?:(?:Right\s+)?Worshipful\s+the\s+)?(?P<office>(?:Town\s+|Lord\s+)?Mayor|Chair(?:man|woman|person)?|Provost|Convener)\s*"
                                  r"(?:\((?P<name>(?:Cllr|Councillor)\.?\s[A-Z][^()]{1,50})\)|(?P<bare>(?:Cllr|Councillor)\.?\s[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3}))"
                                  r"(?:\s+in\s+the\s+[Cc]hair)?\.?$")
# "County Councillor Carl Les in the Chair, plus County Councillors Gareth Dadd, David Chance, ...": no label, the chair
# first and the members with him
_IN_THE_CHAIR_PLUS = re.compile(r"^(?P<chair>(?:(?:County|District|Borough|City)\s+)?(?:Councillor|Cllr)\.?\s[A-Z][^,()]{1,50}?)\s+in\s+the\s+[Cc]hair,?"
                                r"\s+(?:plus|with|and)\s+(?P<rest>(?:(?:County|District|Borough|City)\s+)?(?:Councillors|Cllrs)\.?\s[A-Z].*)$")
_CHAIRED_WITH = re.compile(r"^(?P<chair>(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s[^,]{2,50}?)\s(?:chaired|chairing)\s+the\s+meeting\s+with\s+(?P<rest>\S.*)$")
_CHAIR_THEN_PRESENT = re.compile(r"^With\s(?P<chair>[^,]{3,60}?)\sin\sthe\s[Cc]hair,?\s(?:there\s+were\s+present|(?:were\s+)?present\s+were|were\s+present)"
                                 r"\s*:?\s*(?P<rest>\S.*)$")


# "1 Apologies for absence", "19/041   Apologies", "MH05/17.1: Apologies:", "b) In Attendance", "• Present": the
# number, letter or bullet before a label
_LABEL_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|\d{1,2}(?=\s+(?i:apologies|present|absent)\b)|" + RUNNING_MINUTE
                           + r"(?=\s+(?i:apologies|present|absent|other\s+apologies)\b)|\(?(?:[a-h]|[ivx]{1,4})\)|[•*-])\s+")


def _label_match(text: str) -> Optional[tuple[str, str]]:
    """``"PRESENT: Mr A, Mr B"`` -> ``("present", "Mr A, Mr B")``.

    Labels are read as councils write them: "Committee Members Present
    were:", "PRESENT (six Councillors):-", "Also present via Teams
    virtually:", "1. Present:", an upper-case label with no colon."""
    vocab = vocabulary()
    labels = vocab.attendance_labels
    chaired = _IN_THE_CHAIR_PLUS.match(text)
    if chaired:
        return "present", f"{chaired.group('chair')} (Chair), {chaired.group('rest')}"
    # "PRESENTProvost Derek Stewart (Chair)", "IN ATTENDANCEDave Jones, Chief Executive": a label in capitals run into the first name
    text = re.sub(r"^(PRESENT|IN ATTENDANCE|ALSO PRESENT|APOLOGIES|ABSENT)(?=[A-Z][a-z])", r"\1: ", text)
    # "Attending in accordance with Standing Order 25(2):-": the rule they attend under is no part of the label
    text = re.sub(r"^(Attending)\s+in\s+accordance\s+with\s+Standing\s+Orders?\s+[\w().]{1,12}(?=\s*[:;–-])", r"\1", text,
                  flags=re.IGNORECASE)
    text = re.sub(r"^(Those\s+Cllrs)\.(?=\s)", r"\1", text)  # "Those Cllrs. present were: Cllrs. Ryan, ..."
    # "CLERK/RESPONSIBLE FINANCIAL OFFICER, SEDLESCOMBE PARISH COUNCIL: Mrs P Raymond": the clerk's posts and whose
    text = re.sub(r"^((?:Parish\s+|Town\s+)?Clerk)(?:\s?/\s?[A-Za-z ]{2,40})?(?:,\s?[A-Za-z ]{2,60})?(?=\s*:)", r"\1", text,
                  flags=re.IGNORECASE)
    # "Hefyd yn presennol / In attendance Mrs M.Rees ...": the Welsh label, then the English
    text = re.sub(r"^(?:Hefyd\s+yn\s+[bp]resennol|Yn\s+[bp]resennol(?:\s+hefyd)?|Presennol(?:\s+hefyd)?|Ymddiheuriadau)\s?/\s?"
                  r"(?=(?i:in\s+attendance|also\s+present|present|apologies)\b)", "", text, flags=re.IGNORECASE)
    # "Also in attendance at the above meeting were:": which meeting, between the label and its verb
    text = re.sub(r"^((?:Also\s+)?(?:in\s+attendance|present))\s+at\s+the\s+(?:above\s+)?meeting(?=\s+(?:were|was)\b|\s*:)", r"\1",
                  text, flags=re.IGNORECASE)
    text = re.sub(r"^(Also),(?=\s+(?:present|in\s+attendance|attending)\b)", r"\1", text, flags=re.IGNORECASE)  # "Also, present: ..."
    text = re.sub(r"^(?:ALSO|Also)\s*:\s*", "Also present: ", text)  # "... M Sunderland ALSO: Clerk, Mrs K Houghton; ..."
    # "Councillors’ Apologies: Councillor Mark Horsham (Depute), ...": whose apologies, before the label
    text = re.sub(r"^(?:Councillors|Members)[’']\s+(?=(?i:apologies|attendance)\b)", "", text)
    # "Attendance / Presenoldeb": a label and its Welsh, over the list
    # (not "Councillors / J R Anderson": a Word table's label cell, then a name)
    bilingual = re.match(r"^([A-Za-z][A-Za-z ]{2,40}?)\s?/\s?([A-Za-z][A-Za-z ]{2,40})$", text)
    if (bilingual and bilingual.group(1).strip().lower() in labels and not re.search(r"\b[A-Z]\b", bilingual.group(2))
            and not _WHOLE_NAME_LINE.match(bilingual.group(2))):
        text = bilingual.group(1).strip()
    # "Religious Representatives Present (Non Voting Observers for Education Business):- Mr V Bourne, ...": a note on
    # who they are between the label and its colon
    text = re.sub(r"^([A-Za-z][A-Za-z ]{2,60}?)\s*\([^()]{1,80}\)\s*(?=[:;]|[–-]\s)", r"\1", text)
    # "Attendance / ActionCommunity Councillors:": a table's column heads glued to its first cell
    heads = _HEADS_GLUED_TO_CELL.match(text)
    if heads and heads.group(1) in _GLUED_HEAD_WORDS:
        text = text[heads.end():]
    # "1 Apologies for absence ...", "b) In Attendance" (the second part of the opening minute)
    # ("19/041   Apologies   Councillor J Beaman ...": a running minute's number before the label)
    # ("MH05/17.1: Apologies:   Cllr K. Griffin, ...": the meeting's letters before it, a colon after)
    text = _LABEL_NUMBER.sub("", text)
    # "PRESENNOL/RESENT Cllrs. J. Davies ...", "PRESENNOL HEFYD/ ALSO PRESENT S. Mumford": a Welsh
    # label and its English (here a letter short), one label
    around = _LABEL_AROUND_FIRST.match(text)
    if around and f"{around.group('a')} {around.group('b')}".lower() in labels:
        # "Officers in Mr A Tohill, Chief Executive Attendance: Mr Kelso, ...": a label set on two lines
        # beside the first entry, flattened around it
        return labels[f"{around.group('a')} {around.group('b')}".lower()], f"{around.group('first')}, {around.group('rest')}"
    own = _OWN_MEMBERS_GROUP.match(text)
    if own:
        return "present", own.group("rest").strip()  # "CC members: Ian Bashford, ...": the council's own, by its initials
    body_members = _BODY_MEMBERS_STATUS.match(text)
    if body_members:
        # "SCC Members Present: ..." (the community council's own, by its initials); "Highland Council Members
        # Present: Cllr Jim Crawford" (another council's, who attend); either's apologies are apologies
        status = body_members.group("status").lower()
        if status == "present" and body_members.group("council"):
            status = "in_attendance"
        return status, body_members.group("rest").strip()
    area = _AREA_COUNCILLORS_LABEL.match(text)
    if area:
        # "Formartine Area Councillors Present: None": another council's councillors for the area attend
        rest = area.group("rest").strip()
        return ("apologies" if area.group("status").lower().startswith("apolog") else "in_attendance",
                "" if _NONE.fullmatch(rest.rstrip(".")) else rest)
    deputy = _DEPUTY_LABEL.match(text)
    if deputy:
        return "present", (deputy.group(1) or deputy.group(2)).strip()  # "Vice Chair: Ald W McNeilly, Deputy Mayor"
    other_council = _OTHER_COUNCILLORS_LABEL.match(text)
    if other_council:
        # "SBC Councillors: Michelle Ballantyne, ...": another council's, by its initials, attend
        return "in_attendance", other_council.group(1)
    bilingual = _BILINGUAL_LABEL.match(text)
    if bilingual and bilingual.group(1).lower() in labels:
        words = bilingual.group(2).split(" ")
        english = next((k for k in range(min(4, len(words)), 0, -1)
                        if " ".join(words[:k]).lower().rstrip(".:") in labels), 1)
        # (the English says which list: "Yn Bresennol / In Attendance" is those attending, not the members present)
        label = " ".join(words[:english]).rstrip(".: ")
        label = label if label.lower() in labels else bilingual.group(1)
        text = f"{label}: {' '.join(words[english:]).lstrip('.: ')}"
    # "PRESENT (six Councillors):-": the count in brackets is not part of the label.
    match = _LABEL.match(re.sub(r"^([A-Za-z][A-Za-z ]{2,40}?)\s?\([^()]{0,40}\)", r"\1", text)) or _BARE_LABEL.match(text) or (
        _LABEL_BEFORE_TITLE.match(text)) or _OFFICERS_BY_POST.match(text)
    upper = _UPPER_LABEL.match(text)
    if not match and not upper:
        bare = _LABEL_BEFORE_NAMES.match(text)
        if bare and (_names_follow(bare.group(2)) or re.match(r"(?:(?:County|District|Borough|City)\s+|[A-Z]{2,5}\s+(?=Cllr|Councillor))?(?:PCSO|PC|Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]",
                                                               bare.group(2))  # "Also present PC Carl Osman and ..."
                     # ("In attendance Allison Bucknell ( AB)": one name, with the initials the minutes use for it)
                     or re.fullmatch(r"[A-Z][a-z]+\s(?:Mc|O[’'])?[A-Z][\w’'-]+\s?\(\s?[A-Z]{2,3}\s?\)", bare.group(2).strip())
                     # ("Also Present Clerk to the Council D Baldwin": the post before its holder)
                     or re.match(r"(?:The\s+)?(?:(?:Parish|Town|Acting|Deputy|Locum)\s+)?Clerk\b(?:\s+to\s+the\s+(?:Parish\s+|Town\s+)?Council)?\s+(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+)?[A-Z]",
                                 bare.group(2))):
            match = bare  # "Present Elen H Edwards EHE County Cllr. ...": no colon, no title
    if match and re.sub(r"(?<!\s)\s+(?:were|are|was)$", "", match.group(1).strip().lower()) in labels:
        label = match.group(1).strip().lower()
        rest = match.group(2) if match.lastindex and match.lastindex >= 2 else ""
    elif upper:
        label, rest = upper.group(1).lower(), upper.group(2)
        head, _, after = rest.partition(" ")
        if head.isupper() and len(head) >= 6 and any(OSA.distance(head, other) <= 1 for other in ("APOLOGIES", "ABSENT")):
            # "PRESENT APOPLOGIES Cllr J Carroll (Mayor) Cllr A Roberts ...": the heads of a table's two columns,
            # the second mistyped, over names that run together row by row (the minute of apologies says whose)
            rest = after
    elif match:
        label = match.group(1).strip().lower()
        rest = match.group(2) if match.lastindex and match.lastindex >= 2 else ""
    else:
        return None
    label = re.sub(r"(?<!\s)\s+(?:were|are|was)$", "", label)
    label = re.sub(r"^(?:interim|acting|deputy|assistant|locum)\s+(?=(?:parish\s+|town\s+)?clerk\b)", "", label)  # "Interim Parish Clerk:"
    # "Accepted Apologies for absence - LGA 1972, Section 85(1) & (2): Cllr ...":
    # the statute the clerk cites stands between the label and the names.
    rest = re.sub(r"^(?=[^:]{0,80}\d)[^:]{0,80}:\s*", "", rest or "") if re.match(r"(?:LGA|Local Government|Section|s\.?\s?\d)", (rest or "").strip()) else rest
    # "Apologies - Ref 24/104: Councillors P Wilks and R Bedwell": the minute's reference, not a name.
    rest = re.sub(r"^(?:Ref(?:erence)?\.?|Minute|Min\.?)\s*(?:No\.?\s*)?[\w/.-]{1,15}\s*:\s*", "", (rest or "").strip())
    if label == "also" and match is not None and match.re is _LABEL_BEFORE_NAMES:
        return "in_attendance", (rest or "").strip()  # "Also PCSO Abi Land & four members of the public"
    if label not in labels:
        known = next((k for k in vocab.labels_longest_first if label.startswith(k + " ")), None)
        # ("Members present by video link:": how they attended, as "via Zoom" is, not a page's link)
        if known is None or re.search(r"\b(?:details|record|records|(?<!video\s)link|links)$", label):
            return None  # "Attendance details": a page's link, not a list
        more = match.group(1).strip()[len(known):].strip() if match else ""
        if known in vocab.plural_titles and match is not None and match.re is _BARE_LABEL and re.match(r"[A-Z][a-z]", more):
            return None  # "Councillors Brunel-Walker and Harrison": the plural title over names, no label
        if match is not None and match.re is _BARE_LABEL and re.match(r"(?:and|of|for|&)\s", more) and known in (
                "officer", "officers", "clerk", "secretary"):
            return None  # "IN ATTENDANCE: Chief Executive, Economic Development" / "Officer and Committee Clerk": a post goes on
        if re.match(r"(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]", more) or FORENAME_SURNAME.fullmatch(more):
            # ("Present Helen Blyde. Adrian Snowball. ...": the first name before the sentence's stop)
            # ("Minutes taken by Liz White – volunteer": the dash sets her post after her name)
            dashed = match is not None and match.lastindex and match.lastindex >= 2 and match.string[match.end(1):match.start(2)].strip() in ("–", "-")
            rest = f"{more}{' – ' if dashed else ' '}{rest or ''}"  # "Apologies Councillor J Beaman Chairman (Holiday):": a name before the colon
        label = known
    rest = (rest or "").strip().lstrip(":–—- ").strip()  # "Apologies::  Mr D Myles", "Present: – Councillors"
    rest = re.sub(r"^\|\s*|(?<![|\s])(?:\s*\|)+$", "", rest)  # "Present: | Marjory Ashworth (Chair), ... | |": a table's empty cells
    chaired = _CHAIR_THEN_PRESENT.match(rest)
    if chaired:  # "Present: With Cllr Jan Hewitt in the Chair there were present Cllrs – Mark Clayton, ..."
        rest = f"{chaired.group('chair')} (Chair), {chaired.group('rest')}"
    # "Present: Cllr Carolyn Cripps chaired the meeting with Cllr Donald Angus Cllr Mick Le’Huray, ... and Cllr Richard
    # Sealby (EDC) attended.": one sentence, the chair first
    chaired = _CHAIRED_WITH.match(rest)
    if chaired:
        rest = f"{chaired.group('chair')} (Chair), {chaired.group('rest')}"
        rest = re.sub(r"(?<!\s)\s+attended\.?$", "", rest)
        rest = re.sub(r"(?<=[a-z])\s(?=(?:Cllr|Councillor)\.?\s[A-Z])", ", ", rest)  # "... Donald Angus Cllr Mick ..."
    chaired = _CHAIRED_BY_POST.match(rest) if labels[label] == "present" else None
    if chaired:
        # "Present: Chairperson (Highland Council Ward Manager): Liz Cowie": the chair is an officer, who attends
        post = chaired.group("post").strip()
        return ("in_attendance" if _OFFICER_POST.search(post) else "present"), f"{chaired.group('name').strip()} ({post})"
    return labels[label], rest


# "SCC" (a community council by its initials) or "Highland Council": whose members a label lists
_AREA_COUNCILLORS_LABEL = re.compile(r"^(?:[A-Z][\w’'-]*\s+){1,4}Councillors\s+(?P<status>Present|Apologies)\s*[:;]\s*(?P<rest>.*)$")
_BODY_MEMBERS = r"(?:[A-Z]{2,5}|(?:[A-Z][a-z]+\s+){1,3}Council)"


# A label in the middle of a long flattened line ("... via Zoom Present: Cllr
# Sue Lintern (Chair) ..."): the list starts there.
_MID_LINE_LABEL = re.compile(r"(?<=\S)(?<!Officers)(?<!Officials)(?<!Members)(?<!Councillors)(?<!\s/)(?<!\bto)(?<!\bOther)(?<!\bOthers)\s(?:[•·]\s)?(?=(?:Present(?:\s+at\s+(?:the\s+)?Meeting)?|Officers\s+present|(?:Council\s+)?Officials\s+present|In\s+the\s+Chair|Also,?\s+in\s+attendance|In\s+attendance|Also,?\s+present(?:\s+(?:was|were))?|Apologies(?:\s+for\s+absence)?(?:\s+received(?:\s+and\s+accepted)?|\s+accepted|\s+were\s+received\s+from)?|Absent"
                             r"|(?:(?:Interim|Acting|Deputy|Assistant|Locum)\s+)?(?:Parish\s+|Town\s+)?Clerk|Others(?:\s+present)?|Officers|Guests"
                             # "... Nicola Currie Members of Public: - Andrew McCartney, ... Councillors: Cllr Hassan, ... Police: None"
                             # (not "Papers presented to Councillors: ...")
                             r"|Members\s+of\s+(?:the\s+)?(?:Public|Press)|Police|Public\s?/\s?Press|Public\s+attendance"
                             # "... HELD ON THURSDAY 6TH JUNE 2019 MEMBERS PRESENT: Cllr J L Auty ..."
                             # ("... and John Sloan (Clerk). Plus; Arthur Lamb (County Councillor).": a semicolon for a colon)
                             r"|Members\s+present|Plus|Attending|(?-i:ALSO|Also)"
                             # "... Angela Phillips PCC. Those Cllrs. present were: Cllrs. Ryan, Mayberry, ..."
                             r"|Those\s+(?:Cllrs\.?|Councillors|members)\s+present\s+were"
                             # "... Liz Cowie CC members: Ian Bashford, ... Peter Wright Ex officio: Cllr. Dave Fallows ...
                             # Residents: Anna Barton, ...": a list's groups, each under its own label, run together
                             r"|(?-i:[A-Z]{2,5}\s+[Mm]embers|Ex[- ][Oo]fficio|Residents))\b"
                             # ("... Cllr Mrs C Owen In attendance by video link: Judith Phillips (Clerk)": how they attended)
                             r"(?:\s(?:by\s+video(?:\s+link)?|via\s+[A-Za-z]+|remotely|virtually))?\s*[:;]"
                             # "... Young (arrived late). Religious Representatives Present (Non Voting Observers ...):- ..."
                             r"|(?-i:Religious\s+Representatives(?:\s+Present)?)\b"
                             # "... D Wright & Mrs G Wright Also PCSO Abi Land & four members of the public": those attending
                             r"|(?-i:Also)\s+(?=(?-i:PCSO|PC|Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?|County|District)\b)"
                             r"|Councillors\s*:\s*(?-i:Cllrs?|Councillors?)\b"
                             # "Present: D Mayo, Chairman Councillors: Clarke, ..., Wilson Officers Chief Executive (Acting)
                             # Director of ...": the members' label after the chair's office, the officers' before their posts
                             r"|(?:(?<=Chairman\s)|(?<=Chairwoman\s)|(?<=Chairperson\s)|(?<=Chair\s))Councillors\s*:\s*(?-i:[A-Z])"
                             r"|(?<=[a-z]\s)(?-i:Officers)\s+(?=(?-i:Chief|Assistant|Deputy|Head|Director|Monitoring|Corporate|Senior|Principal)\s)"
                             # "... Frances Matheson. SCC Members Apologies: ...", "Highland Council Members Apologies: ..."
                             rf"|(?-i:{_BODY_MEMBERS}\s*Members\s+(?:Present|Apologies|Absent))\s*:"
                             # "... 28 NOVEMBER 2018 PRESENT County Councillor M R Harris": upper case, no colon
                             r"|(?-i:PRESENT|IN ATTENDANCE|ALSO PRESENT|APOLOGIES(?: FOR ABSENCE)?|ABSENT)\s+(?-i:[A-Z])"
                             # "... M. Young In attendance Deputy Chief Executive ...": a list's label as a heading
                             r"|(?-i:In\s+[Aa]ttendance|Also,?\s+in\s+[Aa]ttendance)\s+(?-i:[A-Z])"
                             # "... (Co-opted Member - Transport). Mayoral Advisors in attendance Janet Beer (...) ...": a group
                             # named before the label, no colon
                             r"|(?-i:(?:[A-Z][a-z]+\s){0,2}(?:Advisors|Advisers|Observers)\s+in\s+attendance)\s+(?-i:[A-Z])"
                             # "... 7:15pm in the Craster Memorial Hall Councillors Present Chair: Bryn Owen, ..."
                             r"|(?-i:Councillors\s+Present)\s+(?-i:[A-Z])"
                             # "... TOWN COUNCIL BUILDING Present Cllr L Adair Cllr P Burns ...": a titled name after it
                             r"|(?-i:Present)\s+(?-i:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\.?\s+[A-Z])"
                             # "... *Denotes Member present Officers Present Mrs Y Merritt – Clerk ...": the officers' label
                             r"|(?-i:Officers\s+Present)\s+(?-i:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z])"
                             # "... SUBJECT TO APPROVAL Present Drew Russell (DR) Chair ...": a name and its initials after it
                             r"|(?-i:Present)\s+(?-i:[A-Z][a-z]+\s[A-Z][\w’'-]+\s\([A-Z]{2,4}\))"
                             # "... Cyng/Cllr Aled Jones (hwyr/late) Yn Bresennol / In Attendance: ...": a Welsh label, then the English
                             r"|(?-i:Yn\s+[Bb]resennol|Presennol(?:\s+[Hh]efyd)?|PRESENNOL(?:\s+HEFYD)?|Ymddiheuriadau|YMDDIHEURIADAU)\s?/\s?(?-i:[A-Z])"
                             # "... Mrs H Gilmour (Clerk) Also present at the meeting were ...": the list has ended
                             r"|(?-i:Also\s+present\s+at\s+the\s+meeting\s+were\s)"
                             # "... Palframan and Parker. Also present PC Carl Osman and PCSO ...": a titled name after it
                             r"|(?-i:Also\s+present)\s+(?-i:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|PC|PCSO)\.?\s+[A-Z])"
                             # "... Emlyn Williams EMW Apologies Elwen Owen (Clerk) EO ...": a name after it
                             r"|(?-i:Apologies|Absent)\s+(?-i:[A-Z][a-z]+\s[A-Z])"
                             # "... Woodbridge. Clerk • Gavin Mitchell, ... In Attendance • John W Mundell, ...": a bullet for a colon
                             r"|(?-i:Clerk|In\s+Attendance|Observing|Apolog(?:y|ies)|Declarations\s+of\s+Interest)\s+[•·]\s)",
                             re.IGNORECASE)


# "Officers" / "Present: J Burgess (Chief Executive), ...": a label set in a
# narrow column over two lines.
_LABEL_FIRST_WORD = re.compile(r"^(?:Officers|Members|Councillors|Others|Also)$")
_LABEL_SECOND_LINE = re.compile(r"^(?:Present|in\s+attendance)\b\s*:", re.IGNORECASE)


# "In attendance: (Councillors) Councillor T Andrews ... (Officials) Mr. L
# Hannaway, Chief Executive ...": a list in parts, each headed in brackets.
_SUB_LIST = re.compile(r"(?:\bIn attendance\s*:\s*)?\((Councillors|Members|Officials|Officers)\)\s*")
_SUB_LABELS = {"councillors": "Present: ", "members": "Present: ", "officials": "Officers present: ",
               "officers": "Officers present: "}


_MEMBERS_GROUP_LABEL = re.compile(r"(?:[A-Z][\w’'&-]*\s+){1,5}(?:Councillors|Members|Representatives)\s*:")
_CHAIR_BEFORE_LABEL = re.compile(r"(?<!\S)((?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s(?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'-]+\s"
                                 r"\((?:Chair(?:man|woman|person)?|Convener|Convenor)\)(?:\s\([^()]{1,40}\))?)\s*$")
_APPOINTED_BY = re.compile(r"(?:^|(?<=[;:]))\s*Members\s+appointed\s+by\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,5}?"
                           r"(?:Council|Government|Assembly|Authority)\s+(?=(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b)")
_OFFICERS_SUB_LIST = re.compile(r"(?<=;)\s+Officers\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s[A-Z])")
_WHOSE_MEMBERS = re.compile(r"\s(?:Members\s+of\s+(?:the\s+)?(?:Cabinet|Committee|Board|Panel|Executive)|"
                            r"(?:Cabinet|Committee|Board|Panel)\s+Members)$")
_BEFORE_OTHER_MEMBERS = re.compile(r"(?<=[.,;])\s(?=Other\s+(?:Members|Councillors)\s+present\s*:)", re.IGNORECASE)
# ("Mayoral Advisors in attendance Janet Beer ...": those attending, named as a group before the label)
_GROUP_IN_ATTENDANCE = re.compile(r"^(?:[A-Z][a-z]+\s){0,2}(?:Advisors|Advisers|Observers)\s+in\s+attendance\s+(?=[A-Z])")
_COLONLESS_LABEL = re.compile(r"^((?:Also,?\s+)?in\s+attendance|Officers\s+present)\s+(?:(?:Members\s+of\s+the\s+)?Public\s*[–:-]\s*\d+\s+)?(?=(?-i:[A-Z]))",
                              re.IGNORECASE)


_NAME_THEN_COUNCIL = re.compile(
    r"(?P<name>(?:[A-Z]\.?\s){1,3}(?:[A-Z][a-z]{1,2}\s)?(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)(?:\s\((?P<chair>(?:Vice[- ])?Chair(?:man)?)\))?"
    r"\s(?P<council>(?!(?:County|Borough|City|District)\s)(?:[A-Z][\w’'-]+\s){1,3}(?:County\s+Borough\s+|County\s+|City\s+|Borough\s+|District\s+)?Council)")


def _name_and_council(match: re.Match) -> str:
    chair = f"{match.group('chair')}, " if match.group("chair") else ""
    return f"{match.group('name')} ({chair}{match.group('council')}),"


_OTHER_LIST_LABEL = re.compile(r"(?:Present|In\s+attendance|Also\s+present|Members\s+present)\s*:", re.IGNORECASE)
_CHAIR_LINE = re.compile(r"(?P<name>(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s(?:[A-Z]\.?\s){0,3}(?:[A-Z][a-z]+\s)?(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+)"
                         r"\*?\s+in\s+the\s+[Cc]hair\.?")
# ("Saqib Ahmed, Josephine Docherty, Kenny McLean, Ade Aibinu, ...": four people or more, forename and surname each)
# ("..., Jacqueline McLaren, the Deacon Convener, the Lord Dean of Guild": after them, members by office alone)
_UNTITLED_PEOPLE = re.compile(r"[A-Z][a-z]+(?:\s(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+){1,2}(?:,\s[A-Z][a-z]+(?:\s(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+){1,2}){3,}"
                              r"(?:,\sthe\s[A-Z][a-z]+(?:\s(?:of|and|the|[A-Z][a-z]+)){1,4}){0,3}")
_SHOUTED_NAME_WORD = re.compile(r"(?:Mc|Mac|O[’'])?[A-Z][A-Z’'-]+|DR|MR|MRS|MS")


def _shouted_names(text: str) -> Optional[str]:
    """The line in title case where it is only names in capitals that read as four people or more
    ("SAQIB AHMED JOSEPHINE DOCHERTY KENNY McLEAN ..."); None otherwise."""
    words = text.split()
    if len(words) < 8 or len(words) > 400 or not all(_SHOUTED_NAME_WORD.fullmatch(word) for word in words):
        return None
    titled = " ".join(re.sub(r"^((?:Mc|Mac|O[’'])?)([A-Z])([A-Z’'-]+)$", lambda m: m.group(1) + m.group(2) + m.group(3).lower(), word)
                      for word in words if word not in ("DR", "MR", "MRS", "MS"))
    titled = re.sub(r"(?<=-)([a-z])", lambda m: m.group(1).upper(), titled)  # "Smith-jones" -> "Smith-Jones"
    people = name_run(titled)
    # (most of them by a forename the vocabulary knows: not "MID AND WEST WALES FIRE AND RESCUE AUTHORITY")
    forenames = vocabulary().forenames
    known = sum(name.split()[0] in forenames for name, _, _ in people)
    return ", ".join(name for name, _, _ in people) if len(people) >= 4 and known * 4 >= len(people) * 3 else None


# "DEACON CONVENER" / "LORD DEAN OF GUILD" on lines of their own under the members in capitals: members named by office
_SHOUTED_OFFICE = re.compile(r"(?:[A-Z]{2,15}|OF|AND|THE)(?:\s(?:[A-Z]{2,15}|OF|AND|THE)){1,4}")
# (not a heading in capitals after the list: "APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST")
_HEADING_WORD = re.compile(r"\b(?:MINUTES?|APOLOG\w*|ABSENT|ABSENCE|PRESENT|ATTENDANCE|ATTENDING|DECLARATIONS?|INTERESTS?|ITEMS?|AGENDA|REPORTS?"
                           r"|PUBLIC|QUESTIONS?|MATTERS|BUSINESS|MEETING|COUNCIL|COMMITTEE|PLANNING|FINANCE|CORRESPONDENCE)\b")


# (an office a member holds by being elected to it: not "CHIEF EXECUTIVE" or "TOWN CLERK", officers who attend, nor an
# unnumbered heading such as "OPEN FORUM" or "WELCOME")
_CIVIC_OFFICE_WORD = re.compile(r"\b(?:PROVOST|MAYOR|CONVENER|DEACON|DEAN|BAILIE|SHERIFF|ALDERMAN)\b")


def _shouted_lists(lines: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """Each line of members in capitals read into title case (see
    _shouted_names); after one, each line that is two to five words in
    capitals, with no label, is one more member named by office alone,
    joined to the list."""
    out: list[tuple[int, Line]] = []
    after_shouted = False
    for page, line in lines:
        text = line.text.strip()
        if (after_shouted and _SHOUTED_OFFICE.fullmatch(text) and _CIVIC_OFFICE_WORD.search(text) and not _label_match(text)
                and not _HEADING_WORD.search(text)):
            office = " ".join(word.lower() if word in ("OF", "AND", "THE") else word.capitalize() for word in text.split())
            office = office if office.startswith("the ") else f"the {office}"
            out[-1] = (out[-1][0], replace(out[-1][1], text=f"{out[-1][1].text.rstrip()}, {office}"))
            continue
        shouted = _shouted_names(line.text)
        after_shouted = bool(shouted)
        out.append((page, replace(line, text=shouted) if shouted else line))
    return out


def _officer_apart(line: Line) -> list[Line]:
    cut = _OFFICER_AFTER_MEMBER.search(line.text) if _OPENING_LABEL.match(line.text) else None
    if not cut:
        return [line]
    return [replace(line, text=line.text[:cut.start("label")].rstrip()), replace(line, text=line.text[cut.start("label"):])]


_OFFICER_AFTER_MEMBER = re.compile(r"(?<=\b[A-Z]\s[A-Z][a-z])[\w’'-]{0,30}\s(?P<label>Officer\s*:)\s*(?=[A-Z])")
_CAPITALS_LABEL = re.compile(r"[A-Z][A-Z/,’'& -]{6,60}:\s")  # ("CLERK/RESPONSIBLE FINANCIAL OFFICER, ...: Mrs P Raymond")
_OPENING_LABEL = re.compile(r"(?:In\s+attendance|Present|Members\s+present)\s*:", re.IGNORECASE)
# ("Councillors: Cllr Andrew Woods Apologies: Georgia Watson": the next list's label with its colon)
_CAPITAL_LABEL_AFTER_NAME = re.compile(r"(?<=[a-z])\s(?:In\s+[Aa]ttendance|Also\s+[Pp]resent)\s+(?=[A-Z])|(?<=[a-z])\sApologies\s*:\s*(?=[A-Z])")


# "Present :" / "Jim Riach, Chair Cllr Elaine Waterson" / "Peter Stewart, Vice-Chair David Mackie, National Parks" /
# "Becky Saunders, Secretary (Minutes) PC Lorna Deans, Police" / ... / "Robin Armstrong" / "Alastair Orr Ewing": a table of
# two columns flattened row by row, the members with their posts on the left, those attending with their body on the right
_COLUMN_POST = r"(?:(?:Vice|Deputy)[- ]?)?Chair(?:man|woman|person)?|(?:Minutes?\s)?Secretary|Treasurer|Clerk"
_TWO_COLUMN_ROW = re.compile(
    rf"(?P<left>[A-Z][a-z’'-]+(?:\s[A-Z][\w’'-]+){{1,2}}),\s(?P<post>(?:{_COLUMN_POST})(?:\s\([^()]{{1,30}}\))?)\s"
    r"(?P<right>(?:(?:Cllr|Councillor|PC|PCSO|Sgt|Mr|Mrs|Ms|Miss|Dr)\.?\s)?[A-Z][a-z’'-]+(?:\s[A-Z][\w’'-]+){1,2})"
    r"(?:,\s(?P<body>[A-Z][\w&’' -]{1,40}))?")
# (not "David Smith, Chairman Planning Committee" / "Peter Brown, Vice-Chairman Finance Committee": what each chairs; not
# "John Smith, Chairman North Ward": the ward each sits for; not a second column of people)
_COLUMN_NOT_A_NAME = re.compile(r"\b(?:Committee|Council|Sub|Group|Panel|Board|Party|Forum|Association|Society|Trust|Club|Officer"
                                r"|Ward|Division|Parish|Village)\b")
_COLUMN_TITLE = re.compile(r"(?:Cllr|Councillor|PC|PCSO|Sgt)\.?\s")
_COLUMN_NAME = re.compile(r"[A-Z][a-z’'-]+(?:\s[A-Z][\w’'-]+){1,3}")


def _columns_in_turn(lines: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """Two or more rows in turn of :data:`_TWO_COLUMN_ROW`: the left column
    read whole (the rows' members, then the names alone on the lines after
    them, which carry it on), then the right column, each name with its
    post or body in brackets."""
    out = list(lines)
    index = 0
    while index < len(out):
        rows = []
        while (index + len(rows) < len(out) and (row := _TWO_COLUMN_ROW.fullmatch(out[index + len(rows)][1].text.strip()))
               and not _COLUMN_NOT_A_NAME.search(row.group("right"))):
            rows.append(row)
        if len(rows) < 2:
            index += 1
            continue
        end = index + len(rows)
        while end < len(out) and _COLUMN_NAME.fullmatch(out[end][1].text.strip()):
            end += 1
        for offset, row in enumerate(rows):
            page, line = out[index + offset]
            post = re.sub(r"\s\(([^()]*)\)", r", \1", row.group("post"))  # "Secretary (Minutes)"
            out[index + offset] = (page, replace(line, text=f"{row.group('left')} ({post}),"))
        for at in range(index + len(rows), end - 1):  # ("Robin Armstrong": the left column carried on, a name a line)
            page, line = out[at]
            out[at] = (page, replace(line, text=f"{line.text.strip()},"))
        right = ", ".join(row.group("right") + (f" ({row.group('body').strip()})" if row.group("body") else "") for row in rows)
        page, line = out[end - 1]
        # (a title marks them only where the left column's members are untitled: "Cllr John Smith, Chair Cllr Mary Jones" /
        # "Cllr Peter Brown, Vice-Chair Cllr Ann Lee": a town council's members in both columns)
        titled_left = any(_COLUMN_TITLE.match(row.group("left")) for row in rows)
        if all(row.group("body") or not titled_left and _COLUMN_TITLE.match(row.group("right")) for row in rows):
            # (each on the right marked by the body they come from, or by another title: "Cllr Elaine Waterson", "David
            # Mackie, National Parks", "PC Lorna Deans, Police", "Joyce Kitching, HES": those attending, not members)
            out[end - 1] = (page, replace(line, text=line.text.strip().rstrip(",")))
            out.insert(end, (page, replace(line, text=f"In attendance: {right}")))
            end += 1
        else:
            out[end - 1] = (page, replace(line, text=f"{line.text.strip().rstrip(',')}, {right}"))
        index = end
    return out


def _split_long_lines(lines: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    joined: list[tuple[int, Line]] = []
    lines = _columns_in_turn(lines) if any(", " in line.text for _, line in lines[:200]) else lines
    for page, line in lines:
        # "D. R. SinnettMrs. Y. G. Southwell" / "G. Woodham MBA (Open) LL.B (Hons)": before a stop is read as a
        # sentence's or a bracket as a role
        if (cleaned := without_degrees(unglue_initials(line.text))) != line.text:
            line = replace(line, text=cleaned)
        if joined and _LABEL_SECOND_LINE.match(line.text.strip()) and _LABEL_FIRST_WORD.match(joined[-1][1].text.strip()):
            line = replace(line, text=f"{joined.pop()[1].text.strip()} {line.text.strip()}")
        joined.append((page, line))
    lines = [(page, replace(line, text=_SUB_LIST.sub(lambda m: _SUB_LABELS[m.group(1).lower()], line.text))
              if _SUB_LIST.search(line.text) else line) for page, line in joined]
    # "PRESENT: Members appointed by Gwynedd Council Councillors Freya Bentham, ...; Members appointed by the Welsh
    # Government Mr. Brian Angell, ...; Officers Mr. Emyr Williams, ...": a joint body's members by who appointed them
    # (members all), then its officers (who attend)
    lines = [(page, replace(line, text=_OFFICERS_SUB_LIST.sub(" Officers present: ", _APPOINTED_BY.sub(" ", line.text)).strip()))
             if "appointed by" in line.text or "; Officers" in line.text else (page, line) for page, line in lines]
    # "PRESENT" / "Councillor" / "P Lewis (Chair) Conwy County Borough Council" / "B Apsley Wrexham County Borough
    # Council" / ...: a joint body's table of members, each with the council that sent them
    lines = [(page, replace(line, text=_NAME_THEN_COUNCIL.sub(_name_and_council, line.text.strip())))
             if _NAME_THEN_COUNCIL.fullmatch(line.text.strip()) else (page, line) for page, line in lines]
    # "Present: The Lord Provost, Eva Bolander (Chair)." / "SAQIB AHMED JOSEPHINE DOCHERTY KENNY McLEAN ADE AIBINU ...": the
    # members in capitals, forename and surname each, a table's columns run together
    lines = _shouted_lists(lines)
    # "Present" / "Councillor R Rodgers* in the Chair" / "Councillors: Armstrong, ...": who chaired, on a line of their own
    lines = [(page, replace(line, text=_CHAIR_LINE.sub(r"\g<name> (in the Chair)", line.text.strip())))
             if _CHAIR_LINE.fullmatch(line.text.strip()) else (page, line) for page, line in lines]
    # "In Attendance: Councillors: C Palmer (Chairman) K Archer, ..., D Robertson Officer: J Johnstone": a labelled line
    # whose officer follows the last member by initial and surname (not "Planning Officer: Mr J Jones": a post)
    lines = [(page, piece) for page, line in lines for piece in _officer_apart(line)]
    split = []
    for page, line in lines:
        # A long flattened line, or a label after the end of a sentence
        # ("... Claire Williams (CW). Parish Clerk: Peter King In attendance: ...").
        # ("CHAIR: Councillor: Erwyn Jones PRESENT: Councillors: ...": a line opening with a label in capitals too)
        # ("Meeting Date: Tuesday, 1 March 2016, starting at 6.30pm Present: Councillor B Hilton (Chairman)": a line
        # of labelled fields)
        # ("Present: Cllr I Liddle ... Cllr Jeff Garraway In attendance Penny Brasenell Parish Clerk.": the label's
        # capital after a name)
        if len(line.text) > 150 or _CAPITAL_LABEL_AFTER_NAME.search(line.text) or any(line.text[:m.start()].rstrip().endswith((".", ")"))
                                       or re.match(r"[A-Z]{3,}[A-Z ]{0,20}:\s|(?:Meeting\s+)?(?:Date|Time|Venue|Place)\s*:\s", line.text)
                                       for m in _MID_LINE_LABEL.finditer(line.text)):
            parts: list[str] = []
            for part in _MID_LINE_LABEL.split(line.text):
                if parts and len(parts[-1].split()) <= 2 and not _label_match(parts[-1].strip()):
                    part = f"{parts.pop()} {part}"  # "Also" / "present: ...", "Interim Parish" / "Clerk: ..."
                whose = _WHOSE_MEMBERS.search(parts[-1]) if parts and re.match(r"present\b", part, re.IGNORECASE) else None
                if whose:  # "... 6.30 pm Members of Cabinet" / "present: R Herring ...": the label is whole
                    parts[-1] = parts[-1][:whose.start()]
                    part = f"{whose.group(0).strip()} {part}"
                # "... A Smith. Other Members present: C Blundell, ...": a label of its own
                *before, part = _BEFORE_OTHER_MEMBERS.split(part, maxsplit=1)
                parts += [piece for piece in before if piece.strip()]
                if part.strip():
                    # "In attendance Deputy Chief Executive ...": the label cut out of its line had no colon
                    # ("Also, in Attendance Public – 1 Cllr Colin Sampson, ..."; the public counted, not named)
                    if parts:
                        part = _GROUP_IN_ATTENDANCE.sub("In attendance: ", part)
                    parts.append(_COLONLESS_LABEL.sub(lambda m: f"{m.group(1).replace(',', '')}: ", part) if parts else part)
            for at in range(1, len(parts)):
                chair = _CHAIR_BEFORE_LABEL.search(parts[at - 1])
                label = re.match(r"(?:PRESENT|Present)\s*:\s*", parts[at])
                if chair and label:
                    # "... WEDNESDAY 25th APRIL 2018 Mr. Owain Wyn (Chairman) (Welsh Government) PRESENT: Members ...": who
                    # chaired, set beside the label, heads the list
                    parts[at - 1] = parts[at - 1][:chair.start()]
                    chaired = re.sub(r"\)\s\(", ", ", chair.group(1))  # "(Chairman) (Welsh Government)": one note
                    parts[at] = f"{parts[at][:label.end()]}{chaired}, {parts[at][label.end():]}"
            split += [(page, Line(text=part, bold=line.bold)) for part in parts if part.strip()]
        else:
            split.append((page, line))
    return split


# "Mr. John Robinson Parish Clerk was also in attendance." on a line of its
# own under a list: a list of its own, never more names of the list above.
# ("Anne Delandre (Clerk to the Council) was in attendance to record the minutes.": untitled, her post in brackets, and
# what she was there for)
_ALSO_PRESENT_LINE = re.compile(
    r"^(?P<names>(?:(?:The|Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b|[A-Z][a-z]+\s(?:Mc|O[’'])?[A-Z][\w’'-]+\s\()[^;:]{3,200}?)\s(?:was|were)\s+(?:also\s+)?"
    r"(?:present|in\s+attendance)(?:\s+to\s+(?:record|take)\s+the\s+minutes)?\.?$")


# "Cllrs B Austin, D Bretherton, ..." with its "Present" heading lost, and
# "C Pinnells, Acting Town Clerk" beneath it: lists the layout still shows.
# "Councillors D Risk (Chairman) (DR), P Summers (PS), ...": roles and initials in brackets too.
# ("Cllrs Davey (Chairman), Baker, Collis, ...": surnames alone, the chair's role after the first)
# ("Cllrs :Dafydd Lloyd Jones (Chair), Rhodri Evans ( Vice Chair) ...": a colon after the title, forenames in full)
_UNLABELLED_MEMBERS = re.compile(r"^(?:Cllrs\.?|Councillors)(?:\s+|\s?:\s?)(?:(?:[A-Z]\.?\s?){1,3}[A-Z][\w’'-]+(?:\s?\([^()]{1,30}\)){0,2}"
                                 r"|[A-Z][a-z][\w’'-]*\s?\([^()]{1,30}\)"
                                 r"|[A-Z][a-z]+(?:\s(?:Mc|O[’'])?[A-Z][\w’'-]+){1,2}\s?\([^()]{1,30}\)),")
_UNLABELLED_OFFICER = re.compile(
    r"^(?:[A-Z]\.?\s?){1,3}[A-Z][\w’'-]+,\s+(?:(?:Acting|Deputy|Assistant|Interim|Locum)\s+)?"
    r"(?:[A-Z][a-z]+\s+){0,3}(?:Clerk|Officer|Manager|Administrator|Secretary|RFO)$"
    # "Parish Clerk and RFO A M Hounsell": the post first
    r"|^(?:[Tt]he\s+)?(?:(?:Parish|Town|Acting|Deputy|Assistant|Locum)\s+)?(?:Clerk|clerk)(?:\s+(?:and|&|/)\s+RFO)?\s+(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+)?"
    # ("Clerk B Gale      3 Residents": the public counted beside it)
    r"(?:[A-Z]\.?\s?){1,3}[A-Z][\w’'-]+(?:\s+\d{1,3}\s+(?:[Rr]esidents?|[Pp]arishioners|[Vv]isitors|[Mm]embers?\s+of\s+(?:the\s+)?[Pp]ublic)\b.*)?$"
    # "Julie Chance MILCM - Clerk.": a name, the letters of a qualification, a dash, the post
    r"|^(?:[A-Z][a-z]+\s){1,2}[A-Z][\w’'-]+(?:\s[A-Z]{2,6})*\s[–—-]\s(?:(?:Parish|Town|Acting|Deputy|Assistant|Locum)\s)?"
    r"(?:Clerk|RFO|Clerk\s?(?:and|&|/)\s?RFO)\.?$")
# "County Councillor W. Northam. District Councillor N. Coppack.": other councils'
# councillors, a sentence each, on a line of their own before the first item
# (another council's councillor first in a line of those there, set apart by commas)
_VISITORS_LIST_OPENING = re.compile(r"^(?:County|District|Borough|Unitary|City|Ward)\s(?:Councillor|Cllr)\.?\s(?:(?:Mrs?|Ms|Miss|Dr)\.?\s)?"
                                    r"(?:[A-Z](?:\.\s?|\s)){0,3}(?:[A-Z][a-z]+\s)?(?:Mc|O[’'])?[A-Z][\w’'-]+,\s(?=\S)")
_INITIALS_THEN_POST = re.compile(r"(?<=[a-z])\s\([A-Z]{2,4}\)\s((?:(?:Parish|Town|Assistant|Deputy)\s)?(?:Clerk|RFO|Secretary|Treasurer))(?=\s*(?:,|$))")
_UNLABELLED_VISITORS = re.compile(
    r"^(?:(?:County|District|Borough|Unitary|City)\s(?:Councillor|Cllr)\.?\s(?:(?:Mrs?|Ms|Miss|Dr)\.?\s)?"
    r"(?:[A-Z](?:\.\s?|\s)){0,3}[A-Z][\w’'-]+\.?(?:\s|$))+$")  # ("Borough Cllr D McMurdo": an initial without its stop)


# (from the start of a run of capitals only: "A-A-A-..." tried at every letter was quadratic)
_SURNAME_FIRST = re.compile(r"(?<![A-Z’'-])\b([A-Z][A-Z’'-]{2,}),\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _surname_first(text: str) -> Optional[int]:
    """Where names set surname first in capitals start ("ADDENBROOKE, Sarah
    LIGHTFOOT, Warwick ..."): at the list's first word, or after the chair's
    titled name ("CLLR. MARIE-THERESE ROSSI ADDENBROOKE, Sarah ..."); never
    in "Andrew DAWSON, C D P FARQUHAR, George de GERNIER", whose surnames
    follow their forenames."""
    found = list(_SURNAME_FIRST.finditer(text))
    if len(found) < 3:
        return None
    before = text[:found[0].start()].strip()
    if not before or len(before.split()) <= 5 and re.match(r"(?i:cllr|councillor|mr|mrs|ms|miss|dr)\b", before):
        return found[0].start()
    return None


_PLAIN_NAME = re.compile(rf"[A-Z][a-z]+(?:\s{SURNAME}){{1,2}}(?:\s\([^()]{{1,30}}\))?")


def _plain_names(text: str) -> bool:
    """A line that is nothing but four or more untitled names (forename and
    surname, a post in brackets), set apart by commas, as a community
    council's minutes open: "Tim Pogson (Chair), Bob Hodgart, ..."."""
    entries = text.strip().rstrip(".").split(", ")
    entries[-1:] = entries[-1].rsplit(" and ", 1)  # "..., Liz Logie and Joan Carter"
    return len(entries) >= 4 and all(_PLAIN_NAME.fullmatch(entry.strip()) for entry in entries)


_INITIALLED_NAME = r"(?:[A-Z]\.?\s){1,3}(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*"
_UNTITLED_INITIALLED_LIST = re.compile(rf"{_INITIALLED_NAME}(?:(?:,\s(?:and\s)?|\s(?:and|&)\s){_INITIALLED_NAME}){{2,}}\.?")


def _unlabelled_list(text: str, found: list) -> Optional[tuple[str, str]]:
    """A list of members or of officers standing before the first item
    without its label: members only when no labelled list of members was
    found, and never a sentence."""
    if _UNLABELLED_MEMBERS.match(text) and not any(record.status == "present" for _, _, record in found) \
            and not _NARRATION.search(text) and not re.search(r"\b(?:were|was|had|sent|gave)\b", text):
        return "present", text
    if _UNLABELLED_OFFICER.match(text):
        return "in_attendance", text
    if (_NAME_COMMA_OFFICE.match(text) or _UNTITLED_INITIALLED_LIST.fullmatch(text)) and any(
            record.status == "present" for _, _, record in found):
        return "in_attendance", text  # "Nigel Aurelius, Assistant Chief Executive (Resources)" under the members' names
    if _VISITORS_LIST_OPENING.match(text) and not _NARRATION.search(text) and not re.search(r"\b(?:were|was|had|sent|gave)\b", text):
        # "Ward Councillor Barry Durkin, 20 members of the public, Liz Parry-Jones (LPJ) Clerk" under the members' names
        # (her initials in brackets, then her post: the post is what the brackets hold)
        return "in_attendance", _INITIALS_THEN_POST.sub(r" (\1)", text)
    if _UNLABELLED_VISITORS.match(text):
        return "in_attendance", re.sub(r"\.\s+(?=(?:County|District|Borough|Unitary|City)\s)", ", ", text)
    if _plain_names(text) and not any(record.status == "present" for _, _, record in found):
        return "present", text  # "Tim Pogson (Chair), Bob Hodgart, Sakshika Raghav (minute), ...": the members, no label
    if _surname_first(text) == 0 and not any(record.status == "present" and not record.role for _, _, record in found):
        return "present", text  # "ADDENBROOKE, Sarah LIGHTFOOT, Warwick AHERN, Tim ...": the members, surname first
    return None


# "Roger Keyes (Candidate for co-option)" on a line of its own in a list
# of one name per line: a person, never the end of the name above.
# "Andrew DAWSON", "C D P FARQUHAR", "George de GERNIER", "Lord Provost
# Helen WRIGHT" likewise, each on its own line under "COUNCILLORS".
_WHOLE_NAME_LINE = re.compile(
    r"^(?:(?:Lord Provost|Depute Provost|Provost|Bailie)\s)?(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|[A-Z](?:\s[A-Z])*)"
    r"(?:\s[A-Z]\.?){0,2}(?:\s(?:de|van|von|le|la|di|da))?\s[A-Z](?:(?:[a-z]*[-'’][A-Z])?[a-z]+|[A-Z'’-]+)"
    r"(?:\s\([^()]{2,60}\))?$")


_BULLET = re.compile(r"(?:^|\s)[•·]\s")
_VERB_AFTER_NAME = re.compile(r"\s(?=(?:Gave|Said|Reported|Explained|Presented|Informed|Advised|Thanked|Welcomed)\s[a-z])")
_IN_THE_CHAIR = re.compile(
    r",?(?<!\s)\s+(?i:in\s+the\s+chair)(?:[.:,;]\s+(?P<more>(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?)\b|(?:[A-Z]\.\s?){1,3}[A-Z][a-z]))|[.:]?$"
    # "The Mayor (Councillor I. Kay) in the Chair The Deputy Mayor (Councillor R. Heron)": the next office and its holder
    r"|\s+(?P<office>(?=The\s+(?:Deputy\s+|Vice[- ])?(?:Mayor|Chair(?:man|woman)?)\s+\()))")


# "Members of Cabinet present:" then "Other Members present:": the members of the
# body met, other councillors attended.  (Where the chair alone is listed
# first, "Other Members Present" are the members.)
# ("CC Members Present: - Shona Presly, ...": the community council's own, by its initials)
_BODY_MEMBERS_LABEL = re.compile(r"^(?:Members\s+of\s+(?:the\s+)?(?:Cabinet|Committee|Board|Panel|Executive)|(?:Cabinet|Committee|Board|Panel)\s+Members"
                                 r"|(?-i:[A-Z]{2,5})\s+Members)(?:\s+present\b|\s*:?$)", re.IGNORECASE)  # ("MEMBERS OF THE CABINET" over its list)
# ("Councillors: Cllr Hassan, Cllr Johnston ..." after them: the councillors of the council above it, who attend)
_OTHER_MEMBERS_ONLY = re.compile(r"^Other\s+(?:Members|Councillors)(?:\s+present)?\s*:", re.IGNORECASE)
_OTHER_MEMBERS_LABEL = re.compile(r"^Other\s+(?:Members|Councillors)\s+present\b|^Councillors\s*:", re.IGNORECASE)


# "(Members of the Worksop Junior Council, accompanied by teachers, were sat in the audience.)": an aside, not a name
_ASIDE_LINE = re.compile(r"^[(\[][^()\[\]]{30,}[)\]]?\.?[)\]]?$")  # or in square brackets ("[Also in attendance: ...]")
_GLUED_INITIAL = re.compile(r"^([A-Z])(?=[A-Z][a-z]{2,}$)")
# "Councillors: R. Jones, Arwel Davies" / "County Councillor Arwel Davies": a line opening with a title is a new name
_OFFICERS_ALONE = {"clerk", "town clerk", "parish clerk", "deputy clerk", "assistant clerk", "clerk/rfo", "clerk and rfo",
                   "responsible financial officer", "rfo"}
# "Jan Irvine, Chair" / "Diane Easton, Communications Secretary" / ...: each line a name, a comma and its post
_NAME_COMMA_POST = re.compile(r"^((?:[A-Z][a-z]+\s){1,2}(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+),\s+((?:[A-Z][a-z]+\s){0,3}"
                              r"(?:Chair(?:man|person|woman)?|Vice[- ]Chair(?:man|person)?|Secretary|Treasurer|Convener|Convenor|Clerk))$")
FORENAME_SURNAME = re.compile(rf"[A-Z][a-z]+\s{SURNAME}(?:(?:,|\sand)\s.*)?")
_SURNAME_THEN_INITIALS = re.compile(rf"(?<![\w’'-])(?P<surname>{SURNAME}),\s(?P<title>(?:Mrs|Mr|Miss|Ms|Dr)\.?\s)?"
                                    r"(?P<initials>(?:[A-Z]\.){1,4}(?=\s|$))(?P<rest>(?:\s\(.*)?)")
# "Helen Blyde" (a list's first name) / "Adrian Snowball. Ian McIntyre, ...": the next line opens with another
_FORENAME_SURNAME_OPENS = re.compile(rf"(?!The\s)[A-Z][a-z]+\s{SURNAME}(?:[.,](?:\s|$)|$)")
# "Jim Boyle, Chief Officer – Finance" / "CarolBeattie, Chief Executive": an officer a line, the name, a comma, the post
# (not "1. Welcome Liz Cowie, Highland Council Ward Manager, welcomed ...": a greeting word opening a minute is no forename)
_NAME_COMMA_OFFICE = re.compile(r"^(?!(?:Welcome|Welcomes|Welcoming|Croeso|Greetings|Introductions?)\s)(?P<name>(?:[A-Z][a-z]+\s?){1,2}(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+),\s+(?P<post>(?:[A-Z][\w’'/&-]*\s(?:of\s|and\s|&\s)?){0,4}"
                                r"(?:Officer|Manager|Executive|Solicitor|Director|Head|Clerk|Adviser|Advisor|Engineer|Planner|Accountant"
                                r"|Assistant|Co-?ordinator|Administrator|Leader)\b.*)$")


# "Elaine Murray (Leader)-Nith", "Ian Carruthers - Annandale South": a member a line, the ward after a dash
# (not "Mr P Godwin – Conservation, Design and Landscape Manager": an officer's post after the dash)
_NAME_DASH_WARD = re.compile(r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof|Rev)\b)(?P<name>[A-Z][a-z]+(?:\s[A-Z]\.?)?\s(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*?)(?:\s\((?P<role>[^()]{1,40})\))?"
                             r"\s?[-–]\s?(?P<ward>(?![^()]*\b(?i:manager|officer|clerk|assistant|director|head|secretary|treasurer|chair\w*|mayor|observer|substitute|councillor)\b)"
                             r"[A-Z][A-Za-z’'.,& -]{2,60})")


def _members_by_ward(parts: list[str]) -> list[str]:
    """A list set one member a line with the ward after a dash ("Graham
    Bell-North West Dumfries" / "Dougie Campbell-Dee and Glenkens"): each line
    one name, the ward (whose "and" joins no two people) left out; lines
    after the last such line (a table's heads) are no part of it."""
    matches = [_NAME_DASH_WARD.fullmatch(part.strip()) for part in parts]
    if len(parts) < 4 or sum(1 for match in matches if match) < 0.8 * len(parts):
        return parts
    last = max(index for index, match in enumerate(matches) if match)
    return [f"{match.group('name')}{' (' + match.group('role') + ')' if match.group('role') else ''}," if match else part
            for part, match in zip(parts[:last + 1], matches)]


# "Mrs Helen Stoops, DRD Planning Service" / "Ms Maeve Kelly, Northern Ireland Federation of Housing Associations": a
# guest by title, a comma and the body they came from, one a line
_TITLED_COMMA_BODY = re.compile(r"^(?P<name>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s(?:[A-Z][a-z]+\s|(?:[A-Z]\.?\s){1,3})?(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+),\s+"
                                r"(?P<body>[A-Z][\w’'&.-]*(?:\s(?:[A-Z][\w’'&.-]*|of|and|for|the|&)){0,9})$")
# (the words that start a post though they may end one: "Chief Executive", "Head of Planning", "Assistant Director")
_POST_OPENERS = frozenset({"chief", "head", "assistant", "lead", "trainee", "senior", "principal", "deputy", "acting", "interim"})


# "Economic Development" / "Officer and Committee Clerk": a line opening with the head of the post the line above began
_POST_GOES_ON = re.compile(r"^(?:Officer|Manager|Director|Adviser|Advisor|Clerk|Engineer|Planner|Co-?ordinator|Administrator)\s+(?:and|&)\s")


def _whole_post(line: str) -> bool:
    """"Strategic Director of Regeneration and Development", "Democratic
    Services Officer (M Mallon)": a line that is one post, with its holder
    in brackets or not: words posts are made of, one of them a post's head."""
    words = re.sub(r"(?<!\s)\s*\([^()]{1,40}\)$", "", line.strip()).split()
    vocab = vocabulary()
    return (2 <= len(words) <= 10 and line.strip().lower() not in _POSTS_ABOVE and all(word.lower() in POST_JOINERS or is_post_word(word.lower()) for word in words)
            and any(word.lower() in vocab.post_heads for word in words) and words[0].lower() not in POST_JOINERS)


def _posts_by_line(parts: list[str]) -> list[str]:
    """"In Attendance: Strategic Director of Regeneration and Development" /
    "Scrutiny and Performance Improvement Officer" / "Democratic Services
    Officer (M Mallon)" / "Mrs Helen Stoops, DRD Planning Service": each line
    one person where every line of posts is a whole post whose next line
    does not go on with it (not "Chief Executive, Economic Development" /
    "Officer and Committee Clerk"), and each guest a title, a name, a comma
    and their body."""
    posts = [part for part in parts if _whole_post(part)]
    guests = [part for part in parts if _TITLED_COMMA_BODY.match(part.strip())]
    if len(posts) < 2 and len(guests) < 2:
        return parts
    vocab = vocabulary()
    lines: list[str] = []
    for index, part in enumerate(parts):
        guest = _TITLED_COMMA_BODY.match(part.strip()) if len(guests) >= 2 else None
        if guest and not any(title in guest.group("body").split() for title in ("Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Councillor")):
            lines.append(f"{guest.group('name')} ({guest.group('body')}),")
            continue
        following = parts[index + 1].strip().split()[:1] if index + 1 < len(parts) else []
        goes_on = bool(following) and following[0].lower() in vocab.post_heads and following[0].lower() not in _POST_OPENERS
        last_part = part.rsplit(",", 1)[-1]
        if len(posts) >= 2 and _whole_post(part) and _whole_post(last_part) and not goes_on:
            lines.append(f"{part.strip().replace(' and ', ' & ')},")  # (its "and" joins no two people)
            continue
        lines.append(part)
    return lines


def _officers_by_line(parts: list[str]) -> list[str]:
    """Lines of a list that each hold an officer, a comma and the post, as
    "Name (post)"; a line of no name's after one goes on with its post
    ("Annemargaret Black, Chief Officer – Clackmannanshire & Stirling Health & Social Care" /
    "Partnership/Integration Joint Board")."""
    if sum(1 for part in parts if _NAME_COMMA_OFFICE.match(part)) < 2 or any(_TITLED_LINE.match(part) for part in parts):
        return parts
    lines: list[str] = []
    for part in parts:
        officer = _NAME_COMMA_OFFICE.match(part)
        if officer and not re.search(r"\s(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s[A-Z]", officer.group("post")):
            name = re.sub(r"^((?!Ma?c)[A-Z][a-z]{2,})(?=[A-Z][a-z]{2,}$)", r"\1 ", officer.group("name"))  # "CarolBeattie"
            post = re.sub(r"(?<!\s)\s*\(([^()]*)\)", r", \1", officer.group("post"))  # "Chief Officer – Governance (Clerk)"
            lines.append(f"{name} ({post})")
        elif lines and lines[-1].endswith(")") and "," not in part and not _WHOLE_NAME_LINE.match(part) and not _TITLED_LINE.match(part):
            lines[-1] = f"{lines[-1][:-1]} {part.strip()})"
        elif (other := _NAME_COMMA_ANY_POST.match(part)) and _post_of_no_one(other.group("post")):
            # "Keith Rutherford, Chief Office, Social Care & Housing" among officers each a name, a comma and a post: a post
            # the words of others' do not make (a slip), and its departments, still his
            lines.append(f"{other.group('name')} ({other.group('post')})")
        else:
            lines.append(part)
    return lines


_NAME_COMMA_ANY_POST = re.compile(r"^(?P<name>[A-Z][a-z]+\s(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+),\s+(?P<post>[A-Z][\w’'/&-]*(?:,?\s(?:[A-Z][\w’'/&-]*|of|and|&|the|for)){1,10})$")
_TITLE_WORD = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?)\b")


def _post_of_no_one(post: str, head: bool = True) -> bool:
    """A post's words after an officer's name, one of them a post's head word ("Chief Office, Social Care & Housing";
    with ``head`` false a body and its schemes will do: "FCC Domestic Energy Team, Healthy Homes Healthy People & ..."),
    none of them a title or a known forename opening a part, and no part two words of no post's (not "Chief Officer,
    John Smith", another officer; not "Chair, Aoife Kelly, Padraig Murphy", members whose forenames no list knows)."""
    vocab = vocabulary()
    pieces = re.split(r",\s|\s&\s|\sand\s", post)
    return ((not head or any(word.lower() in vocab.post_heads for word in re.findall(r"[A-Za-z]+", post)))
            and not _TITLE_WORD.search(post)
            and not any(piece.split()[0] in vocab.forenames for piece in pieces)
            and not any(re.fullmatch(r"[A-Z][a-z]+\s(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+", piece)
                        and not any(is_post_word(word.lower()) for word in piece.split()) for piece in pieces))


# "Shelley Webber – FCC Domestic Energy Team, Healthy Homes Healthy People & Warm Homes Fund": a line of its own, a name, a
# dash, then the body and the schemes its holder came for, commas and all
_NAME_DASH_WHOLE_POST = re.compile(r"^(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?[A-Z][a-z]+\s(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+)\s[–—-]\s"
                                   r"(?P<post>[A-Z][\w’'/&-]*(?:,?\s(?:[A-Z][\w’'/&-]*|of|and|&|the|for)){1,14})$")


def _dashed_posts_by_line(parts: list[str]) -> list[str]:
    """Lines of a list of two or more that each hold one name, a dash and a post whose commas part no two people, as
    "Name (post)"."""
    if len(parts) < 2:
        return parts
    lines = []
    for part in parts:
        dashed = _NAME_DASH_WHOLE_POST.match(part.strip())
        post = dashed.group("post") if dashed else ""
        if dashed and ("," in post or " & " in post) and _post_of_no_one(post, head=False):
            part = f"{dashed.group('name')} ({post})"
            if lines and lines[-1].strip() and not lines[-1].rstrip().endswith((",", ";")):
                lines[-1] = f"{lines[-1].rstrip()},"  # (the line before it another entry)
        lines.append(part)
    return lines


# "Deputy Mayor Councillor A Grehan": an office, then its holder by title
_OFFICE_THEN_TITLED = re.compile(r"^(?:Deputy\s+|Lord\s+|Depute\s+)?(?:Mayor|Provost|Chair(?:man|woman|person)?|Leader)\s+(?:Cllr|Councillor|Alderman|Ald)\b")
# "E Seward – substitute for J A Wyatt": an initialled name, a dash, what the member is there as
_INITIALLED_DASH_LINE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s)?(?:[A-Z]\.?\s){1,3}(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+\s[–—-]\s\S")
# "ITEM 1/2 Welcome and Apologies": the minutes begin, the list has ended
_ITEM_LINE = re.compile(r"(?:ITEM|Item)\s+\d")
_POSTS_ABOVE = {"chair", "chairman", "chairperson", "vice-chair", "vice chair", "vice-chairman", "vice chairman", "treasurer",
                "secretary", "minute secretary", "convener", "convenor"}
# "Present: Chairman: Fraser Coates. Cllrs: Phil Hutchings, Richard Davies, ...": the members after the chair's sentence
# ("Present: Chair Councillor Virginia Minihan. Councillors John Judson, ...", "PRESENT Mayor Councillor Dobson (Town
# Ward). Councillors Holmes, Carter, ...": no colon, a titled list of names)
_PLURAL_LABEL = re.compile(r"(?<!\s)\s*(?:Cllrs|Councillors)(?:\s*:\s*[A-Z]|\s(?:[A-Z]\.?\s)*[A-Z][a-z]+\s[A-Z][\w’'-]+\s*(?:,|and\b)"
                           r"|\s[A-Z][a-z][\w’'-]*,\s[A-Z][a-z])")
# "... (Town Ward), L Harding (Tipton St John). Mitchell, Talbot, Bailey and Hall (West Hill Ward). Bartlett, Gori
# (North Ward) together with the Town Clerk": after a plural title, sentences of surnames alone (a ward after some)
_SURNAMES_SENTENCE = re.compile(r"(?<!\s)\s*(?:[A-Z]\.?\s)*[A-Z][a-z][\w’'-]*(?:\s\([^()]{1,40}\))?"
                                r"(?:(?:,\s|\sand\s)(?:[A-Z]\.?\s)*[A-Z][a-z][\w’'-]*(?:\s\([^()]{1,40}\))?)+"
                                r"(?:\s+together\s+with\s+the\s+(?:Town\s+|Parish\s+)?Clerk)?\.?\s*")
# "... COUNCILLOR M THOMPSON. The Parish Clerk Miss V Banyard and seven members of the public.": the clerk's sentence
_CLERK_SENTENCE = re.compile(r"\s*The\s+(?:Parish\s+|Town\s+)?Clerk,?\s+(?:Mrs?|Ms|Miss|Dr)\.?\s+[A-Z]"
                             # ("... Diana Mace and Roger March. Denfer Morgan – Clerk to the Council": the clerk's name, a
                             # dash, the post, after the members' full stop)
                             # (not "Minute Taker – Clerk": who took the minutes, no name)
                             r"|\s*+(?![^–—-]{0,60}\b(?:Minutes?|Taker|Taken|Present|Attendance|Apologies|Recorded|Secretary)\b)"
                             r"(?:(?:Mrs?|Ms|Miss|Dr)\.?\s)?[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+){1,2}\s[–—-]\s(?:the\s+)?"
                             r"(?:(?:Town|Parish|Community|Deputy|Assistant|Acting|Locum)\s+)?Clerk(?:\s+to\s+the\s+(?:Town\s+|Parish\s+|Community\s+)?Council)?\s*$")
# "Public/Press: There was one member of the public present and District Cllr. R. Longton.": a visitor
_VISITOR_AMONG_PUBLIC = re.compile(r"\b(?:County|District|Borough|City|Unitary)\s(?:Councillor|Cllr)\.?\s(?:[A-Z]\.\s?){0,3}[A-Z][a-z][\w’'-]*")
# ("Members of the public: Seven plus Cllr Neil Byatt (Councillor from NKDC)": counted, then a councillor named whole)
_COUNCILLOR_AMONG_PUBLIC = re.compile(r"(?:^|(?<=[,;]\s)|(?<=\sand\s)|(?<=\splus\s))(?:Cllr|Councillor)\.?\s"
                                      r"(?:(?:[A-Z]\.?\s){1,3}|[A-Z][a-z]+\s(?=(?:Mc|O[’'])?[A-Z][a-z]))?[A-Z][a-z][\w’'-]*")
# "CC M James" on a line of its own under the members: a county councillor, by the council's initials
_COUNCIL_INITIALS_LINE = re.compile(r"[A-Z]{1,3}C\s(?:[A-Z]\.?\s){1,3}(?:Mc|O[’'])?[A-Z][a-z]")
# "1 Member of the Neighbourhood Plan Working Group & 2 Members of the Public": people counted, not named
_COUNTED_LINE = re.compile(r"\d{1,3}\s+[Mm]embers?\s+of\s")
# "Rushcliffe Borough Councillor Tina Combellack" / "Colston Bassett Parish Clerk Nige Mayglothling":
# lines that each end in a forename and surname are one entry each
_ENDS_IN_NAME = re.compile(rf"(?<![\w’'-])[A-Z][a-z]+\s{SURNAME}$")
_TITLED_LINE = re.compile(r"(?:(?:County|District|Borough|City|Town|Parish|Community|Unitary)\s+)?(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|PCSO|PC|Sgt|Sergeant|Inspector)\.?\s+[A-Z]")


_TITLE_AS_LABEL = re.compile(r"^(Councillors|Cllrs)\.?\s*:\s*(\S.*)$")


_GLUED_HEAD_WORDS = {"Present", "Names", "Attendance", "Attendees", "Apologies", "Absent", "Item", "Description", "Decision",
                     "Information", "Background", "Action", "Minutes", "Name", "Role", "Status"}


def _glued_heads(text: str) -> bool:
    """"PresentNames", "In AttendanceAttendees", "ItemDescriptionBackground
    InformationDecision": a web table's column heads run together, never a
    name (a list ends there)."""
    if not re.search(r"(?<!Ma)[a-z]{2}[A-Z]", text) or not re.fullmatch(r"[A-Za-z ]{4,80}", text):
        return False
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).split()
    return any(word in _GLUED_HEAD_WORDS for word in words)


# ("... Three members of the public. Cllr T Pendleton (LCC).": another council's, by its initials in brackets)
_TITLED_NAMES_ONLY = re.compile(r"(?:Cllr|Councillor)\.?\s(?:[A-Z][\w’'-]*\s){0,2}[A-Z][\w’'-]+(?:\s\([A-Z]{2,5}\))?"
                                # ("Councillor Mrs C Billouin Councillor Mrs G Charlesworth ...": the title alone between them)
                                r"(?:(?:,\s|\s&\s|\sand\s|\s)(?:Cllr|Councillor)\.?\s(?:[A-Z][\w’'-]*\s){0,2}[A-Z][\w’'-]+(?:\s\([A-Z]{2,5}\))?){0,30}")
# "APOLOGIES: Cllrs ... (personal). PCSO K Bradley (personal).": one more person a sentence, a reason after the name
_OTHER_TITLED_SENTENCE = re.compile(r"(?:PCSO|PC|Sgt|Sergeant|Inspector|Mr|Mrs|Ms|Miss|Dr)\.?\s(?:[A-Z][\w’'.-]*\s){0,2}[A-Z][\w’'-]+"
                                    r"(?:\s\([^()]{1,30}\))?")
# "Three members of the public.": the public counted between the members and a guest, no one's name
_PUBLIC_COUNT_SENTENCE = re.compile(r"(?:\w+|\d{1,3})\s+members?\s+of\s+(?:the\s+)?public(?:\s+(?:were\s+)?present)?\.?", re.IGNORECASE)
_DITTO = re.compile(r"^[“”\"〃]\s*(?=[A-Z])")
_FIRST_TITLE = re.compile(r"(?:^|(?<=[:\s]))(Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]")


def _without_dittos(lines: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """"PRESENT:Cllr D.C. Jones (Mayor)" / "“ E.J. Breeze" / "“ Mrs R. Brunt":
    a ditto mark repeats the title of the name above it."""
    if not any(_DITTO.match(line.text.strip()) for _, line in lines):
        return lines
    result, title = [], None
    for page, line in lines:
        text = line.text.strip()
        ditto = _DITTO.match(text)
        if ditto and title:
            line = replace(line, text=f"{title} {text[ditto.end():]}")
        elif text:
            first = _FIRST_TITLE.search(text)
            title = first.group(1) if first else None
        result.append((page, line))
    return result


# "MH05/17.2: Declaration of Interest and Dispensations", "19/042 Minutes": the next minute, by its running number
# (the meeting's letters before it perhaps), ends a list
_MINUTE_OPENING = re.compile(RUNNING_MINUTE + r"\s+[A-Z]")
# "COUNCILLORS:" on a line of its own: the title of the names under it, the label of their list
_PLURAL_TITLE_LABEL = re.compile(r"(?:Councillors|COUNCILLORS|Cllrs|CLLRS)\s?:-?")
# "Barker Brash R W Cook": one row of a table of surnames, initials before a namesake's
_SURNAMES_ROW = re.compile(r"(?:(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*|[A-Z]\.?)(?:\s(?:(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*|[A-Z]\.?)){0,7}")
_GROUP_LABEL = re.compile(r"^(?:\d{1,2}\.\s+)?(?:Councillors|Others|Other\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)\s*:", re.IGNORECASE)


def attendance_blocks(lines: list[tuple[int, Line]]) -> list[tuple[int, int, Attendance]]:
    """Labelled lists: (first line, last line, record) for each name."""
    lines = _without_dittos(lines)
    found = []
    index = 0
    body_listed = False  # the members of the body that met listed as such
    while index < len(lines):
        page, line = lines[index]
        text = line.text.strip()
        chair = _CHAIR_OVER_PRESENT.match(text) or _OFFICE_OVER_PRESENT.match(text)
        if chair:
            # "Chair: Sandra Campbell-Wardman (SCW)" / "Present: Councillors: Johnson (PJ), ...": the chair, over the rest
            ahead = next((l.text.strip() for _, l in lines[index + 1:index + 3] if l.text.strip()), "")
            if (_label_match(ahead) or ("",))[0] == "present":
                for name, role in split_names(chair.group("name") or chair.groupdict().get("bare") or ""):
                    found.append((index, index, Attendance(name=name, status="present",
                                                           role=role or chair.groupdict().get("office") or "Chair", page=page)))
                index += 1
                continue
        # "Parish Clerk and RFO A M Hounsell": an officer by post, not the label "Parish Clerk".
        also = _ALSO_PRESENT_LINE.match(text)
        # "Town Clerk – Ms Ceri Anderson Assistant Town Clerk – Ms Sia Hookins": posts and holders, not the label "Town Clerk".
        labelled = (("in_attendance", text) if _UNLABELLED_OFFICER.match(text) or posts_then_names(text) else None) or (
            ("in_attendance", also.group("names")) if also else None) or _label_match(text) or _unlabelled_list(text, found)
        if labelled and not labelled[1] and _MENU_ENTRY.match(text):
            labelled = None  # "• Documents" / "• Members" / "• Attendees": a page's tabs, not a list's label
        if not labelled:
            index += 1
            continue
        first = index
        status, rest = labelled
        if (found and found[-1][2].status == "apologies" and found[-1][1] == index - 1 and _GROUP_LABEL.match(text)):
            # "Apologies for absence: Councillors: Cllrs David Ginn - holiday 2. Other Councillor absences: None 3." /
            # "Others: PCSO Amanda Higham (off duty)": the apologies' next group
            status = "apologies"
        elif _BODY_MEMBERS_LABEL.match(text):
            body_listed = True
        elif status == "present" and re.match(r"(?i:attendance|attendees|those attending)\s*:", text) and any(
                record.status == "present" for _, _, record in found):
            status = "in_attendance"  # "Present: L Morgan (Chair), ..." then "Attendance: Cllr Creswell, ...": the others there
        elif _OTHER_MEMBERS_LABEL.match(text) and body_listed:
            status = "in_attendance"  # "Members of Cabinet present: ..." then "Other Members present: ...": they attend
        elif (status == "present" and _OTHER_MEMBERS_ONLY.match(text)
              and sum(1 for _, _, record in found if record.status == "present") >= 3):
            # "Present" / "Councillor R Rodgers* in the Chair" / "Councillors: Armstrong, R Carr, ... and Young" / "Other
            # Members:" / "Councillor C Carr, Cox, ...": after the members' own list, other councillors, who attend
            # (not "Presiding: Mrs C Elattar" / "Other Members Present: ...": after the chair alone, the members)
            status = "in_attendance"
        if not rest:
            # "APOLOGIES" / "Councillors: A. Horobin, ...": a plural title under a bare label
            # is not a new list of members present, it begins this one
            ahead = next((k for k in range(index + 1, min(index + 3, len(lines))) if lines[k][1].text.strip()), None)
            titled = _TITLE_AS_LABEL.match(lines[ahead][1].text.strip()) if ahead is not None else None
            if titled:
                index, rest = ahead, f"{titled.group(1)} {titled.group(2)}"
        ahead = next((l.text.strip() for _, l in lines[index + 1:index + 3] if l.text.strip()), "")
        if (not rest and text.lower() in _OFFICERS_ALONE and not _WHOLE_NAME_LINE.match(ahead)
                and not looks_like_name_list(ahead) and not _TITLED_LINE.match(ahead)):
            # "... “ J. Whittal Williams" / "Town Clerk" / "The meeting opened with Prayers": the clerk was
            # there, named by post alone
            found.append((first, first, Attendance(name=text, status="in_attendance", page=page)))
            index += 1
            continue
        parts = [rest] if rest else []
        # whether a part so far opens on a bullet, and how many parts that was read over: parts only grow, so each
        # is read once (read again for every line, a hostile list of 3,000 lines cost 4.5 million matches)
        bulleted, bullets_read = False, 0
        index += 1
        # "Present:" / "Durham County Councillors:" / "Councillors D Bell, ..." / "Darlington Borough Councillors:" /
        # "Councillors B Jones, ..." / "Independent Standards Members:" / "Mr J Dykes": a joint body's members in groups,
        # each under who sent them
        grouped = not rest and status == "present" and index < len(lines) and bool(_MEMBERS_GROUP_LABEL.fullmatch(lines[index][1].text.strip()))
        while index < len(lines) and not also:  # "... was also in attendance." is a whole sentence
            text = lines[index][1].text.strip()
            if grouped and _MEMBERS_GROUP_LABEL.fullmatch(text):
                if parts:
                    parts[-1] = parts[-1].rstrip(" .") + ","
                index += 1
                continue
            if (parts and re.fullmatch(r"[A-Z]{2,3}", text)
                    and are_initials(text, re.sub(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s)", "", parts[-1].split(",")[0].strip()))):
                index += 1  # "Anthea Brooks, Clerk" / "AB": a table's cell of the initials the minutes use for her
                continue
            so_far = " ".join(parts)
            end_of_so_far = max(0, len(so_far) - _TAIL)
            if text and _OPEN_CELL.search(so_far, end_of_so_far):  # not a cell cut short, "Christina McDough (CM"
                # "Mr N Abrahams (Area Education" / "Officer – West Kent), ...":
                # inside an open bracket a line is never a new label.
                parts.append(text)
                index += 1
                continue
            if not parts and re.match(r"(?i:for\s+absence|of\s+absence)\s*[:–-]\s*", text):
                # "APOLOGIES" / "FOR ABSENCE: Councillors Andrew Arbuckle, ...": the label's end on the next line
                text = re.sub(r"^(?i:for\s+absence|of\s+absence)\s*[:–-]\s*", "", text)
            if not text and not parts and index - first <= 2:
                index += 1  # "b) In Attendance" / (blank) / "Rushcliffe Borough Councillor ...": a label over a paragraph's gap
                continue
            if not text and (not parts or parts[-1].isupper() or _WHOLE_NAME_LINE.match(parts[-1])):
                # A web page sets a list one name to a paragraph: a blank
                # line goes on to the next name.
                ahead = next((l.text.strip() for _, l in lines[index + 1:index + 3] if l.text.strip()), "")
                if _WHOLE_NAME_LINE.match(ahead) or ahead.lower() in vocabulary().plural_titles:
                    index += 1
                    continue
            if not text and parts and status == "present":
                # "Present: The Mayor (Councillor I. Kay) in the Chair The Deputy Mayor (...)" / "" / "Councillors Allan
                # Foster Oliver ... Trueman, D. Ball ...": the members' table under the chair's line
                ahead = next((l.text.strip() for _, l in lines[index + 1:index + 3] if l.text.strip()), "")
                # ("Stephen Coleman (Chairman) Pete McSweeney (Vice-Chairman)" / "" / "Giles Archibald Tom Harvey Susanne
                # Long ...": forenames and surnames, a table's cells run together)
                if SURNAMES_RUN_TOGETHER.match(ahead) or name_run(ahead):
                    index += 1
                    continue
            # ("• Carolina Borgstrom (Director of Economy, ...)" / "• Katie Brown (Director of Adult Services)": the next bullet)
            if (parts and _LIST_CLOSED.search(so_far, end_of_so_far) and not _WHOLE_NAME_LINE.match(text) and not _UNTITLED_PEOPLE.fullmatch(text)
                    and not looks_like_name_list(text) and not _NAME_OPENS.match(text) and not text.startswith(("(", "and ", "&"))
                    and not (text.startswith("• ") and parts[0].startswith("• "))):
                break
            if not text or _glued_heads(text) or _CAPITALS_LABEL.match(text) or _NEXT_PART.match(text) or _MINUTE_OPENING.match(text) or _ITEM_LINE.match(text) or re.match(r"\*(?=\S)", text) or _label_match(text) or _ALSO_PRESENT_LINE.match(text) or _NEXT_LABEL.match(text) or _ASIDE_LINE.match(text) or _MINUTES_TABLE_HEAD.match(text) or re.match(
                    # ("Register of Interest – None": the next heading, with nothing under it)
                    r"(?:Apologies|An apology|Present\b,|Absent\b,|In Attendance\b,|Declarations?\s+of\s+Interest|Registers?\s+of\s+Interests?\b"
                    r"|[A-Z][\w’']*(?:\s[\w’']+){0,5}\s[–:-]\s?(?:None|Nil)\.?$|There\s+(?:were|was)\b"
                    r"|(?:Commencement|Opening|Start)\s+of\s+(?:the\s+)?Meeting\b"
                    # ("In attendance: ... County Cllr R Kendrick" / "Public Forum.": the next heading, the list's blank line lost)
                    r"|(?:Public|Open)\s+(?:Forum|Participation|Session|Questions?|Question\s+Time)\b\.?$)", text) or re.search(r"\bin the chair\.?$", text, re.IGNORECASE) or (
                    parts and (_NARRATION.search(text) or _PROSE_LINE.match(text))) or (status != "in_attendance" and _UNLABELLED_OFFICER.match(text)) or (
                lines[index][1].bold and not line.bold
            ) or text.isupper() and len(text.split()) > 1 and not looks_like_name_list(text) and not _WHOLE_NAME_LINE.match(text):
                break
            # A list set in a hanging indent ("ALSO PRESENT: Councillors ..."
            # with every further line under the first name) goes on past a
            # full stop while the lines keep to the indent: officers, then
            # the auditors, each a sentence of names.
            indented = index - first >= 1 and rest and lines[index - 1][1].x0 > line.x0 + 20
            if indented and lines[index][1].x0 <= line.x0 + 2:
                break  # back at the label's margin: the hanging list has ended
            hanging = index - first >= 2 and indented and abs(lines[index][1].x0 - lines[index - 1][1].x0) < 2
            if parts and parts[-1].rstrip().endswith(".") and not looks_like_name_list(text) and not _SURNAME_THEN_INITIALS.match(text):
                # ("APOLOGIES: Councillors B Bowrah, ..., J Reed." / "Gill Croucher (Assistant Clerk)": an officer's
                # apology, a name and post on a line of its own, after the members')
                officer = status == "apologies" and _WHOLE_NAME_LINE.match(text) and "(" in text and _POST_IN_BRACKETS.search(text)
                if not hanging and not _UNTITLED_PEOPLE.fullmatch(text) and not officer:
                    break
                parts[-1] = parts[-1].rstrip()[:-1] + ","  # (or the members in capitals under the chair's line)
            elif hanging and parts and parts[-1].rstrip().endswith(")") and text[:1].isupper():
                parts[-1] = parts[-1].rstrip() + ","  # "Colin Millar (Democratic Services)" / "Suresh Patel, ..."

            bulleted = bulleted or any(_BULLET_OPENING.match(part) for part in parts[bullets_read:])
            bullets_read = len(parts)
            if bulleted and not _BULLET_OPENING.match(text):
                break  # a bulleted list ends where the bullets do
            if status == "present" and parts and _UNTITLED_INITIALLED_LIST.fullmatch(text) and len(
                    re.findall(r"(?:^|,\s)(?:Councillor|Cllr)\.?\s", " ".join(parts))) >= 5:
                # "Councillor S E Bloundele (Chair), ..., Councillor L Young" / "J Bromiley, B Carr, ... and B Roberts":
                # untitled names under the titled members' list, the officers (their label lost)
                break
            if status == "present" and len(parts) >= 3 and all(_WHOLE_NAME_LINE.match(part) for part in parts[-3:]) and (
                    _NAME_COMMA_OFFICE.match(text)):
                # "Norma Parrish" / "" / "Nigel Aurelius, Assistant Chief Executive (Resources)": after the members'
                # names, one a line, the officers with their posts (a table whose headings were lost)
                break
            if line.table and not lines[index][1].table:
                break  # a list set in a table ends with the table
            parts.append(text)
            index += 1
        if status == "public":
            # members of the public, named or counted, are not attendance; another council's councillor
            # among them attends ("Public/Press: There was one member of the public present and District
            # Cllr. R. Longton.")
            # ("Members of the Public Present: Cllr H Davies": a councillor by title, who is no member of the public)
            listed = " ".join(parts)
            for visitor in list(_VISITOR_AMONG_PUBLIC.finditer(listed)) or list(_COUNCILLOR_AMONG_PUBLIC.finditer(listed)):
                for name, role in split_names(visitor.group(0)):
                    found.append((first, index - 1, Attendance(name=name, status="in_attendance", role=role, page=page)))
            continue
        # One name per line ("Cllr Mrs B Abbott" / "Cllr Mr B Banks"): the
        # line break separates names as a comma would.
        block = ""
        post = None  # "Vice-chair" / "Jim Gardiner": a post on its own line over its holder's name
        for part in _posts_by_line(_officers_by_line(_dashed_posts_by_line(_members_by_ward(parts)))):
            if part.strip().lower() in _POSTS_ABOVE and len(parts) > 2:
                post = part.strip()
                continue
            if post and _WHOLE_NAME_LINE.match(part):
                part, post = f"{part} ({post})", None
            post = None
            part = _NAME_COMMA_POST.sub(r"\1 (\2)", part)
            # "Cartwright, Mrs. S.M. (Chairman)", "Hardman, B. / Johnson, T. (substituting for D.": surname first, then
            # the initials, one member a line (two where a substitute shares the line)
            if _SURNAME_THEN_INITIALS.fullmatch(part.split(" / ")[0]):
                part = ", ".join(_SURNAME_THEN_INITIALS.sub(r"\g<title>\g<initials> \g<surname>\g<rest>", half)
                                 for half in part.split(" / "))
            joined = block.rstrip()
            # (the block's last name, searched for in its tail: a search of the whole block, line by line, is quadratic
            # on a page of thousands of lines; a search from ``pos`` still sees the characters before it)
            tail = max(0, len(joined) - _TAIL)
            bullet = re.match(r"^[-*•]\s+", part)  # "- Trevor Smith — Secretary": one name per bullet
            part = part[bullet.end():] if bullet else part
            part = _GLUED_INITIAL.sub(r"\1 ", part)  # "HBurton" on a line of its own: an initial run into the surname
            separate = joined and (bullet or looks_like_name_list(part) or _POST_START.match(part) or _POST_DASH_START.match(part)
                                   or _UNLABELLED_OFFICER.match(part) or _WHOLE_NAME_LINE.match(part) or _TITLED_LINE.match(part)
                                   # ("Councillors J Hunt, ..., J Lloyd" / "Kathryn Hemensley (Town Clerk),": a name and post
                                   # a line, its comma the list's going on)
                                   or _WHOLE_NAME_LINE.match(part.rstrip(",")) and "(" in part and _ENDS_IN_A_NAME.search(joined, tail)
                                   or initialled_run(part) or _ENDS_IN_NAME.search(joined, tail) and _ENDS_IN_NAME.search(part)
                                   or _COUNTED_LINE.match(part) or _COUNCIL_INITIALS_LINE.match(part) or _INITIALLED_DASH_LINE.match(part) or _OFFICE_THEN_TITLED.match(part)
                                   or FORENAME_SURNAME.fullmatch(joined) and _FORENAME_SURNAME_OPENS.match(part)) and not _OPEN_END.search(
                joined, tail) and joined.count("(") <= joined.count(")") and not _POST_GOES_ON.match(part)  # ("... (substituting for D." / "Foley)")
            block = f"{joined}, {part}" if separate else f"{joined} {part}".strip()
        if _PLURAL_TITLE_LABEL.fullmatch(lines[first][1].text.strip()) and len(parts) >= 3 and all(
                _SURNAMES_ROW.fullmatch(part) for part in parts):
            # "COUNCILLORS:" / "Akers-Belcher Allison Atkinson" / "Barker Brash R W Cook" / ...: a table of surnames in
            # columns under the plural title, read row by row; a row's end is no name's ("R W" opens "Cook")
            block = f"Councillors {' '.join(parts)}"
        if status == "apologies":
            # "Hazel Bushell and Councillor Alistair MacKinnon. Councillor Graham Mackenzie by email at 19.20": one more
            # apology after the list's full stop, with how it came
            block = _APOLOGY_BY_MESSAGE.sub(r", \1", block)
        if re.match(r"(?:none|nil)\b", block, re.IGNORECASE):
            continue  # "Police: None Minutes of August 2020 ...": nobody, then the flattened minutes
        block = surnames_run_together(block)  # (before a namesake's "Smith. D" reads as a sentence's end)
        start = _surname_first(block)
        if start is not None:  # "ADDENBROOKE, Sarah LIGHTFOOT, Warwick ..." (two columns run together)
            chair = [block[:start].strip()] if block[:start].strip() else []
            block = ", ".join(chair + [f"{m.group(2)} {m.group(1).title()}" for m in _SURNAME_FIRST.finditer(block, start)])
        # "• John W Mundell, Interim Chief Executive. • Gavin Barr, Executive Director of
        # Development and Infrastructure (for Items 1 to 23). • ...": one person a bullet, run on
        entries = [entry.strip(" .") for entry in _BULLET.split(block) if entry.strip(" .")] if _BULLET.search(block) else []
        if len(entries) >= 2:
            for entry in entries:
                name, _, post = entry.partition(", ")
                if len(name.split()) <= 6 and not _NOT_A_NAME.search(name):
                    found.append((first, index - 1, Attendance(name=name, status=status, role=post or None, page=page)))
            continue
        block = block.lstrip("•· ")
        shouted = _SENTENCE_END.split(block, maxsplit=1)
        if re.search(r"[A-Z]{3}", shouted[0]) and not re.search(r"[a-z]", shouted[0]):
            # "A. CARTER MS T. DAVIES MRS S.M.PENRY": names in capitals, read as names are written
            # ("... N WOOD AND THE WARD MEMBER COUNCILLOR M THOMPSON. The Parish Clerk ...": the list's sentence)
            block = re.sub(r"\b([A-Z])([A-Z’'-]+)\b",
                           lambda m: m.group(0).lower() if m.group(0) in ("AND", "THE", "OF") else m.group(1) + m.group(2).lower(),
                           shouted[0]) + block[len(shouted[0]):]
            # "IN ATTENDANCE: KATHRYN CHARLES SARA WHARMBY": four untitled words between
            # separators, in a list printed in capitals, are two people's forename and surname
            block = _TWO_PLAIN_NAMES.sub(r"\1, \2", block)
        # "The Worshipful the Mayor (Councillor Mrs. J. Lloyd), in the Chair.
        # J. Coupe M. Cordingley ...": who chaired, then the members.
        block = _IN_THE_CHAIR.sub(lambda m: "" if m.group("more") is None and m.group("office") is None else ", ", block)
        # A sentence after the list ("Under item 4(v) ...") is not a name; nor one whose full
        # stop was lost ("... Neil Snowden, NCC Officer Gave a presentation on ...").
        # ("..., Cllr Nick Tither. Cllr Carolyn Sandford & Cllr Margaret Atkinson.": a sentence of titled names
        # alone goes on with the list)
        # ("Apologies: Sally Dowden Joyce Simpson ADMINLG L:\_CNPA Board\Board Minutes\...doc 15/12/03 1 Welcome ...": a
        # word processor's footer, the file's path, after the list)
        block = _FILE_PATH_FOOTER.split(block, maxsplit=1)[0]
        if status != "apologies":
            # ("In attendance: Mrs. E. Hare (Town Clerk) Part meeting: 8 members of the public Apologies for absence were
            # received from Cllrs. N. Austin, ...": the apologies' sentence after the list, without a stop)
            block = _APOLOGIES_SENTENCE_AFTER.split(block, maxsplit=1)[0]
        sentences = _SENTENCE_END.split(block)
        # ("... S. Younger. I Duncan & D. Gilbert.  Fife Councillors, F.  Melville & D. Morrison.": a sentence of another
        # council's councillors after the members present, who attend)
        # ("Apologies: Mrs. B.Lawrie . Fife Councillors. B. Thomson & K. McCartney": in the apologies, theirs)
        visiting = [match for more in sentences[1:] if status in ("present", "apologies")
                    and (match := _OTHER_COUNCILS_SENTENCE.fullmatch(more.strip()))]
        # ("... COUNCILLOR M THOMPSON. The Parish Clerk Miss V Banyard and seven members of the public.": the clerk's)
        kept = [sentences[0]] + list(itertools.takewhile(
            # ("Present Helen Blyde. Adrian Snowball. Ian McIntyre, Cllr. Elizabeth Riches and 7 members of the public":
            # a forename and surname a sentence)
            lambda more: _TITLED_NAMES_ONLY.fullmatch(more.strip()) or _OTHER_TITLED_SENTENCE.fullmatch(more.strip()) or _CLERK_SENTENCE.match(more) or _PLURAL_LABEL.match(more)
            or FORENAME_SURNAME.fullmatch(more.strip()) and FORENAME_SURNAME.fullmatch(sentences[0].strip())
            or _PLURAL_LABEL.search(sentences[0] + " " + " ".join(sentences[1:2])) and _SURNAMES_SENTENCE.fullmatch(more),
            [more for more in sentences[1:] if not _PUBLIC_COUNT_SENTENCE.fullmatch(more.strip())]))
        block = _VERB_AFTER_NAME.split(", ".join(part.strip() for part in kept))[0]
        # "... County Cllr A Tudor The Town Clerk and ... were in attendance":
        # a flattened page lost the full stop; "The" after a name starts a sentence.
        # (not "His Worshipful The Mayor", nor "... in the Chair The Deputy Mayor (Councillor R. Heron)": an office and
        # its holder in brackets, the next entry)
        block = re.split(r"(?<=[a-z])(?<!Worshipful)\s+(?=The\s+[A-Z])"
                         r"(?!The\s+(?:Deputy\s+|Vice[- ]|Lord\s+)?(?:Mayor|Chair(?:man|woman)?|Leader|Provost)\s+\()", block)[0]
        # "Cllr. Martin Storey - NCC Item 16/05/1 i) ii) 16/05/2 ...": a
        # detached column of minute numbers is not part of the list.
        block = _before_minute_numbers(block)
        # "Katrina Baker, Clerk 3 Members of the public Cllr S Burrell, TWC Ward Member": the
        # public counted between two people
        # (a semicolon: the count stood where an entry's line ended, so the name before it ends its entry, "...
        # Jayne Greenaway One member of the public K Ewence (Clerk)", not a name then its post)
        block = _PUBLIC_COUNTED_BETWEEN.sub("; ", block)
        block = _ITEMS_NOTE.sub(",", block)
        block = _DURATION_NOTE.sub("", block)
        block = _TIME_NOTE.sub("", block)
        block = _BRACKETED_ITEMS_NOTE.sub("", block)
        block = _names_only(block)
        with_reasons = _names_before_reasons(block) if status == "apologies" else []
        if with_reasons:
            block = ", ".join(with_reasons)
        # "PCSO Sharon Diamond who reported that ...": the sentence is not the name.
        block = _before_clause(block)
        if status == "apologies" and _LATE.search(block):
            # "RLE Waters DJ Lee [for lateness]": the one late is no apology; "Apologies: District Cllr L
            # Haysey advised she would be late." is none at all
            block = _LATE_NOTE.sub("", block) if _LATE_NOTE.search(block) else ""
            if not block.strip() or _LATE.search(block):
                continue
        if re.match(r"(?:an?\s+)?apolog|there\s+were\s+no\b|no\s+apolog", block, re.IGNORECASE) or re.search(
                r"\b(?:reported|received|were|was|had|gave|sent|noted|tendered)\b", block[:80]):
            continue  # a sentence, read by the apologies-sentence finder
        plural = _PLURAL_LABEL_OVER_UNTITLED.match(block) if status == "present" else None
        if plural:
            entries = [entry.strip() for entry in block[plural.end():].split(", ")]
            tail = len(entries) - next((n for n, entry in enumerate(entries) if _OWN_COUNCILLOR_ENTRY.match(entry)), len(entries))
            if (1 <= tail <= 3 and len(entries) - tail >= 3 and all(_OWN_COUNCILLOR_ENTRY.match(entry) for entry in entries[-tail:])
                    and not any(re.match(r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b", entry) for entry in entries[:-tail])):
                # "Councillors: David Richmond (DR) (Chair), ..., Francois Van der Zee (FZ), Councillor Jane Maitland (JM)":
                # the label's title is the community councillors' own; the one titled again at the end is the council
                # proper's ward councillor (kept titled, for the reading of councillors after untitled members)
                block = block[plural.end():]
        # "Roselyn Fraser – Community Involvement & Michael Duncan – External Funding Officer ...": "&" before a known
        # forename, a surname and a dash opens the next person with their post, not more words of the first's post
        block = _AND_NEXT_NAME_DASH.sub(lambda m: ", " if m.group("forename") in vocabulary().forenames else m.group(0), block)
        pairs = _posts_kept_whole(split_names(_without_reasons(block) if status == "apologies" else block))
        if status == "in_attendance" and any(_no_post(name) for name, _ in pairs):
            # ("... Head of Democracy" / "Governance Communications" / ...: read name by name, a run of posts leaves
            # pieces that are no post)
            pairs = _run_together_posts(block) or pairs
        for name, role in pairs:
            # "Councillor M Champion from point mentioned", "Cllr A Smith from item 5": when a member came, no part of the name
            name = _FROM_NOTE.sub("", name)
            if len(name.split()) > 8 or _NOT_A_NAME.search(name):
                continue
            # "In attendance – Cllr George Swapp and  George Carr temp. secretary and representing Dunnottar Woods": a
            # post in lower case after a name is the post, and a part that opens in lower case is nobody
            if _LOWER_OPENING.match(name):
                continue
            posted = _NAME_THEN_LOWER_POST.match(name)
            if posted:
                name, role = posted.group("name"), role or posted.group("post")
            # "In attendance: Mrs Kate Hughes (Clerk), and Parish Footpath Officers Declan Williams and Elizabeth Malcolm": the
            # post before the first holder's forename and surname is not part of the name
            posted = _POST_BEFORE_NAME.match(name)
            if posted:
                name, role = posted.group("name"), role or posted.group("post")
            found.append((first, index - 1, Attendance(name=name, status=status, role=role, page=page)))
        for match in visiting:
            for name, _ in split_names(match.group("names")):
                found.append((first, index - 1, Attendance(name=name, status="in_attendance" if status == "present" else status,
                                                           role=f"{match.group('place')} Councillor", page=page)))
    _apologies_column_by_the_minute(lines, found)
    return found


_AND_NEXT_NAME_DASH = re.compile(r"(?<=[a-z])\s&\s(?=(?P<forename>[A-Z][a-z]+)\s(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*\s[–—-]\s)")


# "Officers: Managing Director Head of Democracy and Governance Communications and Engagement Section Head Town Centre
# Manager (for minute numbers 20 to 31) Democratic Services Manager ...": officers by post alone, run together
_POST_TOKEN = re.compile(r"[A-Z][\w’'&/-]*|and|of|for|the|&|\([^()]{1,60}\)")
_PERSON_MARK = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?)\b|\b[A-Z]\b\.?")
_BRACKETED = re.compile(r"\([^()]*\)")
_CAPITALISED_WORDS = re.compile(r"(?:[A-Z][a-z]+\s)+[A-Z][a-z]+")


def _no_post(name: str) -> bool:
    """"Governance Communications": capitalised words none of which a post ends on, and no "of"."""
    return bool(_CAPITALISED_WORDS.fullmatch(name)) and not any(word.lower() in vocabulary().post_heads for word in name.split())


#: Posts a run-together list needs before it is read post by post.
RUN_TOGETHER_POSTS = 3


def _run_together_posts(block: str) -> Optional[list[tuple[str, Optional[str]]]]:
    """(post, note) for each officer of a list that names officers by post
    alone with nothing between the posts: a post ends on a word posts end on
    ("Director", "Manager", "Head"), or after "Head of" / "Director of" and
    the one or two words it is of ("Democracy and Governance"); words that
    make no post join the one before.  None where the block is no such run
    (a comma, a title, an initial, a word in lower case)."""
    block = block.strip(" .")
    bare = _BRACKETED.sub("", block)
    if re.search(r"[,;:]", bare) or _PERSON_MARK.search(bare):
        return None
    tokens = _POST_TOKEN.findall(block)
    if "".join(tokens).replace(" ", "") != block.replace(" ", ""):
        return None
    heads = vocabulary().post_heads
    if sum(1 for token in tokens if token.lower() in heads) < RUN_TOGETHER_POSTS:
        return None

    def word_after(k: int) -> Optional[str]:  # the next word, past a bracketed note
        while k < len(tokens) and tokens[k].startswith("("):
            k += 1
        return tokens[k] if k < len(tokens) else None

    posts: list[list[str]] = []
    current: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        current.append(token)
        index += 1
        if token.startswith("(") or token.lower() not in heads:
            continue
        following = word_after(index)
        if following == "of":
            # "Head of Democracy and Governance": the one or two words it is of, then the post ends
            current.append(tokens[index])
            index += 1
            if index < len(tokens) and tokens[index][:1].isupper():
                current.append(tokens[index])
                index += 1
                if index + 1 < len(tokens) and tokens[index] in ("and", "&") and tokens[index + 1][:1].isupper():
                    current += tokens[index:index + 2]
                    index += 2
        elif following is not None and (following in POST_JOINERS or following.lower() in heads and word_after(index + 1) != "of"):
            continue  # "Chief Executive", "Officer and ...": the post goes on
        while index < len(tokens) and tokens[index].startswith("("):
            current.append(tokens[index])
            index += 1
        posts.append(current)
        current = []
    if current:
        if posts and not any(token.lower() in heads for token in current):
            posts[-1] += current  # ("... Director of Place and Regeneration" / "Services": no post of its own)
        else:
            posts.append(current)
    if len(posts) < RUN_TOGETHER_POSTS:
        return None
    found = []
    for post in posts:
        words = [token for token in post if not token.startswith("(")]
        notes = [token.strip("()") for token in post if token.startswith("(")]
        found.append((" ".join(words), "; ".join(notes) or None))
    return found



# "... M Lithgow, J Lloyd", "... Jane Smith": a list's last entry, a name (not the title "Councillor" over the names)
_ENDS_IN_A_NAME = re.compile(r"(?:\b[A-Z]\.?|[A-Z][a-z]+)\s(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*$")
# ("representing Dunnottar Woods": what the one before does there; not "the locum Clerk", a post)
_LOWER_OPENING = re.compile(r"[a-z]{2,}ing\s")
_NAME_THEN_LOWER_POST = re.compile(rf"^(?P<name>(?:[A-Z][\w’'.-]*\s){{1,4}}[A-Z][a-z][\w’'-]*)\s(?P<post>(?!{SURNAME_PARTICLE})[a-z]{{3,}}\.?(?:\s[a-z]+\.?){{0,3}})$")
_FROM_NOTE = re.compile(r"(?<=[a-z])\s+from\s+(?:point|item|minute|\d{1,2}[.:]\d{2}\s?[ap]m|\d{1,2}\s?[ap]m)(?:\s+[a-z\d][\w.]*){0,2}$")
_POST_BEFORE_NAME = re.compile(r"^(?P<post>(?:[A-Z][a-z]+\s){1,3}(?:Officers?|Wardens?|Stewards?|Representatives?|Managers?|Co-?ordinators?))\s"
                               r"(?P<name>[A-Z][a-z]+\s(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)$")
_POST_IN_BRACKETS = re.compile(r"\((?:[A-Z][a-z]+\s){0,3}(?:Clerk|Officer|Manager|Secretary|Treasurer|RFO)\)$")
_BULLET_OPENING = re.compile(r"^[-*•]\s")
# What is read at the end of a list so far is read in its last _TAIL characters only: each line of a list was
# otherwise a search of the whole list before it (a hostile list of 3,000 lines: quadratic, seconds)
_TAIL = 300
_OPEN_CELL = re.compile(r"\([^()]{6,}$")  # "Christina McDough (CM": a cell cut short
_OPEN_END = re.compile(r"(?:[,;&(]|\band)$")
_PLURAL_LABEL_OVER_UNTITLED = re.compile(r"^(?:Councillors|Cllrs)\.?\s?:\s*(?=[A-Z][a-z])")
_OWN_COUNCILLOR_ENTRY = re.compile(r"^(?:Councillor|Cllr)\.?\s[A-Z]")


# "Fife Councillors, F.  Melville & D. Morrison": another council's (a place's) councillors, each by initial and surname
_OTHER_COUNCILS_SENTENCE = re.compile(
    r"(?P<place>(?!(?:Parish|Town|Community|City|Other|All|The|Fellow|Co-opted|Elected|Present|Absent|New|Newly|Youth|Associate|Honorary|Former|Retiring|Independent|Ward|Local|Visiting|Both|Two|Three)\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"\s+Councillors[,.]?\s+(?P<names>(?:[A-Z]\.?\s{1,2}){1,3}[A-Z][\w’'-]+(?:(?:,\s|\s(?:and|&)\s)(?:[A-Z]\.?\s{1,2}){1,3}[A-Z][\w’'-]+){0,10})\.?")


_PRESENT_APOLOGIES_HEADS = re.compile(r"^PRESENT\s+(?P<head>[A-Z]{6,})\s")


def _apologies_column_by_the_minute(lines: list[tuple[int, Line]], found: list[tuple[int, int, Attendance]]) -> None:
    """"PRESENT APOLOGIES Cllr J Carroll (Mayor) Cllr A Roberts Cllr K Bance ..." / ... / "Apologies were received from
    Cllr Roberts": a table's two columns, heads and rows run together, the apologies' column among those present; the
    minute of apologies says whose (by surname), and that member gave apologies."""
    merged = {index for index, (_, line) in enumerate(lines) if (heads := _PRESENT_APOLOGIES_HEADS.match(line.text.strip()))
              and OSA.distance(heads.group("head"), "APOLOGIES") <= 1}
    if not merged:
        return
    surnames = [re.sub(r"^(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)", "", name).strip()
                for _, line in lines for sentence in _APOLOGIES_SENTENCE.finditer(line.text)
                for name, _ in split_names(_RUN_ON.split(sentence.group("names"))[0])]
    for first, _, record in found:
        if first in merged and record.status == "present" and record.name.split()[-1] in surnames and sum(
                1 for f, _, other in found if f == first and other.status == "present"
                and other.name.split()[-1] == record.name.split()[-1]) == 1:
            record.status = "apologies"


_POST_OPENING = re.compile(r"(?:(?:Acting|Interim|Deputy|Assistant|Senior|Principal|Chief|Executive|Corporate|Strategic)\s+)*"
                           r"(?:Chief|Director|Head|Manager|Officer|Clerk|Solicitor|Treasurer|Secretary|Leader)\b"
                           r"|.*\b(?:Officer|Manager|Clerk|Solicitor|Accountant|Adviser|Advisor|Engineer|Planner)$")


def _posts_kept_whole(pairs: list[tuple[str, Optional[str]]]) -> list[tuple[str, Optional[str]]]:
    """"In attendance: Chief Executive, Director of Resources, Head of Legal
    and Democratic Services.": officers named by their posts alone, where an
    "and" inside a post (not a post of its own) joins no two people."""
    if len(pairs) < 3 or any(role for _, role in pairs) or not all(
            _POST_OPENING.match(name) or not re.search(r"\b[A-Z]\.?\s|\b(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b", name)
            for name, _ in pairs) or sum(1 for name, _ in pairs if _POST_OPENING.match(name)) < len(pairs) - 1:
        return pairs
    joined: list[tuple[str, Optional[str]]] = []
    for name, role in pairs:
        if joined and not _POST_OPENING.match(name) and re.search(r"\bof\s+\w+$", joined[-1][0]):
            joined[-1] = (f"{joined[-1][0]} and {name}", None)
        else:
            joined.append((name, role))
    return joined


# An attendance register: each name followed by a code, and the key
# printed after it ("P = present, A = apology, N = non-attendance").
_REGISTER_KEY = re.compile(
    r"\b(?P<code>[A-Z]{1,2})\s*=\s*(?P<meaning>present|apolog(?:y|ies)|absent|non[- ]attendance|not present)\b",
    re.IGNORECASE)
_REGISTER_ENTRY = re.compile(
    r"(?P<name>(?:(?:County|Borough|District|Town|Parish)\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+"
    r"(?:[A-Z]{1,3}\.?\s+){0,3}[A-Z][\w’'-]+)(?P<role>\s*\([^()]{1,40}\))?\s+(?P<code>[A-Z]{1,2})\b")


# "Councillor J Abbott Yes Councillor Mrs J Pell Yes ... Councillor R Ramage Apologies": an attendance register's
# table, each member's name then the word for whether they came (ModernGov's "Attendance details" too: "Councillor
# A Smith Present", "... Apologies", "... Absent")
# (each entry's role in brackets and its word, after the name: one tail for the titled and the untitled registers)
_REGISTER_TAIL = (r"(?P<role>\s\([^()]{1,40}\))?"
                  r"\s(?P<word>Yes|No|Present|Not\s+[Pp]resent|Apologies|Apols|Absent|Attended|Did\s+not\s+attend)(?![\w’'-])")
_REGISTER_WORD_ENTRY = re.compile(
    r"(?<![\w’'-])(?P<name>(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?(?:\s(?:Mrs|Mr|Ms|Miss|Dr)\.?)?"
    rf"(?:\s(?!Not\b)(?:[A-Z][\w’'.-]*|{SURNAME_PARTICLE})){{1,4}}?)" + _REGISTER_TAIL)
_TITLE_IN_UNTITLED = re.compile(r"\b(?:(?:County|District|Borough|City)\s+)?(?:Cllr|Councillor)\b")
_UNTITLED_REGISTER_HEAD = re.compile(r"\b(?:Councillors?|Members?|Name)\s+Attendance\b")
_UNTITLED_REGISTER_ENTRY = re.compile(r"(?<![\w’'-])(?P<name>(?!Not\b)[A-Z][\w’'-]+(?:\s(?!Not\b)[A-Z][\w’'-]+){1,4}?)" + _REGISTER_TAIL)
_REGISTER_WORDS = {"not present": "absent", "yes": "present", "present": "present", "attended": "present", "apologies": "apologies",
                   "apols": "apologies", "no": "absent", "absent": "absent", "did not attend": "absent"}
#: Entries a register needs before its words are read as statuses (one "Cllr Smith Present" is a sentence's words).
REGISTER_ENTRIES = 5


def register_words(text: str) -> list[tuple[int, int, Attendance]]:
    """(start, end, record) for each member of an attendance register set
    out as names each followed by its word, read only where at least
    ``REGISTER_ENTRIES`` of them stand together; the words' own statuses,
    whatever label stands over the table."""
    entries = list(_REGISTER_WORD_ENTRY.finditer(text))
    untitled = False
    head = _UNTITLED_REGISTER_HEAD.search(text[:3000]) if len(entries) < REGISTER_ENTRIES else None
    if head:
        # "Village Councillor Attendance Catbrook Guy Bowden Present Catbrook Andy Pullan Present Bob Dagger (Chair)
        # Present ...": a table of untitled names under its heads, each with its ward's name before it
        entries, untitled = list(_UNTITLED_REGISTER_ENTRY.finditer(text[:6000], head.end())), True
    if len(entries) < REGISTER_ENTRIES:
        return []
    # the entries must follow one another (only spaces between), not be scattered through the minutes
    runs, run = [], [entries[0]]
    for previous, entry in zip(entries, entries[1:]):
        if text[previous.end():entry.start()].strip():
            runs.append(run)
            run = []
        run.append(entry)
    runs.append(run)
    longest = max(runs, key=len)
    if len(longest) < REGISTER_ENTRIES:
        return []
    found = []
    for entry in longest:
        status = _REGISTER_WORDS[re.sub(r"\s+", " ", entry.group("word").lower())]
        name = entry.group("name")
        titled = _TITLE_IN_UNTITLED.search(name) if untitled else None
        if titled:
            # "MCC County Cllr Debby Blakebrough Present" among untitled members: another council's councillor, attending
            name, status = name[titled.start():], "in_attendance" if status == "present" else status
        elif untitled:
            name = _without_place(name)
        found.append((entry.start(), entry.end(),
                      Attendance(name=name, status=status, role=entry.group("role").strip(" ()") if entry.group("role") else None)))
    return found


def _without_place(name: str) -> str:
    """"Catbrook Guy Bowden" -> "Guy Bowden": the ward before a member's
    name in a register, up to the first forename the vocabulary knows (or
    the last two words, where it knows none)."""
    words = name.split()
    known = next((k for k, word in enumerate(words[:-1]) if word in vocabulary().forenames), None)
    return " ".join(words[known:] if known is not None else words[-2:])


# "* – Attendance; A- Absent; N – No Apologies Received": a register's key, each mark (a star or a capital or two)
# with what it means, over a list whose every line ends with its mark ("Cllr T. Lang *", "Cllr Mrs C. Bricknell A")
_KEYED_MARK = re.compile(
    r"(?<![\w*])(?P<code>[A-Z]{1,2}|\*|✓|√|✔)\s{0,3}(?:=|[–—-]|:)\s{0,3}(?P<meaning>present|(?:in\s)?attendance|attended|"
    r"no\sapolog(?:y|ies)(?:\sreceived)?|apolog(?:y|ies)(?:\s(?:received|given|sent))?|absent|non[- ]attendance|not\spresent)\b",
    re.IGNORECASE)
# "Also in attendance:" over the register's second part: its people attend, they are not members
_ATTENDING_HEADING = re.compile(r"^(?:also\s)?(?:in\sattendance|attending|present|officers(?:\spresent)?)\s?:?$", re.IGNORECASE)
#: Lines a keyed register needs before its marks are read (one "Smith A" is no register).
KEYED_ENTRIES = 4


def keyed_register(lines: list[tuple[int, Line]]) -> tuple[list[int], list[tuple[int, Attendance]]]:
    """A register keyed above its list, one person a line, each line ending
    with the key's mark: (the lines it stands on, [(line, record)]). The
    lines after a heading such as "Also in attendance:" are people who
    attend; those marked absent there were never expected, so they are not
    recorded."""
    for at, (_, line) in enumerate(lines[:40]):
        marks = list(_KEYED_MARK.finditer(line.text))
        if len(marks) < 2:
            continue
        keys = {mark.group("code"): _register_status(mark.group("meaning")) for mark in marks}
        entry = re.compile(r"^(?P<body>[A-Z(].{2,80}?)\s(?P<code>" + "|".join(re.escape(code) for code in keys) + r")$")
        used, found, attending = [at], [], False
        for index in range(at + 1, min(len(lines), at + 60)):
            text = lines[index][1].text.strip()
            matched = entry.match(text)
            if matched:
                used.append(index)
                status = keys[matched.group("code")]
                if attending:
                    if status != "present":
                        continue
                    status = "in_attendance"
                name, role = _name_and_post(matched.group("body"))
                if name:
                    found.append((index, Attendance(name=name, status=status, role=role)))
            elif _ATTENDING_HEADING.match(text):
                used.append(index)
                attending = attending or not re.match(r"present", text, re.IGNORECASE)
            elif text:
                break
        if len(found) >= KEYED_ENTRIES:
            return used, found
    return [], []


# "Membership Persons absent are marked with `A’ COUNCILLORS Carol Pepper (Chairman) ... A Bob Cross ... 1 OFFICERS IN
# ATTENDANCE ...": the membership, those absent marked, the key before it
_ABSENT_MARK_KEY = re.compile(r"\b(?:persons|members|those|councillors)\s+(?:absent|not\s+present)\s+(?:are|were)\s+(?:marked|shown|indicated|denoted)"
                              r"\s+(?:with|by|as)\s+[`'‘\"]?(?P<mark>[A-Z]{1,2})[’'\"]?", re.IGNORECASE)
_MEMBERSHIP_LABEL = re.compile(r"\s*(?:COUNCILLORS|Councillors|MEMBERS|Members)\s*:?\s+")
_OFFICERS_AFTER = re.compile(r"\s(?:\d{1,3}\s)?(?:OFFICERS|Officers)\s(?:IN\sATTENDANCE|in\sattendance|PRESENT|present)\s*:?\s+")
_MEMBERSHIP_END = re.compile(r"\s(?:\d{1,3}\s)?(?:OFFICERS|Officers|ALSO|Also|IN\sATTENDANCE|In\sattendance|APOLOGIES|Apologies)\b")


def absent_marked_register(text: str) -> list[tuple[int, int, Attendance]]:
    """(start, end, record) for each member of a membership list whose key
    says how the absent are marked: the marked absent, the others present."""
    key = _ABSENT_MARK_KEY.search(text)
    if not key:
        return []
    start = key.end()
    label = _MEMBERSHIP_LABEL.match(text, start)
    start = label.end() if label else start
    end = _MEMBERSHIP_END.search(text, start, start + 4000)
    run = text[start:end.start() if end else min(len(text), start + 4000)]
    found = [(start, start + len(run), Attendance(name=name, status="absent" if mark else "present", role=role))
             for name, role, mark in name_run(run, marks=(key.group("mark"),))]
    officers = _OFFICERS_AFTER.match(text, end.start()) if found and end else None
    if officers:
        # "... Jason Zadrozny 1 OFFICERS IN ATTENDANCE Mick Burrows (Chief Executive) Steve Bradley (Children, ...) ...":
        # the officers after the members, each with their department
        following = text[officers.end():officers.end() + 4000]
        found += [(officers.end(), officers.end() + len(following), Attendance(name=name, status="in_attendance", role=role))
                  for name, role, _ in name_run(following, partial=True) if role]
    return found


def _name_and_post(body: str) -> tuple[Optional[str], Optional[str]]:
    """"Cllr. M. Fice – Mayor (in the Chair)" -> ("Cllr. M. Fice", "Mayor
    (in the Chair)"); "Kristen Bound Kingsbridge Gazette" -> ("Kristen
    Bound", "Kingsbridge Gazette")."""
    post = None
    dashed = re.match(r"(.+?)\s[–—-]\s(.+)$", body)
    if dashed:
        body, post = dashed.groups()
    parts = split_names(body)
    if not parts:
        return None, None
    (name, role), rest = parts[0], [n for n, _ in parts[1:]]
    return name, post or role or (" ".join(rest) if rest else None)


def _register_status(meaning: str) -> str:
    """A register key's meaning as a status ("P = present", "* – Attendance", "N – No Apologies Received")."""
    meaning = meaning.lower()
    if meaning.startswith("apolog"):
        return "apologies"
    # (absent, non-attendance, not present, no apologies received: absent)
    return "present" if re.match(r"(?:in\s)?attendance|attended|present", meaning) else "absent"


def _register(doc: Doc, spans: FactSpans) -> None:
    """Names marked with the register's codes, read only where the key is
    printed, so a stray capital letter after a name is never a status."""
    flat = doc_text(doc)
    keys = {m.group("code"): _register_status(m.group("meaning")) for m in _REGISTER_KEY.finditer(flat)}
    if len(keys) < 2:
        return
    page_of = page_lookup(doc_lines(doc))
    for match in _REGISTER_ENTRY.finditer(flat):
        status = keys.get(match.group("code"))
        if status:
            role = match.group("role").strip(" ()") if match.group("role") else None
            name = match.group("name")
            visiting = re.match(r"^((?:County|Borough|District|Town|Parish)\s+(?:Councillor|Cllr))\s+(.+)$", name)
            if visiting:
                name, role = visiting.group(2), role or visiting.group(1)
            spans.add(char_span(doc, match.start(), match.end(), status),
                      Attendance(name=name, status=status, role=role, page=page_of(match.start())))


# "Councillors: * Mrs J Clarke * K Morris * J Copley Mrs a Preedy H Davies * D Raw ... *Denotes Member present": the
# membership, each member there starred, the key after it
_STAR_KEY = re.compile(r"\*\s*(?:denotes|indicates|=)\s+(?:(?:a\s+)?members?\s+|councillors?\s+|those\s+)?(?:present|in\s+attendance|attending|attendance)\b",
                       re.IGNORECASE)
_STARRED_ENTRY = re.compile(r"(?<![\w*])\*\s?(?P<name>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.?\s){0,3}"
                            r"(?:Mc|O[’'])?[A-Z][a-z][\w’'-]*)")


_APOLOGY_MARK_KEY = re.compile(r"Ø\s*(?:denotes|indicates|=)\s+apolog", re.IGNORECASE)
_APOLOGY_MARKED_ENTRY = re.compile(r"Ø\s?(?P<name>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.?\s){0,3}(?:Mc|O[’'])?[A-Z][a-z][\w’'-]*)")


def _starred(doc: Doc, spans: FactSpans) -> None:
    """The members marked present with a star, read only where the key
    saying so is printed (a footnote's star marks nothing else), from the
    list just before it."""
    flat = doc_text(doc)
    key = _STAR_KEY.search(flat)
    if not key:
        return
    page_of = page_lookup(doc_lines(doc))
    start = max(0, key.start() - 2000)
    entries = list(_STARRED_ENTRY.finditer(flat, start, key.start()))
    if not entries:
        # "Members in attendance" / "* Denotes attendance" / "Ø Denotes apology for absence" / "* Cllr L Daniel – The
        # Mayor" / "*" / "Cllr K Ball" ...: the key over the list
        entries = list(_STARRED_ENTRY.finditer(flat, key.end(), key.end() + 3000))
        apology = _APOLOGY_MARK_KEY.search(flat, key.end(), key.end() + 200)
        if apology:
            for match in _APOLOGY_MARKED_ENTRY.finditer(flat, apology.end(), apology.end() + 3000):
                spans.add(char_span(doc, match.start(), match.end(), "apologies"),
                          Attendance(name=match.group("name"), status="apologies", page=page_of(match.start())))
    for match in entries:
        spans.add(char_span(doc, match.start(), match.end(), "present"),
                  Attendance(name=match.group("name"), status="present", page=page_of(match.start())))


_OFFICER_FIRST = re.compile(r"(?:(?:Parish|Town|Deputy|Assistant)\s+)?(?:Clerk|RFO)\s+(?:[A-Z]\.?\s?){1,3}[A-Z][a-z]")
_REASON_BEFORE_NAME = re.compile(
    r"\s[–—-]\s+[A-Z][a-z]+(?:\s[a-z]+){0,3}(?=\s+(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\b|\s*$)")


_TITLED_DASH_REASON = re.compile(r"(?:Cllr|Councillor)\.?\s(?:[A-Z]\.?\s){0,3}[A-Z][\w’'-]+\s[–—-]\s[A-Z][a-z]+\s(?:Cllr|Councillor)\b")


def _without_reasons(apologies: str) -> str:
    """"Councillor J Andrew - Personal Councillor – S Vaughan - Personal":
    each name with the reason it was sent, the reasons dropped."""
    apologies = _REASON_AFTER_NAME.sub("", apologies)  # "Cllr Weight on holiday, Cllr J Marston ..."
    return _REASON_BEFORE_NAME.sub(",", re.sub(r"\b(Councillor|Cllr)\s+[–—-]\s+(?=[A-Z])", r"\1 ", apologies))


_REASON_AFTER_NAME = re.compile(r"(?<=[a-z])\s+(?:on\s+holiday|away|unwell|working|(?:for\s+)?(?:personal|family|work|health)\s+reasons)"
                                r"(?=\s*(?:[,;&]|and\b|$))")


_MENU_ENTRY = re.compile(r"^[•·*]\s*[A-Za-z][A-Za-z ]*$")
# "Cllr C Newton and from Item 362 Cllr J McGuirk", "Cllr Parker for Items 361 & 362 Only": which
# items a member was there for, not part of a name
_ITEMS_NOTE = re.compile(r"(?<!\s)\s+(?:and\s+)?(?:from|for|until)\s+(?:items?|minutes?)\s+\d[\w./()]*"
                         r"(?:(?:\s*[,&–-]\s*|\s+(?:and|to)\s+)\d[\w./()]*)*(?:\s+only\b)?", re.IGNORECASE)
# "Louise Nicoll from 8pm (Treasurer)", "Cllr Smith until 8.45 pm": from or until when, no part of the name
_TIME_NOTE = re.compile(r"(?<=[a-z])\s(?:from|until|till|after)\s\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\b\.?(?=\s|[,;(]|$)", re.IGNORECASE)
# "County Cllr Ms E Durrant for 20 minutes between 8.30 & 8.50pm having previously given apologies": for how long (and
# when), to the entry's end, no part of the name
# (not past "... for 30 minutes and Cllr C Brown": the next entry, after "and" and a capital)
_DURATION_NOTE = re.compile(r"(?<=[a-z])\s+for\s+(?:\d{1,3}|ten|fifteen|twenty|thirty|forty|forty-five|fifty)\s+minutes\b"
                            r"(?:(?!\s(?:and|&)\s(?-i:[A-Z]))[^,;()])*", re.IGNORECASE)
# "Councillor Meredith, ERYC (minutes 236/20 to 247/20)": for which minutes
# (not "Diane Martin (Minute Secretary)": her post)
_BRACKETED_ITEMS_NOTE = re.compile(r"\s?\((?:for\s+)?(?:minutes?|items?)\s+[\w/.]*\d[\w/.]*(?:\s?(?:to|-|–|and|&|,)\s?[\w/.]+){0,4}\)", re.IGNORECASE)
# "ii)   To Co-Opt a new Parish Councillor ...": the minute's next part
_NEXT_PART = re.compile(r"\(?(?:[ivx]{1,4}|[a-h])\)\s+[A-Z]")
_PUBLIC_COUNTED_BETWEEN = re.compile(r"(?<=[a-z])\s(?:\d{1,3}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)"
                                     r"\s[Mm]embers?\sof\s(?:the\s)?(?:[Pp]ublic|[Pp]ress)\s(?=(?:Cllr|Councillor|Mrs?|Ms|Miss|Dr|[A-Z][a-z]+\s[A-Z]"
                                     # ("... Jayne Greenaway One member of the public K Ewence (Clerk)": by initial and surname)
                                     r"|(?:[A-Z]\.?\s){1,3}(?:Mc|O[’'])?[A-Z][a-z]+)\b)")
_INITIALLED_TITLED = re.compile(r"(?:Cllr|Councillor)\.?\s(?:[A-Z]\.?\s){1,3}[A-Z][\w’'-]+")
_TITLED_THEN_REASON = re.compile(r"(?:(?:Cllr|Councillor)\.?\s(?:[A-Z]\.?\s){1,3}[A-Z][\w’'-]+(?:\s(?!Cllr\b|Councillor\b)[A-Za-z][a-z]*){1,4}\s?){2,}")


def _names_before_reasons(apologies: str) -> list[str]:
    """"Cllr D Ryan Leave of Absence Cllr G Jones Holiday" -> ["Cllr D Ryan",
    "Cllr G Jones"]: titled members, each followed by the reason sent and
    no separator (empty for any other text; reasons after a dash are
    :func:`_without_reasons`'s)."""
    return [name.group(0) for name in _INITIALLED_TITLED.finditer(apologies)] if _TITLED_THEN_REASON.fullmatch(apologies) else []


_PRESIDED = re.compile(r"(?<!\w)(?P<name>(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s(?:[A-Z][a-z]+\s|[A-Z]\.?\s){0,3}(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+),?"
                       r"\s(?:presided|was\sin\sthe\s[Cc]hair)\b")
_PRESENT_IN_ROOM = re.compile(r"\bwith\s(?P<names>(?:Councillors?|Cllrs?)\s[^.;()]{3,300}?)\s(?:were\s)?present\sin\sthe\s(?:room|chamber)\b",
                              re.IGNORECASE)
_JOINED_THE_MEETING = re.compile(r"(?<!\w)(?P<names>(?:Councillors|Cllrs)\s[^.;]{3,400}?)\)?\s(?:had\s)?(?:also\s)?joined\sthe\smeeting"
                                 r"\s(?:virtually|remotely|online|by\s(?:video|zoom|teams))\b")
_MEMBERS_OF_BODY_BEFORE = re.compile(r"\bmembers\sof\s(?:the\s)?(?:Cabinet|Committee|Council|Board|Panel)\s*\(?\s*$", re.IGNORECASE)


# "Cllr Padget (business) – Cllr Gunn proposed that the absence be approved, ...": an apology a paragraph, each
# member with the reason and how the council accepted it
_APOLOGY_WITH_REASON_LINE = re.compile(r"(?:Cllr|Councillor)\.?\s+(?:[A-Z]\.?\s){0,2}[A-Z][\w’'-]+\s+\([^()]{1,30}\)\s+[–—-]\s")


_APOLOGY_SENTENCE_OPENING = re.compile(
    rf"(?P<name>(?:(?:County|District|Borough|Town|Parish)\s)?{_TITLED_NAME})\s+(?:at|on|in|away|unwell|ill|working)\b(?![^.]*\b(?:said|reported|asked|proposed|seconded|declared|was|were|had|has)\b)")


# "Apologies for Absence RESOLVED to note that there were apologies from Cllrs": an apologies sentence cut into the
# title at the full stop of the plural title before the names
_TITLE_CUT_AT_TITLE = re.compile(r"\bapolog(?:y|ies)\s(?:[a-z]+\s){0,4}from\s(?P<title>Cllrs|Councillors)\.?$")


def _in_item(doc: Doc, spans: FactSpans) -> None:
    """Apologies, substitutes and virtual attendance in one item's Doc."""
    lines = doc_lines(doc)
    title = doc.user_data.get(TITLE) or ""
    is_apologies_item = bool(re.search(r"apolog", title, re.IGNORECASE))
    is_substitutes_item = bool(re.search(r"substitut", title, re.IGNORECASE))
    listing = False  # the item opens with names, one a line ("Councillor Dennis Dannatt" / "Councillor Sally Loates" / ...)
    for position, (page, line) in enumerate(lines):
        text = line.text.strip()
        # the minutes' first line: the item's, or the first under ModernGov's "Minutes:" label after the agenda's
        # wording ("2." / "Apologies for Absence" / "To receive apologies for absence (if any)." / "Minutes:" /
        # "Received from Councillor Sue Anderson, Portfolio Holder for ..., Councillor Phillip O’Dell, ...")
        # (not "Councillor Clucas had given her apologies.": a sentence, read as one)
        opening = position == 0 or (lines[position - 1][1].text.strip() == "Minutes:" and (
            bool(re.match(r"(?:received|accepted|noted)\s+(?:and\s+accepted\s+)?from\s", text, re.IGNORECASE))
            or not re.search(r"\b(?:had|has|have|gave|given|sent|tendered|submitted|offered|was|were|is|are|apologi[sz]ed)\b", text)))
        listing = is_apologies_item and (opening or listing and bool(_TITLED_LINE.match(text)) and len(text.split()) <= 5
                                         and bool(_TITLED_LINE.match(lines[position - 1][1].text.strip()))
                                         or bool(_APOLOGY_WITH_REASON_LINE.match(text)))
        if is_apologies_item and opening:
            # "2306 Apologies for absence" / "Received from Cllr Alan Punton.": the sentence's subject is the title
            # ("APOLOGIES AND REASON FOR ABSENCE – Received and accepted from Cllr Lewis.": a dash after the title)
            # ("262 APOLOGIES –" / "These were received from Councillors Mrs. P. Drake, ...")
            text = re.sub(r"^(?:[–—-]\s*)?(?:(?:These|They)\s+)?(?:(?:were|was)\s+)?(?:received|accepted|noted)\s+(?:and\s+accepted\s+)?from\s+(?=[A-Z])", "", text,
                          flags=re.IGNORECASE)
            text = without_welsh_doublets(without_translated_heading(text))
            # "835/16 Apologies for Absence RESOLVED to note that there were apologies from Cllrs." / "O’Donoghue,
            # Strain-Clark and Smith.": the title ended at the stop of the names' own title, which goes with them
            cut = _TITLE_CUT_AT_TITLE.search(title)
            if cut and looks_like_name_list(f"{cut.group('title')} {text}"):
                text = f"{cut.group('title')} {text}"
            # "Cllr. A Anderson Cllr. M Yates RESOLVED: That the apologies ... be accepted.": the decision after the names
            if "RESOLVED" in text or "AGREED" in text:  # (a scan of every position of a long line otherwise)
                text = re.split(r"(?<=[a-z])\s+(?=(?:RESOLVED|AGREED)\b)", text, maxsplit=1)[0]
        if is_substitutes_item or is_apologies_item:
            sub = _SUBSTITUTE_LINE.match(text.lstrip("•-* "))
            if sub:
                record = Attendance(name=sub.group("sub").strip(), status="substitute",
                                    role=f"substitute for {sub.group('for').strip()}", page=page)
                spans.add(lines_span(doc, position, position, "substitute"), record)
                continue
        with_reasons = _names_before_reasons(text) if is_apologies_item and opening else []
        if with_reasons:
            for name in with_reasons:
                spans.add(lines_span(doc, position, position, "apologies"), Attendance(name=name, status="apologies", page=page))
            continue
        if (listing and (looks_like_name_list(text) or _OFFICER_FIRST.match(text)) and not _LATE.search(text)
                and not _OTHER_LIST_LABEL.match(text)  # ("1 To record apologies for absence Present: Cllr Mrs Wess ...")
                and not re.search(r"\b(?:was|were)\s+absent\b", text)  # "Cllrs Groves & Murphy were absent": no apologies
                # ("Councillors Katrina James and Huw Thomas apologised for their inability to attend the meeting.": a
                # sentence, its names read by _APOLOGIES_SENTENCE; not "Huw Thomas apologised" as a name)
                # (a name then "apologised" as its verb; not "Cllr D Evans – apologised (holiday)", "... (work) – apologised
                # by email": the entry, then how)
                and not re.search(r"\b[A-Z][\w’'-]{0,40}\sapologi[sz]ed\b", text)
                # ("2003/01 WELCOME AND APOLOGIES Councillor Spaul, Chair, welcomed everyone to the meeting.": who spoke)
                # (not "Cllr Fry (work) – Cllr Smith proposed that the absence be approved": the apology, then how)
                and not _NARRATION.search(re.split(r"\s[–—-]\s", _SENTENCE_END.split(text, maxsplit=1)[0], maxsplit=1)[0])):
            # "Cllr Pattison – it was agreed by Members for ...": the clause after the dash is not a name;
            # "Clerk L D Challenor due to testing positive ...": nor the reason; nor how it was accepted
            first_sentence, *more_sentences = _SENTENCE_END.split(text)
            listed = _before_clause(_RUN_ON.split(re.split(rf"\s[–—-]\s+(?=[a-z]|{_HOW_ACCEPTED})", first_sentence)[0])[0])
            for name, role in split_names(_without_reasons(listed)):
                record = Attendance(name=name, status="apologies", role=role, page=page)
                spans.add(lines_span(doc, position, position, "apologies"), record)
            # "... Marsh were both on holiday. County Councillor Bullock at County meeting.": a sentence a member
            for sentence in more_sentences:
                opening = _APOLOGY_SENTENCE_OPENING.match(sentence.strip())
                if opening:
                    for name, role in split_names(opening.group("name")):
                        spans.add(lines_span(doc, position, position, "apologies"),
                                  Attendance(name=name, status="apologies", role=role, page=page))
    if not is_apologies_item:
        # "1. Preliminaries" / ... / "1.i  Apologies" / "Councillor Jones and B Davies." / "1.ii  Declarations ...":
        # the names under an apologies part of the minute
        for first, last in apologies_parts(lines):
            for position in range(first + 1, last + 1):
                page, line = lines[position]
                text = line.text.strip()
                if text and looks_like_name_list(text) and not _NARRATION.search(text):
                    for name, role in split_names(_without_reasons(_SENTENCE_END.split(text)[0])):
                        spans.add(lines_span(doc, position, position, "apologies"),
                                  Attendance(name=name, status="apologies", role=role, page=page))
    flat = doc_text(doc)
    lowered = flat.lower()

    def scan(pattern: re.Pattern, *words: str) -> Iterable[re.Match]:
        """``pattern``'s matches, where the text holds a word each needs: a
        word's absence is found at memchr speed, where each sentence pattern
        tried at every position of a long hostile line costs a full pass."""
        return pattern.finditer(flat) if any(word in lowered for word in words) else ()

    page_of = page_lookup(lines)
    # An empty line ends a paragraph: a sentence of names never runs on into the next
    # ("Apologies from ... and David Robertson" / "" / "Welcome and Introduction - ...")
    gaps = [start for start, (_, line) in zip(line_starts(lines), lines) if not line.text.strip()]
    for match in scan(_APOLOGIES_SENTENCE, "apolog", "absence"):
        gap = next((g for g in gaps if match.start("names") < g < match.end("names")), None)
        names = flat[match.start("names"):gap].strip() if gap is not None else match.group("names").strip()
        if re.fullmatch(r"(?:the\s+following\s+)?(?:members|councillors)\.?", names, re.IGNORECASE):
            # "Apologies from members." / "Councillors Dowling and K MacLaren.": the names follow.
            following = flat[match.end():].lstrip(" .\n")
            names = _SENTENCE_END.split(following.split("\n", 1)[0])[0] if looks_like_name_list(following) else ""
        if not names or _NONE.match(names):
            continue
        before = re.split(r"[.:;]\s", flat[max(0, match.start() - 30) : match.start()])[-1]
        title_before = flat[match.start()].isupper() and re.search(r"\b(?:apologies|absence)\s+$", before, re.IGNORECASE)
        if _AGENDA_WORDING.search(before + flat[match.start() : match.start() + 15]) and not title_before:
            # the agenda's "To receive any apologies for absence from Councillors.", not
            # the minutes' sentence after it ("... any apologies for absence. Apologies were received from",
            # or run on from the title without its full stop: "21/048 To receive any apologies for absence
            # Apologies were received from Cllr. K. Field, ...")
            continue
        # The sentence may run on: "... and Mr Cooke for that part of the meeting".
        names = _RUN_ON.split(names)[0]
        late = _FOR_LATENESS.search(names)
        if late and names[:late.start()].split()[-1][:1].isupper():
            # "... Councillor Ellis Turrell and Councillor Paul Appleby for lateness.": the last apologised for being
            # late, not for absence (not "...; apologies for lateness were received from ...": lateness's own sentence)
            head = names[:late.start()]
            cut = max(head.rfind(" and "), head.rfind(", "))
            # ("... from Cllr A Smith for lateness and from Cllr B Jones for absence.": those after the late one
            # apologised for absence)
            after = re.match(r"\s*(?:,\s*|\s(?:and|&)\s+)(?:from\s+)?(?=[A-Z])", names[late.end():])
            names = ", ".join(filter(None, (head[:cut].rstrip(" ,") if cut >= 0 else "",
                                            names[late.end() + after.end():] if after else "")))
            if not names:
                continue
        if names.endswith(")") and names.count(")") > names.count("("):
            names = names[:-1]  # "(Apologies for absence were received from Councillors ... and C. Wakeford)."
        names = re.sub(r",?(?<!\s)\s+and\s+from\s+", ", ", names)  # "... Halford and Smith, and from PKC Clrs Barnacle and Cuthbert"
        # ("... from the following members: Councillor A Blackburn - Other Councillor M S Emmens - Work ...": each with
        # the reason after a dash)
        names = re.sub(r"^the\s+following\s+(?:members|councillors)\s*:\s*", "", names)
        if _TITLED_DASH_REASON.match(names):
            names = _without_reasons(names)
        page = page_of(match.start())
        for name, role in split_names(names):
            if len(name.split()) > 8 or not re.search(r"[A-Z]", name[:1]) or _NOT_A_NAME.search(name):
                continue
            if not is_apologies_item and title and vocabulary().police_title.match(name):
                # "4 Thames Valley Police / PC Matthew French firstly gave apologies from Sergeant
                # Vicky Ball": the police report's own absence, not the meeting's
                continue
            record = Attendance(name=name, status="apologies", role=role, page=page)
            spans.add(char_span(doc, match.start(), match.end(), "apologies"), record)
    def attending(match: re.Match, names: str, named: bool = True) -> None:
        """Everyone a sentence says attended; ``named``: only words with a
        capital and a letter after it are names."""
        for name, role in split_names(names):
            if len(name.split()) > 6 or _NOT_A_NAME.search(name) or named and not re.search(r"[A-Z]\w", name):
                continue
            if re.search(r"\s[a-z]+$", name):
                continue  # "The British and French ambassadors": people by kind, not by name
            spans.add(char_span(doc, match.start(), match.end(), "in_attendance"),
                      Attendance(name=name, status="in_attendance", role=role, page=page_of(match.start())))

    for match in scan(_ATTENDING_SENTENCE, "also"):
        # "... were Cumbria County Councillors A Lamb and F Morgan plus Copeland Borough Councillor D Banks, ...":
        # each group under its own title
        for group in re.split(r"(?<!\s)\s+plus\s+(?=[A-Z])", match.group("names")):
            attending(match, _before_clause(re.split(r"\s(?:from|of|representing)\s", group, maxsplit=1)[0]), named=False)
    for match in scan(_WERE_ALSO_PRESENT, "present", "attendance"):
        # A flattened page: the sentence starts at the last "The" after a name.
        names = re.split(r"(?<=[a-z])\s+(?=The\s+[A-Z])|(?<=[a-z]{3})(?<!Cllr)\.\s+(?=[A-Z])", match.group("names"))[-1]
        if _PUBLIC.match(re.sub(r"^(?:\w+\s+)?", "", names)):
            continue  # "Five members of the public were in attendance": counted, not named
        if re.search(r"\s[a-z]+$", names.strip()) and not _PUBLIC.search(names[-30:]):
            continue  # "The British and French ambassadors were also in attendance": people by kind
        # "The Town Clerk, Mrs. L.M. Phillips, ...", "The RFO, Anita Emery and the Clerk": the post before the name
        names = re.sub(r"(?:^|,\s*)(?:the\s+)?(?:[A-Z][\w’' ]{2,40}?(?:Clerk|Assistant|Officer|Manager)[’']?s?(?:\s+Assistant)?|RFO),\s*",
                       ", ", names, flags=re.IGNORECASE)
        attending(match, _names_only(names))
    for match in scan(_ATTENDED_PART, "attended"):
        attending(match, match.group("names"))
    for match in scan(_VISITOR_WAS_PRESENT, "was present"):  # "District Councillor Mr Clive Arthey was present."
        attending(match, match.group("names"))
    for match in scan(_WELCOMED_MEMBERS, "welcomed the following"):
        # "Cllr. J Clarke, welcomed the following Parish Councillors –P Derry, ... and the Parish Clerk Nicola Smith.":
        # the members there, and the one who welcomed them (the clerk among them attends: tagging's _who_attended)
        page = page_of(match.start())
        for name, role in [(match.group("host"), None)] + split_names(match.group("members")):
            spans.add(char_span(doc, match.start(), match.end(), "present"),
                      Attendance(name=name, status="present", role=role, page=page))
    # A meeting held in the room and online: "... with Councillors Phillip O’Dell, Natasha Proctor, Peymana Assad and
    # himself as the Leader present in the room." / "The other members of Cabinet(Councillors Sue Anderson, ...) had
    # joined the meeting virtually." / "Councillors Marilyn Ashton, ... and Councillors Sachin Shah and Stephen Greek who
    # would be invited to speak ... had also joined the meeting virtually.": the body's members are present, the others attend
    for match in itertools.chain(scan(_PRESENT_IN_ROOM, "present in the"), scan(_JOINED_THE_MEETING, "joined the meeting")):
        members = match.re is _PRESENT_IN_ROOM or _MEMBERS_OF_BODY_BEFORE.search(flat, max(0, match.start() - 40), match.start())
        page = page_of(match.start())
        for name, role in split_names(_before_clause(match.group("names"))):
            if not name[:1].isupper() or _NOT_A_NAME.search(name) or re.search(r"\b(?:himself|herself|themselves)\b", name):
                continue  # "... and himself as the Leader"
            spans.add(char_span(doc, match.start(), match.end(), "present" if members else "in_attendance"),
                      Attendance(name=name, status="present" if members else "in_attendance", role=role, page=page))
    for match in scan(_PRESIDED, "presided", "in the chair"):
        # "The Chairman, Cllr Mike Rennolf, presided.": the chair, named only there
        spans.add(char_span(doc, match.start(), match.end(), "present"),
                  Attendance(name=match.group("name"), status="present", role="Chair", page=page_of(match.start())))
    for match in scan(_WELCOMED, "welcomed"):
        names = re.sub(r"(?<=[a-z])(?=Councillor\b)", " ", match.group("names") or match.group("guests"))
        if re.match(r"(?:The\s+)?(?:Chair|Chairman|Clerk|Mayor|Members?|Everyone|All)\b", names):
            continue  # "The Chairman was welcomed back": not a guest list
        attending(match, names)
    for match in scan(_APOLOGIES_FOR_NAMES, "apolog"):
        for name, role in split_names(match.group("names")):
            spans.add(char_span(doc, match.start(), match.end(), "apologies"),
                      Attendance(name=name, status="apologies", role=role, page=page_of(match.start())))
    for match in scan(_SENT_APOLOGIES, "apolog"):
        names = match.group("names") or match.group("one") or match.group("untitled")
        if re.search(r"\s(?:was|were|is|are)\s", names):
            continue  # "Councillor Rootham was upset by ..., Councillors Allen and Cole had sent apologies": another event
        page = page_of(match.start())
        for name, role in split_names(names):
            if len(name.split()) > 6:
                continue
            record = Attendance(name=name, status="apologies", role=role, page=page)
            spans.add(char_span(doc, match.start(), match.end(), "apologies"), record)
    for also in scan(_ALSO_WITH_REASON, "apolog"):
        # "Cllr O’Hare had submitted an apology due to illness and Cllr Douglas because of a family commitment":
        # a second member, the verb shared, each with a reason
        spans.add(char_span(doc, also.start("name"), also.end("name"), "apologies"),
                  Attendance(name=also.group("name"), status="apologies", page=page_of(also.start())))
    for match in scan(_VIRTUAL_SENTENCE, "in attendance"):
        page = page_of(match.start())
        for name, role in split_names(match.group("names")):
            record = Attendance(name=name, status="virtual", role=role, page=page)
            spans.add(char_span(doc, match.start(), match.end(), "virtual"), record)
    for match in scan(_JOINED_SENTENCE, "joined", "arrived"):
        # "District Councillor L Haysey joined at 8.10 pm.": there, if late
        for name, role in split_names(match.group("names")):
            spans.add(char_span(doc, match.start(), match.end(), "present"),
                      Attendance(name=name, status="present", role=role, page=page_of(match.start())))
    for match in scan(_MINUTE_TAKER, "minutes"):
        # "3 x members of the public. Mrs A Stephenson recorded the minutes"
        spans.add(char_span(doc, match.start(), match.end(), "in_attendance"),
                  Attendance(name=match.group("name"), status="in_attendance", role="minute taker", page=page_of(match.start())))
    for match in (*scan(_APOLOGISED, "apologised"), *scan(_NAMES_THEN_APOLOGIES, "apologies for absence")):
        # "The Chairman (Cllr Moore) and Cllr Ford apologised for being unable to attend for business reasons."
        names = match.group("names")
        if re.match(r"(?:The\s+(?:Vice[- ])?Chair(?:man|woman)?\s+\(|Cllrs?\b|Councillors?\b)", names):
            for name, role in split_names(names):
                spans.add(char_span(doc, match.start(), match.end(), "apologies"),
                          Attendance(name=name, status="apologies", role=role, page=page_of(match.start())))
    for match in (*scan(_ABSENT_SENTENCE, "absent"), *scan(_NOTED_AWAY, "absent", "away")):
        spans.add(char_span(doc, match.start(), match.end(), "absent"),
                  Attendance(name=match.group("name"), status="absent", page=page_of(match.start())))
    for match in scan(_NO_APOLOGIES_FROM, "not received", "not been received"):
        for name, role in split_names(match.group("names")):
            spans.add(char_span(doc, match.start(), match.end(), "absent"),
                      Attendance(name=name, status="absent", role=role, page=page_of(match.start())))
    for match in scan(_ABSENT_TOGETHER, "were absent"):  # "Cllrs Groves & Murphy were absent"
        for name, role in split_names(match.group("names")):
            spans.add(char_span(doc, match.start(), match.end(), "absent"),
                      Attendance(name=name, status="absent", role=role, page=page_of(match.start())))


class AttendanceFinder:
    """Reads a preamble Doc (``user_data["part"] == "preamble"``) for
    labelled lists, and every Doc for apologies, substitutes and virtual
    attendance."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        add_span_extension(SPANS_KEY)

    def __call__(self, doc: Doc) -> Doc:
        spans = FactSpans(doc, SPANS_KEY)
        if doc.user_data.get("part") == "preamble":
            block_spans = {}  # one span per list, however many names it holds
            lines = doc_lines(doc)
            register = register_words(doc_text(doc))
            if register:
                # the register is the list; the lines it stands on are not read again as labelled lists
                page_of = page_lookup(lines)
                for start, end, record in register:
                    spans.add(char_span(doc, start, end, record.status), replace(record, page=page_of(start)))
                starts = line_starts(lines)
                low, high = register[0][0], register[-1][1]
                # (a line the register ends inside keeps what follows it: "... Iain Stokes Present ... Clerk: Ann Davison")
                lines = [(page, line) if not (low < start + len(line.text.strip()) and start < high)
                         else (page, replace(line, text=line.text.strip()[max(0, high - start):].strip()))
                         for (page, line), start in zip(lines, starts)]
            elif (marked := absent_marked_register(doc_text(doc))):
                page_of = page_lookup(lines)
                for start, end, record in marked:
                    spans.add(char_span(doc, start, end, record.status), replace(record, page=page_of(start)))
            else:
                used, keyed = keyed_register(lines)
                for index, record in keyed:
                    spans.add(lines_span(doc, index, index, record.status), replace(record, page=lines[index][0]))
                lines = [(page, Line(text="")) if index in used else (page, line) for index, (page, line) in enumerate(lines)]
            split = _split_long_lines(lines)
            for first, last, record in attendance_blocks(split):
                if len(split) != len(lines):
                    first, last = 0, len(lines) - 1  # the span covers the flattened text as a whole
                if (first, last) not in block_spans:
                    block_spans[first, last] = lines_span(doc, first, last, record.status)
                spans.add(block_spans[first, last], record)
            # Sentences stand before the first item too ("Apologies for
            # absence were received from Councillors Rod Scott and ...").
            _in_item(doc, spans)
            _register(doc, spans)
            _starred(doc, spans)
        elif not doc.user_data.get(FROM_TEXT):
            _in_item(doc, spans)
        spans.write()
        return doc


@Language.factory("council_minutes_attendance")
def make_attendance(nlp: Language, name: str) -> AttendanceFinder:
    return AttendanceFinder(nlp, name)
