"""`minutes process`: parse what the database holds but has not parsed."""

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.store import ensure_council, open_db

from conftest import PDF


@pytest.mark.slow
def test_process_stores_pending_documents_and_records_failures(tmp_path, register):
    db_path = tmp_path / "minutes.db"
    db = open_db(db_path)
    ensure_council(db, "kent", "Kent County Council")
    register(db, "kent", "1", PDF / "2025-01-30_cabinet_printed-minutes.pdf")
    register(db, "kent", "2", PDF / "damaged" / "kent-budget_TRUNCATED-at-60000-bytes.pdf")
    db.close()

    result = CliRunner().invoke(cli, ["--db", str(db_path), "process", "--workers", "2"])
    assert result.exit_code == 1, result.output
    assert "processed 1 documents, 1 failed" in result.stderr
    assert "TRUNCATED" in result.stderr

    db = open_db(db_path)
    good = db["documents"].get("kent:doc:1")
    assert good["status"] == "ok" and good["pages"] == 17
    items = list(db.query("SELECT number, page, source_url FROM items WHERE document_id = 'kent:doc:1' ORDER BY ordinal"))
    assert [i["number"] for i in items] == [str(n) for n in range(84, 93)]
    assert items[-1]["source_url"].endswith("mgConvert2PDF.aspx?ID=1#page=16")
    bad = db["documents"].get("kent:doc:2")
    assert bad["status"] == "failed" and "truncated" in bad["error"]
    counts = {t: db[t].count for t in ("items", "pages", "meetings")}
    db.close()

    # A rerun has nothing left to do and changes nothing.
    again = CliRunner().invoke(cli, ["--db", str(db_path), "process"])
    assert again.exit_code == 0
    assert "processed 0 documents, 0 failed" in again.stderr
    db = open_db(db_path)
    assert {t: db[t].count for t in counts} == counts


def test_two_sources_of_one_meeting_are_kept_and_disagreements_flagged(tmp_path, kent_budget):
    """The same minutes from two sources (here the real budget minutes stored
    twice, one copy with a vote miscounted as a second source might) stay as
    two documents of one meeting, and the difference is flagged on both."""
    import copy
    import json

    from pipeline.compare import flag_meeting
    from pipeline.store import store_parsed

    db = open_db(tmp_path / "minutes.db")
    printed = store_parsed(db, kent_budget, document_source_id="printed-minutes")
    other = copy.deepcopy(kent_budget)
    other.items[-1].votes[0].for_count = 13
    web = store_parsed(db, other, document_source_id="web-service")
    db["documents"].update(printed, {"title": "Printed minutes"})
    db["documents"].update(web, {"kind": "webservice"})
    meeting = db["documents"].get(printed)["meeting_id"]
    assert db["documents"].get(web)["meeting_id"] == meeting
    notes = flag_meeting(db, meeting)
    assert notes == [f"item 291, vote 1: counts (12, 42, 7) in {printed}, (13, 42, 7) in {web}"]
    for document_id in (printed, web):
        assert any("sources disagree" in w for w in json.loads(db["documents"].get(document_id)["warnings"]))
    assert flag_meeting(db, meeting) == notes  # flagged once, not piled up
    assert sum("sources disagree" in w for w in json.loads(db["documents"].get(web)["warnings"])) == 1


def test_pending_documents_are_handed_out_largest_first_within_each_batch(tmp_path, register):
    """Two workers given the biggest document last leave one idle while the
    other parses it alone: each batch goes out largest file first, while
    the batches follow one another in id order, so a rerun after a kill
    reads the same batches and every pending document comes out once."""
    from pipeline.process import pending_documents

    files = sorted((p for p in PDF.glob("*.pdf") if p.stat().st_size), key=lambda p: p.name)[:5]
    assert len({p.stat().st_size for p in files}) == 5
    db = open_db(tmp_path / "minutes.db")
    ensure_council(db, "kent", "Kent County Council")
    ids = {register(db, "kent", str(n), path): path for n, path in enumerate(files, 1)}
    handed = [row["id"] for row in pending_documents(db, batch=3)]
    assert sorted(handed) == sorted(ids)  # each once
    batches = [handed[:3], handed[3:]]
    in_id_order = sorted(ids)
    assert [sorted(b) for b in batches] == [in_id_order[:3], in_id_order[3:]]
    for batch in batches:
        sizes = [ids[i].stat().st_size for i in batch]
        assert sizes == sorted(sizes, reverse=True)
    assert "size" not in next(pending_documents(db))  # the row a store reads is the same as before
    db.close()
