"""Find the meeting header and the minute items in a document's lines.

Pure functions over :class:`models.Page` lines.  Minute headings are found by
their number (``84.``, ``19.09.05``, ``52``) and, where the PDF has font
information, by being bold; the numbers must run forward, which keeps
numbered paragraphs inside an item ("1. Mr Gough provided an update") from
being read as new items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Iterator, Optional


from models.dates import DATE, MONTHS, match_to_iso, find_date
from models.records import Item, Line, Meeting, Page


_COUNCIL = re.compile(
    # "Newry, Mourne & Down District Council": commas and "&" between the places, before a kind of council
    # "Rousay, Egilsay, Wyre and Gairsay Community Council" too
    # ("\s+(?!\s)": a run of spaces is taken whole, so a hostile run is never tried at every length)
    # ("(?<![\w'’&.-])": a word is read from its start only, so "A.A.A." is not read from every "A")
    # ("Lessingham and Hempstead with Eccles Parish Council", "Newcastle under Lyme", "Stow cum Quy", "Boat of Garten":
    # small words between)
    r"\b((?:(?<![\w'’&.-])[A-Z][\w'’&.-]*,?\s+(?!\s)(?:(?:&|and|with|upon|under|cum|on|of)\s+(?!\s))?){1,5}?(?:County|City|District|Borough|Parish|Town|Community|Metropolitan Borough)\s+Council"
    r"|(?:(?<![\w'’&.-])[A-Z][\w'’&.-]*\s+(?!\s)){0,5}?(?:(?:County|City|District|Borough|Parish|Town|Community|Metropolitan Borough|Unitary)\s+)?Council)\b",
)
_COUNCIL_KINDS = {"County", "City", "District", "Borough", "Parish", "Town", "Community", "Metropolitan", "Unitary", "Council", "The", "Minutes",
                  # "New Council Members, Mr Michael Allen ...": words before "Council" that name no council
                  "New", "Full", "Whole", "This", "Each", "Our", "Next", "Previous", "Last", "Annual", "Extraordinary",
                  "Ordinary", "Special", "A", "An",
                  # ("Most Council meetings can be viewed on the Council’s YouTube channel": how many, not which)
                  "Most", "All", "Some", "Any", "Every", "Other",
                  # "a report was received from a member of the School Council": a school's, not a local authority
                  "School", "Youth",
                  # ("Cllr. M. Clarke (Acting Council Chair)": an office held for now, not a council's name)
                  "Acting", "Interim"}
_VENUE = re.compile(
    r"\bheld (?:in|at) (?:the )?(.+?)(?:,)? on \w+day\b|\bheld (?:in|at) (?:the )?(.+?)(?:,)? on \d"
    r"|\bheld (?:in|at) (?:the )?(.+?)\.(?:\s|$)",
    re.IGNORECASE | re.DOTALL,
)
_COMMITTEE_DASH_DAY = re.compile(r"^(.*?\S)\s+[-–]\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_VENUE_LABEL = re.compile(r"^(?:Venue|Place|Location)\s*:\s*(.+)$", re.IGNORECASE)

# A minute number: 84 / 84. / 84a / 19.09.05 / 21/045 / C12 / 1-0607/8
# "22-035: Election of Chair": the year, then the minute's serial; "C.146 DECLARATIONS OF INTEREST"; "C.1/24";
# "C20/21.095 To receive and record apologies": the council's letter, the municipal year, the serial;
# "139/20/TC Apologies": the minute, the year and the body; "12.042 Apologies for absence": the year, the minute
# "TC2018/142": the council's letters, the year in full and the minute's serial (a minute number, and what
# `_unspaced_references` joins); "5.a Police Report:": a minute lettered after its number's stop
_LETTERS_YEAR_SERIAL = r"[A-Z]{1,3}\d{4}/\d{1,4}"
_NUMBER = (r"(?P<number>\d{2,4}[a-z]?\(\d{1,2}\)(?=\s)|[a-z]{2,4}\s\d{3}/\d{2}(?![\d/])|[A-Z]{2,3}\s\d{1,3}/\d{2}(?![\d/])|\d{4}\s?/\s?\d{1,3}(?=\s[–-]\s)|\d{2}\.[A-Z]{1,3}\.\d{1,3}(?![\d.])|\d{1,2}:00(?=\s)|\d{2}/\d{2}:\d{2}(?!\d)|[A-Z]{1,3}\d{2}/\d{2}\.\d{1,4}(?![\d.])|\d{1,4}/\d{2}/[A-Z]{1,4}(?![\w/])|\d{2}\.\d{3}(?![\d.])|\d{1,4}/[A-Z]{1,4}/\d{2}(?![\d/])|\d{1,5}/\d{2}/\d{2}(?!\d)|\d{2}/\d/\d{2}(?![\d/])|\d{1,2}\.\d{1,2}\.\d{1,3}|\d{1,2}/\d{2}-\d{1,3}|\d{1,3}-\d{4}/\d{1,2}|" + _LETTERS_YEAR_SERIAL + r"(?![\d/])|[A-Z]{1,3}\d{1,4}/\d{2}|\d{2}-\d{3}(?![\d/-])|\d{3}-\d{2}(?![\d/-])|[A-Z]{1,3}\.\d{1,4}/\d{2}(?![\d/])|[A-Z]{1,3}\.\d{1,4}(?![\d.])|\d{1,2}\.[a-h](?=\s)|\d{1,5}[a-z]?(?:\.\d{1,2})?"
           r"|[A-Z]{1,3}\d{1,4}|\d{2,4}/\d{1,4}"
           r"|[A-Z][A-Za-z]{0,3}/\d{1,4}(?:/\d{1,4}(?:-\d{2})?)?)")
# A running minute number: "154/20", or with the body's prefix and the
# municipal year, "Cou/285/07-08".
# "SC/35/2018" too, and "FC18/07/1" (the body's letters, year and month, then the minute)
# "FC39/14": the body's letters glued to the minute's number, then the year; "268/12/13": the municipal year
_RUNNING = r"(?:\d{2}\.\d{3}(?![\d.])|\d{2}/\d/\d{2}(?![\d/])|\d{2}/\d{2}/\d{3}(?![\d/])|\d{1,5}/\d{2}/\d{2}(?![\d/])|\d{1,4}/[A-Z]{1,4}/\d{2}(?![\d/])|\d{2}/\d{3}(?![\d/])|(?:[A-Z][A-Za-z]{0,3}/)?\d{1,4}/(?:\d{4}|\d{2}(?:-\d{2})?)|[A-Z]{1,4}\d{2}/\d{2}/\d{1,3}|[A-Z]{1,4}\d{1,4}/\d{2}(?![\d/]))"
# "86/17 – Date of Next Meeting": a dash may stand between number and title.
# "C048/23   1.   APOLOGIES": the agenda's number may follow the minute's.
# ("100/00 2 Resignation of JM Palmer": the minute's number, then the agenda's without a full stop)
# ("361      i)          a) Present": the minute's first parts' labels before its title; "ITEM 3 Minutes of last meeting")
# ("Item 1 ) Planning Application ...": a space before the bracket after the number; "001-18 1 APOLOGIES": the
# minute and its year, then the agenda's number)
_TITLE_THEN_SENTENCE = re.compile(r"(?P<head>(?!.*\b(?:Councillors?|Cllrs?|Mrs?|Ms|Dr)\b)[A-Z][\w’'&-]*(?:\s[\w’'&-]+){0,5})(?<=\w\w)\.\s+(?=[A-Z])")
_APOLOGIES_SENTENCE_LINE = re.compile(r"Apolog(?:y|ies)\b(?:\s+for\s+absence)?\s+(?:were|was|had\s+been)\s+(?:received|given|tendered|accepted)\b")
_HEADING = re.compile(rf"^(?:Minute\s+|Item\s+|ITEM\s+|\*)?{_NUMBER}(?:\)\.|[.):–—/]|\s/(?=\s)|(?<=\d)\s\)(?=\s)|-(?=\s))?\s+(?:[-–—|]\s+)?(?:\d{{1,2}}\.\s+|(?<=/\d\d\s)\d{{1,2}}\s+(?=[A-Z][a-z])|(?<=\d{{3}}-\d\d\s)\d{{1,2}}\s+(?=[A-Z])|(?<=\d\s)(?:ITEM|Item)\s+\d{{1,3}}[a-z]?\.?\s+(?=[A-Z]))?(?P<title>(?:(?:[ivx]{{1,4}}|[a-z])\)\s+){{0,2}}[A-Z(‘'\"“0-9].*)$")
# ("65/21).  Present were:-": a bracket and a stop after the number; "29/17-18 ITEM 2 TO RECEIVE ...": the agenda's
# number after the minute's)
# "• 4." in a saved ModernGov list; "CO/21", a council's prefix for the body's minutes
_NUMBERED_OR_STAMP = re.compile(r"\d{1,3}[.)]\s+[A-Z][a-z]|(?i:Agenda\s+Item\s+(?:No\.?\s*)?\d)")
_NUMBER_ONLY = re.compile(r"^(?:[•·]\s*)?(?:\d{2}/\d{2}:\d{2}|(?:[A-Z]{1,4}/)?\d{1,4}[a-z]?(?:\.\d{1,2})?\.?|(?:[A-Z]{1,3}\.?)?\d{1,4}/\d{2}"
                          r"|\(\d{1,4}\)"  # "135/24" alone too; "P41/18" (a committee's letter first); "(26)" / "APOLOGIES ..."
                          r"|[A-Z][A-Za-z]{0,3}/\d{1,4}/\d{2}(?:\d{2}|-\d{2})?"  # "COU/27/25-26": the body, the minute, the municipal year
                          r"|\d{2}\.[A-Z]{1,3}\.\d{1,3}"  # "19.C.1": the year, the body's letter, the minute
                          r"|[A-Z]{1,2}\d{2,4}"  # "C12": the body's letter and the minute (a ModernGov page; not "A1", a page)
                          r"|[A-Z]{1,3}\d{2}/\d{2}\.\d{2,4}"  # "C12/13.61": the council's letter, the municipal year, the minute
                          r"|\d{1,3}\.[a-z])(?:\s\|)?$")  # "2.a": a ModernGov page's lettered item after "2."
# (and "570 |": a table's cell rule after the number)
# "2599. Police Report: Attached." / "1. Apologies for Absence. Apologies were
# received": a short title run into the minute's text.
# "Submitted – Report of the Head of Finance": the minute's verb before its subject, not a title
_REPORTED_VERB = re.compile(r"Submitted|Received|Considered|Presented|Reported|Noted|Tabled")
_RUN_IN = re.compile(rf"^(?:Minute\s+|Item\s+)?{_NUMBER}(?:\)\.|[.)–—/]|(?<!-\d{{3}}):|-(?=\s))?\s+(?:\|\s+)?(?P<title>[A-Z][^:;.!?–|]{{2,100}}?)\s*(?:[:;.]\s+|–\s*|(?<=[a-z])-\s+(?=[A-Z]))(?P<rest>\S.*)$")
# ("3. Apologies for absence; Julie Whittaker, ... sent apologies.": a semicolon ends a title as a colon does)
# "Declarations of Interest Councillor P Williams Declared his interest ...": a member named
# in a long run-in title is its text begun, not its title
_PERSON_INSIDE = re.compile(r"\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b\.?\s")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_ADDRESS = re.compile(r"^[\w'’ -]{2,40}\b(?:Road|Street|Avenue|Lane|Drive|Way|Close|Crescent|Place|Terrace|Rd|St)\b[,.]?",
                      re.IGNORECASE)
_ITEM_REF = re.compile(r"^\(Item\s+[\w.]+\)$", re.IGNORECASE)
# A person at the start of a numbered line means a paragraph ("1. Councillor
# Smith said"), unless the next word is what a heading is about
# ("6. Councillor Reports").
# (only with the date after the body, as a printed page's running head has it; .match only)
_PAGE_HEAD_TITLE = re.compile(r"(?:London\s+Borough\s+of\s+(?:[A-Z][\w’'&-]*\s+){1,3}|(?:[A-Z][\w’'&-]*\s+){1,5}(?:Council|Authority)\s+)"
                              r"Minutes\s+of\s+(?:[Tt]he\s+)?[A-Z][\w’'&-]*(?:\s[A-Z][\w’'&-]*){0,5},\s*\d{1,2}/\d{1,2}/\d{4}$")
_NAME_IN_CAPITALS = re.compile(r"[A-Z]{2,}\.?\s[A-Z]{2,}\s[A-Z]{2,}\b")
_PERSON_START = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Cllr|Councillor|PCSO|The)\b(?![’']s?\s)"  # "Councillor's report": a title
    r"(?!(?<=The)\s[A-Z][a-z]+[’']s(?:\s|$))"  # ("The Mayor’s Business": whose business, a title; "The Chair’s", a title cut short)
    r"(?!\.?\s+(?i:reports?|questions?|updates?|matters|announcements|items|vacanc\w+|co-option|training|allowances"
    r"|surger\w+|attendance|code|vacancy|declarations?|resignation|casual|minutes?)\b)")
_SHORT_TITLE = re.compile(r"^[A-Z(&][\w’'&().,/-]*(?:\s+[A-Z(&][\w’'&().,/-]*){0,7}\s*\.?$")


def _title_case(text: str) -> str:
    """``KENT COUNTY COUNCIL`` -> ``Kent County Council``; mixed case is kept."""
    if not text.isupper():
        return text
    return " ".join(w.lower() if w in ("OF", "AND") and n else w.capitalize() if len(w) > 2 else w
                    for n, w in enumerate(text.split()))


# Lines of a header that never name the body that met: page furniture of
# ModernGov and CMS pages, labels, venues and times.
# A saved web page's furniture: "1" (a skip-link counter) over "Language selection".
_RUNNING_HEADING = re.compile(r"\d{1,4}/\d{2}(?:-\d{2})?\s+[A-Z]")
_COLUMN_HEAD = re.compile(r"(?:Minute|Item)\s+(?:No\.?|Number|Ref\.?)\s*:?$", re.IGNORECASE)
_PAGE_CHROME = re.compile(r"^(?:language selection|accessibility links|skip to (?:main )?content|toggle menu|cookies?\b)",
                          re.IGNORECASE)
_NOT_THE_BODY = re.compile(
    r"^(?:accessibility links|language selection|skip to main content|toggle menu|agenda(?:,| and| item)|"
    r"decision details|meeting documents|issue - meetings|decisions and recommendations|decisions published|"
    r"documents$|media$|items$|no\. item|size:|start display|download\b|transcription|membership|councillors:|"
    r"audio\b|video\b|webcast\b|listen\b|watch\b|"  # "Audio: Listen to an audio recording of this meeting": a page's link
    r"contact\b|venue\b|held\b|_?held\b|date\b|time\b|place\b|location\b|page \d+ of|present\b|apologies\b|"
    r"in attendance|also present|minutes:?$|minute$|note\b|due to\b|use the\b|earlier\b|all decisions\b|"
    r"decision (?:status|published|maker)|key decision|for publication|record of(?: the)? meeting$|record of$|"
    r"(?:public|open) (?:forum|participation|session)\b)",  # "Public Forum": the minutes' first item
    re.IGNORECASE)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DECISION_MAKER = re.compile(r"^Decision Maker\s*:\s*(?P<body>.+)$", re.IGNORECASE)
# ModernGov issue and decision pages: "Meeting: 20/09/2017 - Council (Item 52)".
_MEETING_LABEL = re.compile(r"^(?:Meeting|Made at meeting)\s*:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*"
                            r"(?P<body>.+?)(?:\s*\(Item [^)]*\))?$", re.IGNORECASE)
# ModernGov page headings: "Cabinet - Tuesday, 2nd October, 2018 2.00 pm",
# "Agenda for Council on Wednesday, 27th January, 2021".
# ("Licensing, Environment & Safety Sub-Committee B - Wednesday, 30th May, 2018": a comma inside a list of the body's subjects)
_BODY_BEFORE_DAY = re.compile(rf"(?:(?:^|,\s*)(?P<body>[A-Z](?:[^,]|,\s(?=[A-Z][a-z]+\s(?:&|and)\s)){{1,80}}?)\s+[-–]\s+"
                              rf"|^Agenda for\s+(?P<agenda>[A-Z][^,]{{1,80}}?)\s+on\s+){_WEEKDAY}\b")
# "Mrs Sue Chandler, Cabinet Member for Integrated Children's Services" under
# "DECISION TO BE TAKEN BY:" in a record of decision.
_TAKEN_BY = re.compile(r"\b(?:decision (?:to be )?taken by|decision maker)\b", re.IGNORECASE)
_OFFICE = re.compile(r"\b(Cabinet Member for .+?|(?:Deputy )?Leader of the Council|Cabinet|Executive Member for .+?|"
                     r"Portfolio Holder for .+?)(?=\s+(?:For publication|Key decision|Decision|Subject)\b|\s*[\[(]|\s*$)")
# "Eastville, Midville And New Leake Group Parish Council": a comma inside a local council's name, every word to it capitalised
# ("Environment, Heritage and Planning Portfolio Advisory Committee": a committee's name of a list of subjects)
_COMMA_IN_NAME = (r"(?-i:,\s(?=(?:[A-Z][\w'’-]*\s(?:(?:and|And|&)\s)?){1,6}(?:Parish|Town|Community)\sCouncil\b"
                  r"|(?:[A-Z][\w'’-]*\s){0,2}(?:and|And|&)\s(?:[A-Z][\w'’-]*\s){1,4}(?:Committee|Sub-Committee|Panel|Board)\b))")
_MINUTES_OF = re.compile(
    r"\b(?:minutes|meeting)\s+of\s+(?:an?\s+|the\s+)?(?:(?:[\w&-]+\s+){0,6}?meeting\s+(?:\(no\.?\s*\d+\)\s+)?of\s+)?"
    # ("... opened the meeting of the Kilmacolm Community Council and welcomed those attending": his next act)
    rf"(?:the\s+)?(?P<body>(?:[^,.;:]|{_COMMA_IN_NAME}){{2,90}}?)(?:\s+meeting)?(?=\s+(?:(?:was\s+)?held|at|convened|via|which|dated)\b|\s*(?!{_COMMA_IN_NAME})[,.;:]|\s*$|\s+\(\d"
    r"|\s+and\s+(?-i:[a-z]+ed)\b"
    # "on" ends the body before a day or a date, not inside a place ("Ferryport on Craig", "Burton on the Wolds")
    rf"|\s+on\s+(?:\d|{_WEEKDAY}|the\s+(?:\d|{_WEEKDAY}|(?:{MONTHS})\b)|(?:{MONTHS})\b|(?-i:(?!the\s[A-Z])[a-z]))|\s+{_WEEKDAY}\b)",  # "... of the Council Tuesday, 8 December"
    re.IGNORECASE)
_BODY_NOUN = r"(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel|Executive|Assembly|Commission)"
_BODY_WORDS = re.compile(
    r"\b(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel|Group|Forum|Services|Executive|Assembly|Commission|Authority|"
    r"Partnership|Meeting)$", re.IGNORECASE)
_NAMES_A_BODY = re.compile(
    r"\b(?i:Committee|Sub-Committee|Cabinet|Council|Board|Panel|Group|Forum|Executive|Assembly|Commission|"
    r"Partnership|Meeting|AGM|Trust|Authority)\b|^[A-Z][\w'’&-]+(?:\s+[A-Z&][\w'’&-]*)*$")
_GENERIC_BODY = re.compile(
    r"^(?:(?:the\s+)?above\s+council|(?:full\s+|parish\s+|town\s+|community\s+)?council|ordinary|annual|"
    r"annual general|ordinary general|general|extraordinary|special|statutory annual|annual parish|inaugural|meeting|parish council meeting|(?:ordinary\s+)?(?:monthly|quarterly|bi-?monthly)|"
    r"virtual|remote|online|agm|egm)$",  # "Minutes of the Virtual Meeting held ...": how it met, not who; "Minutes of AGM"
    re.IGNORECASE)
_NOT_THIS_MEETING = re.compile(
    r"\b(?:published|publication|uploaded|next meeting|dated|signed|moved from|deadline|circulated|decision due|"
    r"previous meeting|last meeting)\b", re.IGNORECASE)


_SUBJECT_BODY = re.compile(
    r"^(?:\(\w{1,4}\)\s*)?(?:The\s+)?(?P<body>Council|Full Council|Cabinet|Executive)\s+"
    r"(?:received|resolved|agreed|noted|considered|approved|discussed|was (?:advised|informed))\b")
# "294 THE COUNTY COUNCIL OF THE CITY & COUNTY OF CARDIFF The County Council of the City & County of Cardiff met at
# County Hall, Cardiff on 22 March 2018 to transact ...", "The Planning Committee met remotely on ...": who met, said so
_BODY_MET = re.compile(
    r"(?:^|(?<=\s))The\s+(?P<body>(?:County\s+|City\s+|Borough\s+|District\s+|Town\s+|Parish\s+|Community\s+)?Council"
    r"|(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+)?){0,6}(?:Committee|Sub-Committee|Cabinet|Board|Panel|Executive))"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&|and|of)){0,6})?\s+met\s+(?:at|in|on|remotely|virtually|via|online)\b")
_SHORT_COUNCIL = {"PC": "Parish Council", "TC": "Town Council", "CC": "Community Council"}


def _clean_body(body: str) -> str:
    body = re.sub(rf"\s*[-–]\s*(?:{_WEEKDAY}\b.*|\d.*)$", "", body.strip())
    body = re.sub(r"^(?:AGENDA|Agenda)\s*[-–:]\s*(?=\S)", "", body)  # "AGENDA - Full Council - Wednesday 1 September 2021": what the page is
    body = re.sub(r"^(?:DRAFT|Draft)\s+(?=\S)", "", body)  # "Draft council meeting minutes 9th March 2022": the minutes' state
    body = re.sub(r"^(?:an?\s+)?meeting\s+of\s*:\s*", "", body, flags=re.IGNORECASE)  # "Minutes of a Meeting of: Policy & Resources Committee"
    # "Minutes of proceedings of a POLICY RESOURCES & SERVICES COMMITTEE MEETING of the Council held in ...": the
    # committee, the meeting's word and whose committee it is around it
    body = re.sub(r"^(?i:proceedings\s+of\s+)?(?i:an?)\s(?=\S.*\b(?i:committee|panel|board|sub-committee)\b)", "", body)
    body = re.sub(r"\b((?i:committee|panel|board))\s+(?i:meeting)(?:\s+(?i:of)\s+(?:(?i:the)\s+)?(?i:council))?$", r"\1", body)
    # "Minutes of the of Dunston ... Council": a word lost; "MINUTES OF THE OF THE ANNUAL COUNCIL MEETING": words doubled
    body = re.sub(r"^(?i:of)\s+(?:(?i:the)\s+)?(?=[A-Z])", "", body)
    # "Parish Council 22 November 2023": the date is when, not who.
    body = re.sub(rf"\s+(?:{_WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}),?\s+\d{{4}}$", "", body,
                  flags=re.IGNORECASE)
    # "Draft Minutes of 15 January 2018 Parish Council Meeting": the date before the body likewise
    body = re.sub(rf"^(?:{_WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}),?\s+\d{{4}}\s+(?=[A-Z])", "", body,
                  flags=re.IGNORECASE)
    # "A Meeting of the NORTH LANARKSHIRE COUNCIL PRESENT Councillor Jones, Provost; ...": the list's label ends the body
    body = re.sub(r"(?<!\s)\s+(?:PRESENT|Present\s*:|IN ATTENDANCE|APOLOGIES)(?:\s.*)?$", "", body)
    body = re.sub(r"(?<!\s)\s+(?:no\.?|number)\s?\d{1,5}$", "", body, flags=re.IGNORECASE)  # "Council Meeting No 868": its count, not its name
    # "MINUTES OF THE FIRE AUTHORITY MEETING The Conference Centre, ...": the body in capitals, then where it met
    body = re.sub(r"^((?:[A-Z][A-Z'’&-]+\s){1,6})MEETING\s+(?:The\s+)?[A-Z][a-z].*$", r"\1", body).strip()
    body = re.sub(r"(?<!\s)\s+meeting$", "", body, flags=re.IGNORECASE)
    # "Minutes of Hopesay Parish Council 33 Parish Council Meeting": the minute book's page number between the name and
    # the page's running title
    body = re.sub(r"(?<=\sCouncil)\s+\d{1,4}\s+(?:[A-Z][a-z]+\s+){0,2}Council$", "", body)
    # "Draft Minutes of most recent Community Council Meeting": which meeting of the body, not its name
    body = re.sub(r"^(?:the\s+)?(?:most\s+recent|latest)\s+(?=[A-Z])", "", body, flags=re.IGNORECASE)
    # "Glencairn Community Council – Draft Minutes of Latest Meeting": the page's title, who met, then what the page is
    body = re.sub(r"(?<=\S)\s+[–—-]\s+(?:(?:amended|draft|approved|unapproved|signed)\s+)*minutes\b.*$", "", body, flags=re.IGNORECASE)
    if re.fullmatch(r"(?:the\s+)?(?:most\s+recent|latest|last|previous|next)|the", body.strip(), re.IGNORECASE):
        return ""  # "Draft Minutes of Latest Meeting": which meeting, no body
    # "THE BOROUGH COUNCIL OF HELD AT ...": a page that lost the council's name after "of"
    body = re.sub(r"(?<=Council)\s+of$", "", body, flags=re.IGNORECASE)
    # "Minutes of the meeting of St Agnes Parish Council as above, held in ...": the heading's date, said again
    body = re.sub(r"(?<=Council),?\s+as\s+above$", "", body, flags=re.IGNORECASE)
    # "MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING": what was done, then who met
    body = re.sub(r"^(?:the\s+)?proceedings\s+of\s+(?:the\s+)?(?=\S)", "", body, flags=re.IGNORECASE)
    body = re.sub(r"(?<!\s)\s*\((?:no\.?\s*)?\d+\)\s*$", "", body)
    above = re.match(r"(?:above|said|aforementioned)(?:[\s-]named)?\s", body, re.IGNORECASE)
    if above:
        body = body[above.end():]  # "the above parish council", "the above named community council"
        body = body.title() if body.islower() else body
    # "Minutes of a meeting of the Full Council of Buckingham Town Council": the body, then whose it is
    body = _BODY_OF_LOCAL_COUNCIL.sub(r"\g<body>", body)
    body = _without_meeting_kind(body.strip(" -–,:;."))
    # "CYNGOR CYMUNED CORRIS COMMUNITY COUNCIL": the Welsh name before the English one
    body = _WELSH_BEFORE_ENGLISH.sub("", body)
    # "MINUTES OF A MEETING OF CYNGOR TREF HELD ON ...": the Welsh words alone, the kind of council in English
    welsh = _WELSH_KIND_ALONE.fullmatch(body.strip())
    if welsh:
        body = _WELSH_KINDS[welsh.group(1).lower()]
    # "Minutes of the Annual Meeting of & Merrybent Parish Council", "... OF THE WITH SHELVE PARISH COUNCIL": a local
    # council's name that lost its first words (a page's text with the heading's words taken out) names no place
    body = _NAME_WITHOUT_ITS_START.sub("", body)
    return _title_case(body)


_NAME_WITHOUT_ITS_START = re.compile(
    r"^(?:&|and|with|cum|upon|on)\s+(?:[\w'’-]+\s+){1,3}?(?=(?:Parish|Town|Community|Borough|District|City|County)\s+Council$"
    r"|Fire\s+(?:and\s+Rescue\s+)?Authority$)",
    re.IGNORECASE)


_WELSH_BEFORE_ENGLISH = re.compile(
    r"^Cyngor\s+(?:Cymuned|Tref|Dinas|Sir|Bwrdeistref\s+Sirol)\s+(?=(?:\S+\s+){0,4}?(?:Community|Town|City|County|County\s+Borough)\s+Council$)",
    re.IGNORECASE)


# "Cyngor Tref" (town council), "Cyngor Cymuned" / "Cyngor Cymunedol" (community council), "Cyngor Dinas" (city council)
# printed alone as who met, without the place's name
_WELSH_KIND_ALONE = re.compile(r"(?:y\s+)?Cyngor\s+(Tref|Cymuned|Cymunedol|Dinas)", re.IGNORECASE)
_WELSH_KINDS = {"tref": "Town Council", "cymuned": "Community Council", "cymunedol": "Community Council", "dinas": "City Council"}


# What kind of meeting it was is not who met: "Keelby Parish Council
# Extraordinary Meeting", "Full Brandon Town Council", "Annual Parish Council".
# ("Llangors Community Council Bi Monthly Meeting": how often it meets, the kind too)
_MEETING_KIND = r"(?:Annual\s+General|Statutory\s+Annual|Annual|Extra-?ordinary|Ordinary|Special|Emergency|Full|(?:Bi[-\s]?)?Monthly|Quarterly)"
# ("Extraordinary Meeting, Council": a ModernGov page's title, the kind of meeting and then who met)
_KIND_BEFORE_BODY = re.compile(rf"^{_MEETING_KIND}(?:\s+Meeting,)?\s+(?=(?:\S.*\s)?{_BODY_NOUN}$|{_BODY_NOUN}$)", re.IGNORECASE)
# "Dunston Annual Parish Council": the kind between the place and the council
_KIND_INSIDE_BODY = re.compile(rf"(?<=\S)\s+{_MEETING_KIND}(?=\s+(?:Parish|Town|Community|City|District|Borough|County)\s+Council$)", re.IGNORECASE)
_KIND_AFTER_BODY = re.compile(rf"^(?P<body>.*\b{_BODY_NOUN})\s+{_MEETING_KIND}(?:\s+Meeting)?$", re.IGNORECASE)
# "Full Council of Buckingham Town Council": the body that met, then the local council it belongs to
_BODY_OF_LOCAL_COUNCIL = re.compile(
    rf"^(?P<body>(?:{_MEETING_KIND}\s+)?(?:[A-Z][\w'’&-]*\s+){{0,4}}?{_BODY_NOUN})\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’&-]*\s+){1,5}?(?:Parish|Town|Community|City|District|Borough|County)\s+Council$")


def _without_meeting_kind(body: str) -> str:
    """The body without the kind of its meeting, when a body's noun is left:
    "Annual Parish Meeting" (the electors' meeting) keeps its name."""
    return _KIND_INSIDE_BODY.sub("", _KIND_AFTER_BODY.sub(r"\g<body>", _KIND_BEFORE_BODY.sub("", body)))


def _held_date(text: str) -> Optional[re.Match]:
    """The first date in ``text``, unless the text names the day the meeting
    was held and the date does not follow it: "HELD ON TUESDAY …€¦ · Monday
    2nd October 2017 due to ..." (a page title cut and run into another
    sentence) states no date for this meeting."""
    match = next((m for m in DATE.finditer(text) if match_to_iso(m)), None)
    if match:
        days = list(re.finditer(rf"\bheld\s+(?:on\s+)?{_WEEKDAY}\b(?:\s+(?:morning|afternoon|evening|night))?[\s,]*(?:the\s+)?", text[:match.start()], re.IGNORECASE))
        if days and days[-1].end() != match.start():
            return None
    return match


# After "minutes of X": the sentence approves that meeting's minutes, so X
# is another meeting, not the one these minutes record.
_APPROVED_MINUTE = re.compile(
    r"^(?:\s+meeting)?\s+(?:dated|held\s+on)\b[^.;]{0,60}?\b(?:was|were|be|is|are)\s+"
    r"(?:submitted|approved|read|confirmed|signed|agreed|taken as read|noted|accepted|circulated)\b", re.IGNORECASE)
# "Decision due: 1 May 2024 by Cabinet Member for Infrastructure": a forward
# plan's entry names who decides (its date is when it was due, not taken).
_DUE_BY = re.compile(r"^Decision due\s*:.*?\bby\s+(?P<body>[A-Z].+)$", re.IGNORECASE)


# "Agenda Template TRAFFORD BOROUGH COUNCIL 27 JULY 2016 PRESENT The Worshipful
# ...": a page flattened into one line, who met set in capitals before the date.
_SHOUTED_BODY_DATE = re.compile(
    rf"(?<![\w'’&-])(?P<body>(?:[A-Z][A-Z'’&-]+\s){{0,6}}(?:COUNCIL|COMMITTEE|SUB-COMMITTEE|CABINET|BOARD|PANEL|EXECUTIVE|AUTHORITY)"
    # ("KIRKLEES COUNCIL AREA COMMITTEE – BATLEY BIRSTALL AND BIRKENSHAW Tuesday 26 June 2012": the committee's area)
    rf"(?:\s[–-]\s[A-Z][A-Z'’&-]+(?:\s[A-Z][A-Z'’&-]+){{0,5}}(?=\s(?:{_WEEKDAY})\b))?)"
    # ("COUNCIL MEETING HELD ON THURSDAY, 15 DECEMBER 2016 Present: ...")
    # ("SNOWDONIA NATIONAL PARK AUTHORITY WEDNESDAY 25th APRIL 2018 Mr. Owain Wyn (Chairman) ...": the day before the date)
    rf"(?:\s+MEETING\s+HELD\s+ON(?:\s+(?i:{_WEEKDAY}),?)?|\s+(?P<day>MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|{_WEEKDAY}),?)?"
    rf"\s+(?P<date>\d{{1,2}}(?i:st|nd|rd|th)?\s+(?i:{MONTHS})\s+\d{{4}})\b")


# "COUNCIL MEETING TUESDAY 1 OCTOBER 2019": a title line that is the body, the word meeting, the day and the date alone
_TITLE_BODY_DATE = re.compile(
    rf"(?:(?i:(?:draft\s+)?minutes)\s+(?:(?i:of)\s+)?(?:(?i:the)\s+)?)?(?P<body>(?:[A-Z][A-Za-z'’&-]+\s){{0,6}}(?i:Council|Committee|Sub-Committee|Cabinet|Board|Panel|Executive))"
    rf"(?:\s+(?i:meeting|minutes))?,?\s+(?:(?i:{_WEEKDAY}),?\s+)?(?P<date>\d{{1,2}}(?i:st|nd|rd|th)?\s+(?i:{MONTHS}),?\s+\d{{4}})")


_MEETING_FIELD = re.compile(rf"(?:^|(?<=\s))Meeting\s+(?P<body>[A-Z][A-Z&'’,-]+(?:\s[A-Z&][A-Z&'’,-]*){{0,8}})\s+Date\s+"
                            rf"(?P<date>(?:{_WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}),?\s+\d{{4}})")


# "Agenda for Planning Committee on Wednesday 3rd July, 2019, 6.30 pm", "Agenda and minutes for Cabinet on ...": a
# ModernGov page's title, who met and when
# (not "Minutes for the Council Meeting of Ludford Parish Council held at ... on Monday 21st January 2019": read by "of")
_AGENDA_FOR = re.compile(rf"^(?:Agenda|Agenda and (?:draft\s+)?minutes|Decisions)\s+for\s+(?P<body>[A-Z](?:(?!\sheld\s)[^,]){{2,100}}?)\s+on\s+"
                         rf"(?P<date>(?:{_WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}),?\s+\d{{4}})\b", re.IGNORECASE)


def _body_candidates(lines: list[str]) -> Iterator[tuple[str, Optional[str]]]:
    """(body, date-or-None) in the order of how sure each pattern is."""
    titled = _TITLE_BODY_DATE.fullmatch(lines[0]) if lines else None
    if titled:
        yield titled.group("body"), find_date(titled.group("date"))
    for line in lines[:3]:
        found = _AGENDA_FOR.match(line)
        if found:
            yield found.group("body"), find_date(found.group("date"))
    for line in lines:
        found = _DECISION_MAKER.match(line) or _DUE_BY.match(line)
        if found:
            yield found.group("body"), None
    for index, line in enumerate(lines):
        if _TAKEN_BY.search(line):
            found = _OFFICE.search(" ".join(lines[index + 1:index + 4]))
            if found:
                yield found.group(1), None
    for line in lines:
        found = _MEETING_LABEL.match(line)
        if found:
            yield found.group("body"), find_date(found.group("date"))
    for line in lines:
        found = _BODY_BEFORE_DAY.search(line)
        if found:
            body = found.group("body") or found.group("agenda")
            if not _NOT_THE_BODY.match(body):
                yield body, find_date(line[found.end() - 12:])
    for index, line in enumerate(lines):
        window = " ".join(lines[index:index + 3])
        # (not a saved page's wrapper: "1 London Borough of Tower Hamlets Minutes of The" / "Total Page:16")
        if (re.search(r"\bof(?:\s+the)?\s*$", line, re.IGNORECASE) and index + 1 < len(lines)
                and not re.match(r"(?:Total\s+Page|File\s+Type|Upload|Category)\s*:", lines[index + 1])):
            line = f"{line} {lines[index + 1]}"  # "Minutes of Meeting (no.436) of" / "Broomhill Community Council"
        found = _MINUTES_OF.search(line)
        # ("Council" / "Minutes of Proceedings": what the page is, not who met)
        if not found or re.match(r"(?:the\s+)?(?:meetings?|minutes|proceedings$|above\s+(?:committee|sub-committee|panel|board|meeting))\b",
                                 found.group("body"), re.IGNORECASE):
            continue  # ("Minutes of a meeting of the above Committee": the heading above names it)
        if _under_item_number(lines[:index]):
            continue  # "5" / "MINUTES OF THE ANNUAL PARISH COUNCIL MEETING HELD ON 15 MAY 2017": an item's title, the last meeting's
        if not _NAMES_A_BODY.search(found.group("body")) or re.match(
                rf"(?:{MONTHS}|last|previous|next|recent)\b", found.group("body"), re.IGNORECASE):
            continue  # "minutes of informal discussion", "minutes of the June meeting": not who met
        if re.search(r"\bto\s+(?:receive|note|approve|confirm|agree|sign|consider)\b[^.]*$|"
                     r"\S\s+(?:received|noted|approved|confirmed|agreed|signed|considered)\s+(?:the\s+)?$|"
                     r"^(?:[-•*]\s*)?(?:approval|confirmation|adoption|acceptance)\s+of\s+(?:the\s+)?$",  # "- Approval of minutes of AGM ..."
                     re.sub(r"^[\d./()\s-]*", "", line[:found.start()]), re.IGNORECASE):
            # "to receive the minutes of the Cabinet", "Council received the minutes of": another meeting
            # ("12929. CONFIRMED minutes of an ordinary meeting of ...": these minutes' state, nobody's act)
            continue
        after = window[window.find(found.group(0)):]
        if _APPROVED_MINUTE.match(after[len(found.group(0)):]):
            continue  # "The minute of the meeting of Moray Council dated 5 September 2018 was submitted and approved"
        stated = _held_date(after)
        yield found.group("body"), match_to_iso(stated) if stated and index < 4 and found.start() < 80 else None  # (not "... AM/17/30 Minutes of the Annual Meeting held on 8th May 2016" far into a flattened page)
    for line in lines:
        # "(i) Council received the minutes ...": an agenda item page with no
        # heading still says who acted.
        found = _SUBJECT_BODY.match(line)
        if found:
            yield found.group("body"), None
    for line in lines[:3]:
        # (the opening lines only: "The Planning Committee met on 20 April ..." in a minute reports another meeting)
        found = _BODY_MET.search(line[:200])
        if found:
            yield found.group("body"), find_date(line[found.end():found.end() + 80])
    for line in lines:
        # "Meeting COUNTY COUNCIL Date Thursday, 1st November 2012 (10.00 am – 6.07 pm) Membership ...": a printed
        # minutes' table of fields, flattened
        found = _MEETING_FIELD.search(line[:300])
        if found:
            yield _title_case(found.group("body")), find_date(found.group("date"))
    for line in lines:
        # (further into a flattened page only with the day before the date: "... 2. PLANNING & ACCESS COMMITTEE 11 April
        # 2018 41 – 44 ..." is a minute book's contents, "SNOWDONIA NATIONAL PARK AUTHORITY WEDNESDAY 25th APRIL 2018" a
        # meeting's heading)
        found = _SHOUTED_BODY_DATE.search(line[:300]) or next(
            (match for match in _SHOUTED_BODY_DATE.finditer(line[:1500]) if match.group("day")), None)
        if found:
            yield _title_case(found.group("body")), find_date(found.group("date"))
    titles = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        # ("Craven District Council AGENDA ITEM 2 POLICY COMMITTEE": the minutes as an item of the next meeting's agenda)
        line, agenda_item = re.subn(r"(?<!\s)\s+(?i:agenda\s+item)\s+\d{1,3}[a-z]?(?=\s+[A-Z])", "", line)
        if agenda_item and not line.isupper():
            line = _upper_runs_titled(line)  # "... Council POLICY COMMITTEE": the body in the council's own case
        title = re.sub(rf"\s*[-–]\s*(?:{_WEEKDAY}\b.*|\d.*)$", "", line).strip()
        # ("1 Crewe TC Mins 10-05-18": a page's number, the council shortened, its minutes and their date, as a file is named)
        title = re.sub(r"^\d{1,3}\s+(?=[A-Z])|(?<!\s)\s+\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$", "", title)
        # ("Parish council minutes, November 2016": the month after a comma)
        title = re.sub(rf",?(?:\s+(?:{MONTHS}|\d{{4}}))+$", "", title, flags=re.IGNORECASE)
        # ("Parish Council Minutes - December 2013", "Council - Minutes of Proceedings – 21 June 2007": what the page
        # is, after who met, then when)
        title = re.sub(r"(?<=\S)(?:\s?[-–:])?\s+Minutes(?:\s+of\s+Proceedings)?(?:\s?[-–:])?$", "", title, flags=re.IGNORECASE)
        # "Minutes Annual Parish Council Meeting 11th May 2011": what the page is, and when, around who met
        if re.fullmatch(r"(?:draft\s+)?minutes(?:\s+of)?(?:\s+(?:the|a|an))?(?:\s+meeting)?", title, re.IGNORECASE):
            continue  # "MINUTES OF MEETING": what the page is, not who met
        # "April 2021 Minutes Parish Council meeting", "Minutes – Annual Meeting – 15 May 2018"
        title = re.sub(rf"^(?:{MONTHS})\s+\d{{4}}\s+", "", title, flags=re.IGNORECASE)
        title = re.sub(r"^(?:Draft\s+)?Minutes\s*(?:[-–:]\s*)?(?:of\s+)?(?:the\s+)?(?=[A-Z])", "", title, flags=re.IGNORECASE)
        title = re.sub(rf"\s+(?:(?:on\s+)?{_WEEKDAY},?\s+)?\d{{1,2}}\s?(?:st|nd|rd|th)?$", "", title, flags=re.IGNORECASE)
        # "and Town Council Monthly Meeting Wednesday 18 th January 2017": the place's name lost before it
        title = re.sub(r"^(?:and|&)\s+(?=[A-Z])", "", title)
        # "Northwold PC AGM 2016": the council's annual meeting is a meeting
        # of the council, and "PC" is how a parish council shortens itself.
        title = re.sub(r"(?<=\S)\s+(?:AGM|EGM|Annual(?: General| Parish)? Meeting|(?:Extraordinary|Monthly|Ordinary) Meeting|Minutes|Mins)$", "",
                       title, flags=re.IGNORECASE)
        title = re.sub(r"(?<=[a-z])\s+(PC|TC|CC)$", lambda m: " " + _SHORT_COUNCIL[m.group(1)], title)
        if title.isupper() and len(title) > 6:
            title = title.removesuffix(".")  # "LEADERSHIP PANEL.": a heading in capitals, with a stop
        if (3 <= len(title) <= 70 and not _NOT_THE_BODY.match(title) and not re.search(r"\d", title)
                and _BODY_WORDS.search(title) and len(title.split()) >= (1 if title.isupper() or title.istitle() else 2)
                and not _NARRATION_LINE.match(line)  # "The Chairman welcomed everyone to the meeting": what was done
                and not title.endswith(".")):
            # "Finance, Resources and ... Policy Board" / "14 Nov 2018 - 14:00 to 15:00"
            below = re.sub(rf"^{_WEEKDAY},?\s+", "", following)  # "The Council" / "Thursday, 17th July, 2014 6.30 pm"
            dated_below = find_date(below) if DATE.match(below) else None
            titles.append((title, find_date(line) or dated_below))
    council_like = re.compile(r"\b(?:County|City|District|Borough|Metropolitan|Parish|Town|Community)\s+Council$",
                              re.IGNORECASE)
    if len(titles) > 1 and council_like.search(titles[0][0]) and not titles[0][1]:
        titles = titles[1:] + titles[:1]  # "Kent County Council" / "Cabinet": the second names who met
    if len(titles) > 1 and not titles[0][1] and any(date for _, date in titles):
        # "Business - Renfrewshire Council" (the site) above the dated name of the meeting
        titles.sort(key=lambda title: title[1] is None)
    yield from titles


def _upper_runs_titled(line: str) -> str:
    """``Page 1 of 7 STOKE FERRY PARISH COUNCIL Draft`` -> ``... Stoke Ferry Parish Council Draft``."""
    return re.sub(r"(?<![A-Z'’&-])\b[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]+)+\b", lambda m: _title_case(m.group(0)), line)


# ("FINDHORN AND KINLOSS COMMUNITY COUNCIL": "AND" between two places, never before the first; "BOAT OF GARTEN AND
# VICINITY COMMUNITY COUNCIL": "OF" inside a place's name)
_SHOUTED_COUNCIL = re.compile(r"(?<![\w'’&-])(?:(?!(?:OF|THE|AND|MEETING|MINUTES|ANNUAL|ORDINARY|EXTRAORDINARY|SPECIAL|FULL)\s)"
                              r"[A-Z][A-Z'’&-]+\s(?:(?:AND|&|OF)\s(?=[A-Z]))?){1,5}(?:COUNTY|CITY|DISTRICT|BOROUGH|PARISH|TOWN|COMMUNITY)\sCOUNCIL\b")


_NOT_A_COUNCILS_NAME = re.compile(r"\b(?:Receive|Report|From|Approve|Consider|Review|Discuss|Note|Agree|Update|Regarding|Minutes|Meeting)\b|\sThe\s")


# "The Chairman presented Rookley Parish Council with the Quality Parish Council Award.": the
# minutes' narrative, naming another council, not the header naming this one
_NARRATION_LINE = re.compile(r"^(?:The\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:presented|welcomed|thanked|congratulated|announced|informed|reported)\s")


_SMALL_JOIN = re.compile(r"\s(?:with|upon|under|cum|on|of)\s")


def _council_name(lines: list[str]) -> Optional[str]:
    for line in lines:
        if _NARRATION_LINE.match(line):
            continue
        # "CYNGOR TREF YSTRADGYNLAIS TOWN COUNCIL": the Welsh name stands before the English one.
        line = re.sub(r"\bCyngor\s+(?:Tref|Cymuned|Sir|Dinas|Bwrdeistref\s+Sirol)\s+", "", _title_case(line), flags=re.IGNORECASE)
        # "Agenda Template TRAFFORD BOROUGH COUNCIL 27 JULY ...": the name in capitals, not the words before it
        shouted = _SHOUTED_COUNCIL.search(line)
        if shouted:
            return _title_case(shouted.group(0))
        # (near a line's start: far into a flattened minute, "... a letter from Clapham Parish Council to the
        # Mayor" is another council's)
        titled = _upper_runs_titled(line[:200])
        match = _COUNCIL.search(titled)
        # ("Minutes of the Meeting on Wilton Town Council": a small word joins a header's word to the name, which starts
        # after it)
        while match and _SMALL_JOIN.search(match.group(1)) and (
                match.group(1).split()[0] in _COUNCIL_KINDS or _NOT_A_COUNCILS_NAME.search(match.group(1).split()[0])):
            match = _COUNCIL.search(titled, match.start(1) + len(match.group(1).split()[0]) + 1)
        if match and _NOT_A_COUNCILS_NAME.search(match.group(1)):
            continue  # "To Receive A Report From The Council’s ...": an item's title
        if match and re.search(r"[a-z]{2}\.\s", match.group(1)):
            continue  # "... the Allington Hill Community Project. Parish Council discussed ...": two sentences
        if match and re.search(r"\b(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\b", match.group(1)):
            continue  # "Present Drew Russell (DR) Chair Cllr Alison Evison Aberdeenshire Council (AE)": a member's council
        if match and re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s[A-Z]", _upper_runs_titled(line)[:match.start()]):
            continue  # "Mr S. Parker – Head of Environmental Services, County Council": whom an officer serves
        if match and re.match(rf"(?:{MONTHS})\b", match.group(1), re.IGNORECASE):
            continue  # "... referred from 25 June Council Meeting ...": a month's meeting of the council, not its name
        if match and match.group(1).split()[0] not in _COUNCIL_KINDS:
            return re.sub(r"^(?:Minutes of|Of|The|Draft Minutes of)\s+", "", match.group(1).strip())
    return None


# "BLTC Minutes 03 February 2015": a page's running head or foot, the minutes' own name and date, a line of its own
_RUNNING_HEAD_DATE = re.compile(rf"^(?:[A-Z]{{2,8}}\s+)?(?:Draft\s+)?Minutes\s*[-–:]?\s*(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\s+\d{{4}})$")


def _running_head_date(pages: list[Page]) -> Optional[str]:
    """The date a page's running head or foot gives ("BLTC Minutes 03
    February 2015"), where the header states none (an excerpt cut before its
    heading): the minutes' own date, printed on each page."""
    for page in pages[:3]:
        for line in page.lines:
            found = _RUNNING_HEAD_DATE.match(line.text.strip())
            if found and find_date(found.group("date")):
                return find_date(found.group("date"))
    return None


_DECIDED_LABEL = re.compile(r"^(?:Date of decision|Decided at meeting|Made at meeting)\s*:\s*(.+)$", re.IGNORECASE)


def _labelled_decision_date(pages: list[Page]) -> Optional[str]:
    """"Date of decision: 16/10/2017" wherever a decision page sets its
    fields, often below the decision's whole text, far from the header."""
    for page in pages[:2]:
        for line in page.lines:
            label = _DECIDED_LABEL.match(line.text.strip())
            if label and find_date(label.group(1)):
                return find_date(label.group(1))
    return None


def _labelled_date(lines: list[str]) -> Optional[str]:
    """The date a header's "Date:" field gives: it says when the meeting was,
    over any date printed beside its title (a ModernGov page headed "Council
    / Wednesday, 13th September, 2006" whose fields say "Date: Wednesday,
    21st June, 2006", the meeting whose minutes it shows)."""
    for index, line in enumerate(lines):
        # "Place: Council Chamber, Civic Offices, Date: 17" / "December 1996 High Street":
        # two columns run together, the label after a comma, the date over two lines.
        # "... G131SP Date & Time: MONDAY 09 MAY 2016. 19:15 ...": a flattened header's field, a capital D
        # (near the line's start: far into a flattened page, "Date: 02.09.2020" heads a report inside the minutes)
        label = re.search(r"(?:^|[,;|]\s*|(?<=\s)(?=Date\b))(?i:Date of decision|Date of meeting|Date\s*(?:&|and)\s*Time|Date)\s*:\s*(.*)$",
                          line[:600])
        if label:
            found = find_date(label.group(1)) or find_date(f"{label.group(1)} {lines[index + 1]}" if index + 1 < len(lines) else "")
            if found:
                return found
    return None


# "The minutes of the Overview Scrutiny Committee held on Thursday, 6 July 2023 were agreed and signed by the Chair.":
# the date of the meeting whose minutes this one approved
# (done, not to be done: "held on 3 May 2019 - draft, to be approved at the next meeting" is this meeting's date)
_WERE_APPROVED = re.compile(r"[^.;]{0,40}?\b(?:was|were|been)\s+(?:duly\s+|then\s+)?(?:agreed|approved|confirmed|signed|"
                            r"submitted|accepted|adopted|taken\s+as\s+read)\b", re.IGNORECASE)
_HELD_WITHOUT_YEAR = re.compile(rf"held\s+on\s+(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                                rf"(?P<month>{MONTHS})\b(?!,?\s*\d)", re.IGNORECASE)


def _meeting_date(lines: list[str]) -> Optional[str]:
    """The date the meeting was held or the decision taken, where the header
    labels none (:func:`_labelled_date`, read first by the caller): a date
    beside "held", then the first date in the header that is not a
    publication, signature or next-meeting date."""
    for index, line in enumerate(lines):
        held = re.search(r"\bheld\b", line, re.IGNORECASE)
        # (the "held" read: "... HELD ON TUESDAY 13th MARCH 2018 ... 035/18 To approve ... the minutes of the
        # Ordinary Meeting ... held on 13th February 2018" is a flattened page whose first "held" is this meeting's)
        # ("Minutes of meeting held on 1 April 2019", an item's title under the header, likewise)
        # (not a heading in capitals: "MICKLEFIELD PARISH COUNCIL MINUTES OF THE MEETING HELD ON ..." under a saved page's
        # wrapper lines is this meeting's)
        # (nor a line that opens with "Minutes of the Meeting of Dulverton Town Council held on ...": the heading)
        if not held or (index > 2 and not line[max(0, held.start() - 90):held.start()].isupper()
                        and not re.match(r"(?:draft\s+|approved\s+)?minutes\s+of\b.{0,80}\b(?:Council|Committee|Cabinet|Board|Panel|Authority)\s+held\b",
                                         line, re.IGNORECASE) and re.search(
                r"minutes of the (?:\w+ )?meetings?\b[^.]{0,60}?\s$|minutes of (?:\w+ )?meetings?\s$",
                line[max(0, held.start() - 90):held.start()], re.IGNORECASE)):
            continue
        # "To approve as correct the minutes of the meeting of the Council held on 5th September 2018"
        if re.search(r"\b(?:that|approve|confirm|sign|receive|agree)\w*\s+(?:as\s+(?:a\s+)?(?:correct|true)(?:\s+record)?\s+)?(?:the\s+)?minutes\b[^.]{0,60}$",
                     line[max(0, held.start() - 80):held.start()], re.IGNORECASE):
            continue  # "That the Minutes of the Meeting of the Council held on 25 May 2016 be approved": another meeting
        # "... MEETING Wednesday 6th May 2015 Held 7.30pm Lochaline Village Hall": the date stands before "held"
        before = line[max(0, held.start() - 40):held.start()]
        stated = [m for m in DATE.finditer(before) if match_to_iso(m) and not before[m.end():].strip(" ,")]
        if stated:
            return match_to_iso(stated[-1])
        after = " ".join(lines[index:index + 3])[held.start():]
        # (the heading's own "held": not "6.1 EACC held on 19 November" in the minutes below it)
        yearless = _HELD_WITHOUT_YEAR.match(after) if index <= 3 and re.search(r"\b(?:minutes|meeting)\b", line[:held.start()], re.IGNORECASE) else None
        year = re.findall(r"(?<![\d/.])(?:19|20)\d{2}(?![\d/])", " ".join(lines[:index]) + line[:held.start()]) if yearless else []
        if year:
            # "May 2019 Minutes" / "Minutes of the ... Meeting held on 13th May at 8.00pm": the heading's year
            dated = DATE.search(f"{yearless.group('day')} {yearless.group('month')} {year[-1]}")
            if dated and match_to_iso(dated):
                return match_to_iso(dated)
        match = _held_date(after)
        if match and not _NOT_THIS_MEETING.search(after[:match.start()]) and not _WERE_APPROVED.match(after, match.end()):
            return match_to_iso(match)
    for line in lines:
        # "29/05/2024 - BCP Council Meetings during ...": a ModernGov decision
        # or issue page heads each decision with its date.
        dated = re.match(r"^(\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s+\S", line)
        if dated and find_date(dated.group(1)):
            return find_date(dated.group(1))
    for line in lines:
        line = re.sub(r"\bmoved from\b[^,]*,", "", line, flags=re.IGNORECASE)
        # (what comes before the line's first date: a flattened page's one line mentions the next meeting too)
        first = DATE.search(line)
        if _NOT_THIS_MEETING.search(line[:first.end()] if first else line) or re.search(r"\b(?:minutes of (?:the )?(?:meetings? )?|to receive)\b.*\bheld on",
                                                       line, re.IGNORECASE) and lines.index(line) > 2:
            continue
        found = find_date(line)
        if found:
            return found
    return None


# "To confirm the minutes of the meeting of Cabinet held on 8 June": a body
# approves its own previous minutes, so when no heading names who met, the
# body named here did.
_OWN_MINUTES = re.compile(
    r"\bminutes of (?:the |a )?(?:previous |last )?meeting of (?:the )?(?P<body>[A-Z][\w&'’ -]{1,60}?)"
    r"\s+(?:held|of|on|dated)\b")


_NEXT_MEETING_OF = re.compile(
    r"\b[Tt]he next (?:meeting of (?:the )?)?(?P<body>(?:[A-Z][\w'’&-]+\s+){1,5}?"
    r"(?:Parish|Town|Community|District|Borough|County|City)\s+Council)\b")
_COUNCIL_NAME = re.compile(r"\b(?:Parish|Town|Community|District|Borough|County|City)\s+Council$")
_ELECTS_ITS_CHAIRMAN = re.compile(r"\b(?:[Ee]lect|[Ee]lection\s+of)\s+(?:a\s+|the\s+)?(?:Vice[- ])?Chair(?:man|woman|person)?\s+of\s+the\s+"
                                  r"((?:County|District|Borough|City|Parish|Town|Community)\s+Council)\b")
_NAMED_WITH_INITIALS = re.compile(r"(?<![\w’'-])(?P<name>(?:[A-Z][a-z]+\s){1,4}(?:Parish|Town|Community)\s+Council)\s+\((?P<initials>[A-Z]{3,6})\)")


def _named_with_its_initials(text: str) -> Optional[str]:
    """"North Kincardine Rural Community Council (NKRCC)": a local council
    named with its own initials (the council's name for itself)."""
    for match in _NAMED_WITH_INITIALS.finditer(text):
        if "".join(word[0] for word in match.group("name").split()) == match.group("initials"):
            return match.group("name")
    return None


_LOCAL_COUNCIL_NAME = re.compile(r"\b(?:Parish|Town|Community)\s+Council$")
# "Minutes of the Council Meeting held on 9th May ...", not "To receive the minutes of the Council meeting ..." (another
# body's, received)
_OWN_COUNCIL_MINUTES = re.compile(r"(?<![Rr]eceive\s)(?<![Nn]ote\s)(?<!\w)[Mm]inutes\s+of\s+the\s+(?:(?:[Ll]ast|[Pp]revious|[Oo]rdinary|[Mm]onthly)\s+)?"
                                  r"Council\s+[Mm]eeting\s+held\b")
_FOR_THE_COUNCIL_TO = re.compile(r"\bfor\s+the\s+Council\s+to\s+(?:note|consider|agree|approve|decide|resolve|receive)\b")
_THE_LOCAL_COUNCIL = re.compile(r"\b[Tt]he (Parish|Town|Community) Council\b")


def _signed_decision_date(lines: list[str], pages: list[Page]) -> Optional[str]:
    """A record of decision is dated where the decision maker signs it
    ("17/1/2025" over "signed ... date" at the foot): the day the decision
    was taken, when the header states none."""
    if not any(_TAKEN_BY.search(line) or re.search(r"\brecord of decision\b", line, re.IGNORECASE) for line in lines):
        return None
    tail = [l.text.strip() for l in pages[-1].lines[-8:]] if pages else []
    for index, line in enumerate(tail):
        if re.match(r"^\.*\s*signed\b.*\bdate\b", line, re.IGNORECASE):
            for nearby in tail[max(0, index - 3):index + 3]:
                if find_date(nearby):
                    return find_date(nearby)
    return None


_MODERNGOV_LIST = re.compile(r"^Agenda(?:, decisions)? and (?:draft )?minutes$", re.IGNORECASE)
_MEMBERS_OF_BODY = re.compile(r"\bmade by members of the (?P<body>(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+)?){1,6}"
                              r"(?:Committee|Sub-Committee|Panel|Board|Cabinet))\b")


# "Members of the Executive, the Corporate Management Team and other Councillors present introduced themselves": the body
# whose members the meeting's are, set against the other councillors present
_BODY_AND_OTHER_COUNCILLORS = re.compile(
    r"\bMembers\s+of\s+the\s+(?P<body>Executive|Cabinet|(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+)?){1,6}(?:Committee|Sub-Committee|Panel|Board))"
    r"(?:,\sthe\s[A-Z]\w*(?:\s[A-Z]\w*){0,4})?\s+and\s+(?:the\s+)?other\s+(?:Councillors|Members)\s+present\b")
# (in an election or appointment of its chair, not "Councillor Smith, Chairman of the Audit Committee, presented ...")
_CHAIR_OF_THE_BODY = re.compile(r"\b(?:as|elected|appointed|role\s+of)\s+(?:the\s+)?(?:Vice[- ])?Chair(?:man|person)?\s+of\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+)?){1,6}"
                                r"(?:Committee|Sub-Committee|Panel|Board))\b")
_THE_COMMITTEE = re.compile(r"\b(?:of|by|to)\s+the\s+Committee\b|\bthe\s+[A-Z][a-z]+\s+Committee\b")
_BODY_ACTS = re.compile(r"\b[Tt]he\s+(?P<body>Cabinet|Council|Executive)\s+(?:is|are)\s+recommended\s+to\b"
                        r"|\b(?:was|were)\s+(?:noted|RESOLVED|resolved)\s+by\s+(?:the\s+)?(?P<body2>Cabinet|Council|Executive)\b"
                        # "The Council considered the submitted report ...", "The Council conveyed their best wishes to
                        # Councillor ...": the body that met, doing what a meeting does
                        r"|\b[Tt]he\s+(?P<body3>Cabinet|Council|Executive)\s+(?:considered|conveyed|debated)\s+(?:the|a|an|their|its)\b"
                        # "The Health, Care and Wellbeing Scrutiny Committee submitted a report to Cabinet following ...":
                        # the minutes' narrative of a report put to the body that met
                        r"|\b(?:submitted|presented)\s+(?:a|its|their|the)\s+report\s+to\s+(?:the\s+)?(?P<body4>Cabinet|Council|Executive)\b")
# "The minutes of the Planning Committee held on 13 September, 2017 were submitted for approval.": a meeting's first
# business, its own last minutes, names the body
_OWN_LAST_MINUTES = re.compile(
    r"\b[Tt]he\s+minutes\s+of\s+the\s+(?P<body>(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+)?){1,6}(?:Committee|Sub-Committee|Panel|Board))"
    r"\s+(?:meeting\s+)?held\s+on\s+[\w ,]{6,30}\s+(?:were|was)\s+(?:submitted\s+for\s+approval|approved\s+as\s+a\s+correct"
    # ("... held on Thursday, 6 July 2023 were agreed and signed by the Chair.")
    r"|(?:agreed|approved|confirmed)\s+and\s+signed)\b")


# "Councillor Huw Wyn Jones (a member of this Planning Committee), in item 8.4": a member of the body that meets, said so
_THIS_BODY = re.compile(r"\b(?:a\s+)?[Mm]ember\s+of\s+this\s+(?P<body>(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+)?){1,6}"
                        r"(?:Committee|Sub-Committee|Panel|Board))\b")


# ("MINUTES OF COMMUNITY COUNCIL MEETING" under a site's menu: the heading names no "held", its line is all of it)
_MINUTES_HEADING = re.compile(r"^(?:DRAFT\s+)?MINUTES\s+OF\s+(?:(?:THE|A|AN)\s+.*\bHELD\b|(?-i:[A-Z][A-Z ]{3,60}\sMEETING)$)", re.IGNORECASE)


_NAME_BEFORE_BREAK = re.compile(r"(?:[A-Z][a-z]+|and|&)(?:\s(?:[A-Z][a-z]+|and|&)){0,3}")
_BODY_AFTER_BREAK = re.compile(r"(?:Sub-)?Committee\b(?:\s+Minutes)?$")


_FILE_WRAPPER = re.compile(r"(?:Total\s+Page|File\s+Type)\s*:", re.IGNORECASE)


def _joined_broken_names(lines: list[str]) -> list[str]:
    """"Development Control" / "Committee Minutes": a body's name broken over two lines of a page's heading, joined."""
    return [f"{line} {lines[n + 1]}" if n + 1 < len(lines) and _NAME_BEFORE_BREAK.fullmatch(line) and _BODY_AFTER_BREAK.match(lines[n + 1])
            else line for n, line in enumerate(lines) if not (n and _NAME_BEFORE_BREAK.fullmatch(lines[n - 1]) and _BODY_AFTER_BREAK.match(line))]


def _under_item_number(before: list[str]) -> bool:
    """"4" / "5" / "MINUTES OF THE ANNUAL PARISH COUNCIL MEETING HELD ON 15 MAY 2017": a line under an item's number,
    alone on its line after the one before it, is that item's title (not under a page's number: "4" / "DRAFT
    Minutes of the Parish Council Meeting ...")."""
    texts = [text.strip().rstrip(".") for text in before if text.strip()]
    if not texts or not re.fullmatch(r"\d{1,3}", texts[-1]) or int(texts[-1]) < 2:
        return False
    return str(int(texts[-1]) - 1) in texts[:-1]


def find_meeting(pages: list[Page], header_lines: int = 14) -> Meeting:
    """The meeting header from the first lines of the first page: who met
    (never a venue, a page heading or a label line), when (never a
    publication date; none when no date is stated), and where."""
    meeting = Meeting()
    lines = [l.text.strip() for l in pages[0].lines[:header_lines] if l.text.strip()] if pages else []
    if pages and not pages[0].header:
        # A saved page's wrapper (a site's title, "Upload: others", "TRANSCRIPT", page links) before
        # the minutes' own heading further down: the header starts at "MINUTES OF ... HELD ON ...".
        # (not "Agenda for Planning Committee on Wednesday 3rd July, 2019" / ... / "Minutes of the Meeting held on 5 June
        # 2019 pdf icon PDF 65 KB": a ModernGov page's title, and its item linking the last meeting's minutes)
        heading = next((n for n, l in enumerate(pages[0].lines[:60])
                        if n >= header_lines // 2 and _MINUTES_HEADING.match(l.text.strip()) and not _DOCUMENT_LINK.search(l.text)
                        and not _under_item_number([p.text.strip() for p in pages[0].lines[:n]])), None)
        if heading is not None and not any(_MINUTES_HEADING.match(line) or _AGENDA_FOR.match(line) for line in lines):
            lines = [l.text.strip() for l in pages[0].lines[heading:heading + header_lines] if l.text.strip()]
    if pages and pages[0].header:
        lines = pages[0].header + lines[:header_lines - len(pages[0].header)]
    wrapper = [n for n, line in enumerate(lines[:5]) if _FILE_WRAPPER.match(line)]
    site, lines = (_joined_broken_names(lines[:wrapper[0]]), _joined_broken_names(lines[wrapper[-1] + 1:])) if wrapper else (
        [], _joined_broken_names(lines))
    # "Ordinary Meeting of the Town Council, Monday 16Th March 2015" / "Total Page:16" / "File Type:pdf, Size:1020Kb" /
    # "Annual Meeting held Monday 8th May 2017": a document site's title (of another meeting, at times) over the
    # document's own heading, which comes first; the site's title only where the document names no one.  The
    # council's name is read in page order: "Rousay, Egilsay, Wyre and Gairsay Community Council General Meeting" (the
    # site's title) over "MINUTE of the MEETING of ROUSAY, EGILSAY, WYRE AND GAIRSAY COMMUNITY COUNCIL, held in ..."
    meeting.council = _council_name(site + lines)
    lines = lines + site
    blob = " ".join(lines)
    date = None
    for body, stated in _body_candidates(lines):
        body = _clean_body(body)
        if not body or _NOT_THE_BODY.match(body) or len(body) < 3:
            continue
        kind = re.match(r"(?:the\s+)?(Parish|Town|Community)\s+Council\b", body, re.IGNORECASE)
        if kind and meeting.council and kind.group(1).lower() not in meeting.council.lower():
            pass  # "Town Council" met, and the council named further down ("Vale of Glamorgan Council") is another
        elif _GENERIC_BODY.match(body) or (meeting.council and re.sub(r"^the\s+", "", body, flags=re.I).lower()
                                            == meeting.council.lower()):
            if not meeting.council and not re.search(r"\bcouncil\b", body, re.IGNORECASE):
                continue  # "Minutes – Annual Meeting – 15 May 2018": the kind of meeting, not who met
            body = meeting.council or body
        if meeting.council and meeting.council.lower() == re.sub(r"^the\s+", "", body, flags=re.I).lower() + " council":
            body = meeting.council  # "Minutes of Ordinary Meeting of Cleator Moor Town": a page title cut short
        if meeting.council and meeting.council.lower().startswith(body.lower() + ","):
            body = meeting.council  # "ROUSAY, EGILSAY, WYRE AND GAIRSAY COMMUNITY COUNCIL": the name goes on past its comma
        meeting.committee = body
        date = stated
        break
    first_pages = " ".join(l.text for p in pages[:3] for l in p.lines)  # the first pages, read by the fallbacks below
    if meeting.committee and meeting.committee == meeting.council and any(_MODERNGOV_LIST.match(line) for line in lines):
        # A ModernGov "Agenda and minutes" page is headed by the site's council, not
        # by who met; its standard text says whose meeting it is ("... to be made by
        # members of the Corporate Governance and Audit Committee or other ... members").
        found = _MEMBERS_OF_BODY.search(first_pages)
        if found:
            meeting.committee = found.group("body")
    if meeting.committee and meeting.committee == meeting.council:
        # "North Yorkshire County Council" / "Minutes of the remote meeting held on ..." / "Members of the Executive, the
        # Corporate Management Team and other Councillors present introduced themselves": a heading naming only the
        # council, over minutes that tell the body's members from the other councillors there
        found = _BODY_AND_OTHER_COUNCILLORS.search(first_pages)
        if found:
            meeting.committee = found.group("body")
    if (meeting.committee is None or meeting.committee == meeting.council) and any(_MODERNGOV_LIST.match(line) for line in lines):
        # A ModernGov page with no heading of its body: the body its minutes speak of. "... be appointed to serve, in
        # rotation, in the role of Vice Chairman of the Committee." / "... as Vice Chairman of the Planning and Building
        # Standards Committee": a committee that calls itself "the Committee" names itself once in full;
        # "The Cabinet is recommended to approve ...", "... which were noted by Council.": the body that acts
        chaired = _CHAIR_OF_THE_BODY.search(first_pages) if _THE_COMMITTEE.search(first_pages) else None
        # ("The chair of the task and finish group submitted a report to Cabinet ..." on a scrutiny committee's page that
        # speaks of itself as "the Committee": a report put to another body, not who met)
        own_committee = bool(_THE_COMMITTEE.search(first_pages))
        acting = next((found for found in _BODY_ACTS.finditer(first_pages) if not (own_committee and found.group("body4"))),
                      None) if meeting.committee is None else None
        if chaired:
            meeting.committee = chaired.group("body")
        elif acting:
            meeting.committee = acting.group("body") or acting.group("body2") or acting.group("body3") or acting.group("body4")
    if meeting.committee is None:
        found = _OWN_MINUTES.search(first_pages) or _OWN_LAST_MINUTES.search(first_pages) or _THIS_BODY.search(first_pages)
        if found and not _GENERIC_BODY.match(found.group("body")):
            meeting.committee = _clean_body(found.group("body"))
    if meeting.committee is None:
        # "The next Ayton Community Council meeting will take place on ...":
        # the minutes close by naming who meets next, the body that met.
        text = " ".join(l.text for p in pages[-3:] for l in p.lines)
        found = _NEXT_MEETING_OF.search(text)
        if found:
            meeting.committee = _clean_body(found.group("body"))
            meeting.council = meeting.council or (found.group("body") if _COUNCIL_NAME.search(found.group("body")) else None)
    if meeting.committee is None:
        # "Minutes – Annual Meeting – 15 May 2018" on a parish council's own
        # site, whose minutes speak of "the Parish Council": no committee
        # named anywhere, so the council itself met.
        elects = _ELECTS_ITS_CHAIRMAN.search(first_pages)
        found = None if elects else _THE_LOCAL_COUNCIL.search(first_pages)
        if elects:
            # "To elect the Chairman of the County Council for the ensuing year": only the
            # council itself elects its chairman
            meeting.committee = elects.group(1)
        elif found:
            meeting.committee = meeting.council if meeting.council and found.group(1) in meeting.council else found.group(0)[4:]
        elif named := _named_with_its_initials(first_pages):
            # "Page 1 of 5 North Kincardine Rural Community Council (NKRCC) Minutes": a local council's
            # name with its own initials, in a running footer, where the header names none
            meeting.committee = meeting.council = named
        elif _OWN_COUNCIL_MINUTES.search(first_pages) or _FOR_THE_COUNCIL_TO.search(first_pages):
            # "42. Minutes of the Council Meeting held on 9th May and 1st June 2018" / "RESOLVED: these were approved as a
            # correct record": a body approves its own last minutes, so where nothing names who met, the council did
            # ("3. Declarations of interest – for the Council to note ...": the agenda's words for who acts on the item)
            meeting.committee = "Council"
        elif meeting.council and _LOCAL_COUNCIL_NAME.search(meeting.council):
            # "Title: JORDANHILL COMMUNITY COUNCIL: RECORD OF MEETING": a community council's
            # record naming no committee of it is the council's own meeting
            meeting.committee = meeting.council
    meeting.date = (_labelled_date(lines) or date or _labelled_decision_date(pages) or _meeting_date(lines)
                    or _signed_decision_date(lines, pages) or _running_head_date(pages))
    match = _VENUE.search(blob)
    if match:
        meeting.venue = re.sub(r"\s+", " ", next(g for g in match.groups() if g)).strip(" ,")
    else:
        for line in lines:
            label = _VENUE_LABEL.match(line.strip())
            if label:
                meeting.venue = re.sub(r"\.?(?<!\s)\s*View directions\s*$", "", label.group(1)).strip()
                break
    return meeting


# A front sheet announces a meeting to come; minutes report one held.
_SUMMONS = re.compile(
    r"\bwill be held\b|\b(?:you are|councillors are|members are) (?:hereby )?(?:summoned|requested|invited) to "
    r"(?:attend|a meeting)\b"
    r"|\bnotice is hereby given\b|\bto transact the (?:following )?business\b|\bfor the purpose of transacting\b"
    r"|^agenda$|^notice of (?:the )?meeting$",
    re.IGNORECASE | re.MULTILINE)
# "PRESENT:", "Minutes of the meeting ...", "Draft minutes. AGM. 2.5.14"
# (but not ModernGov's "Minutes:" label under an agenda item).
_MINUTES_OPEN = re.compile(r"^(?:present\b\s*:?|minutes of (?:the|a|an)\b|draft\s+minutes\b|minutes\b[\s.]+(?:AGM|EGM|\d))",
                           re.IGNORECASE)


def minutes_pages(pages: list[Page], look: int = 8) -> list[Page]:
    """The pages (from the line) where a meeting's minutes begin when the
    document opens as an agenda: a reports pack carries the minutes of the
    previous meeting for approval, a parish posts its agenda and draft
    minutes as one file, and those minutes, not the contents list of the
    meeting to come, are the record the document holds.  All the pages
    when the document does not open with a summons or holds no minutes."""
    if not pages:
        return pages
    front = "\n".join(l.text.strip() for l in pages[0].lines[:40])
    if not _SUMMONS.search(front) or any(_MINUTES_OPEN.match(l.text.strip()) for l in pages[0].lines[:look]):
        return pages
    for index, page in enumerate(pages):
        if index == 0:
            # One long page (text, markdown): the minutes' opening line.
            summons = next((i for i, l in enumerate(page.lines) if _SUMMONS.search(l.text.strip())), 0)
            opening = next((i for i, l in enumerate(page.lines) if i > summons and len(l.text) < 80
                            and _MINUTES_OPEN.match(l.text.strip().strip("*_# "))), None)
            if opening is not None and len(pages) == 1:
                # Agenda and draft minutes posted as one file are of one
                # meeting: the file's title still names it.
                title = [l.text.strip() for l in page.lines[:summons] if l.text.strip()][:2]
                heading = max(0, opening - 3)  # the council's name may stand above "Draft minutes"
                return [Page(page.number, page.text, page.lines[heading:], header=page.header + title)]
            continue
        if any(_MINUTES_OPEN.match(l.text.strip()) for l in page.lines[:look]):
            return pages[index:]
    return pages


@dataclass
class _Heading:
    index: int  # position in the flat line list
    number: Optional[str]
    title: str
    last: Optional[int] = None  # last line of a heading already gathered
    rest: Optional[str] = None  # the minute's text run into the heading's line


_DOCUMENT_LINK = re.compile(r"(?<!\s)\s*(?:pdf icon\s*)?\bPDF\s+\d+(?:\.\d+)?\s*[KM]B\b.*$", re.IGNORECASE)


def clean_title(title: str) -> str:
    """Collapse spaces and drop ModernGov's "pdf icon PDF 331 KB" link text
    (and a CMIS link's size: "Minutes (57Kb)")."""
    return _LINK_SIZE.sub("", _DOCUMENT_LINK.sub("", re.sub(r"\s+", " ", title))).strip()


_LINK_SIZE = re.compile(r"(?<!\s)\s*\(\d{1,5}(?:\.\d+)?\s?[KM]b\)$", re.IGNORECASE)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman_value(numeral: str) -> Optional[int]:
    """"XIV" -> 14; None for anything that is not a Roman numeral of at most L."""
    if not re.fullmatch(r"(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})", numeral) or not numeral:
        return None
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _number_key(number: str) -> tuple:
    roman = _roman_value(number.rstrip("."))
    return (roman,) if roman else tuple(int(n) for n in re.findall(r"\d+", number))


# ("1 May 18 (annual)": a page's title, the day, the month and two figures of the year)
_DATE_TITLE = re.compile(rf"(?:st|nd|rd|th)?(?<!\s)\s*(?:{MONTHS}),?\s+(?:\d{{4}}\b|\d{{2}}(?=\s*(?:\(|$)))", re.IGNORECASE)


# "5. The Park / Environment Committee": a title in title case that opens with "The", no person's sentence (not "3. The
# Chair thanked members ...")
_THE_PLACE_TITLE = re.compile(r"The(?:\s(?:[A-Z][\w’'&-]+|/|&|and|of|for|the|to|in|on)){2,7}")


def _looks_like_heading(line: Line, has_bold: bool) -> Optional[re.Match]:
    text = clean_title(line.text.strip())  # without ModernGov's "pdf icon PDF 164 KB"
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
    short_title = bool(_SHORT_TITLE.match(re.sub(r"(?<!\s)\s+(?:and|of|for|the|to|on|in|&)\s+", " ", title.strip())))
    # An upper-case title is a heading however long ("C052/23  5.  TO RECEIVE
    # AND ADOPT THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON ...").
    # ("15122 APOLOGIES FOR ABSENCE The Chairman (Cllr Moore) and Cllr Ford apologised ...": a title in capitals,
    # then the minute's text on the same line, is a heading however long the line)
    shouting = title.isupper() and len(title) <= 200 or bool(_CAPS_THEN_SENTENCE.match(title))
    # ("Item 2) Application to list the Goddard Arms as a community asset.": a heading that says it is an item
    # may end as a sentence does)
    said_item = re.match(r"(?:Item|ITEM)\s", text) is not None and len(title) <= 120
    if said_item:
        short_title = True
    # ("7. PCSO RYAN THOMAS (New PCSO) Update & Report ...": a person's title and name in capitals head a minute)
    if (len(title) > 90 and not shouting and not said_item or title.rstrip().endswith((",", ";"))
            or _PERSON_START.match(title) and not _NAME_IN_CAPITALS.match(title) and not _THE_PLACE_TITLE.fullmatch(title.strip())
            or title.rstrip().endswith(".") and not short_title and not shouting):
        return None
    if re.match(r"(?:RESOLVED|RECOMMENDED|AGREED|DECIDED)\b", title, re.IGNORECASE):
        return None
    if _PAGE_HEAD_TITLE.match(title):
        return None  # "1 London Borough of Tower Hamlets Minutes of The COUNCIL, 26/06/2013": a page's number and running head
    if re.fullmatch(r"\d+(?:\.\d+)?", title.split()[0]):
        return None
    if _DATE_TITLE.match(title) or re.match(r"\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b", title):
        # "16 September 2025", "27 April 2021 – Minutes" is a date; "15 23.07.2019 Council" a page's number over
        # the meeting's date and body
        return None
    return match


# "15125 and 15126 OPEN FORUMS It was proposed that Standing Orders ...": two minutes in turn taken under one heading
# ("50/16 - 51/16 ITEMS IN EXCLUSION": a range of minutes numbered within the year, the year's figures on both)
_JOINED_MINUTES = re.compile(r"(?P<first>\d{2,5})\s(?:and|&)\s(?P<second>\d{2,5})"
                             r"|(?P<range_first>\d{1,4})(?P<year>/\d{2})\s?[–-]\s?(?P<range_second>\d{1,4})(?P=year)")
_JOINED_HEADING = re.compile(r"^(?P<number>\d{2,5}\s(?:and|&)\s\d{2,5}|\d{1,4}/\d{2}\s?[–-]\s?\d{1,4}/\d{2})\s(?P<title>[A-Z].*)$")


def _joined_pair(joined: re.Match) -> tuple[int, int, str]:
    """The first and last minute of a :data:`_JOINED_MINUTES` match, and the year's figures they carry ("" for none)."""
    if joined.group("first"):
        return int(joined.group("first")), int(joined.group("second")), ""
    return int(joined.group("range_first")), int(joined.group("range_second")), joined.group("year")


def _shape(number: str) -> str:
    """The style of a minute number: ``84`` and ``84.`` are one style,
    ``19.09.05`` another, ``21/045`` another."""
    if _roman_value(number.rstrip(".")):
        return "R"  # "I", "II", "IV": one style
    joined = _JOINED_MINUTES.fullmatch(number)
    if joined:  # "15125 and 15126" among "15123", "15124": the style of its own numbers
        first, _, year = _joined_pair(joined)
        number = f"{first}{year}"
    # ("214a(1)" and "215(2)": a minute's parts by letter, the agenda's number in brackets, one style)
    # ("2017/ 25" among "2017 / 24" and "2017 / 26": a space lost on one side of the slash, one style; "2016/17" another)
    # ("5.a" among "4." and "6.": a minute lettered after its stop, one style)
    shape = re.sub(r"\.?[a-z]$|[a-z](?=\()", "", re.sub(r"\d+", "9", number.rstrip(".")))
    return re.sub(r"(?<=9)(?: /|/ ) ?(?=9)", " / ", shape)


def _next_number(number: Optional[str]) -> Optional[str]:
    """The minute number after ``number`` in its own style: 9 -> 10,
    168/20 -> 169/20, Cou/285/07-08 -> Cou/286/07-08."""
    if not number:
        return None
    joined = _JOINED_MINUTES.fullmatch(number)
    if joined:  # "15125 and 15126" -> "15127": two minutes taken together, the next after the second
        _, second, year = _joined_pair(joined)  # ("50/16 - 51/16" -> "52/16")
        return f"{second + 1}{year}"
    if re.fullmatch(r"\d{1,2}:00", number):  # "1:00" -> "2:00"
        return f"{int(number.split(':')[0]) + 1}:00"
    agenda = re.fullmatch(r"(?P<n>\d{2,4})[a-z]?\((?P<agenda>\d{1,2})\)", number)
    if agenda:  # "215(2)" -> "216(3)": the minute's running number, the agenda's in brackets
        return f"{int(agenda.group('n')) + 1}({int(agenda.group('agenda')) + 1})"
    dotted = re.fullmatch(r"(?P<n>\d{3,5})\.(?P<year>\d{2})", number)
    if dotted:  # "4074.19" -> "4075.19": the running number, then the year
        return f"{int(dotted.group('n')) + 1}.{dotted.group('year')}"
    serial = re.fullmatch(r"(?P<year>\d{4}\s?[–-]\s?|\d{2}-(?=\d{3}$)|[A-Z]{1,3}\d{2}/\d{2}\.|\d{2}\.(?=\d{3}$))(?P<n>\d{2,4})", number)
    if serial:  # "2020 – 070" -> "2020 – 071", "22-035" -> "22-036", "C20/21.097" -> "C20/21.098"
        return f"{serial.group('year')}{int(serial.group('n')) + 1:0{len(serial.group('n'))}d}"
    # "19.C.1" -> "19.C.2" (the year, the body's letter); "2017 / 22" -> "2017 / 23"; "21/02-1" -> "21/02-2" (the
    # meeting's year and month): the item's count last, after a fixed head
    tailed = re.fullmatch(r"(?P<n>\d{3})(?P<tail>-\d{2})", number)
    if tailed:  # "001-18" -> "002-18": the minute, then the year
        return f"{int(tailed.group('n')) + 1:03d}{tailed.group('tail')}"
    # ("3.1" -> "3.2": a section's paragraphs; not "3.0", a whole number written so, whose "3.1" is its own part)
    headed = re.fullmatch(r"(?P<head>\d{2}\.[A-Z]{1,3}\.|\d{4}\s?/\s?|\d{2}/\d{2}-|\d{2}/\d{2}/(?=\d{3}$)|\d{2}/\d/(?=\d{2}$)|\d{1,2}\.(?=[1-9]\d?$)|\d{2}/(?=\d{3}$))(?P<n>\d{1,3})", number)
    # ("18/1/01" -> "18/1/02": the year, the meeting, the item, its figures kept; "15/142" -> "15/143": the year, then
    # the council's running count in three figures, as Lazonby's "MINUTE No. 15/142" ... "15/143")
    if headed:
        return f"{headed.group('head')}{str(int(headed.group('n')) + 1).zfill(len(headed.group('n')))}"
    match = re.fullmatch(r"(?P<prefix>[A-Za-z]{1,4}/|[A-Z]{1,4}\d{2}/\d{2}/|[A-Z]{1,3}\.?)?(?P<n>\d{1,4})(?P<rest>/(?:[A-Z]{1,4}/)?\d{2}(?:-\d{2})?(?:/[A-Z]{1,4})?)?", number)
    if not match:
        # ("15123" -> "15124": a parish's running count in five figures)
        return str(int(number) + 1) if re.fullmatch(r"[1-9]\d{4}", number) else None
    n = match.group("n")
    following = str(int(n) + 1).zfill(len(n)) if n.startswith("0") else str(int(n) + 1)  # "087" -> "088"
    return f"{match.group('prefix') or ''}{following}{match.group('rest') or ''}"


_AGENDA_THEN_MINUTE = re.compile(
    rf"^(?:Agenda\s+)?Item\s+\d{{1,3}}[.:]?\s+(?P<title>[A-Z][^.:]{{2,80}}?)[.:]?\s+(?P<number>{_RUNNING})\b\s*(?P<rest>.*)$",
    re.IGNORECASE)
# "Susan Astell", "RLE Waters", "DJ Lee [for lateness]"
_PERSON_NAME = r"(?:[A-Z][a-z]+|[A-Z]{1,3})\s(?:Mc|O[’'])?[A-Z][a-z][\w’'-]*(?:\s\[[^\[\]]{1,40}\])?"
_APOLOGIES_THEN_NAMES = re.compile(rf"^(?P<title>Apologies(?:\s+for\s+absence)?)\s+(?P<names>{_PERSON_NAME}(?:(?:,\s|\sand\s|\s&\s|\s){_PERSON_NAME})*)$")
# "1ELECTION OF ...", "329/01APOLOGIESThere were ...", "428/17The Minutes of the meeting ..." (a running number before any word)
# ("37.PRESENT Councillors: ...", "40.TO RECEIVE DECLARATION OF INTEREST": a stop, then no space)
# ("FC49/08/9APOLOGIES – ...": the body's letters, the minute, the year and the month, glued to the title)
_NUMBER_GLUED_TO_CAPS = re.compile(r"^([A-Z]{1,4}\d{1,4}/\d{2}/\d{1,3}(?=[A-Z]{4,})|\d{1,2}(?=[A-Z]{4,})|\d{1,4}/\d{2}(?=[A-Z]{4,}|[A-Z][a-z]+\s)|\d{1,3}\.(?=[A-Z]{4,}|[A-Z]{2,3}\s[A-Z]{2,}|[A-Z][a-z]{2,}(?:[\s:-]|$)|To\s[a-z]))")  # ("1.To receive apologies.", "1.Apologies:")
# (two words in capitals, or one long one: "SEND Progress Update re ..." is a title that opens with an acronym)
# ("2003.05 MATTERS ARISING NOT REPORTED ANYWHERE ELSE ON THE AGENDA 2002.05 KGF Playground – ...": the minute begun with
# the number of the last meeting's minute it takes up)
_CAPS_THEN_SENTENCE = re.compile(r"^(?P<caps>[A-Z][A-Z’'&/-]+(?:\s[A-Z(0-9][A-Z0-9’'&/(),-]*)+|[A-Z]{6,})\s"
                                 r"(?P<more>(?:\(?[A-Z][a-z][\w’'-]*\)?|\d{3,4}\.\d{2}(?=\s[A-Z]))\s.*)$")
_CAPS_THEN_VERB = re.compile(r"^(?P<caps>[A-Z]{4,}(?:\s[A-Z]{2,})*)\s(?:were|was|had|have|has|is|are)\s")
_SUB_LABEL_TITLE = re.compile(r"^\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})\)\s")  # "(a) Play Area", "a) Defibrillators"
_TITLE_ABOVE = re.compile(r"[A-Z][A-Z’'&,()/-]+(?:\s[A-Z(][A-Z’'&,()/-]*){0,11}")


_READS_AS_SENTENCE = re.compile(r"\b(?:[a-z]{3,}ed|was|were|is|are|had|has|have|made|gave|took|said)\b")
BRACKETED_TEXT = re.compile(r"\([^()]*\)")


def _title_above(flat: list[tuple[int, Line]], index: int) -> str:
    """The line above ``index`` where it is a title in capitals ("APOLOGIES FOR
    ABSENCE" over "FC39/14 Apologies for absence were received ..."), else ""."""
    above = flat[index - 1][1].text.strip() if index else ""
    return above if _TITLE_ABOVE.fullmatch(above) else ""


_PLAIN_TITLE = re.compile(r"[A-Z][\w’'&,()/-]*(?:\s[\w’'&,()/-]+){0,13}")
_SENTENCE_START = re.compile(r"[A-Z][a-z]*\s[a-z]")


_AGENDA_HEADING = re.compile(r"^(?:\d{1,3}\s+)?(?P<title>[A-Z][\w’'&,()/!?-]*(?:\s[\w’'&,()/!?-]+){0,9})$")


def _agenda_title_above(flat: list[tuple[int, Line]], index: int) -> str:
    """The nearest short heading (numbered or not) in the eight lines above a
    minute's number, past the agenda's paragraphs: "" where there is none."""
    for _, line in reversed(flat[max(0, index - 8):index]):
        heading = _AGENDA_HEADING.match(line.text.strip())
        if heading and not _NUMBER_ONLY.match(line.text.strip()) and not _READS_AS_SENTENCE.search(heading.group("title")):
            return clean_title(heading.group("title"))
    return ""


def _plain_titles_above(flat: list[tuple[int, Line]], candidates: list[tuple[str, "_Heading"]]) -> None:
    """"Election of Chairman and signing of Declaration of Acceptance of Office" /
    "19/55 It was proposed by Cllr Toogood ...": where most running minute
    numbers open a sentence under a short line with no full stop, each such
    line is its minute's title (the heading starts there)."""
    running = [n for n, (style, h) in enumerate(candidates)
               if style == "inline" and h.number and re.fullmatch(_RUNNING, h.number)]
    titled = []
    for n in running:
        heading = candidates[n][1]
        above = flat[heading.index - 1][1].text.strip() if heading.index else ""
        line = flat[heading.index][1].text.strip()
        after = line[len(heading.number):].strip() if line.startswith(heading.number) else ""
        own = re.match(r"[A-Z][\w’'&-]*(?:\s[\w’'&-]+){0,5}(?=\.\s+[A-Z])", after)  # "School transport. Following ..."
        if (_PLAIN_TITLE.fullmatch(above) and not above.endswith((".", ":", ";", ",")) and _SENTENCE_START.match(after)
                and not _HEADING.match(above) and not _PERSON_START.match(above)
                and not (own and not _READS_AS_SENTENCE.search(own.group(0)))):
            titled.append((n, above, after))
    if len(titled) < 3 or len(titled) * 3 < 2 * len(running):
        return
    for n, above, after in titled:
        heading = candidates[n][1]
        candidates[n] = ("inline", replace(heading, index=heading.index - 1, title=above, last=heading.index, rest=after))


# ("ACTION 12.042 Apologies for absence ...": the action column's head alone, in capitals, before a running number)
_TABLE_HEAD_BEFORE = re.compile(r"^(?:(?:(?i:minute|item|action|no\.?|number|ref\.?|discussion|agenda|by|who|decisions?)\s+){2,6}(?=\d{1,4}\.?\s+[A-Z])"
                                r"|ACTION\s+(?=\d{1,4}[./]\d{2,3}\s+[A-Z])"
                                # ("No / Subject / Comments1 / To elect the Mayor ...": a table's heads as cells, the
                                # first row's number glued to the last)
                                r"|(?:(?i:no\.?|item|minute|subject|comments?|discussion|action|decisions?|resolutions?|notes?)\s/\s){1,4}"
                                r"(?i:no\.?|item|minute|subject|comments?|discussion|action|decisions?|resolutions?|notes?)\s?(?=\d{1,4}\s/\s[A-Z]))")
# "1 / To elect the Mayor ... 2015-2016. / A vote was held and ...": the title's cell ends where the next begins
_ROW_CELL = re.compile(r"\.?\s/\s(?=[A-Z][a-z]*\s[a-z])")
_DECIMAL = re.compile(r"\d{1,2}\.\d{1,2}")  # "3.1": a section's numbered paragraph
_MINUTE_AND_YEAR = re.compile(r"\d{3,4}\.\d{2}")  # "134.22": a minute of 2022
_COUNTED_PEOPLE = re.compile(r"\d{1,3}\s+(?:[Mm]embers?\s+of\s+(?:the\s+)?(?:[Pp]ublic|[Pp]ress)|[Rr]esidents|[Pp]arishioners|[Vv]isitors)\.?$")
_PAGE_NUMBER_BEFORE = re.compile(r"^\d{1,3}\s+(?=(?P<number>\d{1,3})\.\s+[A-Z])")
_CAPS_THEN_PERSON = re.compile(r"^(?P<caps>[A-Z][A-Z’'&,/-]*(?:\s[A-Z0-9][A-Z0-9’'&,/-]*)*)\s(?P<more>(?:Cllrs?|Councillors?|Mrs?|Ms|Dr)\.?\s[A-Z].*)$")
_CAPS_THEN_DASH = re.compile(r"^(?P<caps>[A-Z][A-Z0-9'’&,/() ]*[A-Z)])\s+[-–—]\s+(?P<more>\S.*)$")


# (not "AMENDED AT ITEM 294. ON 11.04.2016": a note naming a minute)
_CAPS_TITLE_THEN_NUMBER = re.compile(r"^(?P<title>[A-Z][A-Z’'&,:/() -]{3,100}[A-Z)’'])(?<!ITEM)(?<!MINUTE)(?<!\sNO)\s(?P<number>\d{1,3})\.\s+"
                                     r"(?P<rest>[A-Z][a-z].*)$")


def _counting_run(headings: list["_Heading"]) -> int:
    """How many headings, in the order found, count up one by one at the
    longest (``1``, ``2``, ``3`` is three; ``78``, ``79`` is two)."""
    best, run, last = 0, 0, None
    for heading in headings:
        run = run + 1 if last is not None and _next_number(last) == heading.number else 1
        best, last = max(best, run), heading.number
    return best


def _outrun(alone: list["_Heading"], inline: list["_Heading"]) -> bool:
    """Whether numbers before their titles count up far longer than the
    numbers alone on their lines: those are then the page's numbers
    ("78" / "CHISLET PARISH COUNCIL", "79" / "Action by:" over items 1 to 9
    of a web page), not its minutes."""
    return _counting_run(inline) >= max(4, 2 * _counting_run(alone) + 1)


# "Item 1:Apologies for Absence." / "19/5 Councillors Briony Davies, ...", "Item 4:To receive the minutes ..." /
# "19/8Resolved to approve ...": the agenda's item and its title on one line, the minute's running number opening the next
_ITEM_TITLE_LINE = re.compile(r"^Item\s+\d{1,2}[a-z]?\s*[:.]\s*(?P<title>\S.{2,200})$")
_MINUTE_NUMBER_OPENING = re.compile(r"^(?P<number>\d{1,3}/\d{1,3})(?=\s|[A-Z])\s*")
_MINUTE_NUMBER_ENDING = re.compile(r"\s(?P<number>\d{1,3}/\d{1,3})(?=[a-z])")


def _agenda_items_over_minute_numbers(flat: list[tuple[int, Line]]) -> list["_Heading"]:
    """Minutes numbered under the agenda's items: each "Item N: title" line over a line that opens with the minute's
    number (or, the title run on, with the number inside the item's line), three or more of them."""
    found = []
    for index, (_, line) in enumerate(flat[:-1]):
        item = _ITEM_TITLE_LINE.match(line.text.strip())
        if not item:
            continue
        below = _MINUTE_NUMBER_OPENING.match(flat[index + 1][1].text.strip())
        inside = _MINUTE_NUMBER_ENDING.search(item.group("title"))
        if below:
            found.append(_Heading(index, below.group("number"), item.group("title").rstrip(". "),
                                  rest=flat[index + 1][1].text.strip()[below.end():]))
        elif inside:
            # "Item 7:Matters arising from the minutes ..., which are not 19/11included on this agenda."
            title = item.group("title")
            found.append(_Heading(index, inside.group("number"), f"{title[:inside.start()]} {title[inside.end():]}".rstrip(". ")))
    if len(found) < 3:
        return []
    # (the minute's own line, its number taken off, is read as the item's text: the heading's "last" is that line)
    return [replace(heading, last=heading.index + 1) if heading.rest is not None else heading for heading in found]


def _plain_headings(flat: list[tuple[int, Line]]) -> list["_Heading"]:
    """Headings of a document without font information (text, Word without
    bold, web pages), chosen so that one council's layout does not read
    another's paragraphs as items:

    - a number alone on its line with the title on the next (ModernGov page
      text) is the strongest sign; where a document has such headings,
      numbers inside a line (table rows, references) are not items;
    - otherwise headings share the document's dominant number style, so
      ``2016/17`` in a sentence or ``4.1.1`` paragraphs under ``4`` do not
      interrupt ``16.01.09``-style or ``4.``-style items;
    - a heading is never an address line (``57 Edgehill Road, G11 7HZ``).
    """
    agenda_then_minute = _agenda_items_over_minute_numbers(flat)
    if agenda_then_minute:
        return agenda_then_minute
    candidates: list[tuple[str, _Heading]] = []
    weak: list[_Heading] = []  # "5. Councillor reports Councillor Jassemi provided ...": only if the next number
    repeated: set[int] = set()  # a number column's copy of the heading's number above it
    # the first words of the document's opening lines, which a page's running head repeats
    # (one with a figure in them, a date or a page's number: "Minutes of the remote meeting held ..." over the page is no head
    # of "571 |" / "Minutes of the Meeting held on ...")
    running_heads = {line.text.strip()[:12] for _, line in flat[:3] if len(line.text.strip()) >= 12 and re.search(r"\d", line.text.strip()[:12])}
    for index, (_, line) in enumerate(flat):
        text = re.sub(r"^(\d{1,3})\s+pdf\s+(?=[A-Z])", r"\1 ", line.text.strip())  # "3 pdf Minutes (57Kb)": a link's icon
        text = re.sub(r"^(\d{1,3})\s\.(?=[A-Z])", r"\1. ", text)  # "4 .Election of remaining Office Bearers:": the stop moved
        if _COUNTED_PEOPLE.match(text):
            continue  # "8 Members of the public": how many came, no minute
        # ("No / Subject / Comments1 / To elect ...": the heads' cells, then the first row's; heads without cells are
        # stripped below, after a page's number)
        head = _TABLE_HEAD_BEFORE.match(text)
        slashed = head is not None and "/" in head.group(0)
        if slashed:
            text = text[head.end():]
        cells = re.match(r"^(\d{1,4}(?:\.0)?\.?)\s/\s+(?=[A-Z])", text)
        if cells:  # "152. / Apologies", "1 / Welcome", "2.0 / Police Report": a table's two cells
            # ("2 / To receive apologies. / There were no apologies.": the row's third cell the minute's text)
            text = f"{cells.group(1)} {_ROW_CELL.sub(' – ', text[cells.end():], count=1)}"
        if slashed or cells:
            line = replace(line, text=text)
        # An address is a heading's line, not the minute's text run on after it.
        if index in repeated or line.table or _POSTCODE.search(text[:80]) or _ADDRESS.match(re.sub(r"^\d+[a-z]?\s+", "", text)):
            continue
        page_number = _PAGE_NUMBER_BEFORE.match(text)
        if page_number and candidates and _next_number(candidates[-1][1].number) == page_number.group("number"):
            # "1 7. Dumfries & Galloway ...": the page's number, then item 7
            text = text[page_number.end():]
            line = replace(line, text=text)
        head = _TABLE_HEAD_BEFORE.match(text)
        if head:
            # "MINUTE ITEM ACTION NO. 70 Election of Chair and Vice Chair": a table's
            # column heads run into its first row
            text = text[head.end():]
            line = replace(line, text=text)
        glued = _NUMBER_GLUED_TO_CAPS.match(text)
        if glued:
            # "1ELECTION OF CHAIRMAN On a proposal by ...": the number and the title in capitals run together
            text = f"{glued.group(1)} {text[glued.end(1):]}"
            text = re.sub(r"^(\S+ [A-Z]{3,})(?=[A-Z][a-z])", r"\1 ", text)  # "... APOLOGIESThere were": the minute run on
            line = replace(line, text=text)
        following = flat[index + 1][1].text.strip() if index + 1 < len(flat) else ""
        bare = _BARE_NUMBER_LINE.match(text)
        # (the purpose's paragraph between them: "1 Election of Chairman of the Council" / "To elect the Chairman ..." /
        # "(The new Chairman ...)" / "1" / "Councillor Meg Barrow was proposed ...")
        # (the agenda's paragraphs may be long: "2 DECLARATIONS OF INTEREST" / "You have a Disclosable Pecuniary Interest
        # ..." / ... / "2"; the copy stands before the next heading)
        copy = None
        for i in range(index + 1, min(index + 40, len(flat))) if bare else ():
            ahead = flat[i][1].text.strip()
            if ahead.rstrip(".") == bare.group("number"):
                copy = i
                break
            if i > index + 7 and _BARE_NUMBER_LINE.match(ahead):
                break
        if copy is not None:
            # "1 Apologies for Absence" / "1" / "Apologies for absence were ...": a CMIS
            # page sets the number twice, before the title and alone in its column.
            repeated.add(copy)
            candidates.append(("alone", _Heading(index, bare.group("number"), clean_title(bare.group("title")), last=copy)))
            continue
        if (_NUMBER_ONLY.match(text) and following and not _NUMBER_ONLY.match(following)
                and not following.startswith(text.rstrip(".") + " ")  # a page number over "1 BIBLE READING ..."
                and not _COUNCIL_NAME.search(following)  # "1" / "Weaverham Parish Council": the page's number over its heading
                and (index < 3 or following[:12] not in running_heads)  # "138" / "MM 26.02.2019 - ...": a later page's head
                # "2" / "32/17-18 ITEM 5 TO RECEIVE ...", "1" / "Minute No:": a page's number over a minute
                # numbered in its own style, or over a table's column head
                and not _RUNNING_HEADING.match(following) and not _COLUMN_HEAD.match(following)
                # ("1" / "Agenda Item No. 2", "2" / "4. Decision Log.": a page's number over a later agenda's stamp, or
                # over a minute that carries its own number)
                and not _NUMBERED_OR_STAMP.match(following)
                # ("1 |" / "Members Present: Innes Stephen (Chairman); ...": a table's first cell over the attendance)
                and not (text.endswith("|") and _ATTENDANCE_OPENING.match(following))):
            title = clean_title(following)
            number = text.lstrip("•· ").removesuffix(" |").rstrip(".").strip("()")
            previous = next((h.number for style, h in reversed(candidates) if style == "alone"), None)
            # (only under a number of the council's letters and year: "2.2" / ... / "2.3" are two minutes)
            serial = re.fullmatch(r"[A-Z]{0,3}\d{2}/\d{2}\.(?P<n>\d{1,4})", previous or "")
            if serial and re.fullmatch(rf"{serial.group('n')}\.\d{{1,2}}", number):
                continue  # "C12/13.63" / "Minutes. ..." / "63.1": the minute's serial and a paragraph's number, part of it
            # "The Chief Executive informed Council that ...": a sentence, where "The use of
            # Assistive Technology to support ..." is a title.
            sentence = any(re.fullmatch(r"[a-z]+ed|was|were|is|are|has|had", word) for word in title.split()[1:8])
            if previous and _next_number(previous) == number and (
                    re.match(r"(?i:resolved)\b", title) or _PERSON_START.match(title) and sentence):
                # "3" / "Resolved: That the minutes ...", "4" / "The Chief Executive informed
                # Council ...": a minute with no title, next in turn
                candidates.append(("alone", _Heading(index, number, "", last=index)))
            elif (previous and _next_number(previous) == number and len(following) > 200
                  and (opening := _TITLE_THEN_SENTENCE.match(following))
                  and not re.search(r"\b(?:was|were|is|are|has|had|[a-z]+ed)\b", opening.group("head"))):
                # "C12/13.64" / "New Code of Conduct for Members. In accordance with ...": the title's own sentence,
                # then a long minute, next in turn
                candidates.append(("alone", _Heading(index, number, opening.group("head"), last=index + 1,
                                                     rest=following[opening.end():])))
            elif (len(following) > 200 and _READS_AS_SENTENCE.search(following[:200])
                  or re.match(r"[A-Z][a-z]+\s(?:was|were|had|has|have)\s", following)) and (agenda := _agenda_title_above(flat, index)):
                # "2 Have Your Say!" / "The Mayor to ask ..." / "79" / "Joseph Rawlings of Colchester Equality
                # addressed Council ...", "Apologies" / "Councillors Davies, ..." / "77" / "Apologies were received
                # from ...": a CMIS page's minute, numbered alone under the agenda's heading
                candidates.append(("alone", _Heading(index, number, agenda, last=index)))
            # ("276" / "election of chairman": a page that sets its titles in small letters, styled into capitals)
            elif (title and len(following) <= 200 and (re.match(r"[A-Z(‘'\"“0-9]", title) or _small_letter_title(flat, index, title))
                  and not (_PERSON_START.match(title) and not title.startswith("The "))
                    and not _POSTCODE.search(following[:120])  # "24" / "Cadeirydd Swyddfa’r Cyngor ... LL41 3ES": a letterhead
                    and not re.match(r"(?:RESOLVED|Minutes:)", title) and not _PAGE_CHROME.match(title)):
                run_on = _CAPS_THEN_PERSON.match(title) or _CAPS_THEN_SENTENCE.match(title)
                head = _TITLE_THEN_SENTENCE.match(following)
                if head and not re.search(r"\b(?:was|were|is|are|has|had|[a-z]+ed)\b", head.group("head")):
                    # "C12/13.62" / "Public Participation Session. No public present.", "C12/13.63" / "Minutes. RESOLVED:
                    # That ...": the title's own sentence, then the minute
                    candidates.append(("alone", _Heading(index, number, head.group("head"), last=index + 1,
                                                         rest=following[head.end():])))
                elif _APOLOGIES_SENTENCE_LINE.match(following):
                    # "C12/13.61" / "Apologies for absence were received from Cllrs Glew and Anson.": a minute with no
                    # title but its first words
                    candidates.append(("alone", _Heading(index, number, "Apologies", last=index + 1, rest=following)))
                elif run_on and run_on.group("caps") != title:
                    # "133." / "DECLARATIONS OF INTEREST Councillors J. Cameron, ... declared an interest": the
                    # title in capitals, then the minute run on from it
                    candidates.append(("alone", _Heading(index, number, run_on.group("caps"), last=index + 1,
                                                         rest=following[len(following) - len(run_on.group("more")):])))
                else:
                    candidates.append(("alone", _Heading(index, number, title, last=index + 1)))
            continue
        agenda_item = _AGENDA_ITEM_LINE.match(text)
        if agenda_item and _MINUTE_REF_LINE.fullmatch(following):
            # "AGENDA ITEM 1 – Apologies" / "CL/13/19.06.23" / "Apologies accepted from ...": the agenda's
            # heading, then the minute's own reference alone on its line
            candidates.append(("inline", _Heading(index, following, agenda_item.group("title").strip(), last=index + 1)))
            continue
        roman = _ROMAN_HEADING.match(text)
        if roman and _roman_value(roman.group("number")) == (
                1 + max([_number_key(h.number)[0] for _, h in candidates if _shape(h.number) == "R"], default=0)):
            # "I RECYCLING ADVISORY GROUP SCOTLAND CONFERENCE 2000": a Roman numeral, counting
            # up from I, before a title in capitals
            candidates.append(("inline", _Heading(index, roman.group("number"), roman.group("title").strip())))
            continue
        agenda_numbered = _AGENDA_THEN_MINUTE.match(text)
        if agenda_numbered:
            # "Item 1. Apologies for Absence. 87/18 Councillor J Andrew ...": the
            # agenda's number, the title, then the minute's own number.
            candidates.append(("inline", _Heading(index, agenda_numbered.group("number"),
                                                  agenda_numbered.group("title").strip(), rest=agenda_numbered.group("rest"))))
            continue
        caps_first = _CAPS_TITLE_THEN_NUMBER.match(text)
        if caps_first:
            # "ADDITIONAL BUSINESS: COUNCIL APPOINTMENTS 1. On the matter having been raised, ...": the heading in
            # capitals, then the minute's number opening its first paragraph
            candidates.append(("inline", _Heading(index, caps_first.group("number"), caps_first.group("title").strip(),
                                                  rest=caps_first.group("rest"))))
            continue
        bracketed = _BRACKETED_NUMBER.match(text)
        if bracketed:
            # "(2020 – 072) No apologies were received.": no title but the minute's first words
            words = re.split(r"(?<=[a-z])[.,;:](?=\s|$)", bracketed.group("rest"), maxsplit=1)[0].split()
            candidates.append(("inline", _Heading(index, bracketed.group("number"), " ".join(words[:8]),
                                                  rest=bracketed.group("rest"))))
            continue
        joined = _JOINED_HEADING.match(text)
        pair = _JOINED_MINUTES.fullmatch(joined.group("number")) if joined else None
        if pair and _joined_pair(pair)[1] == _joined_pair(pair)[0] + 1:
            # "15125 and 15126 OPEN FORUMS It was proposed ...": one heading for two minutes in turn, its number as printed
            shouted = _CAPS_THEN_SENTENCE.match(joined.group("title"))
            title = shouted.group("caps") if shouted else " ".join(joined.group("title").split()[:8])
            candidates.append(("inline", _Heading(index, joined.group("number"), title,
                                                  rest=shouted.group("more") if shouted else joined.group("title"))))
            continue
        run_in = _RUN_IN.match(text)
        if run_in and _REPORTED_VERB.fullmatch(run_in.group("title").strip()):
            run_in = None  # "429/17 Submitted – Minutes of the Meeting of the Planning Committee ...": the title is all of it
        # "165/20 To Approve New Template RESOLVED: That ...": the marker
        # opens the minute's text, it is not the end of a run-in title.
        if run_in and _DATE_TITLE.match(run_in.group("title")):
            continue  # "27 April 2021 – Minutes": a date, not minute 27
        # A title may be longer where a dash or a colon, not a full stop, ends it ("12935. Matters
        # arising from the Minutes of Previous Meetings, not Covered by the Agenda – Deputy Clerk ...")
        if (run_in and len(run_in.group("title").split()) <= (
                16 if text[run_in.end("title"):].lstrip()[:1] != "." and not _PERSON_INSIDE.search(run_in.group("title")) else 12)
                and not _PERSON_START.match(run_in.group("title"))
                and not re.search(r"\b(?:RESOLVED|AGREED|RECOMMENDED|DECIDED)$", run_in.group("title"))):
            title, rest = run_in.group("title").strip(), run_in.group("rest")
            marker = re.search(r"\s(?=(?:Resolved|RESOLVED|Agreed|AGREED)$)", title)
            if marker:  # "C263 Open Forum Resolved: that standing orders be suspended."
                title, rest = title[:marker.start()], text[run_in.start("title") + marker.end():]
            elif len(title.split()) > 6 and re.search(r"\s[A-Z][\w’'-]+\s(?:[a-z]+ed|was|were|is|are|has|had)\s", title):
                # "C261 Police Report PCSO Walker reported the latest crime figures.": a sentence ran into the title
                said = re.search(r"\s[A-Z][\w’'-]+\s(?:[a-z]+ed|was|were|is|are|has|had)\s", title)
                # ("21/048 To receive any apologies for absence Apologies were received from Cllr. K. Field, ...": an
                # agenda's wording, which the capitals of a title do not bound, ends where the sentence starts)
                title = (title[:said.start()] if re.match(r"To\s[a-z]", title) else _run_in_title(title)) or title
                rest = text[run_in.start("title") + len(title):].strip()
            dashed = _CAPS_THEN_DASH.match(title)
            if dashed and not dashed.group("more").isupper():
                # "85. APOLOGIES FOR ABSENCE - Cllrs. Mrs. C. Mirza-Davies, ...": the title in
                # capitals ends at the dash, the minute's text starts after it.
                title, rest = dashed.group("caps"), text[run_in.start("title") + dashed.start("more"):]
            sentence = _CAPS_THEN_SENTENCE.match(title)
            said = _CAPS_THEN_VERB.match(title)
            if sentence and not dashed:  # "1 ELECTION OF CHAIRMAN On a proposal by Cllr. Cockram, ...": the minute begun
                title, rest = sentence.group("caps"), text[run_in.start("title") + sentence.start("more"):]
            elif said and not dashed:  # "59/19 APOLOGIES were received from ...": the title is the sentence's subject
                title, rest = said.group("caps"), text[run_in.start("title"):]
            above = _title_above(flat, index) if re.fullmatch(_RUNNING, run_in.group("number")) else ""
            if above and not re.fullmatch(r"[A-Z][\w’'&-]*(?:\s[\w’'&-]+){0,5}", title) or above and _READS_AS_SENTENCE.search(title):
                # "ANNOUNCEMENTS" / "FC41/14 The Mayor made the following announcements:": the title above
                # (not "REPORTS FROM COUNTY AND BOROUGH COUNCILLORS" / "204/17 School transport. Following ...": its own)
                title, rest = above, text[run_in.start("title"):]
            candidates.append(("inline", _Heading(index, run_in.group("number"), title, rest=rest)))
            continue
        match = _looks_like_heading(line, False)
        if match:
            # "2/ Election of Vice-Chairman:": the colon ends the title, it is not part of it
            title, rest = match.group("title").strip().rstrip(":").rstrip(), None
            person = _CAPS_THEN_PERSON.match(title)
            named = _APOLOGIES_THEN_NAMES.match(title)
            sentence = _CAPS_THEN_SENTENCE.match(title)
            dashed = _CAPS_THEN_DASH.match(title)
            if dashed and not dashed.group("more").isupper() and re.match(r"[A-Z][a-z]", dashed.group("more")):
                # "FC49/08/9APOLOGIES – Apologies for absence were received ...": the title in capitals ends at the dash
                title, rest = dashed.group("caps"), dashed.group("more")
            elif person:  # "19/1515 APOLOGIES Cllr D Ryan Leave of Absence ...": the title in capitals, then the minute
                title, rest = person.group("caps"), person.group("more")
            elif named:  # "1 Apologies Susan Astell" / "2 Minute of ...": a flattened page, the names run into the title
                title, rest = named.group("title"), named.group("names")
            elif sentence:  # "1 ELECTION OF CHAIRMAN On a proposal by ...": the title in capitals, then the minute
                title, rest = sentence.group("caps"), sentence.group("more")
            if rest is None and len(title) > 150:
                # "17.11.10 P.Cnllrs noted that the requested call-in ... a. Swakeleys, ... 7 in favour ...": the
                # minute itself, run on from its number; its opening words stand for the title
                title, rest = " ".join(title.split()[:8]), title
            candidates.append(("inline", _Heading(index, match.group("number"), title, rest=rest)))
            continue
        # ("6) (a) Lothian and Borders Police – Since the last meeting ...": its first part's letter before the title)
        weak_match = re.match(r"^(?:Minute\s+|Item\s+|ITEM\s+)?(?P<number>\d{1,3})(?:[.):/]|\s[–-](?=\s)|(?=\s+[A-Z]))\s+(?:\|\s+)?(?:\(a\)\s+)?(?P<title>[A-Z].{2,})$", text)
        if weak_match and line.numbered:
            # "... Minutes: 1. Apologies for Absence were received ...": cut
            # at a number counting up from 1, the number is the heading.
            words = weak_match.group("title").split()
            candidates.append(("inline", _Heading(index, weak_match.group("number"), " ".join(words[:8]).rstrip(".:,"),
                                                  rest=weak_match.group("title"))))
            continue
        lettered = re.match(r"^(?P<number>[A-Z]{1,3}\d{1,4})\s+(?P<title>[A-Z].{2,})$", text)
        if lettered and not weak_match:
            # "C262 Reports on Matters Relating to Thirsk (a) NYCC Cllr ...": next in turn after "C261"
            weak.append(_Heading(index, lettered.group("number"),
                                 _run_in_title(lettered.group("title")) or " ".join(lettered.group("title").split()[:8]),
                                 rest=lettered.group("title")))
        long_heading = _HEADING.match(text) if not (weak_match or lettered or line.table) else None
        # ("134.22 Cllr Hodson, as Chairman, welcomed those present to the meeting.": a minute and its year, likewise)
        if long_heading and _PERSON_START.match(long_heading.group("title")) and (
                _DECIMAL.fullmatch(long_heading.group("number")) or _MINUTE_AND_YEAR.fullmatch(long_heading.group("number"))):
            # "3.1 The Chair thanked members who had stepped in ..." / "3.2 Morag Sheppard (MS) confirmed ...": a
            # numbered paragraph opening with its subject, a heading where it stands in turn
            weak.append(_Heading(index, long_heading.group("number"), " ".join(long_heading.group("title").split()[:8]),
                                 rest=long_heading.group("title")))
        elif long_heading and not _PERSON_START.match(long_heading.group("title")):
            # "22-041: Public Participation (15 mins) – to accept questions and comments from members of
            # the public ... (max 3 mins per person)": too long for a title alone, a heading where it is
            # exactly the number the sequence lacks
            weak.append(_Heading(index, long_heading.group("number"),
                                 _run_in_title(long_heading.group("title")) or " ".join(long_heading.group("title").split()[:8]),
                                 rest=long_heading.group("title")))
        if weak_match:
            words = weak_match.group("title").split()
            # "4/ Minutes of the Meeting held on Tuesday, 21st June, 2016.": a whole short line is the title
            words = words if len(words) <= 12 and text.endswith((".", ":")) else words[:8]
            # "2 APOLOGIES No apologies had been received.": the title in capitals, then the minute
            shouted = _CAPS_THEN_SENTENCE.match(weak_match.group("title"))
            # ("11 Apologies Apologies were received from Cllr W Griffiths ...": a title run into its minute, cut where
            # its first word comes again, a person is named or a sentence begins)
            run_in = _run_in_title(weak_match.group("title")) if len(weak_match.group("title").split()) > 12 else ""
            after = weak_match.group("title")[len(run_in):].split()[:1]
            if len(run_in.split()) < 2 and not (run_in and after and after[0].lower() == run_in.lower()):
                run_in = ""  # ("All Councillors present signed ...": one word is no title unless it comes again)
            weak.append(_Heading(index, weak_match.group("number"),
                                 shouted.group("caps") if shouted else run_in or " ".join(words).rstrip(".:,"),
                                 rest=weak_match.group("title")))
        running = re.match(rf"^(?P<number>{_RUNNING})\s+(?:[-–—]\s+)?(?P<title>[A-Z][^.]{{2,300}})", text)
        if running and _RESOLUTIONS_NUMBER.match(running.group("title")):
            running = None
        above = _title_above(flat, index) if running else ""
        subject_above = re.match(rf"^(?P<number>{_RUNNING})\s+(?=(?:were|was|had|has|have)\s[a-z])", text)
        if subject_above and (subject := _title_above(flat, index)):
            # "APOLOGIES FOR ABSENCE" / "200/17 were accepted from Cllrs Chris Ditton (business), ...": the heading
            # above is the sentence's subject
            candidates.append(("inline", _Heading(index, subject_above.group("number"), subject,
                                                  rest=text[subject_above.end():])))
            continue
        if running and _PERSON_START.match(running.group("title")):
            # "169/20 Cllr Colin Sampson (BCKLWN) and ...": a heading only if
            # it is exactly the next number.
            weak.append(_Heading(index, running.group("number"), above or " ".join(running.group("title").split()[:12]),
                                 rest=text[running.start("title"):]))
        elif running:
            # A running minute number ("154/20") is itself the sign of a
            # heading; in flattened text the title runs into the minute
            # (where the title is in capitals, it ends where they do).
            # ("FC49/08/9 APOLOGIES – Apologies for absence were ...": one word in capitals, ended by a dash)
            shouted = re.match(r"[A-Z][A-Z’'&,-]+(?:(?:\s+[A-Z0-9][A-Z0-9’'&,-]*)+(?=\s+[A-Z][a-z])|(?:\s+[A-Z0-9&][A-Z0-9’'&,-]*){0,8}(?=\s+[–—]\s+[A-Z][a-z]))",
                               running.group("title"))
            title = shouted.group(0) if shouted else " ".join(running.group("title").split()[:12])
            if above and not shouted and _READS_AS_SENTENCE.search(" ".join(BRACKETED_TEXT.sub("", running.group("title")).split()[:10])):
                title = above  # "APOLOGIES FOR ABSENCE" / "FC39/14 Apologies for absence were received ...": the title above
                # (not "MINUTES" / "428/17 The Minutes of the meeting of the Council held on ...": a section's heading
                # over a minute with a title of its own)
            # (the text after a title in capitals starts the minute: "60/19 ACCEPT MEMBERS DECLARATION OF
            # INTEREST Andrew Rogers stated ..." is Andrew Rogers' statement)
            candidates.append(("inline", _Heading(index, running.group("number"), title,
                                                  rest=text[running.start("title") + (shouted.end() if shouted else 0):].strip())))
    _plain_titles_above(flat, candidates)
    alone = [h for style, h in candidates if style == "alone"]
    if len(alone) >= 2 and _outrun(alone, [h for style, h in candidates if style == "inline"]):
        candidates, alone = [(style, h) for style, h in candidates if style == "inline"], []
    # (a decimal part stands without the stop: "5." / ... / "5.1" / ... / "5.2")
    stopped = [h for h in alone if flat[h.index][1].text.strip().endswith(".") or "." in (h.number or "")]
    if len([h for h in stopped if "." not in (h.number or "")]) >= 2 and len(stopped) * 2 > len(alone):
        # "9." / "Apologies for absence" ... "10." / "Declarations of interests" / ... / "Councillor Haddock" / "15" /
        # "Owns adjoining land at Brixham": the minutes' numbers have their full stop, a table's cells do not
        alone = stopped
    if len(alone) >= 2:
        chosen = alone
        # "054/20" / "TO ELECT A CHAIRMAN ..." and "056/20 TO RECEIVE ...": running minute numbers, some alone on
        # their line and some before their title, are one sequence (a plain "3" inline may be a table's row)
        running_shapes = {_shape(h.number) for h in chosen if "/" in h.number}
        if running_shapes:
            chosen = sorted(chosen + [h for style, h in candidates if style == "inline" and _shape(h.number) in running_shapes],
                            key=lambda h: h.index)
        # "5" / "There were no declarations of interest." / "6 Election of the Leader of the Council" / "Note: ...": the
        # next item's agenda heading, its minute cut off with the page
        following = [h for style, h in candidates if style == "inline" and h.index > chosen[-1].index
                     and h.number == _next_number(chosen[-1].number)]
        if following and not any(h.index > chosen[-1].index for style, h in candidates if style == "alone"):
            chosen = chosen + following[:1]
    else:
        # The style the minutes open with, if it recurs: sub-paragraphs
        # (4.1, 4.1.1) and action-table rows come after the first item.
        shapes = [_shape(h.number) for _, h in candidates]
        recurring = [shape for shape in shapes if shapes.count(shape) >= 2]
        dominant = recurring[0] if recurring else (shapes[0] if shapes else None)
        # "1 Apologies ..." and "4 Clerk's Report" among "100/00 2 Resignation ...", "101/00 3 Minutes",
        # "102/00 MCC Lease", ...: the minutes' own running numbers, three times as many, are the items
        common = max(recurring, key=recurring.count) if recurring else None
        if common and common != dominant and "/" in common and recurring.count(common) >= 3 * recurring.count(dominant):
            dominant = common
        chosen = [h for _, h in candidates if _shape(h.number) == dominant]
    if (len(chosen) >= 4 and _number_key(chosen[1].number) == (1,)
            and all(_next_number(a.number) == b.number for a, b in zip(chosen[1:3], chosen[2:4]))
            and _number_key(chosen[0].number) > _number_key(chosen[3].number)):
        # "1357 MONKS ELEIGH PARISH COUNCIL MINUTES ..." then "1. Apologies", "2. ...", "3. ...": the minute book's
        # page number over the title, before minutes that count up from one
        chosen = chosen[1:]
    chosen = _without_other_years(chosen)
    inside = _restarted_lists(chosen, weak)
    chosen = [h for h in chosen if h.index not in inside]
    headings = _forward(chosen)
    if len(chosen) >= 3 and _number_key(chosen[0].number) > _number_key(chosen[1].number):
        # "2 Members of the Public" / "1. Election of Chairman" / "2. To consider ...": a count over the minutes
        # that count up from one is no minute of its own, where skipping it keeps more of them in turn; "721 MINUTES
        # OF THE ANNUAL GENERAL MEETING ..." / "1. Apologies" / "1a. Declarations ..." / "2. Public Forum": nor the
        # minute book's page number, where it would stand alone
        without_first = _forward(chosen[1:])
        if _steps(without_first) > _steps(headings) or (
                len(headings) == 1 and len(without_first) >= 3 and _steps(without_first) >= _steps(headings)):
            headings = without_first
    if (len(headings) >= 3 and _next_number(headings[1].number) == headings[2].number
            and _number_key(headings[0].number) < _number_key(headings[1].number) and len(_number_key(headings[0].number)) == 1
            and _number_key(headings[1].number)[0] - _number_key(headings[0].number)[0] > 3):
        # "36 FULL COUNCIL" then "65 ONE MINUTE SILENCE", "66 PRAYERS": the page's number
        # over its title, far behind the minutes that count up after it
        headings = headings[1:]
    if headings and len({_shape(h.number) for h in headings if h.number}) == 1:
        # A numbered line whose title runs into its text is a heading when it
        # is exactly the next number the sequence lacks ("4." then "5." then
        # "6."; "168/20" then "169/20 Cllr Colin Sampson ...").
        numbers = {h.number for h in headings}
        for heading in weak:
            before = sorted((h for h in headings if h.index < heading.index), key=lambda h: h.index)
            after = sorted((h for h in headings if h.index > heading.index), key=lambda h: h.index)
            # "1. | All Councillors present signed ..." before "2. | Election of Chairman:": the first
            # minute's text runs on from its number as the next ones' do not.
            # ("1 / Welcome and Introduction - Cllr SMcR opened ..." before "2.0 / Police Report": whole
            # numbers written with ".0" after the first)
            opens = not before and after and _next_number(heading.number) in (after[0].number, after[0].number.removesuffix(".0"))
            # ("1. Apologies ..." / "1a. Declarations of Interest in matters to be discussed- Cllr K Golden declared ..." /
            # "2. Public Forum": a lettered minute between two in turn)
            lettered = (before and after and heading.number == f"{before[-1].number.rstrip('.')}a"
                        and _next_number(before[-1].number) == after[0].number)
            # ("1.2 Approval of Agenda" / ... / "3.1 The Chair thanked members ..." / "3.2 ...": a section's first
            # paragraph, just before the next in turn)
            decimal = bool(_DECIMAL.fullmatch(heading.number)) and bool(after) and _next_number(heading.number) == after[0].number
            # ("134.22 Cllr Hodson, as Chairman, welcomed ..." / "135.22 Apologies ..." / "136.22 Cllr Maciag declared ...":
            # a minute and its year, in turn)
            yearly = bool(_MINUTE_AND_YEAR.fullmatch(heading.number))
            if (heading.number not in numbers and (before and _next_number(before[-1].number) == heading.number or opens or lettered
                                                   or decimal or yearly and bool(after) and _next_number(heading.number) == after[0].number)
                    and (not _PERSON_START.match(heading.title) or "/" in heading.number or _DECIMAL.fullmatch(heading.number) or yearly)):
                headings.append(heading)
                numbers.add(heading.number)
        headings.sort(key=lambda h: h.index)
        # "1. Apologies were received from ..." / "2. Minutes of the previous meeting were approved ..." before
        # "3. Topics requested ...": minutes run on from their numbers, counting up to the first heading in turn
        for heading in sorted(weak, key=lambda h: h.index, reverse=True):
            if (heading.number not in numbers and heading.index < headings[0].index
                    and _next_number(heading.number) == headings[0].number and not _PERSON_START.match(heading.title)):
                headings.insert(0, heading)
                numbers.add(heading.number)
    headings += _private_items(flat, candidates, headings)
    if not headings:
        headings = _titles_over_numbered_paragraphs(flat)
    if len(headings) == 1 and re.fullmatch(r"(?:19|20)\d{2}", headings[0].number or ""):
        headings = []  # "Wednesday 1 February 2017" / "2017 Minutes": a blog's year over its posts, no minute of its own
    counted = _counted_bare_headings(flat) if len(headings) <= 1 else []
    # "3889 Declarations of Acceptance of Office The Clerk confirmed ..." to "3895 Membership of
    # Committees RESOLVED ... –" / "1" / "Resources Committee – Councillors ...": three or more
    # minutes counting up in turn outweigh one number alone on its line.
    return counted if len(counted) >= max(2, 3 * len(headings)) else headings


# "1 The Director of Governance and Solicitor to the Council intimated that, ...": a numbered paragraph, opening a sentence
_NUMBERED_PARAGRAPH = re.compile(r"^(?P<number>\d{1,3})\s(?=(?:The|A|An)\s[A-Z]|[A-Z][a-z]+\s[A-Z])")
# "Glasgow City Council, City Chambers, Glasgow G2 1DU Emergency motion dealt with.": the title over it, a page's footer
# (an address ended by its postcode) flattened in front of it
_TITLE_OVER_PARAGRAPH = re.compile(r"^(?:.{0,120}?\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\s)?(?P<title>[A-Z][a-z’'-]+(?:\s[\w’'-]+){0,7})\.$")


def _titles_over_numbered_paragraphs(flat: list[tuple[int, Line]]) -> list["_Heading"]:
    """Minutes whose numbered paragraphs ("1 The Director ... intimated
    that ...") each stand under a short title of their own, a line that ends
    with a full stop ("Emergency motion dealt with."), as a city council's
    printed minutes set them; asked only where nothing else reads as a
    heading.  The paragraph's number is the minute's."""
    headings = []
    for index in range(1, len(flat)):
        text, above = flat[index][1].text.strip(), flat[index - 1][1].text.strip()
        numbered, titled = _NUMBERED_PARAGRAPH.match(text), _TITLE_OVER_PARAGRAPH.match(above)
        if numbered and titled and not flat[index][1].table and len(text) >= 80:
            headings.append(_Heading(index - 1, numbered.group("number"), titled.group("title"), last=index,
                                     rest=text[numbered.end():]))
    return _forward(headings) if headings and headings[0].number == "1" else []


# ("Private Items", "Exempt Business", "Part II": the heading over them)
_PRIVATE_SECTION = re.compile(r"(?:Private|Exempt|Confidential)\s+(?:Items?|Business)|Part\s+(?:II|2|B)(?:\s.{0,80})?", re.IGNORECASE)


def _private_items(flat: list[tuple[int, Line]], candidates: list[tuple[str, "_Heading"]],
                   headings: list["_Heading"]) -> list["_Heading"]:
    """"Private Items" / "P1 Disposal of Former Council Offices ..." / "P2 Financial Update": an agenda's items
    taken in private, numbered again from one with a letter after the public ones (a CMIS meeting page)."""
    if not headings:
        return []
    private: list[_Heading] = []
    for _, heading in sorted(candidates, key=lambda c: c[1].index):
        expected = f"P{len(private) + 1}"
        if heading.index > headings[-1].index and heading.number == expected:
            private.append(heading)
    if not private:
        return []
    before = [line.text.strip() for _, line in flat[max(0, private[0].index - 2):private[0].index] if line.text.strip()]
    return private if before and _PRIVATE_SECTION.fullmatch(before[-1]) else []


def _without_other_years(chosen: list["_Heading"]) -> list["_Heading"]:
    """"52/22 Clerk's report ... Matters arising." / "116/21 Lighting at school
    camp – ... ongoing" / "53/22 ASW Planning application": a minute of an
    earlier year, followed up under this meeting's, is no minute of its own
    where three in four of the minutes carry this meeting's year."""
    years = [re.fullmatch(r"\d{1,3}/(\d{2})", h.number or "") for h in chosen]
    stated = [year.group(1) for year in years if year]
    if len(stated) < 3:
        return chosen
    modal = max(set(stated), key=stated.count)
    if stated.count(modal) * 4 < len(stated) * 3:
        return chosen
    return [h for h, year in zip(chosen, years) if not year or year.group(1) == modal]


def _restarted_lists(chosen: list["_Heading"], weak: list["_Heading"]) -> set[int]:
    """The lines of lists numbered again from 1 inside a minute: "5. Actions
    arising from the minutes." / "1. Respond to LDNPA ..." / ... / "5. Review
    CCTV document. Action – ..." (Gosforth), an action list or matters arising
    counting in turn under the minute.  All numbered lines, the weak ones too,
    are walked in order: straight after a minute N that is itself in turn
    (after N - 1), a "1" opens a list that each next number continues, until
    one is the next minute (N + 1, which wins where both would count on).
    Only a list that reaches N is returned, where its own "N" would take the
    minute's place; shorter ones are dropped as smaller numbers anyway."""
    inside: set[int] = set()
    last: Optional["_Heading"] = None
    in_turn = False  # the last minute came after the one before it in turn
    inner: list["_Heading"] = []
    for heading in sorted(chosen + weak, key=lambda h: h.index):
        if not heading.number:
            continue
        if last is not None and heading.number == _next_number(last.number):
            last, in_turn, inner = heading, True, []
        elif inner and heading.number == _next_number(inner[-1].number):
            inner.append(heading)
            if heading.number == last.number:
                inside |= {h.index for h in inner}
            elif inner[0].index in inside:
                inside.add(heading.index)
        elif (last is not None and in_turn and heading.number == "1" and not inner
              and len(_number_key(last.number)) == 1 and _number_key(last.number) > (1,)):
            inner = [heading]
        elif last is None or _number_key(heading.number) > _number_key(last.number):
            last, in_turn, inner = heading, False, []
        else:
            inner = []
    return inside


def _steps(headings: list["_Heading"]) -> int:
    """How many headings are exactly the next number after the one before."""
    return sum(_next_number(a.number) == b.number for a, b in zip(headings, headings[1:]))


def _misprinted_head(before: Optional["_Heading"], heading: "_Heading", after: list["_Heading"]) -> bool:
    """"02/15/02" / "01/15/03" / "02/15/04": a minute whose count runs on in
    turn between its neighbours, only its first figures (the month) misprinted
    in the same style: a minute, in its place."""
    if before is None or not after or not before.number or not heading.number or not after[0].number:
        return False
    if not (_shape(before.number) == _shape(heading.number) == _shape(after[0].number)) or "/" not in heading.number:
        return False
    parts = [re.findall(r"\d+", h.number) for h in (before, heading, after[0])]
    if len(parts[0]) < 3:
        return False
    (*head0, n0), (*head1, n1), (*head2, n2) = parts
    return head0 == head2 and head0[1:] == head1[1:] and head0[0] != head1[0] and int(n1) == int(n0) + 1 and int(n2) == int(n1) + 1


def _forward(chosen: list["_Heading"]) -> list["_Heading"]:
    """The headings whose numbers run forward from the first: a smaller one
    is a paragraph, and a part's label ("9 (a) Play Area") the last
    meeting's minute, unless it is exactly the next number.  A smaller one
    that is the very number the run skipped is a minute taken out of its
    turn (Woore's "15124 PRESENTATION" after "15125 and 15126 OPEN FORUMS")."""
    headings, last_key = [], None
    # ("15123 DECLARATIONS ..." / "15125 and 15126 OPEN FORUMS" / "15124 PRESENTATION": the minute the run skipped,
    # taken after the later ones) the numbers the run has skipped so far, kept as it grows: linear in the headings
    skipped: set[Optional[str]] = set()
    for place, heading in enumerate(chosen):
        key = _number_key(heading.number)
        if last_key is not None and key < last_key and heading.number not in skipped and not _misprinted_head(
                headings[-1] if headings else None, heading, chosen[place + 1:place + 2]):
            continue
        if headings and _SUB_LABEL_TITLE.match(heading.title) and heading.number != _next_number(headings[-1].number):
            continue  # "4. Matters arising" / "9 (a) Play Area": the last meeting's minute 9, part (a), not item 9
        if headings and _next_number(headings[-1].number) != heading.number:
            skipped.add(_next_number(headings[-1].number))
        headings.append(heading)
        last_key = key
    return headings


_AGENDA_ITEM_LINE = re.compile(r"^AGENDA\s+ITEM\s+\d{1,3}\s*[–:-]\s*(?P<title>\S.*)$", re.IGNORECASE)
_MINUTE_REF_LINE = re.compile(r"[A-Z]{1,4}/\d{1,4}/\d{1,2}\.\d{1,2}\.\d{2,4}")  # "CL/13/19.06.23": council, minute, date
_ROMAN_HEADING = re.compile(r"^(?P<number>[IVXL]{1,6})\.?\s+(?P<title>[A-Z][A-Z0-9'’&,/()-]*(?:\s[A-Z0-9'’&,/()-]+)+)$")
_COUNTED_NUMBER_LINE = re.compile(r"^(?P<number>\d{1,4})\.?\s+(?P<title>[A-Z][a-z].*)$")
_BARE_NUMBER_LINE = re.compile(r"^(?P<number>\d{1,4})\s+(?P<title>[A-Z](?:[a-z]|[A-Z’'&,-]{2,}\s[A-Z]).*)$")  # ("1 APOLOGIES FOR ABSENCE" too)
_TITLE_SMALL_WORDS = {"of", "for", "and", "the", "to", "in", "on", "at", "&", "a", "by", "with", "from"}
_SENTENCE_OPENER = re.compile(r"There|It|This|These|Subject|Following|Having")


def _run_in_title(text: str) -> str:
    """The title at the start of a line whose minute runs on after it with
    no stop between: its capitalised words ("Apologies for Absence
    Apologies for absence were received ..."), up to where the first word
    comes again, a person is named, the minute's outcome or a sentence
    begins ("Declarations of Interest There were no ...", "Appointment of
    Chairman RESOLVED that ..."), or a word is in lower case."""
    words = text.split()
    title: list[str] = []
    for word, after in zip(words[:12], words[1:13] + [""]):
        if title and (word.lower() == title[0].lower() or _PERSON_START.match(word) or word.rstrip(".:") in ("Cllrs", "Councillors")
                      or _OUTCOME_WORD.match(word) or word.rstrip(".:") in ("Resolved", "Agreed")
                      or _SENTENCE_OPENER.fullmatch(word) and after[:1].islower()):
            break
        if not (word[:1].isupper() or word.lower() in _TITLE_SMALL_WORDS):
            break
        title.append(word)
    while title and title[-1].lower() in _TITLE_SMALL_WORDS:
        title.pop()
    if len(title) == 1 and len(words) > 2:
        # ("Minutes of the last meeting Councillors resolved to approve ...", "Public participation At the request of
        # the Mayor, ...": a title in sentence case, up to the capital that opens the minute's first sentence)
        for end in range(2, min(len(words), 9)):
            word, after = words[end], words[end + 1] if end + 1 < len(words) else ""
            if not word[:1].isupper():
                continue
            if (word.rstrip(".:") in ("Cllrs", "Councillors", "Members", "Cllr", "Councillor", "None", "Nil", "No")
                    or _SENTENCE_OPENER.fullmatch(word) or word in ("At", "The", "A", "An", "In", "As", "On", "Following")
                    and after[:1].islower() or _OUTCOME_WORD.match(word)):
                if all(w[:1].islower() or w.lower() in _TITLE_SMALL_WORDS for w in words[1:end]):
                    return " ".join(words[:end]).rstrip(".:,")
            break
    return " ".join(title).rstrip(".:,")


def _counted_bare_headings(flat: list[tuple[int, Line]]) -> list[_Heading]:
    """Minutes set as a table whose columns came apart ("1071 Apologies for
    Absence Apologies for absence were received ...", "1072 Declarations of
    Interest Councillor P Williams ...", or with a stop: "1. Apologies for Absence /
    Ymddiheuriadau am absenoldeb Apologies had been received from Cllr J Martin."): a
    number before a title run into its text is a heading only where such lines
    count up by one in turn, and only when nothing else in the minutes is
    numbered as a heading."""
    found = []
    for index, (_, line) in enumerate(flat):
        match = _COUNTED_NUMBER_LINE.match(line.text.strip())
        if match and not line.table:
            found.append((index, int(match.group("number"))))
    chain = _longest_run(found, lambda last: (last + 1,), lambda start: True)
    in_chain = set(chain)
    numbers = [number for index, number in found if index in in_chain]
    # Two will do when they are not years ("2014 Review" / "2015 Budget").
    if len(chain) < 2 or len(chain) == 2 and any(1900 <= number <= 2100 for number in numbers):
        return []
    headings = []
    for index in chain:
        match = _COUNTED_NUMBER_LINE.match(flat[index][1].text.strip())
        title = _run_in_title(match.group("title"))
        if title and not _PERSON_START.match(title):
            headings.append(_Heading(index, match.group("number"), title, rest=match.group("title")))
    return headings




# ("Part I 21/047 Public Questions ... None. 21/048 To receive ...": the year, then the minute in three figures)
# ("... 19/49 - PUBLIC FORUM (a) A resident ... 19/50 - DISCLOSURE OF INTERESTS ...": a dash after the number)
# ("... 4 members of the public. ------247/18 Apologies for absence.": a rule of dashes before the number)
_MID_LINE_NUMBER = re.compile(r"(?:(?<=\s)|(?<=--))(?P<prefix>[A-Z][A-Za-z]{0,3}/|[a-z]{2,4}\s(?=\d{3}/))?(?P<n>\d{1,4})/(?P<year>\d{2}(?:\d{2}|-\d{2})?|\d{3})\s+(?:[-–—]\s+)?(?=[A-Z])")
# "... 6 x Members of the public. 237/04/08 Apologies for absence ...": the minute, the month and the year
# (three figures or more: "16/05/17 Election of Chairman" is the year's and month's minute 17)
_MID_LINE_MONTHLY = re.compile(r"(?<=\s)(?P<n>\d{3,5})/(?P<year>\d{2}/\d{2})(?![\d/])\s+(?=[A-Z])")


_ATTENDANCE_OPENING = re.compile(r"(?:(?:Members|Councillors)\s+)?(?:Present|Apologies|In\s+[Aa]ttendance|Sederunt)\b", re.IGNORECASE)


def _small_letter_title(flat: list[tuple[int, Line]], index: int, title: str) -> bool:
    """"276" / "election of chairman" / "RESOLVED: ...": a title in small
    letters under its number, where the line before the number ends a
    sentence (or there is none) and the line after the title opens with a
    capital; not "3" / "to pay the invoices listed ..." (a page's number over
    a sentence going on from the page before)."""
    before = flat[index - 1][1].text.strip() if index > 0 else ""
    after = flat[index + 2][1].text.strip() if index + 2 < len(flat) else ""
    # (or where the line before is in small letters too: "part a minute for approval by council" / "280" / ...)
    return bool(_SMALL_LETTER_TITLE.fullmatch(title)) and (not before or before[-1] in ".:;!?)" or before[:1].islower()) and after[:1].isupper()


_SMALL_LETTER_TITLE = re.compile(r"[a-z][a-z’'&-]*(?:\s(?!(?:was|were|is|are|has|had|have)\b)[a-z0-9’'&/()-]+){0,8}")
_DOTTED_LEAD = re.compile(r"(?P<head>\d{2})\.(?P<n>\d{2})\s+[A-Z]")
_PAGE_LABEL_BEFORE_HEADING = re.compile(r"^Page\s+\d{1,3}\s+(?=\d{1,3}\.\s+[A-Z])")
# "... Annual Meeting (2020 – 070) Present were ... (2020 – 071) Also present were ...": the year and the
# minute's serial in brackets
_MID_LINE_BRACKETED = re.compile(r"(?<=\s)\((?P<year>\d{4})\s?[–-]\s?(?P<n>\d{2,4})\)\s+(?=[A-Z])")
_BRACKETED_NUMBER = re.compile(r"^\((?P<number>\d{4}\s?[–-]\s?\d{2,4})\)\s+(?P<rest>[A-Z].*)$")
# "... 100+ members of the public CL55 MINUTES RESOLVED - That ...": the body's letters, then the minute's number
_MID_LINE_LETTERED = re.compile(r"(?<=\s)(?P<prefix>[A-Z]{1,3})(?P<n>\d{1,4})\s+(?=[A-Z][A-Z’'&-]{2,}\b)")
# "... and 15 members of the public. 214a(1) Apologies for absence Cllr Black, ... 214b(1) Absent without apology 215(2)
# Declaration of interests ...": the minute's running number (a letter for its parts), the agenda's in brackets
_MID_LINE_AGENDA_BRACKETED = re.compile(r"(?<=\s)(?P<n>\d{2,4})[a-z]?\(\d{1,2}\)\s+(?=[A-Z])")
# "FC18/07/1"; "21/02-1" (the year and month of the meeting, then the item)
_MID_LINE_SERIAL = re.compile(r"(?<=\s)(?P<prefix>[A-Z]{1,4}\d{2}/\d{2}/|\d{2}/\d{2}-)(?P<n>\d{1,3})\s+(?=[A-Z])")
# "... and seven members of the public. 4073.19 To elect the Chair ...": a running number, then the year after a stop
_MID_LINE_DOTTED_YEAR = re.compile(r"(?<=\s)(?P<n>\d{3,5})\.(?P<year>\d{2})\s+(?=[A-Z])")
# "... one representative of the press 14.516 Public Speaking Time No members ...": the year, a stop, then the running number
_MID_LINE_YEAR_DOTTED = re.compile(r"(?<=\s)(?P<year>\d{2})\.(?P<n>\d{3,4})\s+(?=[A-Z])")
# ("... lockdown. Item 2. Minutes ...", "5. Questions from Visitors None 6. WSCC Report None 7. ...": a minute that was
# one word, "None", ends as a sentence does)
# ("... October 2015. 5.a Police Report: (A Campbell) 5a.1 ...": a minute lettered after its number's stop, the next in turn)
_MID_LINE_PLAIN = re.compile(r"(?:(?<=[.:])|(?<=\bNone)|(?<=\bNil))\s+(?P<item>Item\s+)?(?P<n>\d{1,2})\.(?:a(?=\s))?\s+(?=[A-Z])")
_MID_LINE_PLAIN_ANY = re.compile(r"(?<=\s)(?P<n>\d{1,3})\.(?:a(?=\s))?\s+(?=[A-Z][a-z]|[A-Z]{2,5}\s[A-Z][a-z])")  # ("6. WSCC Report None")
_LABEL_HEADING = re.compile(r"\d{1,3}\.\s+[A-Z][a-z]+(?:\s[A-Za-z]+){0,3}:\s")
# "... Officers’ Apologies: G Girvan ... The Chair welcomed all to the meeting. Item 1 - Conflicts of Interest Statement
# ... Page 1 of 8 Item 2 - Apologies ...", "... Apologies were received from: Alison Greggans 1. Welcome Liz Cowie, ...
# office bearers. 2. Scheme of Establishment ...": an excerpt of a flattened page, its first minute run on from the
# attendance on a business that opens a meeting, the next (if the excerpt reaches it) after a sentence's end
_OPENING_BUSINESS = (r"(?:Welcome|WELCOME|Apolog|APOLOG|Minutes?\s|MINUTES?\s|Declarations?\s|DECLARATIONS?\s|"
                     r"Conflicts?\s+of\s+[Ii]nterest|CONFLICTS?\s+OF\s+INTEREST|Election\s|ELECTION\s|Opening\s|OPENING\s)")
_EXCERPT_FIRST_MINUTE = re.compile(rf"(?<=\s)(?:(?P<item>Item|ITEM)\s+1\s[–-]|1\.)\s+(?={_OPENING_BUSINESS})")
_ATTENDANCE_WORD = re.compile(r"\b(?:Present|PRESENT|Apologies|APOLOGIES)\b")
_MID_LINE_FIRST = re.compile(r"(?<=[a-z0-9,])\s+(?P<n>1)\.\s+(?=[A-Z][a-z]+(?:\s[A-Za-z]+){0,3}:)")


def _neighbours(number: int, year: tuple) -> set:
    """The minute numbers either side of one read mid-line: "155/20" has
    "154/20" and "156/20"; where the year comes first ("14/13 PUBLIC FORUM
    ... 14/14 REPRESENTATIONS ...", "21/047" ... "21/048"), "14/12" and "14/14" too."""
    prefix, serial = year
    near = {(number - 1, year), (number + 1, year)}
    if serial and serial.isdigit() and len(serial) in (2, 3):
        near |= {(number, (prefix, f"{int(serial) + step:0{len(serial)}d}")) for step in (-1, 1)}
    return near


# ("There was no declarations of interest. 3 PRESENTAITONS": after a sentence's stop, one word in capitals will do)
_TRAILING_HEADING = re.compile(r"(?:(?<=[a-z])|(?<=[a-z](?P<stop>\.)))\s+(?:\d{1,3}\s+)?(?P<n>\d{1,2})(?:\s+|\s\.)"
                               r"(?P<title>(?!PDF\b)(?(stop)[A-Z]{4,}(?:\s(?:[A-Z]{2,}|&)){0,8}|[A-Z]{3,}(?:\s(?:[A-Z]{2,}|&)){1,8}))$")


_WORD_AND_SPACE = re.compile(r"\S*\s*")
_CAPITALS_TITLE = re.compile(r"(?:[–—-]\s)?[A-Z]{2,}(?:\s(?:OF|AND|&|TO|THE|FOR))?\s[A-Z]{2,}\b")


_REFERENCE_BEFORE = re.compile(r"\b(?i:items?|minutes?|point|page|para(?:graph)?|section|no|number|appendix|clause|option|stage|phase|"
                               r"part|paper|report|annex|schedule|rule|order|policy|objective|recommendation|question|"
                               r"year|plot|zone|level|tier|ward|unit|block|grade|class|flat|house|route|bus|junction|platform)$")


# "... Apologies for absence were received from County Councillor Hilary Carrick. ITEM / ITEM BUSINESS MINUTE No.
# 15/142 The filling of Council ...": a minutes table's column heads, flattened after the preamble's last sentence,
# before the first row's running number
_TABLE_HEADS_MID_LINE = re.compile(r"(?<=[.!?])\s+(?:(?:ITEM|BUSINESS|MINUTE|ACTION|SUBJECT|REF\.?|NO\.?|No\.?|/)\s+){3,8}"
                                   r"(?=\d{1,4}/\d{2}\s+[A-Z])")


# "... Apologies Councillors Catrin Wager, Gethin Glyn Williams, Mr. Ceri Stradling. 1. Chairman’s Announcements (1)
# the Chairman welcomed ...": the first minute after the attendance's last sentence, its paragraphs numbered in brackets
_FIRST_MINUTE_PARAGRAPHED = re.compile(r"(?<=[.!?])\s(?=1\.\s[A-Z][\w’'-]*(?:\s(?:[A-Z][\w’'-]*|of|and|for|the|to|&)){0,6}\s\(1\)\s)")


def _split_run_on_minutes(line: Line) -> list[Line]:
    """A flattened line cut where its running minute numbers stand: after
    the end of a sentence, or anywhere when the number is the next or the
    previous of one already cut ("... PE33 9TB 156/20 To Discuss" after
    "155/20"), so a reference inside a sentence ("at item 155/20.") never is.
    A page's number run into the heading after it ("Page 1 2. Declarations
    of Interest") goes."""
    page_label = _PAGE_LABEL_BEFORE_HEADING.match(line.text)
    if page_label:
        line = replace(line, text=line.text[page_label.end():])
    text = line.text
    if line.table:
        return [line]
    heads = _TABLE_HEADS_MID_LINE.search(text)
    if heads:
        return [replace(line, text=text[:heads.start()].strip()),
                *_split_run_on_minutes(replace(line, text=text[heads.end():].strip()))]
    dotted = _DOTTED_LEAD.match(text)
    if dotted:
        # "18.89 Declarations of Interest – None 18.90 Public Open Session – ...": a line opening with its minute's
        # number (the year, a stop, the minute), the next minutes run on after it in turn
        head, number, cuts = dotted.group("head"), int(dotted.group("n")), []
        for match in re.finditer(rf"(?<=\s){re.escape(head)}\.(?P<n>\d{{2}})\s+(?=[A-Z])", text):
            if int(match.group("n")) == number + 1:
                cuts.append(match.start())
                number += 1
        if cuts:
            bounds = [0] + cuts + [len(text)]
            return [replace(line, text=text[a:b].strip()) for a, b in zip(bounds, bounds[1:])]
    trailing = _TRAILING_HEADING.search(text)
    if trailing and len(text) - len(trailing.group(0)) >= 20:
        # "YN BRESENNOL /IN ATTENDANCE: R Smith, ..., C Margetts 1 1 APOLOGIES FOR ABSENCE": a page's paragraph ended by
        # the first minute's number and title in capitals (and the page's number before it)
        return [*_split_run_on_minutes(replace(line, text=text[:trailing.start()].strip())),
                replace(line, text=f"{trailing.group('n')} {trailing.group('title')}")]
    if len(text) < 120:
        return [line]
    found = [(m.start(), int(m.group("n")), (m.group("prefix"), m.group("year"))) for m in _MID_LINE_NUMBER.finditer(text)]
    found += [(m.start(), int(m.group("n")), (m.group("prefix"), None)) for m in _MID_LINE_SERIAL.finditer(text)]
    found += [(m.start(), int(m.group("n")), (m.group("prefix"), None)) for m in _MID_LINE_LETTERED.finditer(text)]
    found += [(m.start(), int(m.group("n")), (None, m.group("year"))) for m in _MID_LINE_MONTHLY.finditer(text)]
    found += [(m.start(), int(m.group("n")), (".", m.group("year"))) for m in _MID_LINE_DOTTED_YEAR.finditer(text)]
    found += [(m.start(), int(m.group("n")), ("(", m.group("year"))) for m in _MID_LINE_BRACKETED.finditer(text)]
    found += [(m.start(), int(m.group("n")), (m.group("year"), ".")) for m in _MID_LINE_YEAR_DOTTED.finditer(text)]
    found += [(m.start(), int(m.group("n")), ("(", "agenda")) for m in _MID_LINE_AGENDA_BRACKETED.finditer(text)]
    found.sort()
    agenda_numbered = _AGENDA_THEN_MINUTE.match(text)
    if agenda_numbered:  # "Item 1. Apologies for Absence. 87/18 ...": the minute's number belongs to its heading
        found = [entry for entry in found if entry[0] != agenda_numbered.start("number")]
    cuts = {start for start, _, _ in found if start and (text[:start].rstrip()[-1:] in ".)!?" or text[:start].endswith("--"))}
    # ("Councillors: Mari Rees ac Annwen Daniels 10458/04/19 DECLARATIONS OF INTEREST Councillor ... 10459/04/19 URGENT
    # ITEMS": a minute numbered with its month and year, its title in capitals after a name, where the next or previous
    # minute stands in the line the same way; numbers of other styles so placed cost a blind council six false facts)
    shouting = {(number, year) for start, number, year in found
                if start and isinstance(year, tuple) and year[0] is None and year[1] and "/" in year[1]
                and _CAPITALS_TITLE.match(text, _WORD_AND_SPACE.match(text, start).end())}
    capitals_cuts = {start for start, number, year in found if (number, year) in shouting
                     and any(near in shouting for near in _neighbours(number, year))}
    cuts |= capitals_cuts
    plain = False  # cut at plain numbers, which alone mark the parts as headings
    growing = bool(cuts)
    while growing:
        reachable = {near for start, number, year in found if start in cuts for near in _neighbours(number, year)}
        more = {start for start, number, year in found if start not in cuts and (number, year) in reachable}
        cuts |= more
        growing = bool(more)
    first_paragraphed = _FIRST_MINUTE_PARAGRAPHED.search(text) if not cuts else None
    if first_paragraphed:
        return [replace(line, text=text[:first_paragraphed.start()].strip()),
                *_split_run_on_minutes(replace(line, text=text[first_paragraphed.end():].strip()))]
    if not cuts:
        shouted = _shouted_headings(text) or _decimal_headings(text) or _bare_numbered_headings(text) or _bilingual_headings(text)
        if shouted and len(shouted) > 1 and len(shouted[0].text) >= 300 and not shouted[0].text[:1].isdigit():
            # "... 2015 1. Present Helen Blyde. ... 2. Apologies John Docherty, ... 4. Minute of last meeting ...
            # 5 Roads ... 6 Councillors report ...": minutes numbered in one style before those cut in another
            return _split_run_on_minutes(replace(line, text=shouted[0].text)) + shouted[1:]
        if shouted:
            return shouted
    if not cuts and len(text) >= 300:
        # "12 Declarations of Interest ... minute no.24 Planning . 13 Chairman’s Announcements Chair Cllr ...": a line
        # opening with its minute's bare number runs on into the next, after a sentence's end
        lead = re.match(r"(\d{1,3})\s+[A-Z][a-z]", text)
        following = re.compile(rf"(?<=[.:])\s+{int(lead.group(1)) + 1}\s+(?=[A-Z][a-z’']+\s[A-Z])") if lead else None
        after = following.search(text) if following else None
        # ("1. Apologies/Personal matters ... (3) Apologies were received from Cllr Anne McCreary and PC Alun Jones 2. To
        # disclose personal and pecuniary interests ...": the next number with its stop after a name, the stop before it lost;
        # not "... at item 2. The ...", a reference, nor "... for the pupils in Year 2. The Council ...")
        stopped = re.match(r"(\d{1,3})\.\s+[A-Z][a-z]", text) if not after else None
        if stopped:
            after = next((found for found in re.finditer(rf"(?<=[a-z)])\s+{int(stopped.group(1)) + 1}\.\s+(?=[A-Z][a-z’']+\s)", text)
                          if not _REFERENCE_BEFORE.search(text, max(0, found.start() - 12), found.start())), None)
        if after:
            return [replace(line, text=text[:after.start()].strip()),
                    *_split_run_on_minutes(replace(line, text=text[after.start():].strip()))]
    if not cuts and len(text) >= 300:
        # "... Minutes: 1. Apologies for Absence were ... 2. Declarations of
        # Interest: ...": plain numbers after a sentence's end, counting up
        # from 1 without a gap, in a line a whole page long.
        # ("Item 1. Welcome/apologies (as above). ... Item 2. Minutes ...": the line opens with the first)
        expected = 2 if re.match(r"(?:Item\s+)?1\.\s+[A-Z]", text) else 1
        # "1" may follow any word ("... in Orwell Parish Church Hall 1. Welcome: ...");
        # the numbers after it follow the end of a sentence.
        first = [m for m in _MID_LINE_FIRST.finditer(text)][:1]
        for match in sorted(first + list(_MID_LINE_PLAIN.finditer(text)), key=lambda m: m.start("n")):
            if int(match.group("n")) == expected:
                cuts.add(match.start("item") if match.groupdict().get("item") else match.start("n"))
                expected += 1
        if len(cuts) < 2:
            cuts = set()
        # "... 2. Apologies: Sarah Jones 3. Minutes of Meeting 5th April 2015: ... 4. Matters Arising: ...": a run the
        # full stops alone end early, read on where the longer run below holds
        if len(cuts) < 4:
            # "... Lead Ranger 104. Declarations of Interest There were no declarations of interest. 105.
            # Public Participation ...": an excerpt's minutes counting up from where the page starts, the
            # first after any word, the rest after a sentence's end
            found = [(m.start("n"), int(m.group("n"))) for m in _MID_LINE_PLAIN_ANY.finditer(text)]
            chain = _longest_run(found, lambda last: (last + 1,),
                                 lambda start: True)
            # (or whose heading is a label and its colon: "... Cllr Tony Orton 2. In Attendance: Tom Leatherland, ...")
            ended = sum(1 for start in chain[1:] if text[max(0, start - 20):start].rstrip()[-1:] in (".", ":", ")")
                        or _LABEL_HEADING.match(text, start))
            # (five or more in turn need fewer: "... Kathryn MacKellar 2. Council members: ... RFO 5. Appointment of ...",
            # a flattened page's stops lost between some of them)
            if (len(chain) > len(cuts) and (not cuts or cuts <= set(chain))
                    and (len(chain) >= 4 and ended * 3 >= 2 * (len(chain) - 1) or len(chain) >= 5 and ended * 3 >= len(chain) - 1)):
                cuts = set(chain)
        plain = bool(cuts)
    if not cuts and len(text) >= 300:
        cuts = _excerpt_opening_minutes(text)
        plain = bool(cuts)
    if not cuts:
        return [line]
    bounds = [0] + sorted(cuts) + [len(text)]
    parts = [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]
    return [Line(text=part, bold=line.bold, x0=line.x0, top=line.top, size=line.size, numbered=plain and index > 0)
            for index, part in enumerate(parts) if part]


def _excerpt_opening_minutes(text: str) -> set:
    """Where a flattened page's attendance ("Present: ... Apologies ...")
    runs on into its first minute, numbered 1 and on a business that opens
    a meeting (welcome, apologies, minutes, declarations, an election), the
    minutes counting up from it: each after a sentence's end ("... office
    bearers. 2. Scheme of ..."), or, headed "Item N -", wherever it stands.
    The positions to cut at, or none."""
    first = _EXCERPT_FIRST_MINUTE.search(text)
    if not first or not _ATTENDANCE_WORD.search(text, 0, first.start()):
        return set()
    if _REFERENCE_BEFORE.search(text, max(0, first.start() - 12), first.start()):
        return set()
    cuts, number, position = {first.start()}, 2, first.end()
    while True:
        if first.group("item"):
            following = re.compile(rf"(?<=\s){first.group('item')}\s+{number}\s[–-]\s+(?=[A-Z])")
        else:
            following = re.compile(rf"(?<=[.!?)])\s+{number}\.\s+(?=[A-Z])")
        after = next((found for found in following.finditer(text, position)
                      if not _REFERENCE_BEFORE.search(text, max(0, found.start() - 12), found.start())), None)
        if after is None:
            return cuts
        cuts.add(after.start() if first.group("item") else after.start() + len(after.group(0)) - len(after.group(0).lstrip()))
        number, position = number + 1, after.end()


# "... under the 'Great Place' scheme. 1358 DECLARATIONS OF INTEREST FROM
# MEMBERS Declarations of ...": a number before an upper-case title.
# "3. DECLARATIONS OF INTEREST There were ...", "2. MINUTES The Leader ...":
# two upper-case words, or one long one before the sentence it heads.
# "17. ANNOUNCEMENTS (a) Tributes ...": a lettered sub-heading after the title.
# ("... Wong and Wood 132 : APOLOGIES FOR ABSENCE Apologies ...": a number and a colon before the title)
# ("... Sandra Hood (Headteacher). APOLOGIES: None 2) MINUTES OF PREVIOUS MEETING Due to ...": a bracket after the number;
# "1) PRESENT: Elizabeth ...", "4) CORRESPONDENCE – Elizabeth had ...", "3) PLANNING 1) 19/00602/FULL ...": one word in
# capitals, then its colon, a dash or the first of a numbered list)
# ("81. MINUTES 17 SWINFEN AND PACKINGTON PARISH COUNCIL RESOLVED That ...": a one-word title, then the page's number
# and running head, flattened into the minute)
_MID_LINE_CAPS = re.compile(r"(?:(?<=\s)|(?<=[A-Z]{3}))(?P<n>\d{1,4})(?:\.0)?(?:\.|\)|(?P<colon>\s:))?\s+(?=[A-Z][A-Z'’&-]+\s+[A-Z][A-Z'’&-]*\b|[A-Z][A-Z'’&-]{3,}(?::|\s[–—-])?\s+(?:[A-Z]|\([a-z]\)\s|\d{1,2}\)\s|\d{1,3}\s+[A-Z]{2,}\s))")
_CAPS_WORD = re.compile(r"[A-Z0-9][A-Z0-9'’&,-]*|&")
_CAPS_TITLE_WORDS = re.compile(r"[A-Z]{3,}(?:\s+(?:[A-Z][A-Z'’&,-]*|&)){1,10}\s+[A-Z][a-z]")
_PAGE_HEAD_AFTER_TITLE = re.compile(r"(?<=[A-Z])\s\d{1,3}(?:\s[A-Z][A-Z'’&-]*){1,8}\sCOUNCIL$")
_OUTCOME_WORD = re.compile(r"^(?:RESOLVED|AGREED|RECOMMENDED|DECIDED|NOTED)\b")


def _longest_run(found: list[tuple[int, tuple]], successors, may_start) -> list[int]:
    """The longest run of numbers each the first later one that follows the
    last (one of ``successors(last)``), read in text order from a start
    ``may_start(position)`` allows: the positions where its numbers stand.
    Each number's next is found once, right to left, so a hostile line of
    thousands of numbers costs linear time, not quadratic."""
    following: list[Optional[int]] = [None] * len(found)
    nearest: dict = {}  # number -> index of its nearest occurrence to the right
    for index in range(len(found) - 1, -1, -1):
        after = [nearest[n] for n in successors(found[index][1]) if n in nearest]
        following[index] = min(after) if after else None
        nearest[found[index][1]] = index
    length = [0] * len(found)
    for index in range(len(found) - 1, -1, -1):
        length[index] = 1 + (length[following[index]] if following[index] is not None else 0)
    starts = [index for index, (start, _) in enumerate(found) if may_start(start)]
    if not starts:
        return []
    index: Optional[int] = max(starts, key=lambda i: (length[i], -i))
    chain = []
    while index is not None:
        chain.append(found[index][0])
        index = following[index]
    return chain


def _headed_lines(text: str, chain: list[int], split) -> list[Line]:
    """``text`` cut at each position of ``chain``: what stands before the
    first, then each part as its heading line and its text line
    (``split(part) -> (heading, text)``)."""
    lines = [Line(text=text[:chain[0]].strip())] if text[:chain[0]].strip() else []
    for start, end in zip(chain, chain[1:] + [len(text)]):
        heading, body = split(text[start:end].strip())
        lines.append(Line(text=heading))
        if body:
            lines.append(Line(text=body))
    return lines


def _shouted_headings(text: str) -> list[Line]:
    """A flattened page whose minutes are headed by a number and an
    upper-case title, counting up by one (1358, 1359, 1360) from the end of
    a sentence: each heading on a line of its own, its text on the next, as
    the page showed them before it was flattened."""
    if len(text) < 300:
        return []
    matches = list(_MID_LINE_CAPS.finditer(text))
    found = [(m.start(), int(m.group("n"))) for m in matches]
    # (a number and a colon, "132 : APOLOGIES", marks a heading wherever it stands)
    first = {start for start, number in found if number == 1} | {m.start() for m in matches if m.group("colon")}
    # A run starts after a sentence's end, or at "1" wherever it stands
    # ("... charities and businesses 1. APOLOGIES All members ...").
    # ("... The Town Mayor took the Chair ______ 94.0 DECLARATIONS OF INTEREST ...": a rule ends the preamble too)
    chain = _longest_run(found, lambda last: (last + 1,),
                         lambda start: text[:start].rstrip()[-1:] in ".)!?_" or start in first)
    if len(chain) < 2:
        # "... Committee and Scrutiny Officer 32. REVIEW OF WARD BOUNDARIES Council received ...": an excerpt's one
        # minute, its number stopped and its title two words in capitals or more, the only such heading on the page
        lone = matches[0] if len(matches) == 1 else None
        if not (lone and text[lone.end("n"):lone.end("n") + 1] == "." and _CAPS_TITLE_WORDS.match(text, lone.end())):
            return []
        chain = [lone.start()]
    number_at = dict(found)
    before = [start for start, number in found if start < chain[0] and number == number_at[chain[0]] - 1]
    if before:  # "... out of view 395 TO RECEIVE APOLOGIES ... 396 VARIATION ...": the first run on from the preamble
        chain = [before[-1]] + chain
    # "... The Chair brought forward Item 104 104. PLANNING: i. ...": a minute taken out of its turn, announced by number
    chain += [found.start("n") for found in _BROUGHT_FORWARD.finditer(text) if found.start("n") > chain[-1]]


    def split(part: str) -> tuple[str, str]:
        number, _, rest = part.partition(" ")
        words = rest.lstrip(": ").split()
        title = []
        for word in words:
            if not _CAPS_WORD.fullmatch(word.rstrip(":.")) or (title and _OUTCOME_WORD.match(word)):
                break
            title.append(word)
        if title and len(title[-1]) == 1 and len(title) > 1 and title[-1] in "AI":
            title.pop()  # "... MEMBERS A member asked": the sentence's first word
        # ("MINUTES 17 SWINFEN AND PACKINGTON PARISH COUNCIL": the page's number and running head after the title)
        heading = _PAGE_HEAD_AFTER_TITLE.sub("", " ".join(title))
        return f"{number} {heading}".strip(), " ".join(words[len(title):])

    return _headed_lines(text, chain, split)


# "... at 7.00.p.m. 167.0. Agenda Item 1: Record of those Present/Apologies •
# Members: ... 167.1 Welcome • The Chair ...": decimal minute numbers.
_MID_LINE_DECIMAL = re.compile(r"(?<=[.!?)]\s)(?P<major>\d{1,4})\.(?P<minor>\d{1,2})\.?\s+(?=[A-Z])")
_AGENDA_ITEM_PREFIX = re.compile(r"^Agenda\s+Item\s+\d{1,3}\s*[.:]?\s+(?=[A-Z])", re.IGNORECASE)


def _decimal_headings(text: str) -> list[Line]:
    """A flattened page whose minutes are numbered 167.0, 167.1, 168.0 ...
    after the end of a sentence: each number moves on by one (the part
    after the point, or the whole number with the part back at 0 or 1), so
    a sum or a time in a sentence never is a heading.  The title runs to
    the first bullet or full stop; "Agenda Item 2" before it is the
    agenda's numbering, not the title."""
    if len(text) < 300:
        return []
    found = [(m.start(), (int(m.group("major")), int(m.group("minor")))) for m in _MID_LINE_DECIMAL.finditer(text)]
    chain = _longest_run(found, lambda last: ((last[0], last[1] + 1), (last[0] + 1, 0), (last[0] + 1, 1)),
                         lambda start: True)
    if len(chain) < 3:
        return []

    def split(part: str) -> tuple[str, str]:
        number, _, rest = part.partition(" ")
        title = re.split(r"\s[•·]\s|(?<=[a-z)])\.\s|:\s(?=[A-Z•])", _AGENDA_ITEM_PREFIX.sub("", rest.strip()), maxsplit=1)
        return f"{number.rstrip('.')} {title[0].strip()}", title[1].strip() if len(title) > 1 else ""

    return _headed_lines(text, chain, split)


# "Item Action No By 1 Apologies. Apologies were received ... 2 Declarations of
# Interest a) Agenda Items. ...": a minutes table flattened, its numbers bare.
# "... The Chair brought forward Item 104 104. PLANNING: ...": a minute taken out of its turn, announced by its number
_BROUGHT_FORWARD = re.compile(r"\b(?:[Ii]tem|ITEM)\s+(\d{1,4})\s+(?P<n>\1)\.?\s+(?=[A-Z])")
# (not "... Midlothian Council of 4 November and 2 December 2014 were ...": a date)
_MID_LINE_BARE = re.compile(rf"(?<!\S)(?P<n>\d{{1,4}})\s+(?!(?:{MONTHS})\b)(?=[A-Z][a-z’']+(?:\s|\.))")


# "... Cyng/Cllr Richard Griffiths 1 Croeso / Welcome Cadeiriwyd y cyfarfod ...", "... the community. 2 Datgan
# Diddordeb / Declaration of Interest Roger Dobson ...": a bare number before a bilingual title, Welsh then English
_BILINGUAL_HEADING = re.compile(r"(?<!\S)(?P<n>\d{1,2})\s(?P<welsh>[A-Z][\w’'-]*(?:\s[A-Za-z][\w’'-]*){0,3})\s/\s(?=[A-Z])")
# "... from the Monitoring Officer. 9 Wylfa Newydd Cafwyd ddiweddariad ...": a later minute, its title of one language
_BARE_TITLE_CASE_AFTER_STOP = re.compile(r"(?<=[.!?])\s(?P<n>\d{1,2})\s(?P<title>[A-Z][a-z’'-]+\s[A-Z][a-z’'-]+)\s")
_ENGLISH_SMALL_WORDS = {"of", "for", "and", "the", "to", "in", "on", "&", "a", "from", "with"}


def _bilingual_headings(text: str) -> list[Line]:
    """A flattened bilingual page whose minutes are numbered bare and titled
    in Welsh and English ("1 Croeso / Welcome", "2 Datgan Diddordeb /
    Declaration of Interest"): two or more counting up from 1 mark the
    layout, and a later number after a sentence's end, before two words in
    title case, is a minute too ("9 Wylfa Newydd", a name in both
    languages).  The English title takes as many words as the Welsh, its
    small words ("of", "and") aside, so the names the minute opens with stay
    in its text."""
    if len(text) < 300:
        return []
    paired = list(_BILINGUAL_HEADING.finditer(text))
    if len(paired) < 2 or [int(m.group("n")) for m in paired[:2]] != [1, 2]:
        return []
    numbers = [int(m.group("n")) for m in paired]
    if numbers != sorted(set(numbers)):
        return []
    titles = {}
    for match in paired:
        words, taken = text[match.end():].split(), []
        for word in words:
            if len([w for w in taken if w not in _ENGLISH_SMALL_WORDS]) == len(match.group("welsh").split()):
                break
            taken.append(word)
        titles[match.start()] = f"{match.group('welsh')} / {' '.join(taken)}"
    for match in _BARE_TITLE_CASE_AFTER_STOP.finditer(text, paired[-1].end()):
        if int(match.group("n")) > numbers[-1]:
            numbers.append(int(match.group("n")))
            titles[match.start("n")] = match.group("title")
    chain = sorted(titles)
    lines = [Line(text=text[:chain[0]].strip())] if text[:chain[0]].strip() else []
    for start, end in zip(chain, chain[1:] + [len(text)]):
        part = text[start:end].strip()
        number = part.split()[0]
        lines.append(Line(text=f"{number} {titles[start]}"))
        body = part[len(number):].strip()[len(titles[start]):].strip()
        if body:
            lines.append(Line(text=body))
    return lines


def _bare_numbered_headings(text: str) -> list[Line]:
    """A flattened page whose minutes are numbered 1, 2, 3 ... with no stop
    after the number: headings only where the numbers run from 1 in order
    through at least three items, each title ending at its first full stop
    or lettered sub-heading."""
    if len(text) < 300:
        return []
    found = [(m.start(), int(m.group("n"))) for m in _MID_LINE_BARE.finditer(text)]
    chain = _longest_run(found, lambda last: (last + 1,), lambda start: True)
    number_at = dict(found)
    numbers = [number_at[start] for start in chain]
    # from 1; or, for a council's running numbers ("2304 Parish Council vacancy ... 2305 Declaration
    # of interests ..."), four or more that are not years
    if len(chain) < 3 or numbers[0] != 1 and (len(chain) < 4 or any(1900 <= number <= 2100 for number in numbers)):
        return []

    def split(part: str) -> tuple[str, str]:
        number, _, rest = part.partition(" ")
        # ... or where a sentence or a name starts ("2304 Parish Council vacancy An application ...")
        title = re.split(r"\.\s|\s[a-z]\)\s|:\s|(?<=[a-z0-9])\s(?=(?:An?|The|It|This|There|Received|Cllrs?|Councillors?|Mr|Mrs|Ms|Dr|PCSO|PC)\s)",
                         rest, maxsplit=1)
        return f"{number} {title[0].strip()}", rest[len(title[0]):].lstrip(". :")

    return _headed_lines(text, chain, split)


_TABLE_ROW_ITEM = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?P<title>[A-Z(‘'\"“].*)$")


def _table_row_headings(flat: list[tuple[int, Line]]) -> list[_Heading]:
    """Minutes kept as a table ("Points discussed/agreed | Action Who/When")
    whose rows are numbered 1, 2, 3 ...: each row is an item, its title the
    opening words of its first cell.  Only asked when nothing outside a
    table is numbered, so an action table after real minutes never is."""
    rows = []
    for index, (_, line) in enumerate(flat):
        if not line.table:
            continue
        first = line.text.split(" | ")[0].strip()
        match = _TABLE_ROW_ITEM.match(first)
        if match and int(match.group("number")) == len(rows) + 1:
            title = " ".join(match.group("title").split()[:12])
            rows.append(_Heading(index, match.group("number"), title, rest=line.text[match.start("title"):]))
    return rows if len(rows) >= 2 else []


# "Resolved 16/05/8.1 The final accounts ...", "Resolved 16\\05\\9.1": a
# resolution numbered after its minute (the resolution finder reads it too).
NUMBERED_RESOLUTION = re.compile(
    r"\bResolved\s+(?P<minute>\d{1,2}[/\\]+\d{2}[/\\]+(?P<last>\d{1,3}))\.\d{1,2}\b", re.IGNORECASE)


def _resolution_numbered_headings(flat: list[tuple[int, Line]]) -> list[_Heading]:
    """Minutes whose number column came apart from the text (every number
    in one block, the minutes after it unnumbered) still number each
    resolution after its minute: a minute starts at the paragraph where its
    number is first resolved, titled by the words before the colon there.
    Only asked when nothing else numbers the minutes."""
    headings: list[_Heading] = []
    seen: set[tuple] = set()
    for index, (_, line) in enumerate(flat):
        for match in NUMBERED_RESOLUTION.finditer(line.text):
            minute = re.sub(r"[/\\]+", "/", match.group("minute"))
            minute = f"{minute.rsplit('/', 1)[0]}/{int(match.group('last'))}"
            key = _number_key(minute)
            if key in seen or (headings and key < _number_key(headings[-1].number)):
                continue
            seen.add(key)
            title = line.text[:match.start()].strip().rsplit(":", 1)[0].strip() or f"Minute {minute}"
            headings.append(_Heading(index, minute, " ".join(title.split()[:12]), rest=line.text))
    return headings if len(headings) >= 2 else []


# "2020/09/07 MATTERS ARISING" / "7.1 Road – Improvements – Ms J Dennison reported ...": a minute numbered by year, month
# and item, its parts numbered by the item's own number
_SUB_ITEM = re.compile(r"^(?P<item>\d{1,2})\.(?P<part>\d{1,2})\s+(?P<title>[A-Z][^–—.]{2,80}?)\s+[–—-]\s+\S")


# "19/50/1 – DECLARATIONS There were no declarations ...": a part numbered by its minute's whole number
_NUMBERED_PART = re.compile(r"(?P<minute>\d{1,4}/\d{1,3})/(?P<part>\d{1,2})\s[–—-]\s(?P<title>[A-Z][A-Z’'&,/-]*(?:\s[A-Z][A-Z’'&,/-]*)*)(?=\s[A-Z]?[a-z]|\s*$)")
_NUMBERED_PART_MID_LINE = re.compile(r"(?<=\s)\d{1,4}/\d{1,3}/\d{1,2}\s[–—-]\s[A-Z]{2,}")


def _cut_numbered_parts(line: Line) -> list[Line]:
    """"19/50 - DISCLOSURE OF INTERESTS 19/50/1 – DECLARATIONS There were no
    ... 19/50/2 – DECLARATIONS OF INTEREST Members noted ...": a flattened
    minute cut where its own parts start (see :func:`_with_sub_items`)."""
    lead = re.match(r"(\d{1,4}/\d{1,3})(?:/\d{1,2})?\s[–—-]\s", line.text)
    if not lead or line.table:
        return [line]
    cuts = [m.start() for m in _NUMBERED_PART_MID_LINE.finditer(line.text) if m.group(0).startswith(lead.group(1) + "/")]
    if not cuts:
        return [line]
    bounds = [0] + cuts + [len(line.text)]
    return [replace(line, text=line.text[a:b].strip()) for a, b in zip(bounds, bounds[1:])]


# "4. Matters Arising: ... 4.1 4.1 Grass Cutting/ Paul Langhorn: ... 4.2 5.1 Letter sent ...": a flattened minute's parts,
# numbered by the minute's whole number, run on after a word (the part's own number, then perhaps the last meeting's
# minute it follows up)
_WHOLE_MINUTE_LINE = re.compile(r"^(?P<n>\d{1,2})\.\s+[A-Z(]")


# "2.2 Treasurers Report. JF gave report ...", "4.1 County Councillor’s Report:- Attached.", "3.1 / Dog Fouling – JW No
# further updates ...", "6.1 EACC held on 19 November- Tim and Daniel attended ...", "8.1 To receive a report on repairing
# the village sign." (alone on its line): the title a numbered part opens with, ended by a colon, a dash, a full stop that
# a new sentence follows, or the line's end; or by the date of the meeting it reports ("6.2 Winter Festivals
# Consultation, 24 November Joan and Daniel had attended ...")
_PART_TITLE = re.compile(r"(?:/\s+)?(?P<title>[A-Z(‘'\"“](?:[^:;.!?–—]|\.(?=\d)){0,120}?)\s*"
                         r"(?::-?(?=\s|$)|;|\s[–—-]\s|(?<=\w)-\s(?=[A-Z])|(?<=\w\w)\.(?=\s+[A-Z(‘'\"“]|\s*$)|$"
                         rf"|,\s\d{{1,2}}(?:st|nd|rd|th)?\s(?:{MONTHS})(?:\s\d{{4}})?(?=\s+[A-Z]))")
# "2.4 Cllr Woods noted that CC’s would be encouraged ...", "19/043.1 None declared.", "19/044.1 COUNCIL RESOLVED that the
# Minutes ...": a paragraph's sentence, not a title
_PART_SENTENCE = re.compile(r"\b(?:[a-z]{3,}ed|was|were|is|are|had|has|have|would|will|should|that|RESOLVED|AGREED)\b")


# "2.1 AV – Invoice submitted for the costs under item 11.": a member's initials, not a title
_INITIALS = re.compile(r"[A-Z]{2,3}|[A-Z][a-z]")
# "Minute 8.1", "Item 4.1": a reference to a minute; "A4086": a road's number
_REFERENCE_TITLE = re.compile(r"(?:Item|Minute|ITEM|MINUTE)\s+\d{1,4}(?:\.\d{1,2}){0,2}|[A-Z]{1,2}\d{1,5}")
# "19/041.1 Other Apologies District Councillor Councillor C Whittaker" (columns run together): the title, then whom it
# names
_PERSON_AFTER_TITLE = re.compile(r"(?<=[a-z])\s+(?:(?:District|County|Borough|Town|Parish|Ward)\s+)?(?:Councillors?|Cllrs?\.?|Mrs?|Ms|Dr)\s(?=[A-Z])")


# "1.2. To receive requests for dispensations for disclosable pecuniary interests (if any) No requests were made.", "1.3. To
# grant any requests for dispensations as appropriate It was noted ...": the agenda's words for the part ("To" and a verb of
# business), its title, up to the minute's own sentence, the part's own first part ("1.1.1."), or a stop
_AGENDA_WORDING_TITLE = re.compile(
    r"(?P<title>To\s(?:receive|consider|grant|note|approve|agree|discuss|review|confirm|elect|appoint|adopt|accept)\s[^.:;!?]{3,120}?)"
    r"(?=\s(?:\(if\sany\)\s)?(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?\s|(?:It|No|There|The|This|Cllr|Councillor|Members?)\s)|\s?[.:;]|\s*$)")


def _part_title(rest: str) -> Optional[str]:
    """The title of a numbered part, given its text after the number, or None when the part is a paragraph: a title is
    a few words (ten at most, besides an aside in brackets: "6.2 Maes-y-Felin Play Area (Possible transfer from Tai
    Ceredigion to the Town Council): The Mayor ...") that do not read as a sentence, set off from the part's text
    (:data:`_PART_TITLE`), or words in capitals before it (:data:`_TITLED_PART`)."""
    agenda = _AGENDA_WORDING_TITLE.match(rest)
    if agenda and not _PART_SENTENCE.search(agenda.group("title")):
        return agenda.group("title")
    shouted = _TITLED_PART.match(f"1.1 {rest}")
    if shouted and not _PART_SENTENCE.search(shouted.group("title")):  # (not "2.1 Police Scotland reported th")
        return shouted.group("title")
    found = _PART_TITLE.match(rest)
    words = BRACKETED_TEXT.sub("", found.group("title")) if found else ""
    if not found or len(words.split()) > 10 or _PART_SENTENCE.search(words) or _INITIALS.fullmatch(words.strip()):
        return None
    title = found.group("title").strip()
    if _REFERENCE_TITLE.fullmatch(title):
        # "4.1 Minute 8.1: Planning Application: A170015: ...": the minute referred to, then the part's title (not "4.1
        # Item 4.1 - Iwan Ellis is meant to come ...", "7.1 A4086 – Speeding through the village was reported ...", a
        # reference before a sentence)
        after = _part_title(rest[found.end():].strip())
        return f"{title}: {after}" if after else None
    person = _PERSON_AFTER_TITLE.search(title) if not found.group(0).rstrip().endswith((":", "-", ";", ".", "–", "—")) else None
    # ("4.1.1. PA13/11080 Mr. S. Courtenay-Taylor ...": the stop was a title's, whose holder's name follows the part's title)
    return title[:person.start()] if person else re.sub(r"(?<=\S)\s(?:Mr|Mrs|Ms|Miss|Dr|Cllr)$", "", title)


# "... the following matters contained therein. 4.1 Environmental Health" / "4.1.1 Cookstown Healthy Lives Programme
# 2014/15": a part's number and title run on at the end of its minute's opening paragraph
_PART_AT_LINE_END = re.compile(r"(?<=[.!?:])\s+(?P<item>\d{1,2})\.(?P<part>\d{1,2})\s+(?P<title>[A-Z][\w’'&,()/-]*(?:\s[\w’'&,()/-]+){0,7})$")


def _parts_at_paragraph_ends(flat: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """A line ending with a part's number and a short title (:data:`_PART_AT_LINE_END`) cut there, when the next line
    opens with that part's own first part ("4.1.1") or the part after it ("4.2"): numbers in that layout are a part's,
    not a reference's."""
    out: list[tuple[int, Line]] = []
    for position, (page, line) in enumerate(flat):
        found = None if line.table else _PART_AT_LINE_END.search(line.text.rstrip())
        following = flat[position + 1][1].text.strip() if position + 1 < len(flat) else ""
        if found and following.startswith((f"{found.group('item')}.{found.group('part')}.1 ",
                                           f"{found.group('item')}.{int(found.group('part')) + 1} ")):
            out += [(page, replace(line, text=line.text[:found.start()].strip())),
                    (page, replace(line, text=line.text[found.start():].strip()))]
        else:
            out.append((page, line))
    return out


# "... raise. 4.2 Report from Cllr Grove-Jones. Previously circulated ...", "6.1 War Memorial Garden re ...": a part's number
# opening its line or after any word, then perhaps the last meeting's minute it follows up ("4.2 5.1 Letter sent ...")
# ("1. DECLARATION OF INTERESTS ...: 1.1. To receive declarations ... 1.2. To receive requests ...": a stop after the part's
# number too)
_RUN_ON_NUMBER = re.compile(r"(?:(?<=\s)|^)(?P<item>\d{1,2})\.(?P<part>\d{1,2})\.?\s+(?:\d{1,2}\.\d{1,2}\s+)?(?=[A-Z(])")


def _decimal_parts_run_on(flat: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """"5. Minutes of Council Meeting held ... 5.1 Point of Accuracy – ... 5.2
    Confirmation of the Minutes ...": a flattened minute (its line opening
    with its whole number) cut where its own parts, N.1, N.2, ..., stand in
    turn after any word (not after "item", "paragraph", ...), on its lines
    until the next minute's; two parts or more, one of them titled at least
    (:func:`_part_title`; parts in turn after words are rare, so the run is
    taken whole, as the golds have it: Morvern "4.1 4.1 Grass Cutting/ Paul
    Langhorn: ..." among "4.4 7.5 MCC has had no notification ...").  Each
    part is marked as cut (see :func:`_numbered_parts`)."""
    out: list[tuple[int, Line]] = []
    position = 0
    while position < len(flat):
        lead = _WHOLE_MINUTE_LINE.match(flat[position][1].text)
        if not lead or flat[position][1].table:
            out.append(flat[position])
            position += 1
            continue
        number = lead.group("n")
        end = position + 1
        while end < len(flat) and not _WHOLE_MINUTE_LINE.match(flat[end][1].text) and end - position < 12:
            end += 1
        expected, cuts, rests, dotted, run_on = 1, {}, [], False, False
        for index in range(position, end):
            text = flat[index][1].text
            for found in _RUN_ON_NUMBER.finditer(text):
                if (found.group("item") != number or int(found.group("part")) != expected or found.start() and len(text) < 120
                        or _REFERENCE_BEFORE.search(text, max(0, found.start() - 12), max(0, found.start() - 1))):
                    continue
                cuts.setdefault(index, []).append(found.start())
                rests.append(text[found.end():])
                expected += 1
                dotted = dotted or found.group(0).rstrip().endswith(".")
                run_on = run_on or found.start() > 0
        # ("4. PLANNING: 4.1. PLANNING APPLICATIONS: 4.1.1. PA13/11080 ...": one part, a heading in capitals over its own
        # parts, run on: a section, cut with its parts N.M.1, N.M.2, ... in turn)
        section = (_SECTION_OVER_ITS_PARTS.match(rests[0]) if expected == 2 and run_on else None)
        if section and section.group("sub") == f"{number}.1.1":
            index = next(index for index in cuts)
            text, part = flat[index][1].text, 1
            for found in re.finditer(rf"(?<=\s){number}\.1\.(?P<k>\d{{1,2}})\.?\s+(?=[A-Z])", text):
                if int(found.group("k")) == part and found.start() > cuts[index][-1]:
                    cuts[index].append(found.start())
                    part += 1
            expected += 1  # (the section and its parts: a run)
        # ("4.1. View from local residents: ..." / "4.2. Cllr Harlow had sent ...": parts numbered with a stop, each opening
        # its own line, are no flattened minute's; :func:`_numbered_parts` judges them)
        if expected < 3 or dotted and not run_on or not any(_part_title(rest) for rest in rests):
            # (numbered sentences, none with a title of its own: "4.1 No member of the public had anything to raise.",
            # "4.2 Letter sent supporting MCDC application ...")
            out += flat[position:end]
        else:
            for index in range(position, end):
                page, line = flat[index]
                bounds = sorted({0, *cuts.get(index, []), len(line.text)})
                out += [(page, replace(line, text=line.text[a:b].strip(), numbered=a > 0 or a in cuts.get(index, ()) or line.numbered))
                        for a, b in zip(bounds, bounds[1:]) if line.text[a:b].strip()]
        position = end
    return out


_SECTION_OVER_ITS_PARTS = re.compile(r"[A-Z][A-Z’'&/,-]*(?:\s[A-Z][A-Z’'&/,-]*){0,5}\s?:\s+(?=(?P<sub>\d{1,2}\.\d{1,2}\.1)\.?\s+[A-Z])")


_FIRST_LETTERED_TITLE = re.compile(r"^\(?a\)\s+(?P<title>[A-Z].*)$")
_LETTERED_PART = re.compile(r"^\(?(?P<letter>[b-h])\)\s+(?P<title>[A-Z][^:]{1,80}?)\s*(?::-?|\.|$)\s*(?P<rest>.*)$")
_TITLE_BEFORE_COLON = re.compile(r"(?<!\s)\s*:(?:-|\s|$).*$")


def _lettered_parts(flat: list[tuple[int, Line]], heading: _Heading, end: int) -> list[_Heading]:
    """"2. a) Minutes of the last meeting : Approved by ..." / "    b) Matters Arising:": a minute with no title of its
    own, its parts lettered from a) (the first on the number's line, the next ones each opening a line of the
    minute, in turn), is its parts: "2a", "2b", ...  Not "5. MATTERS ARISING" / "5 a) Defibrillators" (a titled minute
    over sub-headings)."""
    number = (heading.number or "").rstrip(".")
    first = _FIRST_LETTERED_TITLE.match(heading.title or "")
    if not re.fullmatch(r"\d{1,3}", number) or not first:
        return []
    parts = [replace(heading, number=f"{number}a", title=_TITLE_BEFORE_COLON.sub("", first.group("title")).strip())]
    for index in range((heading.last if heading.last is not None else heading.index) + 1, end):
        part = _LETTERED_PART.match(flat[index][1].text.strip())
        if part and part.group("letter") == chr(ord("a") + len(parts)):
            parts.append(_Heading(index, f"{number}{part.group('letter')}", part.group("title").strip(),
                                  rest=part.group("rest") or None))
    return parts if len(parts) >= 2 else []


# "6 DEFERRED APPLICATIONS" / "6.1 11C557B – Erection of two wind turbines ...": a planning committee's applications, each
# a part of its minute numbered from the minute's own, its title the application's reference, a dash and what it is for
# (the reference mixes figures with letters or slashes, and opens with a figure or holds a slash: not "6.1 2019 – ...", nor
# a road's number, "7.1 A4086 – Speeding through the village")
_APPLICATION_PART = re.compile(r"^(?P<item>\d{1,2})\.(?P<part>\d{1,2})\s+(?P<title>(?=[A-Z0-9/.-]{0,24}\d)(?=[0-9/.-]{0,24}[A-Z/])(?=\d|[A-Z0-9.-]{0,24}/)"
                               r"[A-Z0-9][A-Z0-9/.-]{4,24}\s+[–—-]\s+[A-Z][^.;:]{2,200})")


# "3.1     Chairman" / "3.2     Vice-Chairman: Cllr F Dolphin was elected ...", "1.1 OPEN FORUM This will last ...": a
# whole-numbered minute's parts, each with a short title of its own (alone on its line, before a colon, or in capitals
# before the part's text)
_TITLED_PART = re.compile(r"^(?P<item>\d{1,2})\.(?P<part>\d{1,2})\.?\s+(?P<title>[A-Z][A-Z’'&-]+(?:\s[A-Z][A-Z’'&-]+){0,5}(?=\s+[A-Z][a-z]|\s*$)"
                          r"|(?!(?:It|The|This|That|There|These|Those|We|He|She|They|An?)\s)[A-Z][a-z][\w’'-]*(?:\s[A-Za-z][\w’'-]*){0,3}"
                          r"(?=\s*:\s|\s*$))")


# "4.1 Chairman’s Report. Due to ...", "2. 1 Police report no police in attendance", "4.1.1 Appointment of New Clerk.
# From ...", "19/041.1 Other Apologies ...", "3.1 / Dog Fouling – JW ...": a part numbered from its minute's (or its part's)
# own number, opening its line
_DECIMAL_PART = re.compile(r"^(?P<parent>\d{1,4}(?:/\d{1,4})?(?:\.\d{1,2})?)\.\s?(?P<part>\d{1,2})\.?\s+(?:\d{1,2}\.\d{1,2}\s+)?"
                           r"(?P<rest>[A-Z(‘'\"“/].*)$")
# "2 Police Report - No Officer Present" printed "2.0"; "4." and "4"; "19/041": the numbers whose parts are read
_PARENT_NUMBER = re.compile(r"(?P<n>\d{1,2})(?:\.0?)?|(?P<minute>\d{1,4}/\d{1,3})")


# "4.1 No member of the public had anything to raise. 4.2 ...": an untitled part named by its first sentence
_FIRST_SENTENCE_END = re.compile(r"[.:;](?=\s|$)")


# Gloucestershire, a ModernGov page: "4." / "Announcements" / "Minutes:" / "4.1 White Ribbon" / ...: the minute printed
# under an agenda's entry, its paragraphs numbered (the golds of such pages list the agenda's entries only)
_MODERNGOV_MINUTES_LABEL = re.compile(r"^Minutes:$", re.MULTILINE)


def _numbered_parts(flat: list[tuple[int, Line]], parent: str, start: int, end: int) -> list[_Heading]:
    """The parts of minute (or part) PARENT: lines from START to END opening
    with PARENT.1, PARENT.2, ... in turn, each with its own parts ("4.1.1"
    under "4.1"). The gold README's rule 3: a part with a title of its own
    is an item, a number on a paragraph is not, and a run most of whose parts
    are titled is taken whole (Glencairn "2.4 Cllr Woods noted that ..."
    after three titled parts); a lone part is an item only if titled; a run
    cut from a flattened minute was judged when cut (:func:`_decimal_parts_run_on`);
    not under a ModernGov "Minutes:" label (:data:`_MODERNGOV_MINUTES_LABEL`)."""
    parts: list[tuple[int, re.Match]] = []
    for index in range(start, end):
        found = _DECIMAL_PART.match(flat[index][1].text.strip())
        if found and found.group("parent") == parent and int(found.group("part")) == len(parts) + 1:
            parts.append((index, found))
    titles = [_part_title(found.group("rest")) for _, found in parts]
    titled = sum(1 for title in titles if title)
    cut = all(flat[index][1].numbered for index, _ in parts)  # (a run cut from a flattened minute: judged there)
    if not titled or titled * 2 <= len(parts) and not cut or parts and _MODERNGOV_MINUTES_LABEL.search(
            "\n".join(line.text for _, line in flat[start:parts[0][0]])):
        return []
    out: list[_Heading] = []
    for position, ((index, found), title) in enumerate(zip(parts, titles)):
        rest = found.group("rest")
        if title and title in rest:
            rest = rest[rest.find(title) + len(title):].lstrip(" .:;–—-").strip()
        elif not title:
            title = " ".join(_FIRST_SENTENCE_END.split(rest, maxsplit=1)[0].split()[:12])
        number = f"{parent}.{found.group('part')}"
        out.append(_Heading(index, number, title, rest=rest or None))
        out += _numbered_parts(flat, number, index + 1, parts[position + 1][0] if position + 1 < len(parts) else end)
    return out


# "6. FINANCE & GENERAL PURPOSES" / "6.a Financial Report . Cllr Davison ..." / "6b Confirm dates of next meetings - ..." /
# "6c A parishioner had been ...": a whole-numbered minute's parts lettered from its number, a, b, c, ... in turn, each
# opening its line (with or without a stop between number and letter)
_LETTERED_DECIMAL_PART = re.compile(r"^(?P<item>\d{1,3})\.?(?P<letter>[a-h])\.?\s+(?P<rest>[A-Z(‘'\"“].*)$")
# ("Financial Report . Cllr ...": a title's stop printed after a space)
_SPACED_STOP = re.compile(r"(?<=\w) \.(?=\s)")


def _lettered_decimal_parts(flat: list[tuple[int, Line]], headings: list[_Heading]) -> list[_Heading]:
    """The lettered parts of a whole-numbered minute (:data:`_LETTERED_DECIMAL_PART`), two or more in turn from "a" on
    the minute's lines, most with a title of their own (:func:`_part_title`), taken whole as items after their minute,
    numbered as printed (the gold README's rule 3, as for "N.1", "N.2", ...); an untitled part is named by its first
    sentence.  Headings already read among them ("6b ...") give way to the run."""
    out: list[_Heading] = []
    position = 0
    while position < len(headings):
        heading = headings[position]
        out.append(heading)
        position += 1
        number = (heading.number or "").rstrip(".")
        if not re.fullmatch(r"\d{1,3}", number):
            continue
        stop = position
        while stop < len(headings) and re.fullmatch(rf"{number}\.?[a-h]\.?", headings[stop].number or ""):
            stop += 1
        end = headings[stop].index if stop < len(headings) else len(flat)
        parts: list[tuple[int, re.Match]] = []
        for index in range((heading.last if heading.last is not None else heading.index) + 1, end):
            found = None if flat[index][1].table else _LETTERED_DECIMAL_PART.match(flat[index][1].text.strip())
            if found and found.group("item") == number and found.group("letter") == chr(ord("a") + len(parts)):
                parts.append((index, found))
        titles = [_part_title(_SPACED_STOP.sub(".", found.group("rest"))) for _, found in parts]
        if len(parts) < 2 or sum(1 for title in titles if title) * 2 <= len(parts):
            continue
        for (index, found), title in zip(parts, titles):
            text = flat[index][1].text.strip()
            rest = found.group("rest")
            if title:
                rest = _SPACED_STOP.sub(".", rest)
                rest = rest[rest.find(title) + len(title):].lstrip(" .:;–—-").strip()
            else:
                title = " ".join(_FIRST_SENTENCE_END.split(rest, maxsplit=1)[0].split()[:12])
            out.append(_Heading(index, text[:found.start("rest")].strip(), title, rest=rest or None))
        position = stop
    return out


def _with_sub_items(flat: list[tuple[int, Line]], headings: list[_Heading]) -> list[_Heading]:
    """The parts of a minute with a running number ("2020/09/07") that number themselves from its last figures ("7.1",
    "7.2", ...), each a heading of its own, counting up from 1; a whole-numbered minute's planning applications
    ("6.1 11C557B – Erection of ...") or titled parts (:func:`_numbered_parts`); and an untitled minute's lettered parts
    (:func:`_lettered_parts`)."""
    found: list[_Heading] = []
    for position, heading in enumerate(headings):
        end = headings[position + 1].index if position + 1 < len(headings) else len(flat)
        lettered = _lettered_parts(flat, heading, end)
        if lettered:
            found += lettered
            continue
        found.append(heading)
        first = (heading.last if heading.last is not None else heading.index) + 1
        parent = _PARENT_NUMBER.fullmatch(heading.number or "")
        if parent and parent.group("n"):
            applications: list[_Heading] = []
            for index in range(first, end):
                text = flat[index][1].text.strip()
                part = _APPLICATION_PART.match(text)
                if part and part.group("item") == parent.group("n") and int(part.group("part")) == len(applications) + 1:
                    title = " ".join(part.group("title").split()[:14])
                    applications.append(_Heading(index, f"{part.group('item')}.{part.group('part')}", title,
                                                 rest=text[part.start("title"):]))
            found += applications or _numbered_parts(flat, parent.group("n"), first, end)
            continue
        if parent:
            # "19/50 - DISCLOSURE OF INTERESTS" / "19/50/1 – DECLARATIONS There were no ..." / "19/50/2 – ...": parts
            # numbered by the minute's whole number, a dash and a title in capitals; or "19/041.1 Other Apologies"
            expected = 1
            for index in range(first, end):
                part = _NUMBERED_PART.match(flat[index][1].text.strip())
                if part and part.group("minute") == heading.number and int(part.group("part")) == expected:
                    found.append(_Heading(index, f"{heading.number}/{part.group('part')}", part.group("title"),
                                          rest=flat[index][1].text.strip()[part.end("title"):].strip()))
                    expected += 1
            if expected == 1:
                found += _numbered_parts(flat, heading.number, first, end)
            continue
        last = re.search(r"/0?(\d{1,2})$", heading.number or "")
        if not last or "/" not in (heading.number or "")[:-3]:
            continue
        expected = 1
        for index in range((heading.last if heading.last is not None else heading.index) + 1, end):
            part = _SUB_ITEM.match(flat[index][1].text.strip())
            if part and part.group("item") == last.group(1) and int(part.group("part")) == expected:
                found.append(_Heading(index, f"{part.group('item')}.{part.group('part')}", part.group("title"),
                                      rest=flat[index][1].text.strip()[part.end("title"):].strip(" –—-")))
                expected += 1
    return found


_RESOLUTIONS_NUMBER = re.compile(r"(?:RESOLVED|AGREED)\s*[:–-]?\s*(?![A-Z][A-Z’'&-]+(?:\s|$))[A-Z]")
_PARAGRAPH_NUMBER_IN_TITLE = re.compile(r"(?<=[a-z])\s\(\d{1,2}\)\s+(?=[A-Z])")
_RESOLUTIONS_NUMBER_IN_TITLE = re.compile(rf"(?<=\S)\s+{_RUNNING}\s+(?:RESOLVED|AGREED)\b")
_RESOLVED_BEFORE_TITLE = re.compile(r"^(RESOLVED|AGREED)\s+(?=[A-Z][A-Z’'&-]+(?:\s+[A-Z’'&-]+)*$)")
_NUMBER_GLUED_TO_TITLE = re.compile(r"^([A-Z]{1,2}\d{1,3}|\d{1,3})(?=[A-Z][a-z]{2,}\b)")
# "TC2018/14 2 Election of Chairman", "TC201 8/143 To receive Apologies", "TC2018 /144 Declarations": a council's
# letters, the year and the running number, a stray space inside each
_SPACED_REFERENCE = re.compile(r"^(?P<ref>[A-Z]{1,3}\d[\d /]{5,10}?\d)(?=\s[A-Z])")
_YEAR_REFERENCE = re.compile(_LETTERS_YEAR_SERIAL)

# "1. Chairperson’s Welcome, RC 1.1 Attendance ... (a paragraph of a page)" / "MOTION To co-opt ... around the table.
# 2. Minutes 2.1 Matters Arising ...": a flattened page kept in a few long lines, each minute's number run on after the
# last sentence of the one before, in the next line
_PARAGRAPH_OPENING_NUMBER = re.compile(r"(?P<n>\d{1,3})\.\s+[A-Z][a-z’']")


def _minutes_run_on_across_lines(flat: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """Where a long line opens with minute N and no line opens with N+1,
    a line after it that holds "N+1. Title" after a sentence's end is cut
    there, and so on from N+1: the minutes of a page flattened into
    paragraphs, each running on into the next."""
    first = next(((index, int(found.group("n"))) for index, (_, line) in enumerate(flat)
                  if not line.table and len(line.text) >= 300 and (found := _PARAGRAPH_OPENING_NUMBER.match(line.text.strip()))),
                 None)
    if first is None:
        return flat
    opened = {int(found.group(1)) for _, line in flat if (found := re.match(r"\s*(\d{1,3})[.)]?\s", line.text))}
    index, number = first
    result = flat[:index + 1]
    for page, line in flat[index + 1:]:
        text, pieces = line.text, []
        while not line.table and number + 1 not in opened:
            follows = next((found for found in re.finditer(rf"(?<=[.!?)])\s+{number + 1}\.\s+(?=[A-Z][a-z’'])", text)
                            if not _REFERENCE_BEFORE.search(text, max(0, found.start() - 12), found.start())), None)
            if follows is None:
                break
            pieces.append(text[:follows.start()].strip())
            text = text[follows.start():].strip()
            number += 1
        result += [(page, replace(line, text=piece)) for piece in [*pieces, text] if piece] if pieces else [(page, line)]
    return result


# "41Declarations of Interest No declarations recorded" / "42. Brechfa Forest West Wind Farm The Chair ...": a line
# opening with a minute's number, its stop or its space sometimes lost
_OPENING_MINUTE = re.compile(r"(?P<n>\d{1,3})(?:\.\s*|\s+|(?=[A-Z][a-z]{2,}))(?=[A-Z][a-z]{2,})")


def _first_minute_run_on(flat: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """A flattened page whose first minute runs on at the end of the
    attendance ("In the Chair – Councillor Peter Williams 40.Apologies
    Apologies for absence ...") while the next two open their own lines
    ("41Declarations of Interest ...", "42. Brechfa Forest ..."): the line
    is cut where the number before the next line's stands, once, and the
    three in turn are marked as headings (the stop or space after a number
    glued to its title is restored)."""
    result = list(flat)
    for index in range(len(flat) - 2):
        (page, line), (_, after), (_, later) = flat[index:index + 3]
        if line.table or after.table or later.table:
            continue
        second, third = _OPENING_MINUTE.match(after.text.strip()), _OPENING_MINUTE.match(later.text.strip())
        if not (second and third and int(third.group("n")) == int(second.group("n")) + 1 and int(second.group("n")) >= 2):
            continue
        first = [found for found in re.finditer(rf"(?<=[a-z]\s){int(second.group('n')) - 1}\.?\s*(?=[A-Z][a-z]{{2,}})", line.text)]
        if len(first) != 1 or _OPENING_MINUTE.match(line.text.strip()):
            continue
        cut = first[0].start()
        opened = [(page, replace(line, text=line.text[cut:].strip())), *flat[index + 1:index + 3]]
        marked = [(p, replace(l, text=_OPENING_MINUTE.sub(lambda m: f"{m.group('n')} ", l.text.strip(), count=1), numbered=True))
                  for p, l in opened]
        return result[:index] + [(page, replace(line, text=line.text[:cut].strip()))] + marked + result[index + 3:]
    return result


def _unspaced_references(flat: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """Minute references with a stray space inside, where two or more of one council's year open lines so (a PDF's
    text spaced at random)."""
    found = {}
    for index, (_, line) in enumerate(flat):
        spaced = _SPACED_REFERENCE.match(line.text.strip())
        joined = spaced.group("ref").replace(" ", "") if spaced else ""
        if spaced and spaced.group("ref").count(" ") <= 1 and _YEAR_REFERENCE.fullmatch(joined):
            found[index] = (spaced, joined)
    years = [joined[:joined.index("/")] for _, joined in found.values()]
    if not any(" " in spaced.group("ref") for spaced, _ in found.values()):
        return flat
    flat = list(flat)
    for index, (spaced, joined) in found.items():
        if years.count(joined[:joined.index("/")]) >= 2:
            page, line = flat[index]
            text = line.text.strip()
            flat[index] = (page, replace(line, text=joined + text[spaced.end():]))
    return flat


_LIST_LABEL_ENDING = re.compile(r"(?<=[a-z])\s+(Present|In\s+[Aa]ttendance|Also\s+[Pp]resent)$")
_PLURAL_TITLE_ENDING = re.compile(r"(?<=\S)\s+(Cllrs?\.?|Councillors?)$")
_HEADING_THEN_TITLED_NAMES = re.compile(r"^(?P<heading>[A-Z][\w’']*(?:\s[\w’']+){0,5})\s(?P<names>(?:Cllrs?|Councillors?|Alderm[ae]n)\.?\s"
                                        r"(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+(?:(?:,\s|\s(?:and|&)\s)(?:Mc|Mac|O[’'])?[A-Z][\w’'-]+){0,12})\.?$")
_LISTS_HEADING_END = re.compile(r"\b(?:declarations?(?:\s+of\s+interests?)?|interests?|apologies(?:\s+for\s+absence)?|present|attendance)$",
                                re.IGNORECASE)


def find_items(pages: list[Page]) -> list[Item]:
    """Minute items in document order, each with its page and text."""
    flat: list[tuple[int, Line]] = [(p.number, part) for p in pages for l in p.lines for piece in _split_run_on_minutes(l)
                                    for part in _cut_numbered_parts(piece)]
    flat = _unspaced_references(flat)
    flat = _first_minute_run_on(flat)
    flat = _minutes_run_on_across_lines(flat)
    flat = _decimal_parts_run_on(flat)
    flat = _parts_at_paragraph_ends(flat)
    glued = [match.group(1) for _, line in flat if (match := _NUMBER_GLUED_TO_TITLE.match(line.text))]
    if len(set(glued)) >= 2:
        # "A1Declarations of interest" / "A2Chief Fire Officer’s commendations": the space after each number lost
        flat = [(page, replace(line, text=_NUMBER_GLUED_TO_TITLE.sub(r"\1 ", line.text))) for page, line in flat]
    has_bold = sum(1 for _, l in flat if l.bold) >= 2
    if has_bold:
        # Bold marks headings only where most numbered heading-like lines
        # are bold; a few bold words elsewhere say nothing about headings.
        numbered = [l for _, l in flat if not l.table and (_looks_like_heading(l, False) or _RUN_IN.match(l.text.strip()))]
        bold_numbered = sum(1 for l in numbered if l.bold)
        has_bold = not numbered or bold_numbered == 0 or bold_numbered * 2 >= len(numbered)
    headings: list[_Heading] = []
    last_key: Optional[tuple] = None
    heading_x0: Optional[float] = None
    if not has_bold:
        headings = _plain_headings(flat)
    for index, (_, line) in enumerate(flat if has_bold else ()):
        following = flat[index + 1][1].text.strip() if index + 1 < len(flat) else ""
        match = _looks_like_heading(line, has_bold)
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
    if not headings:
        headings = _table_row_headings(flat)
    if not headings:
        headings = _resolution_numbered_headings(flat)
    if not headings:
        headings = _bulleted_agenda_headings(flat)
    headings = _without_minutes_paragraphs(flat, headings)
    # ("6. Date of next meeting" / "7 June 2019.": a date under its heading, its day read as the next minute's number)
    headings = [heading for heading in headings if not (heading.number and heading.number.isdigit() and int(heading.number) <= 31
                                                        and _DATE_TITLE.fullmatch(heading.title.strip().rstrip(".")))]
    headings = _without_sole_paragraph_numbers(headings)
    headings = _without_untitled_parts(headings)
    headings = _lettered_decimal_parts(flat, headings)
    headings = _with_sub_items(flat, headings)
    # council years printed after minutes' numbers ("68. 08/09 Public Forum"): in two or more headings, or before a title
    # that is not about a year's money ("3. 24/25 Budget and Precept", "4. 23/24 Accounts to date": titles)
    years = [(found.group("year"), h.title[found.end():]) for h in headings if (found := _COUNCIL_YEAR_OPENING.match(h.title or ""))]
    council_years = {year for year, title in years
                     if sum(1 for other, _ in years if other == year) >= 2 or not _YEARS_MONEY.match(title)}
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
        if heading.rest:
            body = [(flat[heading.index][0], Line(text=heading.rest))] + body
        paragraph = _PARAGRAPH_NUMBER_IN_TITLE.search(title)
        if paragraph:
            # "4. Financial business Busnes Ariannol (6) Cllr Dai Ogilvie proposed ...": the minute's first paragraph,
            # numbered in brackets, run on after the title
            if not heading.rest:
                body = [(flat[heading.index][0], Line(text=title[paragraph.end():].strip()))] + body
            title = title[:paragraph.start()]
        numbered = _RESOLUTIONS_NUMBER_IN_TITLE.search(title)
        if numbered:
            title = title[:numbered.start()]  # "2 Apologies 150/12-13 RESOLVED The following apologies ...": a resolution's own number
        marked = _RESOLVED_BEFORE_TITLE.match(title)
        if marked and body:
            # "14/63 RESOLVED THATCHAM PHOTOGRAPHIC CLUB To suspend Standing Orders ...": a minute book's margin marks
            # the minute as resolved; the title follows the mark, the minute's text is what was resolved
            title = title[marked.end():]
            body = [(body[0][0], replace(body[0][1], text=f"{marked.group(1)} {body[0][1].text.strip()}"))] + body[1:]
        plural = _PLURAL_TITLE_ENDING.search(title)
        # (only after a declarations', apologies' or attendance heading: not "Co-option of Councillors" / "Ms Shola
        # Hingston was proposed ...", "Reports from County Councillors", the heading's own word)
        if (plural and body and len(title[:plural.start()].split()) <= 5 and _LISTS_HEADING_END.search(title[:plural.start()])
                and re.match(r"(?!(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)(?:[A-Z]\.?\s)*[A-Z][\w’'-]+[\s,]", body[0][1].text.strip())):
            # "19/66 Declarations of Interest  Cllrs. Barnes, Cassar and Wennington, ...", "2. Declarations of interest
            # Cllr. Gray declared ...": the member's title opens the minute, not the heading's last word
            title = title[:plural.start()]
            body = [(body[0][0], replace(body[0][1], text=f"{plural.group(1)} {body[0][1].text.strip()}"))] + body[1:]
        listed = _HEADING_THEN_TITLED_NAMES.match(title)
        if listed and not body and _LISTS_HEADING_END.search(listed.group("heading")):
            # "3. Declarations of Members’ Interests Councillor Chivers, McMullan": a summary table's row, the
            # heading run into the members it names and nothing below it
            title = listed.group("heading")
            body = [(flat[heading.index][0], Line(text=listed.group("names")))]
        label = _LIST_LABEL_ENDING.search(title)
        if (label and body and _PERSON_START.match(body[0][1].text.strip())
                and re.search(r"\b(?:apolog\w*|record|receive|note)\b", title[:label.start()], re.IGNORECASE)):
            # "1 To record apologies for absence Present: Cllr Mrs Wess (Chairman), ...": the list's label after the
            # agenda's title, and its colon taken for the title's end (not "1. Members Present" / "Cllr A Smith ...")
            title = title[:label.start()]
            body = [(body[0][0], replace(body[0][1], text=f"{label.group(1)}: {body[0][1].text.strip()}"))] + body[1:]
        number = heading.number
        year = _COUNCIL_YEAR_OPENING.match(title) if number and number.isdigit() else None
        year = year if year and year.group("year") in council_years else None
        printed = re.match(rf"\s*{re.escape(number)}\.?\s{{0,3}}{re.escape(year.group('year'))}",
                           heading_line.text) if year and int(year.group("to")) == (int(year.group("from")) + 1) % 100 else None
        if printed:
            # "68. 08/09 Public Forum": the council's year after the minute's number, part of it as printed
            number, title = printed.group(0).strip(), title[year.end():]
        items.append(
            Item(
                number=number,
                title=clean_title(title),
                page=flat[heading.index][0],
                text="\n".join(l.text for _, l in body).strip(),
                lines=body,
            )
        )
    return items


_COUNCIL_YEAR_OPENING = re.compile(r"(?P<year>(?P<from>\d{2})/(?P<to>\d{2}))\s+(?=[A-Z])")
_YEARS_MONEY = re.compile(r"(?i:budgets?|precepts?|accounts?|annual|audit|financ\w*|grants?|returns?|expenditure|income|estimates?|"
                          r"capital|revenue|fees|charges|insurance|spend\w*|payments?|bank|reserves?|the\s+(?:budget|precept|accounts?))\b")


# "- To receive apologies for absence" / "Apologies were received as above" / "- To note the resignation of ...": the
# agenda's items as bullets, unnumbered, each over its minute
_BULLETED_AGENDA_LINE = re.compile(r"^[-–•·*]\s+(?P<title>To\s+(?:receive|note|consider|approve|agree|discuss|confirm|elect|appoint|"
                                   r"co-opt|review|adopt|accept|determine|resolve|authorise|ratify)\b.{3,200})$")


def _bulleted_agenda_headings(flat: list[tuple[int, Line]]) -> list[_Heading]:
    """Unnumbered items, where three or more lines are bullets that each start the agenda's "To receive ..."."""
    found = [(index, match.group("title")) for index, (_, line) in enumerate(flat)
             if (match := _BULLETED_AGENDA_LINE.match(line.text.strip()))]
    return [_Heading(index, None, title) for index, title in found] if len(found) >= 3 else []


def _without_sole_paragraph_numbers(headings: list[_Heading]) -> list[_Heading]:
    """"3" / "ELECTION OF CHAIRMAN" / "3.1" / "CC was proposed by DM, ..." / "4" / ... / "4.1" / "DM was proposed ...": a
    Word table that numbers every paragraph in its own column, most items' only paragraph "N.1", is numbering
    paragraphs, not items (where three or more items have that one paragraph; an item with several, "6.1" to "6.5",
    keeps its parts)."""
    children: dict[str, list[_Heading]] = {}
    parents = {(h.number or "").rstrip(".") for h in headings if re.fullmatch(r"\d{1,3}\.?", h.number or "")}
    for heading in headings:
        part = re.fullmatch(r"(\d{1,3})\.(\d{1,2})", heading.number or "")
        if part and part.group(1) in parents:
            children.setdefault(part.group(1), []).append(heading)
    sole = [parts[0] for parts in children.values() if len(parts) == 1 and parts[0].number.endswith(".1")]
    if len(sole) < 3 or len(sole) * 2 < len(children) + 1:
        return headings
    dropped = {id(h) for h in sole}
    return [h for h in headings if id(h) not in dropped]


def _without_untitled_parts(headings: list[_Heading]) -> list[_Heading]:
    """Jordanhill: "2.0 COMMUNITY POLICING REPORT" / "2.1 Police Scotland reported th...": headings numbered as parts of
    a heading before them ("N.1", "N.2", ... under "N", "N." or "N.0") none of which has a title of its own
    (:func:`_part_title`) are the minute's numbered paragraphs, not items (the gold README's rule 3)."""
    children: dict[str, list[_Heading]] = {}
    parent: Optional[str] = None
    for heading in headings:
        whole = _PARENT_NUMBER.fullmatch(heading.number or "")
        part = _DECIMAL_PART.match(f"{heading.number} {heading.title}") if heading.number else None
        if whole and whole.group("n"):
            parent = whole.group("n")
        elif part and part.group("parent") == parent:
            children.setdefault(parent, []).append(heading)
        else:
            parent = None
    dropped = {id(h) for parts in children.values() if not any(_part_title(h.title or "") for h in parts) for h in parts}
    return [h for h in headings if id(h) not in dropped]


def _without_minutes_paragraphs(flat: list[tuple[int, Line]], headings: list[_Heading]) -> list[_Heading]:
    """A ModernGov "Agenda and minutes" page sets each item's minutes under a
    "Minutes:" label; some councils number the minutes' paragraphs after the
    item ("1." / "Apologies for Absence" / "Minutes:" / "1.1" / "Apologies
    for absence were received ..."): paragraphs of item 1, not items.  An
    agenda's sub-item ("5." / "MINUTES" / "5.1" / "5TH FEBRUARY, 2018" /
    "Minutes:" / "UNANIMOUSLY RESOLVED ...") has minutes of its own and stays."""
    labels = [index for index, (_, line) in enumerate(flat) if line.text.strip() == "Minutes:"]
    if len(labels) < 2:
        return headings
    kept, top = [], None
    for position, heading in enumerate(headings):
        number = (heading.number or "").rstrip(".")
        following = headings[position + 1].index if position + 1 < len(headings) else len(flat)
        if (top and kept and re.fullmatch(rf"{re.escape(top)}(?:\.\d{{1,2}}){{1,3}}", number)
                and any(kept[-1].index < label < heading.index for label in labels)
                and not any(heading.index < label < following for label in labels)):
            continue
        if number:
            top = number
        kept.append(heading)
    return kept


def _ends_at(number: str, text: str) -> bool:
    """Does the number at the start of ``text`` end there: "I" in "I RECYCLING"
    but not in "Iain M LUKE", "1" in "1. Apologies" but not in "12 May"?"""
    following = text[len(number):len(number) + 1]
    if re.match(r"[-–/]\d", text[len(number):len(number) + 2]):
        return False  # "1-795 MINUTES of MEETING ...": the minute book's page, not minute 1
    return not following or not (following.isalpha() if number[-1:].isalpha() else following.isdigit())


def _opens_with(text: str, title: str) -> bool:
    """Whether a line begins the title (or the title the line): the first
    words of each, compared without case."""
    first, other = text.lower()[:20], title.lower()[:20]
    return bool(first) and (first.startswith(other) or other.startswith(first))


def preamble_lines(pages: list[Page], items: list[Item]) -> list[tuple[int, Line]]:
    """The lines before the first item (where attendance lists stand)."""
    flat = [(p.number, piece) for p in pages for l in p.lines for piece in _split_run_on_minutes(l)]
    if not items:
        return flat
    first = items[0]
    for index, (number, line) in enumerate(flat):
        text = line.text.strip()
        head = _TABLE_HEAD_BEFORE.match(text) or re.match(r"(?:Item|Minute)\s+(?=\d)|\((?=\d{4}\s?[–-]\s?\d|\d{1,4}\)$)", text)
        text = text[head.end():] if head else text  # "MINUTE ITEM ACTION NO. 70 Election of ...", "Item 1 Apologies: ..."
        # "16/05/5 16/05/6": a detached column of numbers, not the heading
        numbered = text.startswith(first.number or "\x00") and _ends_at(first.number, text) and (
            re.fullmatch(r"[.):]?", text[len(first.number):].strip()) or re.search(r"[A-Za-z]{3}", text[len(first.number):])
        ) and not _DATE_TITLE.match(text[len(first.number):].strip())  # ("1 May 18 (annual)": a page's title, a date)
        alone = numbered and not text[len(first.number):].strip(".): ")
        if alone and first.title and index + 1 < len(flat) and not _opens_with(flat[index + 1][1].text.strip(), first.title):
            continue  # "1" / "Weaverham Parish Council": the page's number, not minute 1 over its title
        if number == first.page and numbered:
            return flat[:index]
    # An item with no number, or whose number is not at the start of its line, by its title; only
    # then, so "MINUTES OF A MEETING OF THE COUNCIL ..." is not taken for "99. MINUTES" below it
    for index, (number, line) in enumerate(flat):
        text = line.text.strip()
        if number == first.page and text and (text == first.title.split(" ")[0] or first.title.startswith(text)
                                              or text.startswith(first.title)):
            return flat[:index]
    return flat


def page_lookup(lines: list[tuple[int, Line]]) -> Callable[[int], Optional[int]]:
    """Map a character offset in the joined lines to the page it stands on."""
    bounds = []
    offset = 0
    for page, line in lines:
        offset += len(line.text.strip()) + 1
        bounds.append((offset, page))

    def page_of(char: int) -> Optional[int]:
        for end, page in bounds:
            if char < end:
                return page
        return bounds[-1][1] if bounds else None

    return page_of
