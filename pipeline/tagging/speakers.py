"""Who spoke: a titled person or an officer's role followed by a verb of
speech ("Mr Oakford proposed", "The Director for Finance said"), with
joint subjects ("Mr Brady, Mr Hook and Mr Lehmann gave ...") and
appositive roles ("Mr Watkins, Cabinet Member for X, said").

People and roles are the entity ruler's ``PERSON`` and ``ROLE`` entities
(token patterns in ``patterns/entities.jsonl``); the verbs are the word list
``speech_verbs`` in ``patterns/vocabulary.json``.  Each mention is a span in
``doc.spans["speakers"]`` with the :class:`~models.records.Speaker` in
``span._.speakers`` and the verb in ``span._.speech_verb`` (the portfolio
finder reads it: a Cabinet Member who *presented* the item owns it).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from models.records import Speaker

from .common import FactSpans, add_span_extension, char_span, doc_lines, doc_text, page_lookup, public_speakers, vocabulary

SPANS_KEY = "speakers"

# What may stand between joint subjects: a bracketed role, then ",", "and",
# ", and" or "&".  Before: "^\s*(?:\([^()]*\))?\s*(?:,|,?\s*and|&)", whose
# three space runs could share one run of spaces (cubic in its length);
# each run now has one owner and the strings matched are the same.
_COORDINATED = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:,(?:\s*and)?|and|&)\s*(?:the\s+)?$")
_LEADING_ROLE = re.compile(r"^\s*\(([^()]*)\)")


def _after_entity(doc: Doc, roles: list[tuple[int, int]], end: int, limit: int = 25) -> tuple[int, Optional[str]]:
    """Skip an appositive or a parenthesis after an entity; return the next
    token index and the role the skipped part names, if any.

    ``roles`` are the ``ROLE`` entities' (start, end) token offsets in order,
    made once by the caller from ``doc.ents`` (``Span.ents`` rebuilds every
    entity of the document on each call, which on the eight Kent minutes was
    about a quarter of all tagging time; and a role inside the appositive is
    found by bisection, where scanning every entity for each comma after a
    name grew with the square of a long document's names)."""
    role = None
    i = end
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i + 1, min(len(doc), i + limit)) if doc[k].text == ")"), None)
        if close is None:
            return i, None
        role = doc[i + 1 : close].text
        i = close + 1
    elif i < len(doc) and doc[i].text == ",":
        close = next((k for k in range(i + 1, min(len(doc), i + limit)) if doc[k].text == ","), None)
        inner = doc[i + 1 : close] if close else None
        first_role = bisect_left(roles, (inner.start, -1)) if inner is not None else len(roles)
        if inner is not None and first_role < len(roles) and roles[first_role][1] <= inner.end or (
            inner is not None and inner.text and inner[0].text[:1].isupper() and len(inner) <= 12
        ):
            role = inner.text
            i = close + 1
        else:
            # "Mr R Gough, Leader of the Council provided an update": no closing comma.
            span_end = min(len(doc), i + 12)
            for k in range(i + 1, span_end):
                if doc[k].text in (".", "(", ")", ";", ":") or doc[k].like_num:
                    break
                if doc[k].lower_ in vocabulary().speech_verbs:
                    if doc[i + 1].text[:1].isupper():
                        return k, doc[i + 1 : k].text
                    break
    return i, role


def _speaking_verb_at(doc: Doc, i: int) -> Optional[str]:
    vocab = vocabulary()
    steps = 0
    while i < len(doc) and doc[i].lower_ in vocab.skip_before_verb and steps < 2:
        i += 1
        steps += 1
    if i < len(doc) and doc[i].lower_ in vocab.speech_verbs:
        return doc[i].lower_
    return None


def _role_name(span_text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", span_text).strip()


def _coordinated_before(doc: Doc, ents: list, position: int) -> list[tuple[object, Optional[str]]]:
    """Entities listed with the one at ``position`` as joint subjects:
    "Mr Brady (Leader of the Opposition), Mr Hook (...) and Mr Lehmann gave"."""
    found = []
    current = ents[position]
    for previous in reversed(ents[:position]):
        if previous.start > 0 and doc[previous.start - 1].text == "(":
            continue  # a role in brackets belongs to the name before it
        between = doc_text(doc)[previous.end_char : current.start_char]
        if previous.label_ not in ("PERSON", "ROLE") or not _COORDINATED.match(between):
            break
        role = _LEADING_ROLE.match(between)
        found.append((previous, role.group(1) if role else None))
        current = previous
    return list(reversed(found))


def find_speakers(doc: Doc, spans: FactSpans) -> None:
    """Speakers, one span per mention, in the order they are read."""
    page_of = page_lookup(doc_lines(doc))
    ents = list(doc.ents)
    roles = [(e.start, e.end) for e in ents if e.label_ == "ROLE"]
    for position, ent in enumerate(ents):
        if ent.label_ not in ("PERSON", "ROLE"):
            continue
        if ent.label_ == "ROLE" and ent.start > 0:
            # "the Cabinet Member for X said" is a speaker; "Mr Watkins, Cabinet
            # Member for X, said" is an appositive, taken as the role below.
            before = doc[ent.start - 1]
            if before.lower_ not in ("the", "a") and before.text not in (".", ":", ";") and not before.is_sent_start:
                continue
        next_index, role = _after_entity(doc, roles, ent.end)
        verb = _speaking_verb_at(doc, next_index)
        if not verb:
            continue
        for subject, subject_role in _coordinated_before(doc, ents, position) + [(ent, role)]:
            name = subject.text if subject.label_ == "PERSON" else _role_name(subject.text)
            name = re.sub(r"\s+", " ", name)
            if verb == "proposed":
                subject_role = subject_role or "proposer"
            elif verb == "seconded":
                subject_role = subject_role or "seconder"
            elif subject.label_ == "ROLE":
                subject_role = None
            subject_role = re.sub(r"\s+", " ", subject_role).strip() if subject_role else None
            span = spans.add(Span(doc, subject.start, subject.end, label="SPEAKER"),
                             Speaker(name=name, role=subject_role, page=page_of(subject.start_char)))
            span._.speech_verb = verb
    for match in public_speakers(doc):
        body = re.sub(r"^the\s+", "", match.group("body") or "")
        span = spans.add(char_span(doc, match.start("name"), match.end("name"), "SPEAKER"),
                         Speaker(name=match.group("name"), role=body or None, page=page_of(match.start())))
        span._.speech_verb = "addressed"


class SpeakerFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        add_span_extension(SPANS_KEY)
        add_span_extension("speech_verb")

    def __call__(self, doc: Doc) -> Doc:
        spans = FactSpans(doc, SPANS_KEY)
        find_speakers(doc, spans)
        spans.write()
        return doc


@Language.factory("council_minutes_speakers")
def make_speakers(nlp: Language, name: str) -> SpeakerFinder:
    return SpeakerFinder(nlp, name)
