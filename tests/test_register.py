"""The decisions register (``mgDelegatedDecisions.aspx``), crawled as part
of ``minutes scrape``: the pure parser on real register pages (Kirklees'
table, its officer decisions table, Reigate and Banstead's saved list),
then the crawl against a loopback server that replays them with real
decision pages, incremental reruns, and the faults a council site can
throw (500, timeout, an HTML error page, paging that never ends, a page
too large, links to other hosts and ``javascript:``)."""

import asyncio
import re
import time
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from models.records import Site
from pipeline.crawl import scrape
from pipeline.process import process_pending
from pipeline.store import open_db
from scrapers.http import FetchPolicy, PoliteClient
from scrapers.moderngov.pages import parse_decision_register

from conftest import FIXTURES
from replay import ReplaySite

HTML = FIXTURES / "html"
TABLE = HTML / "mgDelegatedDecisions_table_trimmed.html"
OFFICER = HTML / "mgDelegatedDecisions_officer_table_trimmed.html"
REIGATE = (FIXTURES / "dev" / "reigate-banstead" / "mgDelegatedDecisions.aspx___DR-10_2f05_2f2020-24_2f05_2f2020_RP-0_K-0"
           "_DM-0_HD-0_DS-2_Next-true_META-mgdelegateddecisions_V-1.txt")
SHAREPOINT_ERROR = FIXTURES / "xml" / "leeds_GetCouncillorsByWard_SHAREPOINT_ERROR.xml"
REDIRECT_STUB = FIXTURES / "xml" / "denbighshire_GetCouncillorsByWard_REDIRECT_STUB.xml"
# Real decision pages stand for the register's two decisions (which page
# stands for which id is the replay's choice, as replay.py does for PDFs):
# an officer's decision with no meeting, and a committee's decision taken
# at meeting 4832 of issue 6535.
PAGES = {"13567": HTML / "ieDecisionDetails_multi_paragraph_trimmed.html",
         "13149": HTML / "ieDecisionDetails_policy_committee_2015.html"}
FROM, TO, TODAY = date(2025, 11, 1), date(2025, 11, 30), date(2025, 12, 1)


# -- the parser, on real register pages ----------------------------------------------------------


def test_kirklees_register_table_lists_its_decisions():
    page = parse_decision_register(TABLE.read_bytes(), base_url="https://democracy.kirklees.gov.uk")
    assert page.is_register and page.next_url is None
    assert [(e.source_id, e.date) for e in page.entries] == [("decision-13567", "2025-04-01"),
                                                              ("decision-13149", "2025-11-03")]
    network_rail, admission = page.entries
    # The hidden "ref: 13567" is no part of the title; the row is kept as the register words it.
    assert network_rail.title == ("Settlement Agreement with Network Rail Infrastructure Limited (NRIL) in respect of "
                                  "land adjacent to the George Hotel, Railway Street, Huddersfield")
    assert network_rail.url == "https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=13567"
    assert admission.listing == "Admission of the Public | 03/11/2025 | 03/11/2025 | Not for call-in"
    # The issue-history row links no decision page.
    assert not any("6535" in e.url for e in page.entries)


def test_kirklees_officer_decisions_table():
    [entry] = parse_decision_register(OFFICER.read_bytes(), base_url="https://democracy.kirklees.gov.uk").entries
    assert (entry.source_id, entry.title, entry.date) == ("decision-13149", "Admission of the Public", "2025-11-03")


def test_reigate_saved_register_list_hand_checked():
    """Reigate and Banstead, 10-24 May 2020, as the page reads: three
    decisions of 11/05/2020 by the Partner, Shareholder and Trustee
    Executive Sub-Committee, refs 714, 713 and 711."""
    page = parse_decision_register(REIGATE.read_bytes(), base_url="https://reigate-banstead.moderngov.co.uk")
    assert [(e.source_id, e.title) for e in page.entries] == [
        ("decision-714", "Exempt Business"), ("decision-713", "Project Baseball - EXEMPT"),
        ("decision-711", "Project Baseball")]
    for entry in page.entries:
        assert entry.date == "2020-05-11" and entry.status == "Recommendations Approved"
        assert entry.maker == "Partner, Shareholder and Trustee Executive Sub-Committee"
        assert "Decision published: 13/05/2020" in entry.listing
    assert page.entries[0].url == "https://reigate-banstead.moderngov.co.uk/ieDecisionDetails.aspx?ID=714"


@pytest.mark.parametrize("path", [SHAREPOINT_ERROR, REDIRECT_STUB], ids=lambda p: p.stem)
def test_error_pages_are_not_a_register(path):
    assert not parse_decision_register(path.read_bytes()).is_register


def test_next_page_is_the_same_search_and_never_earlier_or_later():
    body = TABLE.read_text().replace(
        "</tbody></table>", "</tbody></table>"
        '<a href="mgDelegatedDecisions.aspx?DR=01%2f10%2f2025-31%2f10%2f2025&amp;RP=0">Earlier</a>'
        '<a href="mgDelegatedDecisions.aspx?DR=01%2f12%2f2025-31%2f12%2f2025&amp;RP=0">Later</a>', 1)
    here = "https://x.example/mgDelegatedDecisions.aspx?DR=01%2f11%2f2025-30%2f11%2f2025&RP=0"
    assert parse_decision_register(body.encode(), page_url=here).next_url is None
    paged = body.replace("Later</a>", 'Later</a><a href="mgDelegatedDecisions.aspx?DR=01%2f11%2f2025-30%2f11%2f2025'
                                      '&amp;RP=1">Next</a>')
    assert parse_decision_register(paged.encode(), page_url=here).next_url.endswith("RP=1")


def test_a_page_listing_too_many_decisions_is_cut_short():
    rows = "".join(f'<tr><td><a href="ieDecisionDetails.aspx?ID={n}">D{n}</a></td><td>03/11/2025</td></tr>'
                   for n in range(1, 60))
    page = parse_decision_register(TABLE.read_text().replace("<tbody>", "<tbody>" + rows, 1).encode(), max_entries=50)
    assert len(page.entries) == 50 and page.skipped == 11


# -- the crawl, against a loopback replay of a council site ----------------------------------------


class RegisterSite(ReplaySite):
    """Gloucester's replayed web service (replay.py) with Kirklees' real
    register table and real decision pages, and switchable faults."""

    register_fault: str = ""  # "404", "500", "slow", "error_page", "next_loop", "next_same", "next_away", "huge"
    register_body: bytes = b""
    decision_fault: dict = {}  # decision id -> "500" or "error_page"

    def handle(self, request: Request) -> Response:
        if request.path == "/mgDelegatedDecisions.aspx":
            self.requests[request.path] += 1
            return self.register(request)
        if request.path == "/ieDecisionDetails.aspx":
            self.requests[request.path] += 1
            decision = request.args.get("ID", "")
            fault = self.decision_fault.get(decision)
            if fault == "500":
                return Response("Server Error", status=500)
            if fault == "error_page":
                return Response(SHAREPOINT_ERROR.read_bytes(), content_type="text/html")
            if decision in PAGES:
                return Response(PAGES[decision].read_bytes(), content_type="text/html")
            return Response("Not Found", status=404)
        return super().handle(request)

    def register(self, request: Request) -> Response:
        fault = self.register_fault
        body = self.register_body or TABLE.read_bytes()
        if fault in ("404", "500"):
            return Response("Not Found" if fault == "404" else "Server Error", status=int(fault))
        if fault == "slow":
            time.sleep(self.slow_seconds)
        if fault == "error_page":
            return Response(SHAREPOINT_ERROR.read_bytes(), content_type="text/html")
        if fault == "huge":
            return Response(body + b"<!--" + b"x" * (6 * 1024 * 1024) + b"-->", content_type="text/html")
        if fault == "next_away":
            dr = request.args.get("DR", "").replace("/", "%2f")
            body += f'<a href="http://evil.example/mgDelegatedDecisions.aspx?DR={dr}&amp;RP=1">Next</a>'.encode()
        if fault in ("next_loop", "next_same"):
            # Every page links a "Next" page of the same search: a new
            # address each time (next_loop) or its own (next_same).
            page = int(request.args.get("RP", "0"))
            target = page + 1 if fault == "next_loop" else page
            dr = request.args.get("DR", "").replace("/", "%2f")
            body += f'<a href="mgDelegatedDecisions.aspx?DR={dr}&amp;RP={target}&amp;DS=2">Next</a>'.encode()
        return Response(body, content_type="text/html")


@pytest.fixture
def site():
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    replay = RegisterSite(base_url=server.url_for("").rstrip("/"))
    replay.decision_fault = {}
    server.expect_request(re.compile(".*")).respond_with_handler(replay.handle)
    yield replay
    server.clear()
    server.stop()


def _scrape(db_path, site, raw, start=FROM, end=TO, progress=None, budget=None):
    db = open_db(db_path)
    policy = FetchPolicy(min_interval=0, read_timeout=0.5, connect_timeout=0.5, total_timeout=0.5, attempts=2,
                         backoff=0.05)
    try:
        with PoliteClient(policy=policy) as client:
            # Committee 999 has no meetings: the run is committees, the register and the members.
            return scrape(db, Site(slug="kirklees", base_url=site.base_url, name="Kirklees Council"), raw, client,
                          start, end, ["999"], today=TODAY, progress=progress, budget=budget)
    finally:
        db.close()


def _rows(db_path, sql, *params):
    db = open_db(db_path)
    try:
        return [dict(r) for r in db.query(sql, params)]
    finally:
        db.close()


def _register(db_path):
    [row] = _rows(db_path, "SELECT * FROM registers WHERE council = 'kirklees'")
    return row


def test_scrape_crawls_the_register_and_process_stores_the_decisions(site, tmp_path):
    db_path, raw = tmp_path / "minutes.db", tmp_path / "raw"
    summary = _scrape(db_path, site, raw)
    assert (summary.decisions_listed, summary.decisions_fetched) == (2, 2)
    assert not [f for f in summary.failures if "Delegated" in f or "Decision" in f]
    assert site.requests["/mgDelegatedDecisions.aspx"] == 1  # November is one window
    documents = {r["id"]: r for r in _rows(db_path, "SELECT * FROM documents WHERE kind = 'decision'")}
    assert set(documents) == {"kirklees:doc:decision-13567", "kirklees:doc:decision-13149"}
    # The page that states its meeting is that meeting's; the officer's decision is no meeting's.
    assert documents["kirklees:doc:decision-13149"]["meeting_id"] == "kirklees:4832"
    assert documents["kirklees:doc:decision-13567"]["meeting_id"] is None
    assert all(Path(d["path"]).read_bytes().startswith(b"<div id=\"modgov\">") for d in documents.values())
    assert (_register(db_path)["covered_from"], _register(db_path)["covered_to"]) == ("2025-11-01", "2025-11-30")

    result = process_pending(db_path, workers=1, people_overrides=None)
    assert result["failed"] == 0
    decisions = {r["document_id"]: r for r in _rows(db_path, "SELECT * FROM decisions")}
    committee = decisions["kirklees:doc:decision-13149"]
    assert (committee["matter_id"], committee["meeting_id"]) == ("kirklees:matter:iid-6535", "kirklees:4832")
    assert (committee["status"], committee["decided"], committee["published"]) == (
        "Recommendations Approved", "2015-10-19", "2015-10-22")
    assert "approved as a correct record" in committee["text"]
    officer = decisions["kirklees:doc:decision-13567"]
    assert officer["maker"] == "Service Director - Homes & Neighbourhoods" and officer["meeting_id"] is None
    assert officer["matter_id"] == "kirklees:matter:appointment-of-contractor-to-demolish-holme-park-court"
    # No meeting is made up from an officer's title and the decision's date.
    assert [r["id"] for r in _rows(db_path, "SELECT id FROM meetings")] == ["kirklees:4832"]
    assert {r["role"] for r in _rows(db_path, "SELECT role FROM documents WHERE kind = 'decision'")} == {"decision_page"}

    page = asyncio.run(_page(db_path, "/matter/kirklees:matter:iid-6535"))
    assert "Minutes of Previous Meeting" in page and "approved as a correct record" in page
    assert "/meeting/kirklees:4832" in page
    # Followed by feed: the decision's entry id is the tag URI of its row.
    import feedparser

    feed = feedparser.parse(asyncio.run(_page(db_path, "/feeds/matter/kirklees:matter:iid-6535.atom")))
    assert not feed.bozo and feed.feed.id == "tag:council-minutes.github.io,2025:matter/kirklees:matter:iid-6535"
    assert "tag:council-minutes.github.io,2025:decisions/kirklees:doc:decision-13149:i:1:decision" in {
        e.id for e in feed.entries}


async def _page(db_path, path):
    from datasette.app import Datasette

    from pipeline.publish import TEMPLATES, register_plugin

    register_plugin()
    ds = Datasette([str(db_path)], template_dir=str(TEMPLATES))
    response = await ds.client.get(path)
    assert response.status_code == 200, path
    return response.text


def test_rerun_fetches_no_decision_again_and_a_reworded_row_is_fetched(site, tmp_path):
    db_path, raw = tmp_path / "minutes.db", tmp_path / "raw"
    _scrape(db_path, site, raw)
    process_pending(db_path, workers=1, people_overrides=None)
    before = {t: _rows(db_path, f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in ("documents", "decisions", "matters")}
    pages = site.requests["/ieDecisionDetails.aspx"]
    again = _scrape(db_path, site, raw)
    assert site.requests["/ieDecisionDetails.aspx"] == pages
    assert (again.decisions_listed, again.decisions_fetched, again.decisions_known) == (2, 0, 2)
    # The rerun read the register only from a little before where the last read ended.
    assert "DR=16%2F11%2F2025-30%2F11%2F2025" in _rows(
        db_path, "SELECT url FROM fetches WHERE url LIKE '%mgDelegated%' ORDER BY id DESC LIMIT 1")[0]["url"]
    assert process_pending(db_path, workers=1, people_overrides=None)["processed"] == 0
    assert {t: _rows(db_path, f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in before} == before

    # The register words one row otherwise (it was called in): that page only is fetched again.
    site.register_body = TABLE.read_bytes().replace(
        b'03&#47;11&#47;2025</td><td  class="mgMainTxt" >Not for call-in', b'03&#47;11&#47;2025</td><td  class="mgMainTxt" >Called in')
    changed = _scrape(db_path, site, raw)
    assert (changed.decisions_fetched + changed.decisions_known, site.requests["/ieDecisionDetails.aspx"]) == (2, pages + 1)


def test_a_later_run_reads_on_from_the_watermark(site, tmp_path):
    db_path, raw = tmp_path / "minutes.db", tmp_path / "raw"
    _scrape(db_path, site, raw, start=FROM, end=date(2025, 11, 25))
    assert (_register(db_path)["covered_from"], _register(db_path)["covered_to"]) == ("2025-11-01", "2025-11-25")
    _scrape(db_path, site, raw, start=FROM, end=TO)
    urls = [r["url"] for r in _rows(db_path, "SELECT url FROM fetches WHERE url LIKE '%mgDelegated%' ORDER BY id")]
    assert len(urls) == 2 and "DR=01%2F11%2F2025-25%2F11%2F2025" in urls[0]
    assert "DR=11%2F11%2F2025-30%2F11%2F2025" in urls[1]  # REGISTER_OVERLAP_DAYS before the watermark
    assert (_register(db_path)["covered_from"], _register(db_path)["covered_to"]) == ("2025-11-01", "2025-11-30")


def _good_then(site, tmp_path, fault):
    """A good crawl and parse, then a crawl meeting ``fault``: return the
    second run's summary and the stored rows before and after it."""
    db_path, raw = tmp_path / "minutes.db", tmp_path / "raw"
    _scrape(db_path, site, raw)
    process_pending(db_path, workers=1, people_overrides=None)
    stored = _rows(db_path, "SELECT id, sha256, path FROM documents ORDER BY id"), _rows(db_path, "SELECT * FROM decisions")
    watermark = _register(db_path)
    site.register_fault = fault
    summary = _scrape(db_path, site, raw, start=date(2025, 12, 1), end=date(2025, 12, 31))
    after = _rows(db_path, "SELECT id, sha256, path FROM documents ORDER BY id"), _rows(db_path, "SELECT * FROM decisions")
    assert after == stored, "a broken register page must not lose or change a stored row"
    register = _register(db_path)
    assert (register["covered_from"], register["covered_to"]) == (watermark["covered_from"], watermark["covered_to"])
    return summary, register, db_path


@pytest.mark.parametrize("fault,says", [
    ("500", "HTTP 500"),
    ("slow", "[timeout]"),
    ("error_page", "not a decisions register"),
    ("huge", "byte cap"),
    ("next_away", "not the council's site"),
])
def test_a_broken_register_is_named_recorded_and_loses_nothing(site, tmp_path, fault, says):
    summary, register, _ = _good_then(site, tmp_path, fault)
    [failure] = [f for f in summary.failures if "mgDelegatedDecisions.aspx" in f]
    assert says in failure and "mgDelegatedDecisions.aspx?DR=01%2F12%2F2025-01%2F12%2F2025" in failure  # names the page
    assert says in register["error"]


@pytest.mark.parametrize("fault", ["next_loop", "next_same"])
def test_endless_next_paging_stops(site, tmp_path, fault):
    summary, register, db_path = _good_then(site, tmp_path, fault)
    [failure] = [f for f in summary.failures if "mgDelegatedDecisions.aspx" in f]
    assert "paging loop" in failure and "[register_loop]" in failure
    assert site.requests["/mgDelegatedDecisions.aspx"] <= 3  # the first run's page, then at most two


def test_links_to_other_hosts_and_javascript_are_refused_and_recorded(site, tmp_path):
    site.register_body = TABLE.read_bytes().replace(b"<tbody>", (
        b'<tbody><tr><td><a href="http://evil.example/ieDecisionDetails.aspx?ID=1">Elsewhere</a></td><td>03/11/2025</td></tr>'
        b'<tr><td><a href="javascript:ieDecisionDetails.aspx?ID=2">Script</a></td><td>03/11/2025</td></tr>'
        b'<tr><td><a href="http://169.254.169.254/ieDecisionDetails.aspx?ID=3">Metadata</a></td><td>03/11/2025</td></tr>'),
        1)
    db_path, raw = tmp_path / "minutes.db", tmp_path / "raw"
    summary = _scrape(db_path, site, raw)
    refused = [f for f in summary.failures if "[refused]" in f]
    assert len(refused) == 3
    assert any(f.startswith("http://evil.example/") for f in refused)
    assert any(f.startswith("javascript:") for f in refused)
    assert any(f.startswith("http://169.254.169.254/") for f in refused)
    logged = [r["url"] for r in _rows(db_path, "SELECT url FROM fetches WHERE error LIKE 'refused:%'")]
    assert len(logged) == 3
    # The council's own decisions are still crawled, and the watermark moves on.
    assert summary.decisions_fetched == 2 and _register(db_path)["covered_to"] == "2025-11-30"
    assert site.requests["/ieDecisionDetails.aspx"] == 2


def test_a_failed_decision_page_is_not_stored_and_is_fetched_next_run(site, tmp_path):
    site.decision_fault = {"13149": "error_page", "13567": "500"}
    db_path, raw = tmp_path / "minutes.db", tmp_path / "raw"
    summary = _scrape(db_path, site, raw)
    assert any("ID=13149" in f and "html_error_page" in f for f in summary.failures)
    assert any("ID=13567" in f and "HTTP 500" in f for f in summary.failures)
    assert _rows(db_path, "SELECT id FROM documents WHERE kind = 'decision'") == []
    # The watermark stops before the first decision that failed (13567, of 01/04/2025), here nothing is covered.
    assert _register(db_path)["covered_to"] is None
    site.decision_fault = {}
    again = _scrape(db_path, site, raw)
    assert again.decisions_fetched == 2 and _register(db_path)["covered_to"] == "2025-11-30"


def test_an_interrupted_scrape_reruns_to_the_same_rows(site, tmp_path):
    """Killed while fetching the second decision (after the first was
    stored): no watermark is written, and the rerun fetches only the
    decision it lacks and ends with the rows of a run never killed."""
    clean = tmp_path / "clean.db"
    _scrape(clean, site, tmp_path / "raw-clean")

    class Killed(BaseException):
        pass

    seen = []

    def kill_at_second_decision(message):
        if ": decision " in message:
            seen.append(message)
            if len(seen) == 2:
                raise Killed()

    db_path, raw = tmp_path / "minutes.db", tmp_path / "raw"
    with pytest.raises(Killed):
        _scrape(db_path, site, raw, progress=kill_at_second_decision)
    assert _rows(db_path, "SELECT status FROM runs") == [{"status": "failed"}]
    assert _rows(db_path, "SELECT * FROM registers") == []  # a run that did not finish moves no watermark
    assert len(_rows(db_path, "SELECT id FROM documents WHERE kind = 'decision'")) == 1
    pages = site.requests["/ieDecisionDetails.aspx"]
    _scrape(db_path, site, raw)
    assert site.requests["/ieDecisionDetails.aspx"] == pages + 1
    columns = "id, meeting_id, kind, title, source_url, sha256, size, status, listing"
    assert _rows(db_path, f"SELECT {columns} FROM documents ORDER BY id") == _rows(
        clean, f"SELECT {columns} FROM documents ORDER BY id")
    assert _register(db_path)["covered_to"] == _register(clean)["covered_to"] == "2025-11-30"


def test_a_site_without_a_register_is_not_a_failure(site, tmp_path):
    site.register_fault = "404"
    summary = _scrape(tmp_path / "minutes.db", site, tmp_path / "raw")
    assert not any("mgDelegated" in f for f in summary.failures) and summary.decisions_listed == 0
    assert site.requests["/mgDelegatedDecisions.aspx"] == 1  # not asked again for each window


def test_minutes_scrape_command_crawls_the_register_incrementally(site, tmp_path):
    """Contract 1, end to end: ``minutes scrape`` then ``minutes process``;
    the summary counts the register, and a second scrape fetches no
    decision page."""
    from click.testing import CliRunner

    from pipeline.cli import cli

    db_path = str(tmp_path / "m.db")
    command = ["--db", db_path, "scrape", site.base_url, "--slug", "kirklees", "--raw-dir", str(tmp_path / "raw"),
               "--from", "2025-11-01", "--to", "2025-11-30", "--committee", "999", "--rate-limit", "0",
               "--timeout", "0.5", "--retries", "2", "--retry-wait", "0.05"]
    runner = CliRunner()
    first = runner.invoke(cli, command)
    assert "2 decisions listed, 2 decisions fetched" in first.stderr
    assert runner.invoke(cli, ["--db", db_path, "process", "--workers", "1"]).exit_code == 0
    assert {r["matter_id"] for r in _rows(db_path, "SELECT matter_id FROM decisions")} == {
        "kirklees:matter:iid-6535", "kirklees:matter:appointment-of-contractor-to-demolish-holme-park-court"}
    pages = site.requests["/ieDecisionDetails.aspx"]
    again = runner.invoke(cli, command)
    assert "2 decisions listed, 0 decisions fetched, 2 decisions known" in again.stderr
    assert site.requests["/ieDecisionDetails.aspx"] == pages
