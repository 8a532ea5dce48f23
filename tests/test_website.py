"""`platform = "website"`: real town and parish council index pages,
served on loopback with the real minutes PDFs they link, crawled,
processed and published.

Burton-cum-Walden's minutes page has links parked inside HTML comments (one
to a PDF that exists), a link whose text and file name give different
dates, and twelve links whose PDFs the replay does not hold (404).  The
Wroxton page names only month and year, so the meeting's day comes from
the minutes themselves.  See tests/fixtures/SOURCES.md."""

import asyncio
import logging
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from pipeline.cli import cli
from pipeline.config import load_config
from pipeline.crawl import scrape
from pipeline.store import open_db
from scrapers.http import FetchPolicy, PoliteClient
from scrapers.website import date_from_name, parse_index

from conftest import FIXTURES

SITES = FIXTURES / "websites"
BURTON = SITES / "burton-cum-walden-pc"
WROXTON = SITES / "wroxton-balscote-pc"
POLICY = FetchPolicy(min_interval=0, read_timeout=5, connect_timeout=2, attempts=1)


def _server(root: Path, index_path: str, extra: str = ""):
    """Serve ``root`` as a site whose ``index_path`` is root/index.html
    (with ``extra`` HTML added before </ul>); everything else by path."""
    requests = []

    def handle(request: Request) -> Response:
        requests.append(request.path)
        if request.path == "/robots.txt":
            return Response("User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        if request.path == index_path:
            page = (root / "index.html").read_text(encoding="utf-8")
            if extra:
                page = page.replace("</ul>", extra + "</ul>", 1)
            return Response(page, content_type="text/html; charset=utf-8")
        path = (root / request.path.lstrip("/")).resolve()
        if path.is_relative_to(root.resolve()) and path.is_file() and path.name != "index.html":
            return Response(path.read_bytes(), content_type="application/pdf")
        return Response("Not Found", status=404)

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    server.expect_request(re.compile(".*")).respond_with_handler(handle)
    return server, requests


@pytest.fixture
def elsewhere():
    """Another origin (another port on loopback) holding a real PDF."""
    server, requests = _server(BURTON, "/none")
    yield server.url_for("").rstrip("/"), requests
    server.clear()
    server.stop()


@pytest.fixture
def burton(elsewhere):
    other, _ = elsewhere
    extra = (f'<li><a href="{other}/documents/minutes-2025-07-08.pdf">Extraordinary meeting minutes '
             '17th June 2025</a></li>')  # the only line not from the real page: a link off the site
    server, requests = _server(BURTON, "/parish-council/minutes/", extra)
    yield server.url_for("").rstrip("/"), requests
    server.clear()
    server.stop()


def _rows(db_path, sql, *args):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute(sql, args)]
    conn.close()
    return rows


def _site(tmp_path, slug, name, url, *lines):
    config = tmp_path / "councils.toml"
    config.write_text(f'[[council]]\nslug = "{slug}"\nname = "{name}"\nurl = "{url}"\nplatform = "website"\n'
                      + "\n".join(lines) + "\n")
    [site] = load_config(config).sites
    return site


def _crawl(db_path, site, tmp_path, today, start=date(2024, 3, 1), end=date(2025, 7, 31)):
    db = open_db(db_path)
    try:
        with PoliteClient(policy=POLICY) as client:
            return scrape(db, site, tmp_path / "raw", client, start, end, today=today)
    finally:
        db.close()


@pytest.mark.slow  # processing runs in worker processes; Datasette
def test_a_parish_site_is_crawled_processed_and_published(burton, elsewhere, tmp_path, caplog):
    url, requests = burton
    site = _site(tmp_path, "burton-cum-walden", "Burton-cum-Walden Parish Council", url,
                 'index_urls = ["/parish-council/minutes/"]', 'include = ["/documents/*minutes*.pdf"]',
                 'exclude = ["*/public_notices/*"]')
    assert site.options["include"] == ["/documents/*minutes*.pdf"]
    db_path = tmp_path / "minutes.db"
    with caplog.at_level(logging.WARNING):
        summary = _crawl(db_path, site, tmp_path, today=date(2025, 7, 20))

    # Twelve dated meetings from the list plus the off-site one; one PDF on
    # the replay; eleven 404s and the off-site link recorded, not fatal.
    assert (summary.committees, summary.meetings_fetched, summary.documents_downloaded) == (1, 14, 1)
    not_found = [f for f in summary.failures if "HTTP 404" in f]
    refused = [f for f in summary.failures if "[refused]" in f]
    assert len(not_found) == 12 and len(refused) == 1 and len(summary.failures) == 13
    assert elsewhere[1] == []  # the other origin was never asked
    assert _rows(db_path, "SELECT status FROM runs") == [{"status": "partial"}]
    assert _rows(db_path, "SELECT count(*) AS n FROM fetches WHERE status = 404") == [{"n": 12}]
    assert _rows(db_path, "SELECT count(*) AS n FROM fetches WHERE error LIKE 'refused:%'") == [{"n": 1}]

    # Commented-out links are not links: that PDF exists and is never asked for.
    assert "/documents/minutes-2024-04-02.pdf" not in requests
    assert "/documents/minutes-2024-05-07.pdf" not in requests
    assert "/documents/public_notices/public-notice-2025-09-02.pdf" not in requests

    # Dates from the link text; where the file name disagrees, the text wins and a warning says so.
    meetings = {r["id"]: r for r in _rows(db_path, "SELECT * FROM meetings")}
    assert meetings["burton-cum-walden:parish-council-2025-07-08"]["date"] == "2025-07-08"
    assert meetings["burton-cum-walden:parish-council-2025-04-01"]["label"] == "Parish Council, 2025-04-01"
    assert "burton-cum-walden:parish-council-2025-03-05" in meetings
    assert not any(m.endswith("2024-03-05") or m.endswith("2024-04-02") for m in meetings)
    assert any("minutes-2024-03-05.pdf" in r.message and "link text is taken" in r.message for r in caplog.records)

    [document] = _rows(db_path, "SELECT * FROM documents WHERE path IS NOT NULL")
    assert document["meeting_id"] == "burton-cum-walden:parish-council-2025-07-08"
    assert document["source_url"] == f"{url}/documents/minutes-2025-07-08.pdf"
    assert Path(document["path"]).read_bytes() == (BURTON / "documents" / "minutes-2025-07-08.pdf").read_bytes()
    # The index page is read for its links only: it is no document, its text is not kept.
    assert _rows(db_path, "SELECT count(*) AS n FROM documents") == [{"n": 1}]

    # process: items and attendance of the meeting from its minutes.
    result = CliRunner().invoke(cli, ["--db", str(db_path), "process", "--workers", "1"])
    assert result.exit_code == 0, result.output
    meeting_id = "burton-cum-walden:parish-council-2025-07-08"
    assert _rows(db_path, "SELECT status FROM documents") == [{"status": "ok"}]
    assert len(_rows(db_path, "SELECT * FROM items WHERE meeting_id = ?", meeting_id)) >= 5
    assert len(_rows(db_path, "SELECT * FROM attendance WHERE meeting_id = ?", meeting_id)) >= 3

    # published: the meeting's page in Datasette with the project's templates.
    from datasette.app import Datasette

    from pipeline.publish import TEMPLATES

    async def page():
        ds = Datasette([str(db_path)], template_dir=str(TEMPLATES))
        return (await ds.client.get(f"/meeting/{meeting_id}")).text

    html = asyncio.run(page())
    assert "Parish Council" in html and "2025-07-08" in html and "minutes-2025-07-08.pdf" in html

    # A second crawl downloads nothing it holds (the recent meeting is read
    # again, its PDF is known by URL); only the missing ones are asked again.
    fetched_before = requests.count("/documents/minutes-2025-07-08.pdf")
    again = _crawl(db_path, site, tmp_path, today=date(2025, 7, 20))
    assert (again.documents_downloaded, again.documents_known) == (0, 1)
    assert requests.count("/documents/minutes-2025-07-08.pdf") == fetched_before == 1
    assert _rows(db_path, "SELECT count(*) AS n FROM documents") == [{"n": 1}]
    assert _rows(db_path, "SELECT status FROM documents") == [{"status": "ok"}]


@pytest.fixture
def wroxton():
    server, requests = _server(WROXTON, "/parishcouncil.html")
    yield server.url_for("").rstrip("/"), requests
    server.clear()
    server.stop()


@pytest.mark.slow  # processing runs in worker processes
def test_month_only_links_take_their_day_from_the_minutes(wroxton, tmp_path):
    url, requests = wroxton
    site = _site(tmp_path, "wroxton-balscote", "Wroxton & Balscote Parish Council", url,
                 'index_urls = ["parishcouncil.html"]', 'include = ["*minutes*.pdf"]')
    db_path = tmp_path / "minutes.db"
    summary = _crawl(db_path, site, tmp_path, today=date(2026, 2, 1))
    # 18 minutes links (not the agendas or accounts beside them), two on the replay.
    assert summary.meetings_fetched == 18 and summary.documents_downloaded == 2
    assert not any("Agenda" in p or "Accounts" in p for p in requests)
    assert all(r["date"] is None for r in _rows(db_path, "SELECT date FROM meetings"))

    result = CliRunner().invoke(cli, ["--db", str(db_path), "process", "--workers", "1"])
    assert result.exit_code == 0, result.output
    dated = {r["source_url"].rsplit("/", 1)[-1]: r["date"] for r in _rows(
        db_path, "SELECT documents.source_url, meetings.date FROM documents JOIN meetings ON meetings.id = meeting_id")}
    assert dated == {"PDF_Minutes_Sept_24.pdf": "2024-09-02", "PDF_Minutes_Jan_26.pdf": "2026-01-05"}
    assert _rows(db_path, "SELECT count(*) AS n FROM meetings") == [{"n": 18}]  # no second row for a dated meeting

    # Crawled again, a meeting dated by its minutes is not undated again, nor downloaded.
    again = _crawl(db_path, site, tmp_path, today=date(2026, 2, 1))
    assert again.documents_downloaded == 0
    assert requests.count("/PDF_Minutes_Sept_24.pdf") == 1
    assert _rows(db_path, "SELECT date FROM meetings WHERE date IS NOT NULL ORDER BY date") == [
        {"date": "2024-09-02"}, {"date": "2026-01-05"}]


def test_dates_from_file_names_and_links_inside_comments():
    assert [date_from_name(f"/{n}") for n in (
        "minutes-2025-07-08.pdf", "Minutes18.2.2011.pdf", "Minutes_27.11.08.pdf", "M_13_Oct_2010.pdf",
        "Minutes_ACM_14th_May_2010.pdf", "minutes_2013_06_extraordinary.pdf", "PDF_Minutes_Jan_26.pdf")] == [
        "2025-07-08", "2011-02-18", "2008-11-27", "2010-10-13", "2010-05-14", None, None]
    page = (b'<html><base href="/docs/"><ul><!-- <li><a href="old-minutes-1.1.2020.pdf">x</a></li> -->'
            b'<li><a href="minutes_2013_06.pdf">26th June 2013\n Extraordinary Meeting</a></li>'
            b'<li><a href="mailto:clerk@example.org">minutes by e-mail</a></li>'
            b'<li><a href="Planning%20Minutes%2018.2.2011.pdf">Planning Minutes 18.2.2011</a></li></ul>')
    links = parse_index(page, "http://parish.example/minutes.htm")
    assert [(l.url, l.date, l.body) for l in links] == [
        ("http://parish.example/docs/minutes_2013_06.pdf", "2013-06-26", "Parish Council"),
        ("http://parish.example/docs/Planning%20Minutes%2018.2.2011.pdf", "2011-02-18", "Planning Committee")]
