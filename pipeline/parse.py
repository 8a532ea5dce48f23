"""Parse one local document into a :class:`ParsedDocument` (Contract 2).

Fetching is kept apart: this module takes bytes and a name and returns
records, so ``minutes parse``, ``minutes process`` and the tests all run the
same code on a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from models.records import ParsedDocument

from .extract import ExtractionError, ExtractOptions, extract_document, sniff_media_type
from .segment import find_items, find_meeting, preamble_lines
from .tag import TAGGER_VERSION, tag_document

PARSER_VERSION = f"parse-2+{TAGGER_VERSION}"


class UnsupportedDocument(ExtractionError):
    pass


def parse_bytes(
    data: bytes,
    path: str,
    options: Optional[ExtractOptions] = None,
    url: Optional[str] = None,
) -> ParsedDocument:
    media_type = sniff_media_type(data, path)
    if media_type in ("application/xml", "text/html") and not path.lower().endswith(".pdf"):
        raise UnsupportedDocument(
            path, "unsupported", f"is {media_type}; reading saved ModernGov XML/HTML is not built yet"
        )
    document = extract_document(data, path, options, url=url)
    meeting = find_meeting(document.pages)
    items = find_items(document.pages)
    parsed = ParsedDocument(document=document, meeting=meeting, items=items)
    tag_document(parsed, preamble_lines(document.pages, items))
    if not items and document.status == "ok":
        parsed.warnings.append("no minute items found")
    return parsed


def parse_path(path: str | Path, options: Optional[ExtractOptions] = None) -> ParsedDocument:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(str(path), "unreadable", f"cannot be read ({exc.strerror})")
    return parse_bytes(data, str(path), options)
