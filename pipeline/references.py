"""Matter references as the council printed them: its own reference in an
item's title ("24/00096 - Commissioning Plan for Education Provision in
Kent 2025-29") and references in running text ("the call-in of Decision -
24/00093 - Future of Commissioned Services ..."), with the role the
sentence gives each.

Pure functions of text, apart from the tagger (:mod:`.tagging.matters`
finds them as spans) because :mod:`.matters` reads them again when a stored
document's role is known, in the process that stores, which need not load
spaCy (see :mod:`.versions`).

A matter goes from a report to a scrutiny committee, a Cabinet decision, a
call-in and a full Council debate; only the reference the council gave it
ties those steps together, so references are read exactly as printed and
never guessed from a title.  Kent prints its decision numbers as
"YY/NNNNN"; a forward-plan or decision reference given with its label
("Forward Plan reference: FP/123", "Decision No: 2024/017") is read too.
"""

from __future__ import annotations

import re
from typing import Optional

from models.records import MatterRef

#: Kent's decision numbers: two-digit year, five-digit serial.  A date
#: ("24/01/2025") never has five digits after the slash.
DECISION_NUMBER = re.compile(r"(?<![\d/])(?P<ref>\d{2}/\d{5})(?![\d/])")
# A reference given with its label: "Forward Plan ref: FP/0123",
# "Decision No. 2024/017", "Key Decision reference: KD123".
_LABELLED = re.compile(
    r"\b(?:forward\s+plan|key\s+decision|decision)\s+(?:ref(?:erence)?|no|number)\b\.?\s*[:.]?\s*"
    r"(?P<ref>(?=[A-Z0-9/.-]*\d)[A-Z]{0,4}[/.-]?\d[A-Z0-9/.-]{1,18})",
    re.IGNORECASE)
_CALL_IN = re.compile(r"\bcall(?:ed)?[- ]in\b|\bcalled\s+in\b", re.IGNORECASE)
_RECOMMEND = re.compile(r"\brecommend", re.IGNORECASE)
# After the reference, its title: " - Future of Commissioned Services at
# Seashells and Millmead Family Hubs." up to the sentence's end.
_TITLE_AFTER = re.compile(r"^\s*[-–—:]\s*(?P<title>[A-Z][^.;:()\n]{3,120}?)\s*(?:[.;:(]|,\s+(?:which|was|were|had)\b|$)")


def references(text: str) -> list[re.Match]:
    """Every reference in ``text``, in order, once per place."""
    found = list(DECISION_NUMBER.finditer(text))
    taken = [(m.start("ref"), m.end("ref")) for m in found]
    for match in _LABELLED.finditer(text):
        start, end = match.start("ref"), match.end("ref")
        if not any(s < end and start < e for s, e in taken):
            found.append(match)
    return sorted(found, key=lambda m: m.start("ref"))


def clean_reference(reference: str) -> str:
    return reference.strip().rstrip(".-/").upper()


def title_after(text: str, end: int) -> Optional[str]:
    """The title printed after a reference ("24/00096 - Commissioning
    Plan ..."), or None ("Decision 24/00093 (if required)")."""
    found = _TITLE_AFTER.match(text[end:end + 200])
    return found.group("title").strip() if found else None


def title_matter(title: str) -> Optional[MatterRef]:
    """The matter an item's heading names, with the title printed after
    its reference."""
    found = references(title or "")
    if not found:
        return None
    match = found[0]
    return MatterRef(reference=clean_reference(match.group("ref")), title=title_after(title, match.end("ref")))


def _role_in(sentence: str) -> str:
    if _CALL_IN.search(sentence):
        return "call_in"
    if _RECOMMEND.search(sentence):
        return "recommendation"
    return "mention"


def text_mentions(text: str, page_of=lambda _: None) -> list[tuple[int, int, MatterRef]]:
    """References in running text: (start, end, matter) with the role the
    sentence around each gives it."""
    found = []
    for match in references(text):
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        sentence = text[start:match.end() + 120]
        found.append((match.start("ref"), match.end("ref"), MatterRef(
            reference=clean_reference(match.group("ref")), title=title_after(text, match.end("ref")),
            role=_role_in(sentence[:match.end() - start + 40]), page=page_of(match.start()))))
    return found
