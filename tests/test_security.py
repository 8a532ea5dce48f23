"""A hostile council site and hostile documents cannot hurt us.

Each test names the attack it holds (see docs/security.md).  The hostile
site is the real Gloucester replay (tests/replay.py) with its linked
documents rewritten the way an attacker would: links to another port, to a
metadata-service address, ``javascript:`` and ``data:`` links, an on-site
link that redirects away, a drip-fed answer, a Retry-After tarpit, a gzip
bomb.  Everything runs on 127.0.0.1; refused addresses are refused before
any connection is made.
"""

import gzip
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from models.keys import web_url
from models.records import Site
from pipeline.cli import cli
from pipeline.config import ConfigError, load_config
from pipeline.crawl import scrape
from pipeline.extract import ExtractOptions
from pipeline.lock import LockHeld, writer_lock
from pipeline.sandbox import Limits, ParsePool
from pipeline.store import open_db
from scrapers.http import FetchError, FetchPolicy, PoliteClient, Scope

from conftest import FIXTURES, PDF
from replay import ReplaySite

SECRET = "AKIA-METADATA-SECRET-do-not-publish"


def _server(handler):
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    server.expect_request(re.compile(".*")).respond_with_handler(handler)
    return server


@dataclass
class HostileSite(ReplaySite):
    """The Gloucester replay with its document links turned into attacks."""

    other: str = ""  # base URL of another origin (another port on loopback)
    links: dict = field(default_factory=dict)

    def _xml(self, name: str) -> bytes:
        body = super()._xml(name)
        for attachment, url in self.links.items():
            body = body.replace(f"{self.base_url}/mgConvert2PDF.aspx?ID={attachment}".encode(),
                                url.replace("&", "&amp;").encode())
        return body

    def handle(self, request: Request) -> Response:
        if request.path == "/away":
            return Response("", status=302, headers={"Location": f"{self.other}/secret"})
        if request.path == "/away-to-metadata":
            return Response("", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
        return super().handle(request)


@pytest.fixture
def other_origin():
    """A second server: what an attacker wants us to fetch and publish."""
    hits = []

    def handle(request: Request) -> Response:
        hits.append(request.path)
        return Response(f"{SECRET}\n" * 50, content_type="text/plain")

    server = _server(handle)
    yield server.url_for("").rstrip("/"), hits
    server.clear()
    server.stop()


@pytest.fixture
def hostile(other_origin):
    other, hits = other_origin
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    base = server.url_for("").rstrip("/")
    site = HostileSite(base_url=base, other=other, links={
        "65461": f"{other}/secret",                             # another port: another origin
        "65412": "javascript:alert(document.cookie)",           # stored XSS
        "65413": "data:text/html,<script>alert(1)</script>",    # stored XSS
        "65414": f"{base}/away",                                # on-site link that redirects away
        "65415": "http://169.254.169.254/latest/meta-data/",    # cloud metadata (link-local)
        "65416": f"{base}/away-to-metadata",
    })
    server.expect_request(re.compile(".*")).respond_with_handler(site.handle)
    yield site, hits
    server.clear()
    server.stop()


def _policy(**changes):
    policy = FetchPolicy(min_interval=0, read_timeout=2, connect_timeout=1, attempts=2, backoff=0.05)
    for key, value in changes.items():
        setattr(policy, key, value)
    return policy


@pytest.mark.slow
@pytest.mark.slow
def test_hostile_links_are_refused_logged_and_never_published(hostile, tmp_path):
    site, hits = hostile
    db_path = tmp_path / "minutes.db"
    db = open_db(db_path)
    with PoliteClient(policy=_policy()) as client:
        summary = scrape(db, Site(slug="gloucester", base_url=site.base_url, name="Gloucester City Council"),
                         tmp_path / "raw", client, date(2025, 10, 1), date(2025, 12, 31), ["129"])
    db.close()
    assert hits == [], "nothing is fetched from another origin, directly or by redirect"
    failures = "\n".join(summary.failures)
    assert failures.count("[refused]") >= 4
    db = sqlite3.connect(db_path)
    # The meeting is still stored, with the one good document (65417).
    assert db.execute("SELECT date FROM meetings WHERE id = 'gloucester:7837'").fetchone() == ("2025-11-21",)
    kept = [r[0] for r in db.execute("SELECT source_url FROM documents WHERE kind = 'document'")]
    assert kept and all(url.startswith(site.base_url) for url in kept)
    assert not any(re.match(r"(?i)\s*(javascript|data):", u or "") for (u,) in db.execute("SELECT source_url FROM documents"))
    refusals = [r[0] for r in db.execute("SELECT error FROM fetches WHERE error LIKE 'refused:%'")]
    assert any("not the council's site" in r for r in refusals)
    assert any("only http(s)" in r for r in refusals)
    redirects = [r[0] for r in db.execute("SELECT error FROM fetches WHERE url LIKE '%/away%'")]
    assert redirects and all("redirected to" in r for r in redirects)
    db.close()
    from pipeline.process import process_pending

    process_pending(db_path, workers=1, people_overrides=None)
    db = sqlite3.connect(db_path)
    assert not db.execute("SELECT count(*) FROM pages WHERE text LIKE ?", [f"%{SECRET}%"]).fetchone()[0]
    db.close()


def test_allowed_hosts_extend_the_scope(other_origin):
    other, hits = other_origin
    port = other.rsplit(":", 1)[1]
    scope = Scope.for_site("http://127.0.0.1:1", allowed_hosts=[f"127.0.0.1:{port}"])
    with PoliteClient(policy=_policy(obey_robots=False), scope=scope) as client:
        assert SECRET in client.get(f"{other}/listed").text
    assert hits == ["/listed"]


def test_internal_addresses_are_refused_without_connecting():
    public = Scope.for_site("https://democracy.example.gov.uk")
    for url in ("http://10.0.0.5/x", "http://169.254.169.254/latest/", "http://[::1]:8080/", "ftp://democracy.example.gov.uk/",
                "file:///etc/passwd", "javascript:alert(1)", "https://democracy.example.gov.uk:8443/x",
                "https://user:pw@democracy.example.gov.uk/x"):
        assert public.refusal(url), url
    assert public.refusal("https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=1") is None
    for address in ("10.1.2.3", "172.16.0.1", "192.168.1.1", "127.0.0.1", "169.254.169.254", "224.0.0.1", "::1",
                    "fe80::1", "fc00::1", "::ffff:10.0.0.1", "0.0.0.0"):
        assert public.address_refusal(address), address
    assert public.address_refusal("93.184.216.34") is None
    assert Scope.for_site("http://127.0.0.1:8000").address_refusal("127.0.0.1") is None


def test_a_listed_name_that_resolves_to_loopback_is_refused_at_connect(other_origin):
    """DNS pointing an allowed public-looking name at an internal address:
    the address is checked when the socket opens, so no request is made."""
    other, hits = other_origin
    port = other.rsplit(":", 1)[1]
    scope = Scope(origins=frozenset({("http", "localhost", int(port))}), allow_internal=False)
    with PoliteClient(policy=_policy(obey_robots=False), scope=scope) as client:
        with pytest.raises(FetchError) as refused:
            client.get(f"http://localhost:{port}/secret")
    assert refused.value.kind == "refused" and ("127.0.0.1" in str(refused.value) or "::1" in str(refused.value))
    assert hits == []


class _Dripper(threading.Thread):
    """A raw TCP server that answers one byte at a time, forever (bounded
    by the test): in the headers, or in the body."""

    def __init__(self, where: str):
        super().__init__(daemon=True)
        self.where = where
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()

    def run(self):
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn):
        try:
            conn.recv(4096)
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n"
            if self.where == "body":
                conn.sendall(head + b"\r\n")
                drip = b"x" * 1000
            else:
                conn.sendall(b"HTTP/1.1 200 OK\r\n")
                drip = b"X-Slow: " + b"y" * 1000
            for byte in drip:
                if self.stop.is_set():
                    break
                conn.sendall(bytes([byte]))
                time.sleep(0.1)
        except OSError:
            pass
        finally:
            conn.close()


@pytest.mark.parametrize("where", ["body", "headers"])
@pytest.mark.slow
@pytest.mark.slow
def test_a_drip_fed_answer_meets_the_overall_deadline(where):
    server = _Dripper(where)
    server.start()
    try:
        url = f"http://127.0.0.1:{server.port}/document.pdf"
        policy = _policy(read_timeout=1, total_timeout=1.5, attempts=1, obey_robots=False)
        with PoliteClient(policy=policy, scope=Scope.for_site(url)) as client:
            start = time.monotonic()
            with pytest.raises(FetchError) as slow:
                client.get(url)
            elapsed = time.monotonic() - start
        assert slow.value.kind == "timeout" and "limit per request" in str(slow.value)
        assert elapsed < 4, f"a per-read timeout alone would have waited {elapsed:.1f}s and more"
    finally:
        server.stop.set()


def test_retry_after_tarpit_is_capped():
    calls = []

    def handle(request):
        calls.append(request.path)
        return Response("slow down", status=429, headers={"Retry-After": "300"})

    server = _server(handle)
    try:
        base = server.url_for("").rstrip("/")
        with PoliteClient(policy=_policy(obey_robots=False, max_wait=5), scope=Scope.for_site(base)) as client:
            start = time.monotonic()
            with pytest.raises(FetchError) as tarpit:
                client.get(f"{base}/mgWebService.asmx/GetCommittees")
            assert time.monotonic() - start < 3
        assert tarpit.value.status == 429 and calls == ["/mgWebService.asmx/GetCommittees"]
    finally:
        server.clear()
        server.stop()


@pytest.mark.slow
def test_gzip_bomb_and_oversized_bodies_stop_at_the_cap():
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)

    def handle(request):
        if request.path == "/bomb":
            return Response(bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/pdf"})
        return Response(b"%PDF-" + b"0" * (3 * 1024 * 1024), content_type="application/pdf")

    server = _server(handle)
    try:
        base = server.url_for("").rstrip("/")
        policy = _policy(obey_robots=False, max_bytes=1024 * 1024)
        with PoliteClient(policy=policy, scope=Scope.for_site(base)) as client:
            for path in ("/bomb", "/big"):
                with pytest.raises(FetchError) as capped:
                    client.get(f"{base}{path}")
                assert capped.value.kind == "too_large"
    finally:
        server.clear()
        server.stop()


def test_only_web_urls_are_kept_or_linked():
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "//evil.example/x",
                "http://a.example/\nSet-Cookie: x", "file:///etc/passwd", "http:/no-host", ""):
        assert web_url(bad) is None, bad
    assert web_url("https://democracy.kent.gov.uk/documents/s1/x.pdf") == "https://democracy.kent.gov.uk/documents/s1/x.pdf"
    assert web_url("/sample/minutes.pdf") == "/sample/minutes.pdf"


def test_a_document_never_overrides_the_url_it_was_fetched_from(tmp_path):
    from pipeline.parse import parse_bytes

    text = (FIXTURES / "text" / "ieListDocuments.aspx__CId-285_MId-6066.txt").read_bytes()
    hostile = b"# URL: javascript:alert(1)\n# SOURCE: x\n" + text
    assert parse_bytes(hostile, "page.txt").document.url is None
    fetched = "https://democracy.bcpcouncil.gov.uk/ieListDocuments.aspx?MId=6066"
    assert parse_bytes(b"# URL: https://evil.example/\n" + text, "page.txt", url=fetched).document.url == fetched


def test_datasette_never_renders_a_stored_javascript_link(tmp_path):
    """Defence in depth: even a row written behind the store's back is not
    rendered as a clickable javascript: link."""
    import asyncio

    from datasette.app import Datasette

    from pipeline.publish import TEMPLATES
    from pipeline.store import ensure_council

    db_path = tmp_path / "minutes.db"
    db = open_db(db_path)
    ensure_council(db, "x", "X Council")
    db["meetings"].insert({"id": "x:1", "council": "x", "date": "2025-01-01", "committee_title": "Cabinet",
                           "source_url": "javascript:alert(1)", "label": "Cabinet 2025-01-01"})
    db["documents"].insert({"id": "x:doc", "council": "x", "meeting_id": "x:1", "title": "Minutes",
                            "source_url": "javascript:alert(2)", "status": "ok", "kind": "document"})
    db.close()

    async def page():
        ds = Datasette([str(db_path)], template_dir=str(TEMPLATES))
        return (await ds.client.get("/meeting/x:1")).text

    html = asyncio.run(page())
    assert "Cabinet" in html and 'href="javascript:' not in html.lower()


@pytest.mark.slow
@pytest.mark.slow
def test_a_second_writer_waits_then_exits_2_naming_the_holder(tmp_path):
    db_path = tmp_path / "minutes.db"
    open_db(db_path).close()
    with writer_lock(db_path, "minutes process"):
        result = subprocess.run([sys.executable, "-m", "pipeline.cli", "--db", str(db_path), "--lock-wait", "0.5",
                                 "process"], capture_output=True, text=True, timeout=120)
        assert result.returncode == 2
        assert f"pid {os.getpid()}" in result.stderr and "minutes process" in result.stderr
        assert "Traceback" not in result.stderr
        with pytest.raises(LockHeld):
            with writer_lock(db_path, "minutes scrape", wait=0.2):
                pass
    with writer_lock(db_path, "minutes people", wait=0.2):
        pass  # released when the holder's block ended


@pytest.mark.slow
@pytest.mark.slow
def test_two_process_runs_at_once_both_finish_cleanly(tmp_path, register):
    from pipeline.store import ensure_council

    db_path = tmp_path / "minutes.db"
    db = open_db(db_path)
    ensure_council(db, "kent", "Kent County Council")
    for n, path in enumerate(sorted(PDF.glob("*minutes*.pdf"))[:4]):
        register(db, "kent", str(n), path)
    db.close()
    command = [sys.executable, "-m", "pipeline.cli", "--quiet", "--db", str(db_path), "--lock-wait", "300",
               "process", "--workers", "1"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [r.communicate(timeout=300) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outputs
    assert not any("Traceback" in err or "locked" in err for _, err in outputs)
    db = sqlite3.connect(db_path)
    assert db.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0] == 4
    assert db.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone()[0] == 0
    db.close()


def test_a_killed_run_is_closed_as_interrupted_by_the_next(tmp_path):
    db_path = tmp_path / "minutes.db"
    db = open_db(db_path)
    db["runs"].insert({"id": "dead", "command": "process", "started": "2026-01-01T00:00:00+00:00", "status": "running"})
    db.close()
    result = CliRunner().invoke(cli, ["--db", str(db_path), "process"])
    assert result.exit_code == 0, result.output
    db = sqlite3.connect(db_path)
    assert db.execute("SELECT status, finished IS NOT NULL FROM runs WHERE id = 'dead'").fetchone() == ("interrupted", 1)
    db.close()


# A document whose parse takes about 3 s (tables on every page), against a limit
# of 0.6 s: the quick document parses in about 0.1 s.  (The Kent budget minutes,
# 0.5-0.6 s warm, once parsed within a 0.3 s limit before the pool's timer looked.)
SLOW_PDF = PDF / "2023-01-04_full-board_minutes_with-vote-record.pdf"
KILL_AFTER = 0.6


def test_an_overrunning_parse_is_killed_and_the_next_document_still_runs():
    from pipeline.parallel import load_parser_for_workers

    slow = SLOW_PDF
    quick = FIXTURES / "text" / "ieListDocuments.aspx__CId-285_MId-6066.txt"
    # The parser's own deadline is set out of reach: only the kill can stop it.
    options = ExtractOptions(timeout=10_000)
    # Loaded before the pool forks, as minutes parse and process do: the worker that
    # replaces the killed one starts with the parser, whichever tests ran before.
    load_parser_for_workers()
    with ParsePool(1, options, Limits(timeout=KILL_AFTER, max_memory=None, grace=0)) as pool:
        start = time.monotonic()
        results = list(pool.ordered([str(slow), str(quick)], str))
        elapsed = time.monotonic() - start
    (_, (parsed, error)), (_, (good, good_error)) = results
    assert parsed is None and error.kind == "timeout" and str(slow) in str(error)
    assert good_error is None and good.items
    assert elapsed < 30


def test_a_document_overrunning_in_the_early_extraction_worker_is_killed_too():
    """The worker ``minutes parse`` starts before loading the parser holds
    the same time limit; a file it does not extract (not a PDF) is parsed
    whole by the pool, and both come back in the order given."""
    from pipeline.parallel import load_parser_for_workers
    from pipeline.sandbox import EarlyExtraction

    slow = SLOW_PDF
    quick = FIXTURES / "text" / "ieListDocuments.aspx__CId-285_MId-6066.txt"
    options = ExtractOptions(timeout=10_000)
    limits = Limits(timeout=KILL_AFTER, max_memory=None, grace=0)
    early = EarlyExtraction([str(slow), str(quick)], options, limits)
    try:
        load_parser_for_workers()  # as minutes parse does, once the early worker is started
        with ParsePool(2, options, limits) as pool:
            (_, (parsed, error)), (_, (good, good_error)) = list(pool.ordered([str(slow), str(quick)], str, early))
    finally:
        early.close()
    assert str(slow) in early.handed_out
    assert parsed is None and error.kind == "timeout" and str(slow) in str(error)
    assert good_error is None and good.items


@pytest.mark.slow
@pytest.mark.slow
def test_a_memory_bomb_fails_alone_under_the_cap():
    bomb = FIXTURES / "hostile" / "flate-bomb.pdf"
    quick = FIXTURES / "text" / "ieListDocuments.aspx__CId-285_MId-6066.txt"
    with ParsePool(1, ExtractOptions(timeout=60), Limits(timeout=60, max_memory=1536 * 1024 * 1024)) as pool:
        (_, (parsed, error)), (_, (good, good_error)) = list(pool.ordered([str(bomb), str(quick)], str))
    assert parsed is None and error.kind in ("too_much_memory", "worker_died", "corrupt", "parser_error"), error
    assert good_error is None and good.items


def test_parse_workers_die_with_their_parent(child_pids, assert_gone):
    files = [str(p) for p in sorted(PDF.glob("*.pdf"))]
    parent = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "parse", "--json", "--workers", "2", *files],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(workers) < 2:
        workers = child_pids(parent.pid)
        time.sleep(0.05)
    assert workers, "the parse started its workers"
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    assert_gone(workers, within=10)


@pytest.mark.parametrize("text,fragment", [
    (b"[defaults]\nrate_limit = 1.0\n\xff\xfe\n", "not UTF-8"),
    (b"defaults = 5\n[[council]]\nslug='a'\nurl='https://a.example'\n", "'defaults' must be"),
    (b"[defaults]\nrate_limit = inf\n[[council]]\nslug='a'\nurl='https://a.example'\n", "finite"),
    (b"[defaults]\nrate_limit = nan\n[[council]]\nslug='a'\nurl='https://a.example'\n", "finite"),
    (b"[defaults]\ntimeout = -5\n[[council]]\nslug='a'\nurl='https://a.example'\n", "between"),
    (b"[[council]]\nslug='a'\nurl=\"https://a.example/\\nX-Injected: 1\"\n", "control characters"),
    (b"[[council]]\nslug='../etc'\nurl='https://a.example'\n", "slug"),
    (b"[[council]]\nslug='a'\nurl='https://a.example'\nallowed_hosts=['evil/../x']\n", "allowed host"),
    (b"council = 'x'\n", "'council' must be"),
])
def test_malformed_config_values_name_file_line_and_key(tmp_path, text, fragment):
    path = tmp_path / "councils.toml"
    path.write_bytes(text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert fragment in str(caught.value) and str(path) in str(caught.value)
    result = CliRunner().invoke(cli, ["config", "check", "--config", str(path)])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_a_file_that_is_not_our_database_is_left_alone_by_every_command(tmp_path):
    path = tmp_path / "minutes.db"
    path.write_bytes(b"not a database at all\n" * 10)
    before = path.read_bytes()
    for command, code in ((["process"], 2), (["people"], 2), (["status"], 3)):
        result = CliRunner().invoke(cli, ["--db", str(path), *command])
        assert result.exit_code == code, (command, result.output)
        assert "not an SQLite database" in result.output and "Traceback" not in result.output
    assert path.read_bytes() == before


def test_parse_checks_the_size_cap_before_reading(tmp_path):
    from pipeline.extract import ExtractionError
    from pipeline.parse import parse_path

    big = tmp_path / "big.pdf"
    with open(big, "wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: 2 GiB on paper, nothing on disk
    with pytest.raises(ExtractionError) as caught:
        parse_path(big, ExtractOptions(max_bytes=10 * 1024 * 1024))
    assert caught.value.kind == "too_large"


def test_invalid_bytes_in_a_web_service_answer_lose_nothing_else():
    from scrapers.moderngov.webservice import parse_meeting

    data = (FIXTURES / "xml" / "gloucester_GetMeeting_7837.xml").read_bytes()
    broken = data.replace(b"Civic Suite", b"Civic \xff\xfe Suite", 1)
    parsed = parse_meeting(broken, source="GetMeeting_7837.xml")
    assert len(parsed.items) == 5 and parsed.meeting.date == "2025-11-21"
    assert any("UTF-8" in w for w in parsed.warnings + parsed.document.warnings)


def test_unusable_cli_values_are_usage_errors(tmp_path):
    runner = CliRunner()
    for args in (["scrape", "http://a.example/\nx"], ["scrape", "https://a.example", "--timeout", "0.000001"],
                 ["scrape", "https://a.example", "--slug", "../x"], ["parse", "--workers", "0", "x.pdf"]):
        result = runner.invoke(cli, ["--db", str(tmp_path / "m.db"), *args])
        assert result.exit_code == 2, (args, result.output)
        assert "Traceback" not in result.output
    assert not (tmp_path / "m.db").exists()


@pytest.mark.slow
@pytest.mark.slow
def test_an_item_longer_than_spacy_allows_is_tagged_in_parts():
    """One enormous item (a real page's text repeated past spaCy's
    one-million-character limit) fails nothing: it is tagged in parts."""
    from pipeline.parse import parse_bytes

    real = parse_bytes((FIXTURES / "text" / "ieListDocuments.aspx__CId-285_MId-6066.txt").read_bytes(), "page.txt")
    item = next(i for i in real.items if i.declarations)
    huge = f"{item.number}. {item.title}\n" + (item.text + "\n") * (1_200_000 // len(item.text) + 1)
    parsed = parse_bytes(huge.encode(), "huge.txt")
    assert len(parsed.items) == 1 and len(parsed.items[0].text) > 1_000_000
    assert {d.name for d in item.declarations} <= {d.name for d in parsed.items[0].declarations}


@pytest.mark.slow
@pytest.mark.slow
def test_a_council_that_uses_up_its_time_budget_stops_and_says_so(tmp_path):
    """One slow council cannot take the night: past its budget the crawl
    stops, keeps what it stored, and records why."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        site = ReplaySite(base_url=server.url_for("").rstrip("/"), slow_seconds=0.6)
        server.expect_request(re.compile(".*")).respond_with_handler(site.handle)
        db = open_db(tmp_path / "minutes.db")
        with PoliteClient(policy=_policy(read_timeout=2)) as client:
            start = time.monotonic()
            summary = scrape(db, Site(slug="gloucester", base_url=site.base_url), tmp_path / "raw", client,
                             date(2025, 10, 1), date(2025, 12, 31), ["129"], budget=0.5)
            elapsed = time.monotonic() - start
        assert any("[budget]" in failure and "0.5s" in failure for failure in summary.failures)
        assert elapsed < 10
        run = next(db.query("SELECT status, errors FROM runs"))
        assert run["status"] == "partial" and "budget" in run["errors"]
        db.close()
    finally:
        server.clear()
        server.stop()
