"""``minutes process``: extract and tag every document the database holds
but has not parsed with the current parser version.

Parsing (CPU-bound, pure) runs in worker processes; storing runs in this
process, one transaction per document, so a crash or kill at any point
leaves each document either fully stored or untouched, and a rerun picks up
what is left.
"""

from __future__ import annotations

import logging
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterator, Optional

from .extract import ExtractionError, ExtractOptions
from .parse import PARSER_VERSION, parse_path
from .compare import flag_meeting
from .store import open_db, record_document_failure, store_parsed

log = logging.getLogger(__name__)


def pending_documents(db) -> Iterator[dict]:
    """Documents with a local file whose parse is missing or out of date."""
    yield from db.query(
        """
        SELECT id, council, meeting_id, path, sha256, source_url, media_type
        FROM documents
        WHERE path IS NOT NULL
          AND (parser_version IS NULL OR parser_version != :version)
        ORDER BY id
        """,
        {"version": PARSER_VERSION},
    )


def _parse_one(path: str, options: ExtractOptions):
    try:
        return parse_path(path, options), None
    except ExtractionError as exc:
        return None, exc


def process_pending(
    db_path: str | Path,
    workers: Optional[int] = None,
    options: Optional[ExtractOptions] = None,
    progress: bool = False,
    people_overrides: Optional[str | Path] = "people.toml",
) -> dict:
    options = options or ExtractOptions()
    db = open_db(db_path)
    rows = list(pending_documents(db))
    summary = {"processed": 0, "failed": 0, "skipped": 0, "errors": []}
    workers = workers or os.cpu_count() or 1

    def results():
        if workers <= 1 or len(rows) <= 1:
            for row in rows:
                yield row, _parse_one(row["path"], options)
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                futures = [(row, pool.submit(_parse_one, row["path"], options)) for row in rows]
                for row, future in futures:
                    yield row, future.result()

    iterator = results()
    if progress:
        import click

        iterator = click.progressbar(iterator, length=len(rows), label="processing", file=None)
    with iterator if progress else _nullcontext(iterator) as stream:
        for row, (parsed, error) in stream:
            if error is not None:
                summary["failed"] += 1
                summary["errors"].append(str(error))
                log.warning("%s", error)
                record_document_failure(
                    db,
                    council=row["council"],
                    path=row["path"],
                    sha256=row["sha256"] or "",
                    error=f"{error.kind}: {error}",
                    document_id=row["id"],
                    url=row["source_url"],
                    parser_version=PARSER_VERSION,
                )
                continue
            parsed.document.url = parsed.document.url or row["source_url"]
            store_parsed(
                db,
                parsed,
                council=row["council"],
                document_id=row["id"],
                meeting_id=row["meeting_id"],
                parser_version=PARSER_VERSION,
            )
            if row["meeting_id"]:
                with db.atomic():
                    for note in flag_meeting(db, row["meeting_id"]):
                        log.warning("%s: sources disagree: %s", row["meeting_id"], note)
            summary["processed"] += 1
    councils = sorted({row["council"] for row in rows if row["council"]})
    if councils:
        from .people import Overrides, link_council

        overrides = Overrides.load(people_overrides)
        for council in councils:
            summary.setdefault("people", {})[council] = link_council(db, council, overrides)
    db.close()
    return summary


class _nullcontext:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False
