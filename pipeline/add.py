"""``minutes add``: register local files as a council's documents.

The same path for every platform: each file is read and identified by its
bytes (:mod:`scrapers.files`), kept in the raw cache by content hash as a
download would be, and registered as a pending document with no meeting;
``minutes process`` parses it and finds its meeting in its own header (the
body that met and the date), as it does for any document.  Adding is
idempotent by content: a file the council already holds, under any name or
from any source (a crawl included), adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import sqlite_utils

from models.keys import web_url
from scrapers.errors import SourceError
from scrapers.files import document_paths, read_document

from .crawl import save_raw
from .store import ensure_council, register_document


@dataclass
class AddSummary:
    council: str
    added: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)  # already held: same content
    failures: list[str] = field(default_factory=list)


def add_files(
    db: sqlite_utils.Database,
    council: str,
    paths: Iterable[Path],
    raw_dir: Path,
    *,
    council_name: Optional[str] = None,
    committee: Optional[str] = None,
    url: Optional[str] = None,
) -> AddSummary:
    """Register every document among ``paths`` (folders are searched) for
    ``council``.  ``committee``: the body that met, for documents whose
    header does not say; ``url``: where the (single) file is published."""
    summary = AddSummary(council=council)
    with db.atomic():
        if council_name or not db["councils"].count_where("slug = ?", [council]):
            ensure_council(db, council, council_name)
    for path in document_paths(paths):
        try:
            document = read_document(path)
        except SourceError as exc:
            summary.failures.append(f"{exc} [{exc.kind}]")
            continue
        if db["documents"].count_where("council = ? AND sha256 = ?", [council, document.sha256]):
            summary.known.append(str(path))
            continue
        kept = save_raw(raw_dir, council, document.sha256, document.content, Path(document.name).suffix.lower())
        with db.atomic():
            register_document(db, council=council, source_id=document.source_id, url=web_url(url), path=kept,
                              sha256=document.sha256, size=len(document.content), media_type=document.media_type,
                              kind=document.kind, title=document.title, committee=committee, fetched=False)
        summary.added.append(str(path))
    return summary
