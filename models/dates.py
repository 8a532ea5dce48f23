"""Finding a date in a line of text ("Monday, 19th October, 2015",
"19/10/2015", "October 19, 2015"), shared by the parser (meeting headers)
and the scrapers (the date in a link's text).

A pure function, no I/O.  It lives in ``models/`` because both
``scrapers/`` and ``pipeline/`` need it and scrapers must not import
pipeline internals.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from dateutil import parser as dateparser
from rapidfuzz.distance import OSA

_FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
MONTHS = "|".join(_FULL_MONTHS) + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
# Welsh months, printed before the English in bilingual minutes ("13 Mai / May 2021")
WELSH_MONTHS = "Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"
DATE = re.compile(
    # "15thMay 2019", "6th of February 2018", "February the 6th 2018" too
    # ("TUESDAY the 27thday of JUNE 2023": a summons' form; "Wednesday 24th, May, 2017": commas between)
    rf"(?<![\d/.])(\d{{1,2}})(?:\s?(?:st|nd|rd|th)\.?(?:\s?day\b)?,?\s*|\.?\s+)(?:of\s+)?(?:(?:{WELSH_MONTHS}|{MONTHS})\s?/\s?)?"
    rf"({MONTHS})(?:\.\s*|\.?,?\s+)(\d{{4}})\b"  # ("10th Sept.2018": the stop with no space after it)
    rf"|\b({MONTHS})\.?\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
    r"|\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b"
    # "Planning & Development Committee (19/07/16)": a two-figure year only in brackets
    r"|(?<=\()(\d{1,2})/(\d{1,2})/(\d{2})(?=\))",
    re.IGNORECASE,
)


def match_to_iso(match: re.Match) -> Optional[str]:
    """Day first, as the UK writes it; a year outside 1990 to two years
    ahead is a reference number, not a meeting date."""
    try:
        text = re.sub(r"(?<=\d)(st|nd|rd|th)\s?day\b", r"\1", match.group(0))  # "27thday of JUNE 2023"
        text = re.sub(r"(?<=\d)(st|nd|rd|th)(?=[A-Za-z])", r"\1 ", text)  # "15thMay"
        text = re.sub(r"(?<=[A-Za-z])\.(?=\d)", " ", text)  # "Sept.2018"
        text = re.sub(r"(?<![A-Za-z])[A-Za-z]+\s?/\s?(?=[A-Za-z])", "", text)  # "13 Mai / May 2021": the English month
        parsed = dateparser.parse(text, dayfirst=True, fuzzy=True, default=None)
    except (ValueError, OverflowError):
        return None
    if parsed is None or not (1990 <= parsed.year <= date.today().year + 2):
        return None
    return parsed.date().isoformat()


# "Tuesday 13th Janaury 2009", "1st Febuary 2019": a month's name mistyped between a day and a year
_MISTYPED_MONTH = re.compile(r"(?<![\d/.])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{4,10})\.?,?\s+(\d{4})\b")


def _mistyped_month(word: str) -> Optional[str]:
    """The month ``word`` was meant to be: one edit or one swap of two
    letters away from its name, with its first letter (never a word that
    is a month's name already, or any other word)."""
    word = word.capitalize()
    near = [month for month in _FULL_MONTHS if month[0] == word[0] and OSA.distance(word, month) == 1]
    return near[0] if len(near) == 1 else None


def find_date(text: str) -> Optional[str]:
    """The first date in ``text`` as ``YYYY-MM-DD``, or None."""
    for match in DATE.finditer(text):
        iso = match_to_iso(match)
        if iso:
            return iso
    for match in _MISTYPED_MONTH.finditer(text):
        month = _mistyped_month(match.group(2))
        written = DATE.fullmatch(f"{match.group(1)} {month} {match.group(3)}") if month else None
        iso = match_to_iso(written) if written else None
        if iso:
            return iso
    return None
