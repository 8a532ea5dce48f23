"""Organisations: a name given in full with its acronym ("Department for
Education (DfE)"), linked to later uses of the acronym, and councils named
in the text ("BCP Council", "Kent County Council").

Each is a span in ``doc.spans["organisations"]`` (the long form where it is
defined, or each mention of a council) with the
:class:`~models.records.Organisation` in ``span._.organisations``; spans of
one organisation share its record, whose ``mentions`` counts them all.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from models.records import Organisation

from .common import doc_text, FactSpans, add_span_extension, char_span, public_speakers

SPANS_KEY = "organisations"

# A long form of 2-11 words, then its acronym in brackets.  The lookbehind
# lets the long form start only where a word starts.  Before, a long run of
# capitals or hyphenated words (no space, no bracket) was tried from every
# capital in it, each try running to the end of the run: quadratic in its
# length.  The one difference: a long form glued to the word before it
# ("pre-Department for Education (DfE)") is no longer read.
_ACRONYM_AFTER = re.compile(
    r"(?<![\w’'&-])((?:[A-Z][\w’'&-]*|of|for|and|the|on|in|&)(?:\s+(?:[A-Z][\w’'&-]*|of|for|and|the|on|in|&)){1,10})\s+\(([A-Z][A-Za-z&]{1,9})\)"
)
_MINOR = {"of", "for", "and", "the", "on", "in", "&"}
# "Kent County Council", "BCP Council".  As with the long forms, a name may
# start only where a word starts ("(?<![A-Za-z&’'-])"): "A-A-A-…" had a
# start after every hyphen, each running to the end (quadratic).
_COUNCIL_NAME = re.compile(
    r"\b(?<![A-Za-z&’'-])((?:[A-Z][A-Za-z&’'-]+\s+){1,4}(?:County |City |District |Borough |Parish |Town |Metropolitan Borough )?Council)\b"
)
_NOT_A_COUNCIL_START = {"Should", "Would", "Could", "Will", "When", "If", "Whilst", "While", "As", "At", "In", "On",
                        "For", "By", "With", "And", "But", "Since", "Although", "All", "Both", "Where", "From", "To",
                        "The", "This", "That", "Full", "County", "City", "Town", "Parish", "District", "Borough",
                        "Cabinet", "Members", "Member", "Councillors", "Whole", "Extraordinary", "Annual", "Special",
                        "A", "An", "Each", "Every", "Our", "Their", "Its", "His", "Her", "Which", "Local", "Of"}


def _acronym_fits(words: list[str], acronym: str) -> Optional[int]:
    """Where the long form starts if ``acronym`` spells the words' initials.

    Capitals of the acronym match capitalised words ("DLUHC" = Department for
    Levelling Up Housing and Communities); a lower-case letter may match a
    minor word ("DfE" = Department for Education).
    """
    for start in range(len(words)):
        span = words[start:]
        if span[0].lower() in _MINOR:
            continue
        capitals = "".join(w[0] for w in span if w.lower() not in _MINOR)
        every = "".join(w[0] for w in span)
        if capitals == acronym or every.lower() == acronym.lower():
            return start
        if capitals.upper() == re.sub(r"[^A-Z]", "", acronym) and len(capitals) >= 2 and not any(
            c.islower() for c in acronym
        ):
            return start
    return None


def find_organisations(doc: Doc, spans: FactSpans) -> None:
    """Organisations named in full with an acronym, linked to later uses of
    the acronym, and councils named in the text."""
    found: dict[str, Organisation] = {}
    text = doc_text(doc)
    for match in _ACRONYM_AFTER.finditer(text):
        words = match.group(1).split()
        acronym = match.group(2)
        start = _acronym_fits(words, acronym)
        if start is None:
            continue
        name = " ".join(words[start:])
        key = acronym
        if key not in found:
            found[key] = Organisation(name=f"{name} ({acronym})", acronym=acronym, mentions=0)
            start_char = match.start(1) + len(" ".join(match.group(1).split()[:start])) + (1 if start else 0)
            spans.add(char_span(doc, start_char, match.end(), "ORG"), found[key])
    for key, org in found.items():
        org.mentions = len(re.findall(rf"\b{re.escape(key)}\b", text))
    for match in _COUNCIL_NAME.finditer(text):
        name = match.group(1)
        words = name.split()
        while words and words[0] in _NOT_A_COUNCIL_START:
            words = words[1:]
        if len(words) < 2:
            continue
        name = " ".join(words)
        if any(org.name.startswith(f"{name} (") for org in found.values()):
            continue
        if name not in found:
            found[name] = Organisation(name=name, acronym=None, mentions=0)
        found[name].mentions += 1
        spans.add(char_span(doc, match.end(1) - len(name), match.end(1), "ORG"), found[name])
    for match in public_speakers(doc):
        # "Joseph Rawlings of Colchester Equality addressed Council": the group a member of the public speaks for
        if not match.group("body"):
            continue
        name = re.sub(r"^the\s+", "", match.group("body"))
        if name in found or any(org.name.startswith(f"{name} (") for org in found.values()):
            continue
        found[name] = Organisation(name=name, acronym=None, mentions=len(re.findall(rf"\b{re.escape(name)}\b", text)))
        spans.add(char_span(doc, match.start("body") + len(match.group("body")) - len(name), match.end("body"), "ORG"), found[name])


class OrganisationFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        add_span_extension(SPANS_KEY)

    def __call__(self, doc: Doc) -> Doc:
        spans = FactSpans(doc, SPANS_KEY)
        find_organisations(doc, spans)
        spans.write()
        return doc


@Language.factory("council_minutes_organisations")
def make_organisations(nlp: Language, name: str) -> OrganisationFinder:
    return OrganisationFinder(nlp, name)



