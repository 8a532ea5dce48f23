"""Crash safety, hostile input and escaping, on real documents."""

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import ExtractionError, ExtractOptions
from pipeline.parse import parse_bytes
from pipeline.process import process_pending
from pipeline.store import ensure_council, open_db
from scrapers.moderngov.pages import page_text, parse_decision_details
from scrapers.moderngov.webservice import ServiceError, parse_councillors, parse_meeting

from conftest import FIXTURES, PDF

CORPUS = [
    ("kent", PDF / "2019-09-03_parish-council_minutes.pdf"),
    ("kent", PDF / "2024-10-29_corporate-parenting-panel_minutes.pdf"),
    ("bcp", FIXTURES / "text" / "ieListDocuments.aspx__CId-284_MeetingId-6074.txt"),
    ("bcp", FIXTURES / "text" / "ieListDocuments.aspx__CId-290_MId-5447.txt"),
    ("bcp", FIXTURES / "text" / "ieListDocuments.aspx__CId-285_MId-6066.txt"),
    ("gloucester", FIXTURES / "xml" / "gloucester_GetMeeting_7837.xml"),
    ("kent", PDF / "2018-03-13_amenities-leisure-community-services-committee_minutes.pdf"),
]
FACT_TABLES = ("documents", "pages", "items", "resolutions", "votes", "vote_members", "attendance", "declarations",
               "speakers", "meetings", "committees", "people")


def _base(path: Path, register) -> Path:
    db = open_db(path)
    for n, (council, document) in enumerate(CORPUS):
        ensure_council(db, council)
        register(db, council, str(n), document)
    db.close()
    return path


def _facts(path: Path) -> dict:
    conn = sqlite3.connect(path)
    volatile = {"processed_at", "first_seen", "fetched_at", "updated_at"}
    facts = {}
    for table in FACT_TABLES:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])") if r[1] not in volatile]
        facts[table] = conn.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{table}] ORDER BY 1").fetchall()
    conn.close()
    return facts


def _no_half_stored_document(path: Path) -> None:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not conn.execute("PRAGMA foreign_key_check").fetchall()
    for doc_id, version, pages, media in conn.execute("SELECT id, parser_version, pages, media_type FROM documents"):
        stored_pages = conn.execute("SELECT count(*) FROM pages WHERE document_id = ?", [doc_id]).fetchone()[0]
        children = conn.execute("SELECT count(*) FROM items WHERE document_id = ?", [doc_id]).fetchone()[0]
        if version is None:
            assert stored_pages == 0 and children == 0, f"{doc_id} has rows but no parse recorded"
        else:
            assert stored_pages == (pages or 0), f"{doc_id}: {stored_pages} of {pages} pages stored"
    conn.close()


@pytest.mark.slow
def test_killing_process_at_random_moments_never_corrupts(tmp_path, register, child_pids, assert_gone):
    clean = _base(tmp_path / "clean.db", register)
    began = time.monotonic()
    process_pending(clean, workers=1, people_overrides=None)
    # Kills are spread over as long as a whole run takes on this machine now:
    # a fixed window missed every gap between documents once the largest
    # document was handed out first (or on a loaded machine).
    span = max(time.monotonic() - began, 1.2)
    expected = _facts(clean)
    base = _base(tmp_path / "base.db", register)
    rng = random.Random(20)
    killed_midway = 0
    for trial in range(20):
        db = tmp_path / f"trial-{trial}.db"
        shutil.copy(base, db)
        process = subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli", "--quiet", "--db", str(db), "process", "--workers", "1"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and process.poll() is None:  # until it has started work
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2)
                started = conn.execute("SELECT count(*) FROM runs WHERE command = 'process'").fetchone()[0]
                conn.close()
                if started:
                    break
            except sqlite3.Error:
                pass
            time.sleep(0.02)
        time.sleep(rng.uniform(0, span))
        workers = child_pids(process.pid)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert_gone(workers)
        conn = sqlite3.connect(db)
        done = conn.execute("SELECT count(*) FROM documents WHERE parser_version IS NOT NULL").fetchone()[0]
        conn.close()
        killed_midway += 0 < done < len(CORPUS)
        _no_half_stored_document(db)
        process_pending(db, workers=1, people_overrides=None)
        _no_half_stored_document(db)
        assert _facts(db) == expected, f"trial {trial} differs after the rerun"
    assert killed_midway >= 3, "kills should land between documents, not only before or after"


# -- fuzzing: every input parses or fails with the project's own error ---------

def _mutate(data: bytes, draw) -> bytes:
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "delete", "duplicate"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 512))]
        else:
            data[at:at] = data[at:at + draw(st.integers(1, 256))]
    return bytes(data)


SEEDS = [
    PDF / "2019-09-03_parish-council_minutes.pdf",
    PDF / "2014_parish-council-doc-363_GARBLED-TEXT.pdf",
    FIXTURES / "xml" / "gloucester_GetMeeting_7837.xml",
    FIXTURES / "xml" / "manchester_GetMeeting_4967_with_minutes.xml",
    FIXTURES / "html" / "ieDecisionDetails_policy_committee_2015.html",
    FIXTURES / "html" / "mgDelegatedDecisions_table_trimmed.html",
    FIXTURES / "text" / "ieListDocuments.aspx__CId-290_MId-5447.txt",
]
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                derandomize=True)


@FUZZ
@given(st.data())
@pytest.mark.slow
def test_fuzzed_documents_parse_or_fail_cleanly(data):
    seed = data.draw(st.sampled_from(SEEDS))
    mutated = _mutate(seed.read_bytes(), data.draw)
    options = ExtractOptions(ocr="never", timeout=20, max_pages=50)
    try:
        parsed = parse_bytes(mutated, seed.name, options)
    except ExtractionError as exc:
        assert seed.name in str(exc) and exc.kind
    else:
        assert parsed.document.sha256


@FUZZ
@given(st.data())
def test_fuzzed_web_service_answers_parse_or_fail_cleanly(data):
    seed = data.draw(st.sampled_from([FIXTURES / "xml" / "gloucester_GetMeeting_7837.xml",
                                      FIXTURES / "xml" / "gloucester_GetCouncillorsByWard_CONTACT-DETAILS-REMOVED.xml"]))
    mutated = _mutate(seed.read_bytes(), data.draw)
    try:
        if "GetMeeting" in seed.name:
            parse_meeting(mutated, source=seed.name)
        else:
            parse_councillors(mutated, "gloucester", source=seed.name)
    except ServiceError as exc:
        assert seed.name in str(exc)


@FUZZ
@given(st.data())
def test_fuzzed_html_pages_never_raise(data):
    seed = data.draw(st.sampled_from([FIXTURES / "html" / "ieDecisionDetails_policy_committee_2015.html",
                                      FIXTURES / "html" / "mgDelegatedDecisions_table_trimmed.html"]))
    mutated = _mutate(seed.read_bytes(), data.draw)
    page_text(mutated)
    parse_decision_details(mutated)


def test_enormous_pages_are_stopped_by_the_caps():
    data = (PDF / "2025-01-30_cabinet_printed-minutes.pdf").read_bytes()
    with pytest.raises(ExtractionError) as caught:
        parse_bytes(data, "cabinet.pdf", ExtractOptions(max_pages=5))
    assert caught.value.kind == "too_many_pages"
    with pytest.raises(ExtractionError) as caught:
        parse_bytes(data * 3, "three-times.pdf", ExtractOptions(max_bytes=200_000))
    assert caught.value.kind == "too_large"


# -- document text cannot inject HTML or script into the site -------------------

@pytest.mark.slow
def test_document_text_is_escaped_in_datasette(tmp_path, register):
    import socket

    db_path = tmp_path / "minutes.db"
    db = open_db(db_path)
    ensure_council(db, "bcp", "BCP Council")
    register(db, "bcp", "hostile", FIXTURES / "hostile" / "ieListDocuments_6074_WITH-INJECTED-SCRIPT.txt")
    db.close()
    process_pending(db_path, workers=1, people_overrides=None)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "--db", str(db_path), "serve", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(120):
            try:
                httpx.get(f"{base}/-/versions.json", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.25)
        meeting = httpx.get(f"{base}/meeting/bcp:council:2025-02-25").text
        item = httpx.get(f"{base}/minutes/items", params={"_search": "xss"}).text
        for page in (meeting, item, httpx.get(f"{base}/search", params={"q": "minutes-xss"}).text):
            assert "<script>alert(" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(" in meeting
    finally:
        server.terminate()
        server.wait(timeout=20)
