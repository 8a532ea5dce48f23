"""``minutes process``: extract and tag every document the database holds
but has not parsed with the current parser version.

Parsing (CPU-bound, pure, untrusted input) runs in killable worker processes
under per-document time and memory limits (:mod:`pipeline.sandbox`);
storing runs in this process, one transaction per document, so a crash or
kill at any point leaves each document either fully stored or untouched,
and a rerun picks up what is left.  A document that failed is not tried
again until the parser version changes or ``retry_failed`` is asked for:
one poisonous file must not cost every night its time limit.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Iterator, Optional

from models import settings

from .compare import flag_meeting
from .extract import ExtractOptions
from .parse import PARSER_VERSION
from .sandbox import Limits, ParsePool
from .store import open_db, record_document_failure, store_parsed

log = logging.getLogger(__name__)


WANTED = """path IS NOT NULL
      AND (parser_version IS NULL OR parser_version != :version OR (:retry AND status = 'failed'))"""

PENDING = f"""
    SELECT id, council, meeting_id, path, sha256, source_url, media_type, committee
    FROM documents
    WHERE {WANTED}
      AND id > :after
    ORDER BY id
    LIMIT :batch
"""


def pending_documents(db, batch: int = 200, retry_failed: bool = False) -> Iterator[dict]:
    """Documents with a local file whose parse is missing or out of date,
    read a batch at a time so an archive of millions never sits in memory."""
    after = ""
    while True:
        rows = list(db.query(PENDING, {"version": PARSER_VERSION, "after": after, "batch": batch,
                                       "retry": int(retry_failed)}))
        if not rows:
            return
        yield from rows
        after = rows[-1]["id"]


def count_pending(db, retry_failed: bool = False) -> int:
    return db.execute(f"SELECT count(*) FROM documents WHERE {WANTED}",
                      {"version": PARSER_VERSION, "retry": int(retry_failed)}).fetchone()[0]


def _councils_with_unlinked_mentions(db) -> set[str]:
    found = set()
    for table, meeting in (("attendance", "attendance.meeting_id"), ("declarations", "declarations.meeting_id"),
                           ("speakers", "speakers.meeting_id")):
        found |= {r["council"] for r in db.query(
            f"SELECT DISTINCT meetings.council FROM [{table}] JOIN meetings ON meetings.id = {meeting} "
            f"WHERE [{table}].person_rule IS NULL")}
    found |= {r["council"] for r in db.query(
        "SELECT DISTINCT meetings.council FROM vote_members JOIN votes ON votes.id = vote_members.vote_id "
        "JOIN meetings ON meetings.id = votes.meeting_id WHERE vote_members.person_rule IS NULL")}
    found.discard(None)
    return found


def process_pending(
    db_path: str | Path,
    workers: Optional[int] = None,
    options: Optional[ExtractOptions] = None,
    progress: bool = False,
    people_overrides: Optional[str | Path] = "people.toml",
    max_memory: Optional[int] = settings.MAX_MEMORY,
    retry_failed: bool = False,
) -> dict:
    """Parse and store every pending document; one transaction each, so a
    kill at any moment loses at most the documents in flight."""
    import uuid

    from models.records import Run

    from .store import finish_run, start_run, utcnow

    options = options or ExtractOptions()
    db = open_db(db_path)
    total = count_pending(db, retry_failed)
    summary = {"processed": 0, "failed": 0, "skipped": 0, "errors": []}
    workers = workers or os.cpu_count() or 1
    run = Run(id=uuid.uuid4().hex[:12], command="process", started=utcnow())
    with db.atomic():
        start_run(db, run)
    councils: set[str] = set()
    pool = ParsePool(workers, options, Limits(timeout=options.timeout, max_memory=max_memory))
    stream = pool.stream(pending_documents(db, retry_failed=retry_failed), lambda row: row["path"])
    bar = None
    if progress:
        import click

        bar = click.progressbar(length=total, label=f"processing {total} documents", show_pos=True, show_eta=True,
                                item_show_func=lambda row: row["id"][-40:] if row else "")
        bar.__enter__()
    try:
        for row, (parsed, error) in stream:
            councils.add(row["council"])
            if bar is not None:
                bar.update(1, row)
            if error is not None:
                summary["failed"] += 1
                summary["errors"].append(str(error))
                log.warning("%s", error, extra={"council": row["council"], "document": row["id"]})
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
            parsed.meeting.committee = parsed.meeting.committee or row["committee"]
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
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
        pool.close(cancel=True)
    councils.discard(None)
    # Councils whose mentions were never linked (a run killed before its
    # linking step) are linked now too, so a rerun reaches the same state.
    councils |= _councils_with_unlinked_mentions(db)
    if councils:
        from .people import Overrides, link_council

        overrides = Overrides.load(people_overrides)
        for council in sorted(councils):
            summary.setdefault("people", {})[council] = link_council(db, council, overrides)
    run.status = "partial" if summary["failed"] else "ok"
    run.counts = {"processed": summary["processed"], "failed": summary["failed"]}
    run.errors = summary["errors"][:100]
    with db.atomic():
        finish_run(db, run)
    db.close()
    return summary
