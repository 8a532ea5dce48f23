"""``minutes process``: extract and tag every document the database holds
but has not parsed with the current parser version.

Parsing (CPU-bound, pure, untrusted input) runs in killable worker processes
under per-document time and memory limits (:mod:`pipeline.sandbox`), on
this machine or, given a scheduler's address, on a Dask cluster
(:mod:`pipeline.cluster`); storing always runs in this process, one
transaction per document (:func:`store_outcome`, the same code whichever
did the parsing, and what ``minutes ingest`` calls too), so a crash or kill
at any point leaves each document either fully stored or untouched, and a
rerun picks up what is left.  A document that failed is not tried again
until the parser version changes or ``retry_failed`` is asked for: one
poisonous file must not cost every night its time limit.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Iterator, Optional

from models import settings
from models.records import ParsedDocument

from .compare import flag_meeting
from .extract import ExtractOptions
from .matters import read_matters
from .versions import PARSER_VERSION
from .parallel import load_parser_for_workers
from .sandbox import Limits, ParsePool
from .roles import (
    AGENDA,
    Placement,
    agenda_items,
    agenda_of,
    classify,
    embedded_minutes,
    is_letterhead,
    named_meeting,
    other_meeting,
    same_council,
    speaks_for_meeting,
)
from .segment import find_meeting
from .store import find_meeting_id, open_db, record_document_failure, store_parsed

log = logging.getLogger(__name__)


WANTED = """path IS NOT NULL
      AND (parser_version IS NULL OR parser_version != :version OR (:retry AND status = 'failed'))"""

#: What storing a parse result needs to know of its document's row
#: (:func:`store_outcome`).
DOCUMENT_COLUMNS = "id, council, meeting_id, path, sha256, source_url, media_type, committee, title, kind, item_number"

PENDING = f"""
    SELECT {DOCUMENT_COLUMNS}, size
    FROM documents
    WHERE {WANTED}
      AND id > :after
    ORDER BY id
    LIMIT :batch
"""


def pending_documents(db, batch: int = 200, retry_failed: bool = False) -> Iterator[dict]:
    """Documents with a local file whose parse is missing or out of date,
    read a batch at a time so an archive of millions never sits in memory.

    Each batch is handed out largest file first, as ``minutes parse``
    hands out a short list: in id order the biggest document of a batch
    could come last and be parsed alone while the other workers wait (the
    eight Kent minutes, the largest 19 pages beside 6 to 17, are one
    batch).  Batches still follow one another in id order, so a rerun after
    a kill reads the same batches."""
    after = ""
    while True:
        rows = list(db.query(PENDING, {"version": PARSER_VERSION, "after": after, "batch": batch,
                                       "retry": int(retry_failed)}))
        if not rows:
            return
        after = rows[-1]["id"]
        yield from sorted(rows, key=lambda row: -(row.pop("size") or 0))


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


def place(db, row: dict, parsed: ParsedDocument, role: Optional[str] = None) -> Placement:
    """Decide, before storing, what a parsed document is and which meeting
    it speaks for (:mod:`.roles` says what; this reads the meetings held).

    A document the crawl linked to a meeting stays that meeting's
    document; its facts are the meeting's only if its role speaks for a
    meeting and its header names no other meeting.  Minutes whose header
    names another meeting (the previous meeting's, in its reports pack or
    linked beside it) go to that meeting when it is held here, marked as put
    to this one for approval as a correct record; otherwise they are left
    out, with a warning.  A document added with no meeting joins the meeting
    its header names (council, body, date), so an agenda and the minutes
    of one meeting meet in one row; a header that names no body and date
    makes no meeting (a letter is no meeting), and a record of decision
    taken by one member outside a meeting is kept with no meeting.

    ``role``: what the document is, when that was decided where its pages
    were at hand (an ingested document carries its role but not its page
    text, so classifying it again here would only guess worse)."""
    document = parsed.document
    council = row["council"]
    role = role or classify(document, title=row["title"], kind=row["kind"], item_number=row["item_number"],
                            items=parsed.items, attendance=len(parsed.attendance))
    document.role = role
    read_matters(parsed, role)
    front_pages, inside = embedded_minutes(document) if role in AGENDA else (document.pages, [])
    record = named_meeting(parsed.meeting, inside or document.pages)
    front = named_meeting(find_meeting(front_pages), front_pages) if inside else record
    front.committee = front.committee or row["committee"]
    agenda = agenda_items(front_pages) if role in AGENDA else []
    if role == "agenda" and not any(page.text for page in document.pages):
        agenda = agenda_of(parsed.items)  # ingested: the pages' text stayed where it was parsed
    placement = Placement(role=role, meeting_id=row["meeting_id"], agenda=agenda)
    name = next(db.query("SELECT name FROM councils WHERE slug = ?", [council]), {}).get("name")

    if placement.meeting_id is None:
        placement.meeting_id = find_meeting_id(db, council, front.committee, front.date)
        if placement.meeting_id is None and role != "record_of_decision" and not is_letterhead(front.committee) and (
                speaks_for_meeting(role) or (front.committee and front.date)):
            placement.meeting = front
    if placement.meeting_id is not None:
        held = db["meetings"].get(placement.meeting_id)
        elsewhere = other_meeting(front, council_slug=council, council_name=name, committee=held["committee_title"],
                                  date=held["date"])
        if elsewhere:
            placement.agenda = []
            if speaks_for_meeting(role):
                _elsewhere(db, placement, council, name, front, elsewhere, held["label"])
            elif role in AGENDA:
                placement.warnings.append(f"{elsewhere}, not {held['label']}: its agenda is left out")
            return placement
        if inside:
            own = other_meeting(record, council_slug=council, council_name=name, committee=held["committee_title"],
                                date=held["date"]) if record.date else "its minutes name no date"
            if own is None:
                placement.facts_home = True  # agenda and draft minutes of one meeting
            else:
                record.committee = record.committee or held["committee_title"]
                _elsewhere(db, placement, council, name, record, own, held["label"])
            return placement
    placement.facts_home = speaks_for_meeting(role)
    return placement


def _elsewhere(db, placement: Placement, council: str, name: Optional[str], named, why: str, label: str) -> None:
    """Facts of another meeting than the document's own: that meeting's,
    marked as put to this one for approval, when it is held here."""
    other = None
    if same_council(named.council, council, name) is not False:
        other = find_meeting_id(db, council, named.committee, named.date)
    if other is not None and other != placement.meeting_id:
        placement.facts_meeting_id = other
        placement.approved_record = True
        placement.warnings.append(f"{why}, not {label}: its facts are that meeting's ({other})")
    else:
        placement.warnings.append(f"{why}, not {label}: its facts are left out (that meeting is not held here)")


def store_outcome(db, row: dict, parsed: Optional[ParsedDocument], error, role: Optional[str] = None) -> Optional[str]:
    """Store what parsing one pending document gave, in its own
    transaction: its rows, placed in their meeting, or its failure and the
    reason.  ``row`` is the document's row (``PENDING``'s columns).  Return
    the error's text when it failed, else None.

    The one place a parse result becomes rows, whoever parsed it: the
    local pool, a Dask cluster, or another machine (``minutes ingest``)."""
    if error is not None:
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
        return str(error)
    parsed.document.url = parsed.document.url or row["source_url"]
    parsed.meeting.committee = parsed.meeting.committee or row["committee"]
    placement = place(db, row, parsed, role)
    for warning in placement.warnings:
        log.warning("%s", warning, extra={"council": row["council"], "document": row["id"]})
    store_parsed(
        db,
        parsed,
        council=row["council"],
        document_id=row["id"],
        parser_version=PARSER_VERSION,
        placement=placement,
    )
    for meeting_id in {placement.meeting_id, placement.facts_meeting_id} - {None}:
        with db.atomic():
            for note in flag_meeting(db, meeting_id):
                log.warning("%s: sources disagree: %s", meeting_id, note)
    return None


def link_people(db, councils: set[str], people_overrides: Optional[str | Path]) -> dict:
    """Link the names of every council that gained rows, and of any whose
    mentions were never linked (a run killed before its linking step), so
    a rerun reaches the same state as an uninterrupted run."""
    councils = (set(councils) | _councils_with_unlinked_mentions(db)) - {None}
    if not councils:
        return {}
    from .people import Overrides, link_council

    overrides = Overrides.load(people_overrides)
    return {council: link_council(db, council, overrides) for council in sorted(councils)}


def _local_parser(workers: int, options: ExtractOptions, limits: Limits, total: int):
    if total:
        load_parser_for_workers()  # once here, not once in every forked worker
    pool = ParsePool(workers, options, limits)
    return pool, lambda rows: pool.stream(rows, lambda row: row["path"])


def _cluster_parser(scheduler: str, options: ExtractOptions, limits: Limits):
    from .cluster import ClusterParser

    parser = ClusterParser(scheduler, options, limits)
    return parser, parser.stream


def process_pending(
    db_path: str | Path,
    workers: Optional[int] = None,
    options: Optional[ExtractOptions] = None,
    progress: bool = False,
    people_overrides: Optional[str | Path] = "people.toml",
    max_memory: Optional[int] = settings.MAX_MEMORY,
    retry_failed: bool = False,
    scheduler: Optional[str] = None,
) -> dict:
    """Parse and store every pending document; one transaction each, so a
    kill at any moment loses at most the documents in flight.

    ``scheduler``: the address of a Dask scheduler (``tcp://host:8786``)
    to parse on its workers instead of ``workers`` local processes; the
    documents' bytes travel to the workers and the results come back here
    to be stored (raises :class:`pipeline.cluster.ClusterError` when the
    cluster cannot be used)."""
    import uuid

    from models.records import Run

    from .store import finish_run, start_run, utcnow

    options = options or ExtractOptions()
    limits = Limits(timeout=options.timeout, max_memory=max_memory)
    db = open_db(db_path)
    total = count_pending(db, retry_failed)
    summary = {"processed": 0, "failed": 0, "skipped": 0, "errors": []}
    try:
        if scheduler:
            parser, parse = _cluster_parser(scheduler, options, limits)
        else:
            parser, parse = _local_parser(workers or os.cpu_count() or 1, options, limits, total)
    except BaseException:
        db.close()
        raise
    run = Run(id=uuid.uuid4().hex[:12], command="process", started=utcnow())
    with db.atomic():
        start_run(db, run)
    councils: set[str] = set()
    bar = None
    if progress:
        import click

        bar = click.progressbar(length=total, label=f"processing {total} documents", show_pos=True, show_eta=True,
                                item_show_func=lambda row: row["id"][-40:] if row else "")
        bar.__enter__()
    try:
        for row, (parsed, error) in parse(pending_documents(db, retry_failed=retry_failed)):
            councils.add(row["council"])
            if bar is not None:
                bar.update(1, row)
            failure = store_outcome(db, row, parsed, error)
            if failure is None:
                summary["processed"] += 1
            else:
                summary["failed"] += 1
                summary["errors"].append(failure)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
        parser.close(cancel=True)
    people = link_people(db, councils, people_overrides)
    if people:
        summary["people"] = people
    run.status = "partial" if summary["failed"] else "ok"
    run.counts = {"processed": summary["processed"], "failed": summary["failed"]}
    run.errors = summary["errors"][:100]
    with db.atomic():
        finish_run(db, run)
    db.close()
    return summary
