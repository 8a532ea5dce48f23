"""Which matters an item is about: the council's own reference in the
item's title and references in its text (read by :mod:`..references`).

Each reference is a span in ``doc.spans["matters"]`` with a
:class:`~models.records.MatterRef` in ``span._.matters``; the one in the
item's title is the item's own matter (``user_data["title_matter"]``), the
others are mentions with the role their sentence gives them (call_in,
recommendation, mention).  What happened to the item's own matter depends
on the document (a record of decision decides, a reports pack reports);
``pipeline.matters`` says that once the document's role is known.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..references import text_mentions, title_matter
from .common import TITLE, FactSpans, add_span_extension, char_span, doc_lines, doc_text, page_lookup

SPANS_KEY = "matters"


class MatterFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        add_span_extension(SPANS_KEY)

    def __call__(self, doc: Doc) -> Doc:
        spans = FactSpans(doc, SPANS_KEY)
        doc.user_data["title_matter"] = title_matter(doc.user_data.get(TITLE, ""))
        for start, end, record in text_mentions(doc_text(doc), page_lookup(doc_lines(doc))):
            spans.add(char_span(doc, start, end, "MATTER"), record)
        spans.write()
        return doc


@Language.factory("council_minutes_matters")
def make_matters(nlp: Language, name: str) -> MatterFinder:
    return MatterFinder(nlp, name)
