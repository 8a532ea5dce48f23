"""A second reading of who was there, for minutes whose lists the labelled
readers in :mod:`.attendance` did not find.

Those readers know the labels councils were seen to print ("Present:",
"PRESENT (six Councillors):-", "Attendance / Presenoldeb") and the layouts
around them; every new council brings a label or a layout they have not seen
("Councillors present: A Davies; F Evans", "Those Cllrs. present were: ...",
"Parish Councillors required to attend; ...", "Attendance Details").  Scored
on councils nobody had read, most of the names missed were whole lists
missed, not names misread in a list found.

This reading asks less of the page: near the opening of the document, a cue
word for a list (present, attendance, apologies, absent, officers, ...), then
text that reads as names; whatever stands between the cue and the names
("Councillors", "Those Cllrs.", "required to attend;", ":-") is not
required to be any label in particular.  It is used only for a status the
labelled readers found nobody under, so it never overrides them.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from models.records import Attendance, Line

from .common import vocabulary
from .names import SURNAME, are_initials, posts_after_names_bracketed, split_names

#: How far into the document lists are looked for (the opening, not the
#: minutes' narrative, where "present" and "apologies" are ordinary words).
OPENING_CHARS = 6000
#: The longest list this reading takes (the longest in the development
#: corpus is 1,225 characters).
LONGEST_SEGMENT = 2500

# A cue and the words a council puts around it.  Each alternative is a whole
# phrase; the statuses are read from which group matched.
_CUE = re.compile(
    r"(?<![\w’'-])(?:"
    # ("1.1.3 Others The general public, Emma Storey Committee Officer ...": those there besides the members)
    r"(?P<in_attendance>(?:also\s+)?in\s+attendance|also\s+present|also\s+attending|attending|other\s+attendees|officers(?:\s+(?:present|in\s+attendance))?"
    r"|others(?:\s+present)?"
    r"|(?:council\s+)?officials(?:\s+present)?"
    r"|yn\s+bresennol|presennol\s+hefyd|(?:parish\s+|town\s+|the\s+)?clerk(?=\s*:))"
    r"|(?P<apologies>(?<![Nn][Oo]\s)apologies(?:\s+for\s+absence)?(?:\s+(?:were\s+)?(?:received|given|tendered|accepted|noted)(?:\s+and\s+accepted)?)?"
    r"(?:\s+(?:from|by))?|ymddiheuriadau)"
    r"|(?P<absent>absent(?:\s+without\s+apologies)?|not\s+present)"
    r"|(?P<present>(?:register\s+of\s+)?(?:members|councillors)\s+(?:in\s+attendance|attending)"  # "Register of members in attendance:"
    r"|(?:(?:(?:parish|town|community|city|county)\s+)?(?:councillors|cllrs\.?|members)\s+)?(?:present|required\s+to\s+attend)"
    r"(?:\s+were)?|those\s+(?:cllrs\.?|councillors|members)\s+present\s+were|attendance(?:\s+details)?|attendees|sederunt|presenoldeb)"
    # ("1.1.1 SDCC Councillors Raymond Christie (RC), ... 1.1.2 Councillors Councillor Agnew (Cllr A), ...": a section of
    # councillors under its own number after the members' list, read only so: see _cues)
    r"|(?P<councillors>councillors|cllrs)"
    r")(?![\w’'-])",
    re.IGNORECASE)
# What may stand between a cue and its names: a colon, a semicolon, a dash, a
# bracketed count ("PRESENT (six Councillors):-"), a slash to the label's
# other language ("Attendance / Presenoldeb").
# ("Item 1:Apologies for Absence." / "19/5 Councillors Briony Davies, ...": the minute's number before the names)
# ("1.1 Attendance 1.1.1 SDCC Councillors Raymond Christie (RC), ...": a sub-section's number before the names)
_AFTER_CUE = re.compile(r"(?:\s*\([^()\n]{1,40}\))?(?:\s*/\s*[A-Za-z]+(?:\s[A-Za-z]+)?)?[ \t]*(?P<sep>:-|[:;–—-]|\.?\n|(?=\s))\s*"
                        r"(?:\d{1,4}/\d{1,4}\s+|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+)?")
# "... 1.1 Attendance", "... 1.1.4 Apologies": a section's decimal number before the cue, which opens it as a line would
_SECTION_NUMBER_BEFORE = re.compile(r"(?:^|\s)\d{1,2}(?:\.\d{1,2}){1,3}\.?\s$")
# A name's opening: a title, initials or a capitalised word.
_TITLES = (r"(?:Cllrs?|Councillors?|Clr|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Revd|Rev|Reverend|Canon|Father"
           r"|Provost|Depute\s+Provost|Lord\s+Provost|Bailie|Alderman|Ald|Aldermen|Mayor|Deputy\s+Mayor|PCSO|PC|Sgt|Inspector)")
_NAME_OPENS = re.compile(rf"(?:The\s+)?(?:{_TITLES}\b\.?|[A-Z]\.?\s|[A-Z][a-z]|[A-Z]{{2,}}\s)")
# What ends a list: the next numbered minute, a heading's words, a sentence.
_LIST_ENDS = re.compile(
    r"(?<![\w’'-])(?:\d{1,3}(?:\.\d{1,2}){0,3}[.)]?\s+(?=[A-Z][a-z]|[A-Z]{3})(?!(?:[A-Z]\.?\s)+[A-Z][a-z])"  # "2. Apologies", not "2 J. Smith"
    r"|\d{1,4}/\d{2,4}(?:/\d{1,3})?\b"  # "60/17", "10458/04/19"
    # a heading's first word, capitalised ("Declarations of Interest", "MINUTES")
    r"|(?=[A-Z])(?i:declarations?|minutes|welcome|chairman['’]?s|chair['’]?s|public\s+(?:forum|participation|session|question)"
    r"|matters\s+arising|opening|prayers|item)\b)")
_VERB = re.compile(r"\s(?:were|was)\s+(?:both\s+|all\s+)?(?:absent|not\s+present|present|noted|received|unable)\b")
_PROSE_LINE = re.compile(r"[A-Z][a-z]*\s+[a-z]+\s+[a-z]+\b")  # "The amendment was ...", "It was noted"
_SENTENCE = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z][a-z]+\s+[a-z])")  # "... Smith. The Chair welcomed ..."
# A name as lists print it, after its role is taken off.
_NAME = re.compile(
    rf"(?:(?:The\s+)?{_TITLES}\.?\s+)*"
    rf"(?:(?:[A-Z]\.?\s?){{1,3}}\s?{SURNAME}(?:\s{SURNAME})?"  # "J. Smith", "JC Baines", "A B Smith-Jones"
    rf"|[A-Z][a-z]+(?:\s(?:[A-Z]\.?\s)?(?:de\s|van\s|der\s|von\s|le\s|la\s)*{SURNAME}){{1,2}}"  # "Helen Blyde", "Anne E. Smith"
    rf"|{SURNAME}(?:,?\s(?:[A-Z]\.?){{1,3}})?)",  # "Mayberry" after a plural title, "Smith, J."
)
_NAME_SENTENCE_END = re.compile(r"(?<=[a-z]{2})(?<!Cllr)(?<!Cllrs)(?<!Mrs)(?<!Revd)(?<!Prof)(?<!Capt)(?<!Sgt)\.\s+(?=[A-Z])")
_PLURAL_TITLE = re.compile(r"\b(?:Councillors|Cllrs|Aldermen)\b\.?")
# Words that never stand in a person's name.
_NOT_A_NAME = re.compile(
    r"\b(?:Council|Committee|Meeting|Minutes|Hall|Room|Chamber|Chambers|Centre|Church|School|Zoom|Teams|Public|Press|"
    r"Members?|Police|Present|Apologies|Absent|Attendance|Agenda|Item|Items|Report|Business|Declarations?|Interests?|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Held|Resolved|Noted|Agreed|None|Nil|Clerk|Officer|Secretary|Treasurer)\b")


def _cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end of the cue and its separator, status) for each cue followed
    by what reads as a name."""
    cues = []
    for match in _CUE.finditer(text):
        status = match.lastgroup
        if status == "councillors":
            # a numbered section of councillors after the members present listed under a cue of their own: another
            # council's councillors, who attend (the gold README's convention 1), as "Other Members:" after the
            # members' list are
            if not (_SECTION_NUMBER_BEFORE.search(text, max(0, match.start() - 14), match.start())
                    and any(found == "present" for _, _, found in cues)):
                continue
            status = "in_attendance"
        after = _AFTER_CUE.match(text, match.end())
        if not after:
            continue
        sep = after.group("sep")
        # A cue is a label where it stands at a line's or a sentence's start, or is set off by a colon or a
        # semicolon; "... were present" and "the present situation" are prose.
        before = text[max(0, match.start() - 4):match.start()]
        after_stop = before.rstrip(" \t")
        opening = (not after_stop or after_stop[-1] in "\n.:;|)" or len(before) - len(after_stop) >= 2
                   or bool(_SECTION_NUMBER_BEFORE.search(text, max(0, match.start() - 14), match.start())))
        # ("148 Acceptance of apologies." / "Cllrs Val Neale & Kelly Harrison": a short heading line ends with the cue)
        heading = sep.endswith("\n") and match.start() - (text.rfind("\n", 0, match.start()) + 1) <= 40
        if not (sep in (":", ":-", ";", "–", "—", "-") or opening or heading):
            continue
        if not _NAME_OPENS.match(text, after.end()):
            continue
        cues.append((match.start(), after.end(), status))
    return cues


def _segment(text: str, start: int, end: int) -> str:
    """The list after a cue, up to ``end`` (the next cue), the next minute's
    number or heading, or the first sentence that is not names."""
    segment = text[start:min(end, start + LONGEST_SEGMENT)]
    stop = _LIST_ENDS.search(segment, 1)
    if stop:
        segment = segment[:stop.start()]
    sentence = _SENTENCE.search(segment)
    if sentence:
        segment = segment[:sentence.start()]
    # A blank line ends a list written as a paragraph; one name a line goes on.
    lines = segment.split("\n")
    kept = []
    for line in lines:
        if not line.strip():
            if kept and not _NAME.fullmatch(kept[-1].strip().rstrip(",;")):
                break
            continue
        if kept and _PROSE_LINE.match(line.strip()):
            break  # "... L Petherick and Parker" / "(8 members)" / "The amendment was lost.": the minutes go on
        if re.fullmatch(r"\([^()]*\)", line.strip()):
            continue  # "(8 members)": a note on the list
        kept.append(line.strip())
    listed = "\n".join(kept)
    # "Cllrs Groves & Murphy were absent": a sentence, for the readers of sentences; the names before its verb are its
    # subject, not a list under the cue
    return "" if _VERB.search(listed) else listed


_PUBLIC_ENTRY = re.compile(r"^\s{0,3}(?:[Tt]he\s+)?(?:[Gg]eneral\s+)?[Pp]ublic\s{0,3},\s{0,3}")


def _is_name(name: str, plural: bool) -> bool:
    name = name.strip(" .,;*")
    if not name or len(name) > 60 or _NOT_A_NAME.search(name):
        return False
    if vocabulary().officer_role.fullmatch(name.lower()):
        return False  # "Julia Lawrie Morrison, SDCC Minute Taker": the post after the comma is no one
    if not _NAME.fullmatch(name):
        return False
    words = name.split()
    # One bare word is a surname only under a plural title ("Cllrs. Ryan, Mayberry, ...").
    return len(words) > 1 or plural


def _names(segment: str) -> list[tuple[str, Optional[str]]]:
    """The names of a segment, or none when too little of it reads as names."""
    # One name a line: the line break is the separator.
    lines = [line for line in segment.split("\n") if line.strip()]
    if len(lines) > 1 and all(len(line) < 70 and "," not in line for line in lines):
        text = ", ".join(line.strip().rstrip(";") for line in lines)
    else:
        text = " ".join(lines)
    text = text.replace(";", ",")
    # ("Others The general public, Emma Storey Committee Officer for ...": the public, unnamed, are no attendance)
    text = _PUBLIC_ENTRY.sub("", text)
    text = posts_after_names_bracketed(text)
    # "... & Rita Hancocks. County Cllr David Smith. District Cllr Joseph Powell.": a sentence a name (not "Cllr. J. Smith")
    text = _NAME_SENTENCE_END.sub(", ", text)
    pairs = split_names(text)
    if not pairs:
        return []
    plural = bool(_PLURAL_TITLE.search(text))
    named = [(name, role) for name, role in pairs if _is_name(name, plural)]
    # Most of what the list holds must be names: a sentence split at its commas is not a list.
    if len(named) < max(1, round(0.7 * len(pairs))):
        return []
    return named


def second_reading(lines: Iterable[tuple[Optional[int], Line]]) -> list[Attendance]:
    """Attendance read from the opening of ``lines`` by cue words alone."""
    text, pages = "", []
    for page, line in lines:
        if len(text) >= OPENING_CHARS:
            break
        pages.append((len(text), page))
        text += line.text + "\n"
    text = text[:OPENING_CHARS + LONGEST_SEGMENT]  # (a list that starts in the opening is read to its end)
    cues = _cues(text)
    if not any(status == "present" for _, _, status in cues):
        # "1. Attending: S Morrison, T Duffy-Wigman, ..." with no cue for members present anywhere: the members who
        # attended (beside "Present: ..." the word is the others')
        cues = [(start, end, "present" if text[start:end].lower().startswith("attending") else status)
                for start, end, status in cues]
    found = []
    for k, (start, end, status) in enumerate(cues):
        if start >= OPENING_CHARS:
            break
        until = cues[k + 1][0] if k + 1 < len(cues) else len(text)
        # ("... Lindsay Wood (LW). 1.1.2 Councillors ...": the next cue's section number is no part of this list)
        numbered = _SECTION_NUMBER_BEFORE.search(text, max(0, until - 14), until)
        until = numbered.start() if numbered and numbered.start() > end else until
        page = _page_at(pages, start)
        for name, role in _names(_segment(text, end, until)):
            found.append(Attendance(name=name.strip(" .,;*"), status=status, role=role, page=page))
    if not any(record.status == "present" for record in found):
        found += _unlabelled_members(text[:OPENING_CHARS], pages)
    return found


def _page_at(pages: list[tuple[int, Optional[int]]], offset: int) -> Optional[int]:
    """The page of the line the opening's text has at ``offset``."""
    return next((page for start, page in reversed(pages) if start <= offset), None)


# "Cllr Vaughan (Chairman)" / "Cllr Wiles" / ... / "Cllr Mrs Hamer" / "Mrs Sally Upshall – Clerk.": councillors under
# the heading, with no label over them, one a line or a table's row of them ("Cllr Tosswill Cllr Lashbrook Cllr Mitchell
# (Chair – 1st part of meeting)")
_COUNCILLOR = (r"(?:Cllr|Councillor)\.?\s(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s)?(?:[A-Z]\.?\s?){0,3}(?:[A-Z][a-z]+\s)?"
               r"(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*(?:\s\([^()\n]{1,40}\)|\s[–—-]\s[A-Z][\w ]{1,30})?\.?")
_COUNCILLOR_LINE = re.compile(rf"{_COUNCILLOR}(?:\s{{1,40}}{_COUNCILLOR}){{0,5}}")
# "Penny Brandram-Jones (PBJ), Andrew Eames (AE), Julie Brandram Jones (JBJ)," / "Tim Over (TO), Andrew Barnfield (AB)":
# members by forename and surname, each with the initials the minutes call them by
_FULL_NAME = r"[A-Z][a-z]+(?:\s(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+){1,2}"
_INITIALLED_MEMBER = re.compile(rf"(?P<name>{_FULL_NAME})\s\((?P<initials>[A-Z]{{2,4}})\)")
_INITIALLED_LINE = re.compile(rf"{_FULL_NAME}\s\([A-Z]{{2,4}}\)(?:,?\s{{1,3}}{_FULL_NAME}\s\([A-Z]{{2,4}}\))*,?")
# "Cllr John Hurst Chair", "Cllr S. Heather Rowland Vice- Chair", "Cllr John Pritchard County Councillor": a member's
# office after the name, a table's column whose gap the text lost
_COUNCILLOR_WITH_OFFICE = re.compile(
    r"(?P<name>(?:Cllr|Councillor)\.?\s(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s)?(?:[A-Z]\.?\s?){0,3}(?:[A-Z][a-z]+\s)?(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)"
    r"\s(?P<office>(?:(?:Vice|Deputy)(?:-\s?|\s))?(?:Chair(?:man|woman|person)?|Mayor)|(?:County|District|Borough|Town|City)\sCouncillor"
    r"|Treasurer|Secretary)")
# "PCSO Lynne Maurice North Wales Police", "Ian Griffiths Clerk/ responsible financial officer": under the members, the
# officers and guests by forename and surname, each with the post or body after the name
_OFFICER_WITH_POST = re.compile(r"(?P<name>(?:(?P<title>PCSO|PC|Sgt|Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?P<forename>[A-Z][a-z]+)\s(?:Mc|Mac|O[’'])?[A-Z][a-z][\w’'-]*)"
                                r"\s(?P<post>[A-Z][\w/’'-]*(?:\s[\w/’'&-]+){0,6})")
#: Members a list needs before it is read without a label.
UNLABELLED_MEMBERS = 4
#: Untitled members, one a line, a run needs before it is read as the members present.
UNTITLED_MEMBERS = 8
_WHOLE_NAME_ROW = re.compile(r"(?!(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|The|Minutes|Present|Apologies)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s(?:[A-Z]\.?\s)?(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?")
_MARKED_ROW = re.compile(r"\*\s?" + _WHOLE_NAME_ROW.pattern)  # "* Fiona Boult": absent, by the page's key
_OFFICE_OVER_NAME = re.compile(r"^The\s(?P<office>(?:Deputy\s)?Mayor|(?:Vice[- ])?Chair(?:man)?)\s\((?P<name>(?:Councillor|Cllr)\s[^()]{2,40})\)$")
_MEMBER_ROW = re.compile(_WHOLE_NAME_ROW.pattern + r"|The\s(?:Deputy\s)?Mayor\s\((?:Councillor|Cllr)\s[^()]{2,40}\)")


def _unlabelled_members(text: str, pages: list[tuple[int, Optional[int]]]) -> list[Attendance]:
    """The first run of lines in the opening that hold nothing but titled
    councillors (and perhaps their posts), or nothing but members each with
    their initials in brackets: the members present, where no cue names
    them."""
    offset, run = 0, []
    forenames = vocabulary().forenames
    lines = text.split("\n") + [""]
    for position, line in enumerate(lines):
        stripped = line.strip()
        office = _COUNCILLOR_WITH_OFFICE.fullmatch(stripped)
        if office:
            stripped = f"{office.group('name')} ({office.group('office').replace('- ', '-')})"
        if stripped and (_COUNCILLOR_LINE.fullmatch(stripped) or _INITIALLED_LINE.fullmatch(stripped) and all(
                are_initials(found.group("initials"), found.group("name")) for found in _INITIALLED_MEMBER.finditer(stripped))
                or _MEMBER_ROW.fullmatch(stripped) or run and _MARKED_ROW.fullmatch(stripped)):
            run.append((offset, stripped))
        elif run:
            # ("The Mayor (Councillor Margaret Thompson)" / "Zain Abbas" / "Sushila Abraham" / ... / "* Fiona Boult" / ...:
            # a council's members one a line, untitled, the absent marked by the page's key: read only as a long run
            # whose forenames the vocabulary mostly knows, the marked left out)
            untitled = [listed for _, listed in run if _WHOLE_NAME_ROW.fullmatch(listed)]
            known = sum(listed.split()[0] in forenames for listed in untitled)
            if not untitled or len(untitled) >= UNTITLED_MEMBERS and known * 4 >= len(untitled) * 3:
                found = [Attendance(name=name.strip(" .,;*"), status="present", role=role, page=_page_at(pages, start))
                         for start, listed in run if not _MARKED_ROW.fullmatch(listed)
                         for name, role in split_names(_OFFICE_OVER_NAME.sub(r"\g<name> (\g<office>)", listed))]
                if len(found) >= UNLABELLED_MEMBERS:
                    return found + _officers_under(lines[position:], offset, pages)
            run = []
        offset += len(line) + 1
    return []


def _officers_under(lines: list[str], offset: int, pages: list[tuple[int, Optional[int]]]) -> list[Attendance]:
    """The rows right under an unlabelled list of members that each hold an
    officer or a guest and their post ("PCSO Lynne Maurice North Wales
    Police" / "Ian Griffiths Clerk/ responsible financial officer"): the
    table goes on with those in attendance.  A row is one only where its
    post names an officer's role and, untitled, its forename is a known
    one."""
    vocab = vocabulary()
    found = []
    for line in lines:
        row = _OFFICER_WITH_POST.fullmatch(line.strip())
        if not row or not vocab.officer_role.search(row.group("post").lower()) or (
                not row.group("title") and row.group("forename") not in vocab.forenames):
            break
        found.append(Attendance(name=row.group("name"), status="in_attendance", role=row.group("post"), page=_page_at(pages, offset)))
        offset += len(line) + 1
    return found
