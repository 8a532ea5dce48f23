"""`minutes ingest`: Contract 2 objects parsed elsewhere are stored as
`minutes add` + `minutes process` store the same files, idempotently, and a
bad line is reported and costs nothing else."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.store import open_db

from conftest import PDF, modules_imported_by

# Minutes (the documents whose facts are a meeting's): a Kent cabinet and a
# county council with recorded votes, a Kent panel, a parish council.
MINUTES = [PDF / name for name in (
    "2025-01-30_cabinet_printed-minutes.pdf",
    "2025-02-13_county-council_budget_printed-minutes.pdf",
    "2024-10-29_corporate-parenting-panel_minutes.pdf",
    "2019-09-03_parish-council_minutes.pdf",
)]

# What a meeting's facts are stored as, compared column by column.
FACTS = {
    "meetings": "id, council, committee_id, committee_title, label, date, venue",
    "items": "id, document_id, meeting_id, ordinal, number, title, text, page, portfolio_holder, source_url, "
             "superseded_by",
    "resolutions": "id, item_id, meeting_id, kind, text, clauses, page",
    "votes": "id, item_id, meeting_id, kind, motion, for_count, against_count, abstain_count, outcome, proposer, "
             "seconder, warnings, page",
    "vote_members": "id, vote_id, choice, name, person_id, person_rule",
    "attendance": "id, meeting_id, document_id, name, status, role, page, person_id, superseded_by",
    "declarations": "id, item_id, meeting_id, name, text, kind, page, person_id",
    "speakers": "id, item_id, meeting_id, name, role, page, person_id",
    "people": "id, council, name",
    "documents": "id, council, meeting_id, role, sha256, media_type, pages, status, parser_version, title, kind, "
                 "warnings",
}


def rows(db_path, table: str, columns: str) -> list[tuple]:
    db = open_db(db_path)
    try:
        return sorted(tuple(r.values()) for r in db.query(f"SELECT {columns} FROM [{table}]"))
    finally:
        db.close()


def minutes(*args) -> CliRunner:
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def parsed_elsewhere(tmp_path_factory):
    """`minutes parse --json` of the minutes, as another machine would
    print it (a child process: the command as an operator runs it)."""
    out = tmp_path_factory.mktemp("elsewhere") / "parsed.jsonl"
    with open(out, "wb") as handle:
        subprocess.run([sys.executable, "-m", "pipeline.cli", "parse", "--json", *map(str, MINUTES)], stdout=handle,
                       check=True)
    return out


@pytest.fixture(scope="module")
def processed_here(tmp_path_factory):
    """The same files through `minutes add` and `minutes process`."""
    db_path = tmp_path_factory.mktemp("here") / "minutes.db"
    assert minutes("--db", db_path, "add", *MINUTES, "--council", "kent").exit_code == 0
    result = minutes("--db", db_path, "process", "--workers", "1")
    assert result.exit_code == 0, result.output
    return db_path


@pytest.mark.slow
def test_ingest_stores_the_rows_process_stores(tmp_path, parsed_elsewhere, processed_here):
    db_path = tmp_path / "minutes.db"
    result = minutes("--db", db_path, "ingest", parsed_elsewhere, "--council", "kent")
    assert result.exit_code == 0, result.output
    assert f"{len(MINUTES)} stored, 0 already stored, 0 failed" in result.stderr
    for table, columns in FACTS.items():
        assert rows(db_path, table, columns) == rows(processed_here, table, columns), table

    # What Contract 2 does not carry: the pages' text (the pages are there,
    # numbered) and the matters an item's text only mentions.
    page_columns = "id, document_id, number"
    assert rows(db_path, "pages", page_columns) == rows(processed_here, "pages", page_columns)
    assert rows(db_path, "pages", "DISTINCT text") == [("",)]
    mentions = "matter_id, document_id, item_id, role"
    assert set(rows(db_path, "matter_mentions", mentions)) <= set(rows(processed_here, "matter_mentions", mentions))
    # A document ingested has no file here, so `process` never parses it again.
    assert rows(db_path, "documents", "DISTINCT path") == [(None,)]
    again = minutes("--db", db_path, "process")
    assert "processed 0 documents, 0 failed" in again.stderr


@pytest.mark.slow
def test_ingesting_twice_changes_nothing(tmp_path, parsed_elsewhere):
    db_path = tmp_path / "minutes.db"
    assert minutes("--db", db_path, "ingest", parsed_elsewhere, "--council", "kent").exit_code == 0
    tables = list(FACTS) + ["pages", "matters", "matter_mentions", "councils", "committees"]
    before = {t: rows(db_path, t, "*") for t in tables}

    result = minutes("--db", db_path, "ingest", parsed_elsewhere, "--council", "kent")
    assert result.exit_code == 0, result.output
    assert f"0 stored, {len(MINUTES)} already stored, 0 failed" in result.stderr
    assert {t: rows(db_path, t, "*") for t in tables} == before


@pytest.mark.slow
def test_ingest_loads_neither_the_parser_nor_dask(tmp_path, parsed_elsewhere):
    """Storing what was parsed elsewhere needs no spaCy (0.9 s of every
    start, before the first row) and no Dask distributed (0.7 s); the
    times are measured in benchmarks, here what the command imports."""
    db_path = tmp_path / "minutes.db"
    result, imported = modules_imported_by(["--db", db_path, "ingest", parsed_elsewhere, "--council", "kent"],
                                           ("spacy", "distributed", "pipeline.tagging", "pdfplumber"))
    assert f"{len(MINUTES)} stored" in result.stderr
    assert imported == []


@pytest.mark.slow
def test_a_file_added_here_and_parsed_elsewhere_is_one_document(tmp_path, parsed_elsewhere, processed_here):
    """The document is its content: ingesting the parse of a file `minutes
    add` registered stores it under that document, file kept, and leaves
    nothing for `process` to do."""
    db_path = tmp_path / "minutes.db"
    assert minutes("--db", db_path, "add", *MINUTES, "--council", "kent").exit_code == 0
    result = minutes("--db", db_path, "ingest", parsed_elsewhere, "--council", "kent")
    assert result.exit_code == 0, result.output
    assert rows(db_path, "documents", "count(*), count(path)") == [(len(MINUTES), len(MINUTES))]
    for table in ("items", "votes", "vote_members", "attendance"):
        assert rows(db_path, table, FACTS[table]) == rows(processed_here, table, FACTS[table]), table
    assert "processed 0 documents, 0 failed" in minutes("--db", db_path, "process").stderr


def test_a_bad_line_is_reported_and_costs_nothing_else(tmp_path, kent_cabinet):
    """Lines that are not JSON, not UTF-8, not Contract 2, or name no
    council are reported with file and line; the good lines are stored once
    each, however many times the file is ingested."""
    from models.contract import to_contract

    good = to_contract(kent_cabinet)
    no_council = json.loads(json.dumps(good))
    no_council["meeting"]["council"] = None
    wrong = json.loads(json.dumps(good))
    wrong["items"][0]["votes"] = [{"kind": "recorded"}]
    path = tmp_path / "parsed.jsonl"
    path.write_bytes(b"\n".join([
        json.dumps(good).encode(),
        b'{"schema": "council-minutes/parsed-document/1", "source": {',  # cut short
        json.dumps(wrong).encode(),
        b"\xff\xfe not text",
        b"",
        json.dumps(no_council).encode(),
        json.dumps(good).encode(),  # the same document again
    ]) + b"\n")
    db_path = tmp_path / "minutes.db"

    for attempt in range(2):
        result = minutes("--db", db_path, "ingest", path)
        assert result.exit_code == 1
        assert f"{path}: {1 - attempt} stored, {1 + attempt} already stored, 4 failed" in result.stderr
        failed = [line for line in result.stderr.splitlines() if line.startswith("  failed: ")]
        assert [f.split(": ", 2)[1] for f in failed] == [f"{path}:{n}" for n in (2, 3, 4, 6)]
        assert "is not a line of UTF-8 JSON" in failed[0] and "is not a line of UTF-8 JSON" in failed[2]
        assert "is not a Contract 2 object: items/0/votes/0" in failed[1]
        assert "names no council" in failed[3]
        assert rows(db_path, "documents", "count(*)") == [(1,)]
        assert rows(db_path, "items", "count(*)") == [(len(good["items"]),)]
        assert rows(db_path, "vote_members", "count(*)") == [
            (sum(len(n) for i in good["items"] for v in i["votes"] for n in v["members"].values()),)]
