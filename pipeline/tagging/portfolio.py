"""Whose portfolio an item falls under: a "Portfolio Holder: ..." line, or
else the one Cabinet Member or Portfolio Holder who presented the item, or
else the one whose report the item considered.

Reads the speakers the ``speakers`` component found, so it runs after it.
The holder is a span in ``doc.spans["portfolio"]`` (the line, or the
presenting speaker) with the portfolio in ``span._.portfolio``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .common import add_span_extension, doc_lines, lines_span

SPANS_KEY = "portfolio"

_PORTFOLIO_LINE = re.compile(r"^Portfolio Holders?\s*:\s*(?P<what>.+)$", re.IGNORECASE)
_HOLDER = re.compile(r"(?:Portfolio Holder|Cabinet Member)\s+for\s+(.+)$", re.IGNORECASE)
_PRESENTING = ("presented", "introduced", "outlined", "moved")
# "Cabinet considered a report from the Portfolio Holder for Finance, Resources and Assets providing ...": whose report
_REPORT_FROM = re.compile(r"\b(?i:considered|received|noted)\s+(?:a|the)\s+(?:joint\s+)?report\s+(?:from|of|by)\s+the\s+"
                          r"(?:Portfolio\s+Holder|Cabinet\s+Member)\s+for\s+(?P<what>[A-Z][^.;]{2,80}?)"
                          r"(?=\s+(?:providing|detailing|setting|seeking|on|regarding|which|that|about|outlining|informing|updating|"
                          r"asking)\b|[.;]|$)")


def _stated(doc: Doc) -> list:
    for index, (_, line) in enumerate(doc_lines(doc)):
        holder = _PORTFOLIO_LINE.match(line.text.strip())
        if holder:
            span = lines_span(doc, index, index, "PORTFOLIO")
            span._.portfolio = holder.group("what").strip().rstrip(".")
            return [span]
    return []


def _spoken(doc: Doc) -> list:
    """One portfolio introducing the item owns it; several (a budget taken
    directorate by directorate) name no single owner."""
    presenting = []
    for speaker in doc.spans.get("speakers", []):
        for record in speaker._.speakers:
            holder = _HOLDER.search(f"{record.name} {record.role or ''}".strip())
            if holder and speaker._.speech_verb in _PRESENTING:
                presenting.append((speaker, holder.group(1).strip()))
    if not presenting or len({portfolio for _, portfolio in presenting}) != 1:
        return []
    span, portfolio = presenting[0]
    span = doc[span.start : span.end]
    span.label_ = "PORTFOLIO"
    span._.portfolio = portfolio
    return [span]


def _reported(doc: Doc) -> list:
    """The one portfolio whose holder's report the item considered."""
    text = doc.text
    found = [(match, match.group("what").strip()) for match in _REPORT_FROM.finditer(text)]
    if not found or len({what for _, what in found}) != 1:
        return []
    match, what = found[0]
    span = doc.char_span(match.start(), match.end(), label="PORTFOLIO", alignment_mode="expand")
    if span is None:
        return []
    span._.portfolio = what
    return [span]


class PortfolioFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        add_span_extension("portfolio")

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPANS_KEY] = _stated(doc) or _spoken(doc) or _reported(doc)
        return doc


@Language.factory("council_minutes_portfolio")
def make_portfolio(nlp: Language, name: str) -> PortfolioFinder:
    return PortfolioFinder(nlp, name)
