"""`minutes process --scheduler`: parsing on a Dask cluster of worker
processes (a LocalCluster on loopback, shared by the module) stores
exactly what a local run stores, survives a worker killed mid-document
and a driver killed mid-run."""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.store import ensure_council, open_db

from conftest import FIXTURES, PDF

pytestmark = pytest.mark.slow

distributed = pytest.importorskip("distributed")

# Real documents of several kinds, one that fails (truncated) among them.
DOCUMENTS = [PDF / name for name in (
    "2025-01-30_cabinet_printed-minutes.pdf",
    "2025-02-13_county-council_budget_printed-minutes.pdf",
    "2024-10-29_corporate-parenting-panel_minutes.pdf",
    "2025-01-30_cabinet_agenda-frontsheet.pdf",
    "2019-09-03_parish-council_minutes.pdf",
    "2014_parish-council-doc-363_GARBLED-TEXT.pdf",
    "2023-01-04_full-board_minutes_with-vote-record.pdf",
    "damaged/kent-budget_TRUNCATED-at-60000-bytes.pdf",
)]
# Whatever a run's clock says, and the log of runs itself, differ between two runs.
CLOCK = {"processed_at", "first_seen", "fetched_at", "updated_at", "checked_at"}
# A meeting's venue depends on the order its documents were stored, locally
# too (the cabinet's minutes stored before its agenda leave the agenda's
# venue, after it none): documents finish in no fixed order on two workers.
ORDER_DEPENDENT = {"venue"}


@pytest.fixture(scope="module")
def cluster():
    """Two one-thread worker processes, as an operator starts them (see
    docs/scaling.md): not daemonic (a worker parses each document in a
    child), a document whose worker dies is tried on one other worker,
    and each worker thread holds one document at a time (the others wait
    on the scheduler, so a worker lost costs only the document it ran)."""
    import dask

    with dask.config.set({"distributed.worker.daemon": False, "distributed.scheduler.allowed-failures": 1,
                          "distributed.scheduler.worker-saturation": 1.0}):
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                      dashboard_address=None) as local:
            yield local


@pytest.fixture(scope="module")
def client(cluster):
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as watcher:
        yield watcher


def registered(db_path, documents=DOCUMENTS) -> dict:
    """Register documents as a crawl would (same paths and ids in every
    database); return their ids by file name."""
    from models.media import sha256_hex, sniff_media_type
    from pipeline.store import register_document

    db = open_db(db_path)
    ensure_council(db, "kent", "Kent County Council")
    ids = {}
    with db.atomic():
        for path in documents:
            data = path.read_bytes()
            ids[path.name] = register_document(
                db, council="kent", source_id=path.stem, url=f"https://example.invalid/{path.name}", path=path,
                sha256=sha256_hex(data), size=len(data), media_type=sniff_media_type(data, path.name),
                kind="document", title=path.name)
    db.close()
    return ids


def contents(db_path, where_document=None, leave_out=()) -> dict:
    """Every table's rows (the clock and the run log left out), or only the
    rows of the documents named, without the columns ``leave_out``."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%_fts%' AND name NOT IN ('runs', 'migrations')")]
    found = {}
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")]
        if where_document is not None and "document_id" not in columns:
            continue
        query = f"SELECT * FROM [{table}]"
        if where_document is not None:
            query += " WHERE document_id IN (%s)" % ",".join("?" * len(where_document))
        found[table] = sorted(tuple((k, r[k]) for k in r.keys()
                              if k not in CLOCK | ORDER_DEPENDENT and k not in leave_out)
                              for r in conn.execute(query, list(where_document or [])))
    conn.close()
    return found


@pytest.fixture(scope="module")
def local_run(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("local") / "minutes.db"
    registered(db_path)
    result = CliRunner().invoke(cli, ["--db", str(db_path), "process", "--workers", "2"])
    assert result.exit_code == 1 and "processed 7 documents, 1 failed" in result.stderr, result.output
    return db_path


def test_a_cluster_stores_exactly_the_rows_of_a_local_run(tmp_path, cluster, local_run):
    db_path = tmp_path / "minutes.db"
    registered(db_path)
    result = CliRunner().invoke(cli, ["--db", str(db_path), "process", "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 1, result.output
    assert "processed 7 documents, 1 failed" in result.stderr
    assert "TRUNCATED" in result.stderr

    here, there = contents(db_path), contents(local_run)
    assert {t: len(r) for t, r in here.items()} == {t: len(r) for t, r in there.items()}
    assert here["items"] and here["votes"] and here["vote_members"] and here["attendance"]
    for table in here:
        assert here[table] == there[table], table

    again = CliRunner().invoke(cli, ["--db", str(db_path), "process", "--scheduler", cluster.scheduler_address])
    assert "processed 0 documents, 0 failed" in again.stderr
    assert contents(db_path) == here


def _worker_running(client, key_part: str, timeout: float = 60.0):
    """The address and pid of the worker running the task whose key holds
    ``key_part``, once it has run for a moment."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for address, keys in client.processing().items():
            if any(key_part in str(key) for key in keys):
                time.sleep(1.0)  # under way: the worker is loading the parser or parsing
                if any(key_part in str(key) for key in client.processing().get(address, ())):
                    return address, client.run(os.getpid, workers=[address])[address]
        time.sleep(0.1)
    raise AssertionError(f"no worker ran {key_part} within {timeout:g}s")


def test_a_document_whose_worker_dies_is_tried_elsewhere_once_then_failed(tmp_path, cluster, client, local_run):
    """The flate bomb runs for tens of seconds (until it exhausts its
    memory cap): long enough to kill the Dask worker running it, twice.
    The first time it is parsed again on another worker, the second time
    it is failed with the reason; every other document is stored once, as
    a local run stores it."""
    from pipeline.process import process_pending

    db_path = tmp_path / "minutes.db"
    documents = [FIXTURES / "hostile" / "flate-bomb.pdf"] + DOCUMENTS[:3]
    ids = registered(db_path, documents)
    bomb = ids["flate-bomb.pdf"]
    outcome = {}
    run = threading.Thread(target=lambda: outcome.update(process_pending(
        db_path, scheduler=cluster.scheduler_address, people_overrides=None)))
    run.start()
    try:
        first, pid = _worker_running(client, bomb)
        os.kill(pid, signal.SIGKILL)
        second, pid = _worker_running(client, bomb)
        assert second != first  # parsed again, on another worker
        os.kill(pid, signal.SIGKILL)
    finally:
        run.join(timeout=120)
    assert not run.is_alive()

    assert outcome["processed"] == 3 and outcome["failed"] == 1, outcome
    db = open_db(db_path)
    failed = db["documents"].get(bomb)
    assert failed["status"] == "failed"
    assert failed["error"].startswith("worker_died:") and "died" in failed["error"]
    assert [r["status"] for r in db.query("SELECT status FROM documents WHERE id != ?", [bomb])] == ["ok"] * 3
    db.close()
    good = [ids[p.name] for p in documents[1:]]
    linked = ("person_id", "person_confidence", "person_rule")  # linked among other names here
    assert contents(db_path, good, linked) == contents(local_run, good, linked)


def test_a_killed_driver_loses_nothing(tmp_path, cluster, local_run):
    db_path = tmp_path / "minutes.db"
    registered(db_path)
    command = [sys.executable, "-m", "pipeline.cli", "--db", str(db_path), "process", "--scheduler",
               cluster.scheduler_address]
    driver = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while stored < 2 and time.monotonic() < deadline and driver.poll() is None:
            time.sleep(0.05)
            conn = sqlite3.connect(db_path)
            stored = conn.execute("SELECT count(*) FROM documents WHERE parser_version IS NOT NULL").fetchone()[0]
            conn.close()
        driver.send_signal(signal.SIGKILL)
    finally:
        driver.wait()
    assert 2 <= stored < len(DOCUMENTS), stored  # killed mid-run, with work left

    rerun = subprocess.run(command, capture_output=True, text=True)
    assert rerun.returncode == 1, rerun.stderr
    assert "closed 1 run(s) left running by a killed command as interrupted" in rerun.stderr
    assert contents(db_path) == contents(local_run)


def test_a_cluster_that_cannot_be_used_stops_the_run_and_fails_no_document(tmp_path, cluster, monkeypatch):
    """No scheduler at the address, or workers running another parser
    version: one line, exit 2, and every document is still pending."""
    import pipeline.cluster
    import pipeline.versions

    db_path = tmp_path / "minutes.db"
    registered(db_path, DOCUMENTS[:2])
    monkeypatch.setattr(pipeline.cluster, "CONNECT_TIMEOUT", 2.0)
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        nobody = f"tcp://127.0.0.1:{unused.getsockname()[1]}"
    result = CliRunner().invoke(cli, ["--db", str(db_path), "process", "--scheduler", nobody])
    assert result.exit_code == 2
    assert f"cannot reach the Dask scheduler at {nobody}" in result.stderr

    monkeypatch.setattr(pipeline.versions, "PARSER_VERSION", "another-version")
    result = CliRunner().invoke(cli, ["--db", str(db_path), "process", "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 2
    assert "runs parser extract-" in result.stderr and "this program another-version" in result.stderr
    assert "a rerun picks up the rest" in result.stderr
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM documents WHERE parser_version IS NULL AND status = 'pending'"
                        ).fetchone()[0] == 2
    conn.close()
