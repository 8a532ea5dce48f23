"""``minutes ingest``: store documents parsed elsewhere.

A batch system, or another machine's ``minutes parse --json``, turns
documents into Contract 2 objects (JSON Lines); this stores them as
``minutes process`` would have stored its own parse of the same files:
every object is checked against the Contract 2 schema, placed in its
meeting by the same rules, and written by the same code
(:func:`.process.store_outcome`, which calls the store), one transaction
per document, then the names are linked.

How an ingested document is identified.  Contract 2 names a file by its
content (``source.sha256``), the path it was parsed from on the other
machine, and its URL when it was given one.  The content is what counts,
as for ``minutes add``: a document of the council with the same sha256,
however it came (a crawl, ``minutes add``), *is* that document and keeps
its id, file, URL, title and meeting; otherwise the document gets the id
``minutes add`` would give the same bytes (``<council>:sha:<sha256[:16]>``)
and no local file (the other machine's path means nothing here, and a
document with no file is never parsed again by ``process``).

What makes it idempotent.  Contract 2 does not say which parser version
made an object, so an ingested document is recorded as parsed by this
program's version: parse and ingest with the same release.  A document
already stored at this version (and not failed) is left exactly as it
is, so ingesting a file twice changes nothing; one stored by an older
parser, pending or failed is stored afresh.

What Contract 2 does not carry, and so an ingested document lacks beside a
local parse: its pages' text (its pages are stored, numbered, with empty
text, so page links work but page search does not find it), the matters
its items' text only mentions, and a web service's member ids.  Where those
matter, parse on a cluster instead (``minutes process --scheduler``).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import sqlite_utils

from models.keys import council_key, web_url
from models.records import Run

from .process import DOCUMENT_COLUMNS, link_people, store_outcome
from .store import ensure_council, finish_run, register_document, start_run, utcnow
from .versions import PARSER_VERSION


class IngestError(Exception):
    """One object that cannot be stored, and why."""


@dataclass
class IngestSummary:
    stored: list[str] = field(default_factory=list)  # document ids
    held: list[str] = field(default_factory=list)  # already stored at this parser version: left as they are
    failures: list[str] = field(default_factory=list)  # "FILE:LINE: why"


def contract_validator():
    """A validator of Contract 2 (the schema shipped in ``models/``),
    formats (dates) included."""
    from jsonschema import Draft202012Validator

    from models import contract

    schema = json.loads(Path(contract.__file__).with_name("parsed-document.schema.json").read_text())
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _check(validator, obj) -> None:
    from jsonschema.exceptions import best_match

    error = best_match(validator.iter_errors(obj))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the object"
        raise IngestError(f"is not a Contract 2 object: {where}: {error.message[:200]}")


def _document_row(db: sqlite_utils.Database, council: str, source: dict) -> dict:
    """The document an object speaks for: the council's document with the
    same content, or one registered as ``minutes add`` would register the
    same bytes (with no local file)."""
    query = (f"SELECT {DOCUMENT_COLUMNS}, status, parser_version FROM documents "
             "WHERE council = ? AND sha256 = ? ORDER BY id LIMIT 1")
    held = next(db.query(query, [council, source["sha256"]]), None)
    if held is not None:
        return held
    with db.atomic():
        register_document(db, council=council, source_id=None, url=web_url(source.get("url")), path=None,
                          sha256=source["sha256"], size=None, media_type=source["media_type"], kind="document",
                          title=Path(source["path"]).name or None, fetched=False)
    return next(db.query(query, [council, source["sha256"]]))


def ingest_object(db: sqlite_utils.Database, obj, validator, council: Optional[str] = None,
                  council_name: Optional[str] = None) -> tuple[str, bool]:
    """Store one Contract 2 object; return its document id and whether
    anything was written (False: already stored at this parser version).
    ``council``: the slug of the council it belongs to (default: the
    council the document names)."""
    from models.contract import from_contract

    _check(validator, obj)
    slug = council or (council_key(obj["meeting"]["council"]) if obj["meeting"]["council"] else None)
    if not slug:
        raise IngestError("names no council; give the council's slug (--council)")
    with db.atomic():
        if council_name or not db["councils"].count_where("slug = ?", [slug]):
            ensure_council(db, slug, council_name)
    row = _document_row(db, slug, obj["source"])
    if row["parser_version"] == PARSER_VERSION and row["status"] != "failed":
        return row["id"], False
    parsed = from_contract(obj)
    parsed.document.path = row["path"]
    try:
        store_outcome(db, row, parsed, None, role=parsed.document.role)
    except sqlite3.Error as exc:  # rolled back: the document's earlier rows stand
        raise IngestError(f"could not be stored ({exc})") from None
    return row["id"], True


def ingest_file(
    db: sqlite_utils.Database,
    path: str | Path,
    *,
    council: Optional[str] = None,
    council_name: Optional[str] = None,
    people_overrides: Optional[str | Path] = "people.toml",
) -> IngestSummary:
    """Store every Contract 2 object of a JSON Lines file, one document per
    transaction.  A line that is not JSON, not Contract 2 or cannot be
    stored is reported with its file and line number and skipped; the
    others are stored.  Names are linked afterwards, as after ``process``."""
    summary = IngestSummary()
    validator = contract_validator()
    run = Run(id=uuid.uuid4().hex[:12], command="ingest", started=utcnow())
    with db.atomic():
        start_run(db, run)
    councils: set[str] = set()
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                try:
                    obj = json.loads(line.decode("utf-8"))
                except ValueError as exc:  # UnicodeDecodeError included
                    raise IngestError(f"is not a line of UTF-8 JSON ({exc})") from None
                document_id, written = ingest_object(db, obj, validator, council, council_name)
            except IngestError as exc:
                summary.failures.append(f"{path}:{number}: {exc}")
                continue
            (summary.stored if written else summary.held).append(document_id)
            if written:
                councils.add(db["documents"].get(document_id)["council"])
    link_people(db, councils, people_overrides)
    run.status = "partial" if summary.failures else "ok"
    run.counts = {"stored": len(summary.stored), "held": len(summary.held), "failed": len(summary.failures)}
    run.errors = summary.failures[:100]
    with db.atomic():
        finish_run(db, run)
    return summary
