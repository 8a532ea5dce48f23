"""HTTP conditional requests in the generic crawl: a document's ETag and
Last-Modified are stored, sent back as If-None-Match / If-Modified-Since
when its meeting is read again, and a 304 downloads and re-parses nothing;
a replaced document is stored and parsed again; a server without
validators sees exactly the requests it saw before.  Real loopback servers
(pytest-httpserver) serving real parish minutes; the client is not mocked."""

import re
import sqlite3
from datetime import date

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from pipeline.cli import cli
from pipeline.config import load_config
from pipeline.crawl import scrape
from pipeline.parse import PARSER_VERSION
from pipeline.process import count_pending
from pipeline.store import open_db
from scrapers.http import FetchPolicy, PoliteClient, conditional_headers, validator

from conftest import FIXTURES

FIRST = (FIXTURES / "websites" / "burton-cum-walden-pc" / "documents" / "minutes-2025-07-08.pdf").read_bytes()
SECOND = (FIXTURES / "websites" / "wroxton-balscote-pc" / "PDF_Minutes_Sept_24.pdf").read_bytes()
POLICY = FetchPolicy(min_interval=0, read_timeout=5, connect_timeout=2, attempts=1)
DOC = "/docs/minutes.pdf"
INDEX = b'<html><ul><li><a href="/docs/minutes.pdf">Parish Council minutes 8th July 2025</a></li></ul></html>'
TODAY = date(2025, 7, 20)  # the meeting is recent: read again on every crawl


class Site:
    """One index page and one document whose bytes and validators a test
    sets; every request to the document is kept with its headers."""

    def __init__(self):
        self.body, self.etag, self.last_modified = FIRST, None, None
        self.asked = []  # (If-None-Match, If-Modified-Since) of each request for the document
        self.server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
        self.server.expect_request(re.compile(".*")).respond_with_handler(self.handle)
        self.server.start()
        self.url = self.server.url_for("").rstrip("/")

    def handle(self, request: Request) -> Response:
        if request.path == "/minutes/":
            return Response(INDEX, content_type="text/html")
        if request.path != DOC:
            return Response("Not Found", status=404)
        none_match, since = request.headers.get("If-None-Match"), request.headers.get("If-Modified-Since")
        self.asked.append((none_match, since))
        headers = {}
        if self.etag:
            headers["ETag"] = self.etag
        if self.last_modified:
            headers["Last-Modified"] = self.last_modified
        if (self.etag and none_match == self.etag) or (not none_match and self.last_modified and since == self.last_modified):
            return Response(status=304, headers=headers)
        return Response(self.body, content_type="application/pdf", headers=headers)

    def stop(self):
        self.server.clear()
        self.server.stop()


@pytest.fixture
def site():
    served = Site()
    yield served
    served.stop()


def _crawl(tmp_path, served):
    config = tmp_path / "councils.toml"
    config.write_text(f'[[council]]\nslug = "parish"\nname = "Parish Council"\nurl = "{served.url}"\n'
                      'platform = "website"\nindex_urls = ["/minutes/"]\n')
    [council] = load_config(config).sites
    db = open_db(tmp_path / "minutes.db")
    try:
        with PoliteClient(policy=POLICY) as client:
            return scrape(db, council, tmp_path / "raw", client, date(2025, 1, 1), date(2025, 12, 31), today=TODAY)
    finally:
        db.close()


def _rows(tmp_path, sql, *args):
    conn = sqlite3.connect(tmp_path / "minutes.db")
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, args)]
    finally:
        conn.close()


def _mark_parsed(tmp_path):
    """As ``minutes process`` leaves a document it parsed."""
    conn = sqlite3.connect(tmp_path / "minutes.db")
    with conn:
        conn.execute("UPDATE documents SET parser_version = ?, status = 'ok'", [PARSER_VERSION])
    conn.close()


def _pending(tmp_path):
    db = open_db(tmp_path / "minutes.db")
    try:
        return count_pending(db)
    finally:
        db.close()


def test_an_etag_is_sent_back_and_304_downloads_nothing(site, tmp_path):
    site.etag = '"v1"'
    first = _crawl(tmp_path, site)
    assert (first.documents_downloaded, first.failures) == (1, [])
    [doc] = _rows(tmp_path, "SELECT etag, last_modified, sha256 FROM documents")
    assert (doc["etag"], doc["last_modified"]) == ('"v1"', None)
    _mark_parsed(tmp_path)

    again = _crawl(tmp_path, site)
    assert (again.documents_downloaded, again.documents_known, again.failures) == (0, 1, [])
    assert site.asked == [(None, None), ('"v1"', None)]  # the second request was conditional
    assert _rows(tmp_path, "SELECT status, sha256, size FROM fetches WHERE url LIKE ? ORDER BY id", "%" + DOC) == [
        {"status": 200, "sha256": doc["sha256"], "size": len(FIRST)}, {"status": 304, "sha256": None, "size": None}]
    assert _pending(tmp_path) == 0  # not modified: no re-parse
    assert _rows(tmp_path, "SELECT status, sha256 FROM documents") == [{"status": "ok", "sha256": doc["sha256"]}]
    assert len(list((tmp_path / "raw").rglob("*.pdf"))) == 1


def test_last_modified_is_sent_back_as_if_modified_since(site, tmp_path):
    site.last_modified = "Tue, 08 Jul 2025 19:00:00 GMT"
    assert _crawl(tmp_path, site).documents_downloaded == 1
    assert _rows(tmp_path, "SELECT etag, last_modified FROM documents") == [
        {"etag": None, "last_modified": "Tue, 08 Jul 2025 19:00:00 GMT"}]
    _mark_parsed(tmp_path)
    again = _crawl(tmp_path, site)
    assert (again.documents_downloaded, again.documents_known) == (0, 1)
    assert site.asked == [(None, None), (None, "Tue, 08 Jul 2025 19:00:00 GMT")]
    assert _pending(tmp_path) == 0


def test_a_document_replaced_under_its_url_is_stored_and_parsed_again(site, tmp_path):
    site.etag = '"v1"'
    _crawl(tmp_path, site)
    [before] = _rows(tmp_path, "SELECT id, sha256, path FROM documents")
    _mark_parsed(tmp_path)

    site.body, site.etag = SECOND, '"v2"'  # the clerk uploads corrected minutes under the same name
    again = _crawl(tmp_path, site)
    assert (again.documents_downloaded, again.documents_known, again.failures) == (1, 0, [])
    assert site.asked == [(None, None), ('"v1"', None)]
    [after] = _rows(tmp_path, "SELECT id, sha256, path, etag, status, parser_version FROM documents")
    assert after["id"] == before["id"] and after["sha256"] != before["sha256"]
    assert open(after["path"], "rb").read() == SECOND and open(before["path"], "rb").read() == FIRST
    assert (after["etag"], after["status"], after["parser_version"]) == ('"v2"', "pending", None)
    assert _pending(tmp_path) == 1  # `minutes process` parses it again

    # The same bytes again under a new ETag: the new validator is kept, the parse stands.
    _mark_parsed(tmp_path)
    site.etag = '"v3"'
    third = _crawl(tmp_path, site)
    assert (third.documents_downloaded, third.documents_known) == (0, 1)
    assert _rows(tmp_path, "SELECT etag FROM documents") == [{"etag": '"v3"'}]
    assert _pending(tmp_path) == 0


def test_a_server_without_validators_is_not_asked_again(site, tmp_path):
    first = _crawl(tmp_path, site)
    assert first.documents_downloaded == 1
    assert _rows(tmp_path, "SELECT etag, last_modified FROM documents") == [{"etag": None, "last_modified": None}]
    again = _crawl(tmp_path, site)
    assert (again.documents_downloaded, again.documents_known) == (0, 1)
    assert site.asked == [(None, None)]  # known by URL, as before: one request in all


def test_validators_from_a_server_are_checked_before_they_are_sent_back():
    assert validator(' "abc" ') == '"abc"'
    assert validator('"a"\x00') is None and validator("x" * 513) is None and validator("é") is None
    assert conditional_headers('W/"1"', "Tue, 08 Jul 2025 19:00:00 GMT") == {
        "If-None-Match": 'W/"1"', "If-Modified-Since": "Tue, 08 Jul 2025 19:00:00 GMT"}
    assert conditional_headers(None, None) == {} and conditional_headers("bad\r\nX-Evil: 1") == {}


@pytest.mark.slow  # processing runs in worker processes
def test_process_parses_the_replaced_document_again(site, tmp_path):
    site.etag = '"v1"'
    db_path = str(tmp_path / "minutes.db")
    _crawl(tmp_path, site)
    result = CliRunner().invoke(cli, ["--db", db_path, "process", "--workers", "1"])
    assert result.exit_code == 0, result.output
    [first] = _rows(tmp_path, "SELECT sha256, status, processed_at FROM documents")
    first_pages = _rows(tmp_path, "SELECT text FROM pages ORDER BY number")
    assert first["status"] == "ok" and first_pages

    _crawl(tmp_path, site)  # 304
    assert _pending(tmp_path) == 0

    site.body, site.etag = SECOND, '"v2"'
    _crawl(tmp_path, site)
    result = CliRunner().invoke(cli, ["--db", db_path, "process", "--workers", "1"])
    assert result.exit_code == 0, result.output
    [second] = _rows(tmp_path, "SELECT sha256, status FROM documents")
    assert second["status"] == "ok" and second["sha256"] != first["sha256"]
    assert _rows(tmp_path, "SELECT text FROM pages ORDER BY number") != first_pages
    assert _pending(tmp_path) == 0
