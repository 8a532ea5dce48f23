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


PENDING = """
    SELECT id, council, meeting_id, path, sha256, source_url, media_type
    FROM documents
    WHERE path IS NOT NULL
      AND (parser_version IS NULL OR parser_version != :version)
      AND id > :after
    ORDER BY id
    LIMIT :batch
"""


def pending_documents(db, batch: int = 200) -> Iterator[dict]:
    """Documents with a local file whose parse is missing or out of date,
    read a batch at a time so an archive of millions never sits in memory."""
    after = ""
    while True:
        rows = list(db.query(PENDING, {"version": PARSER_VERSION, "after": after, "batch": batch}))
        if not rows:
            return
        yield from rows
        after = rows[-1]["id"]


def count_pending(db) -> int:
    return db.execute(
        "SELECT count(*) FROM documents WHERE path IS NOT NULL AND (parser_version IS NULL OR parser_version != ?)",
        [PARSER_VERSION],
    ).fetchone()[0]


def _limit_memory(max_bytes: Optional[int]) -> None:
    """Worker start-up: cap the address space, so one enormous document
    fails alone (MemoryError) instead of taking the machine down."""
    if max_bytes:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _parse_one(path: str, options: ExtractOptions):
    try:
        return parse_path(path, options), None
    except ExtractionError as exc:
        return None, exc
    except MemoryError:
        return None, ExtractionError(path, "too_much_memory", "needed more memory than the per-document limit")
    except Exception as exc:  # a parser bug must cost one document, not the run
        log.exception("%s: unexpected parser error", path)
        return None, ExtractionError(path, "parser_error", f"unexpected {exc.__class__.__name__}: {exc}")


def _parsed_stream(rows: Iterator[dict], workers: int, options: ExtractOptions, max_memory: Optional[int]):
    """(row, (parsed, error)) as documents finish, never more than two per
    worker in flight."""
    if workers <= 1:
        for row in rows:
            yield row, _parse_one(row["path"], options)
        return
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_limit_memory, initargs=(max_memory,))
    in_flight: dict = {}
    rows = iter(rows)
    exhausted = False
    try:
        while in_flight or not exhausted:
            while not exhausted and len(in_flight) < workers * 2:
                row = next(rows, None)
                if row is None:
                    exhausted = True
                    break
                in_flight[pool.submit(_parse_one, row["path"], options)] = row
            if not in_flight:
                break
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                row = in_flight.pop(future)
                try:
                    yield row, future.result()
                except BrokenProcessPool:
                    # A worker died (killed for memory?): fail its documents, start again.
                    yield row, (None, ExtractionError(row["path"], "worker_died", "the worker parsing it died"))
                    for other_future, other in list(in_flight.items()):
                        yield other, (None, ExtractionError(other["path"], "worker_died", "the worker pool failed"))
                    in_flight.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = ProcessPoolExecutor(max_workers=workers, initializer=_limit_memory, initargs=(max_memory,))
                    break
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


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
    max_memory: Optional[int] = 4 * 1024**3,
) -> dict:
    """Parse and store every pending document; one transaction each, so a
    kill at any moment loses at most the documents in flight."""
    import uuid

    from models.records import Run

    from .store import finish_run, start_run, utcnow

    options = options or ExtractOptions()
    db = open_db(db_path)
    total = count_pending(db)
    summary = {"processed": 0, "failed": 0, "skipped": 0, "errors": []}
    workers = workers or os.cpu_count() or 1
    run = Run(id=uuid.uuid4().hex[:12], command="process", started=utcnow())
    with db.atomic():
        start_run(db, run)
    councils: set[str] = set()
    stream = _parsed_stream(pending_documents(db), workers, options, max_memory)
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
