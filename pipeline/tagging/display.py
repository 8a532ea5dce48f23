"""What the tagger found, as displaCy's span view: one section per fact
group, so a researcher can see which words a resolution, a vote or a
speaker was read from -- and, by what is not marked, why a fact was missed.

``render_html(parsed)`` re-runs the pipeline over the document's items (the
records in a ``ParsedDocument`` keep no Docs); ``render_docs`` renders Docs
already tagged.
"""

from __future__ import annotations

import html
from typing import Iterable, Optional

from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc

from models.records import Line, ParsedDocument

from .common import make_doc

#: The span groups shown, in this order.
GROUPS = ("attendance", "resolutions", "votes", "speakers", "portfolio", "declarations", "organisations")


def item_docs(parsed: ParsedDocument, nlp: Optional[Language] = None) -> list[Doc]:
    """One tagged Doc per item, titled with the item's number and heading."""
    from . import default_nlp

    nlp = nlp or default_nlp()
    docs = []
    for item in parsed.items:
        lines = item.lines or [(item.page, Line(t)) for t in item.text.split("\n")]
        doc = nlp(make_doc(nlp, lines, title=item.title, from_text=not item.lines))
        doc.user_data["heading"] = " ".join(p for p in (item.number, item.title) if p)
        docs.append(doc)
    return docs


def render_docs(docs: Iterable[Doc], groups: Iterable[str] = GROUPS, title: str = "Tagged minutes") -> str:
    """A standalone HTML page: for each Doc, one displaCy span view per
    group that has spans (an item with none says so)."""
    sections = []
    for doc in docs:
        heading = html.escape(doc.user_data.get("heading") or doc.user_data.get("title") or "")
        parts = [f"<h2>{heading}</h2>"] if heading else []
        shown = [g for g in groups if len(doc.spans.get(g, []))]
        for group in shown:
            rendered = displacy.render(doc, style="span", options={"spans_key": group}, page=False, jupyter=False)
            parts.append(f"<h3>{html.escape(group)}</h3>{rendered}")
        if not shown:
            parts.append("<p><em>nothing found</em></p>")
        sections.append("<section>" + "".join(parts) + "</section>")
    return (
        f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
        f"<body style=\"font-family: sans-serif; max-width: 60em; margin: auto\"><h1>{html.escape(title)}</h1>"
        + "".join(sections) + "</body></html>"
    )


def render_html(parsed: ParsedDocument, nlp: Optional[Language] = None) -> str:
    """The span view of everything tagged in ``parsed`` (for ``minutes parse
    --html FILE``)."""
    title = parsed.document.path if parsed.document else "Tagged minutes"
    return render_docs(item_docs(parsed, nlp), title=f"Tagged: {title}")
