"""The ModernGov scraper against a loopback server replaying real answers."""

import json
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from models.records import Site
from pipeline.cli import cli
from pipeline.crawl import scrape
from pipeline.process import process_pending
from pipeline.store import open_db
from scrapers.http import FetchError, FetchPolicy, PoliteClient
from scrapers.moderngov.webservice import (
    ServiceError,
    html_to_lines,
    parse_committees,
    parse_councillors,
    parse_meeting,
    parse_meetings,
)

from replay import XML, ReplaySite

DATA_TABLES = ("councils", "committees", "meetings", "documents", "items", "resolutions", "votes",
               "vote_members", "attendance", "people", "declarations", "speakers")
WINDOW = ["--from", "2025-10-01", "--to", "2025-12-31", "--committee", "129"]
FAST = ["--rate-limit", "0", "--timeout", "0.5", "--retries", "2", "--retry-wait", "0.05"]


@pytest.fixture
def site():
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    replay = ReplaySite(base_url=server.url_for("").rstrip("/"))
    import re

    server.expect_request(re.compile(".*")).respond_with_handler(replay.handle)
    yield replay
    server.clear()
    server.stop()


def _policy():
    return FetchPolicy(min_interval=0, read_timeout=0.5, connect_timeout=0.5, attempts=2, backoff=0.05)


def _scrape(db_path, replay, raw_dir):
    db = open_db(db_path)
    with PoliteClient(policy=_policy()) as client:
        summary = scrape(db, Site(slug="gloucester", base_url=replay.base_url, name="Gloucester City Council"),
                         raw_dir, client, date(2025, 10, 1), date(2025, 12, 31), ["129"])
    db.close()
    return summary


def _counts(db_path):
    db = open_db(db_path)
    counts = {t: db[t].count for t in DATA_TABLES}
    db.close()
    return counts


def _snapshot(db_path):
    """The stored facts, without timestamps and run ids."""
    volatile = {"fetched_at", "processed_at", "updated_at", "first_seen"}
    db = open_db(db_path)
    snapshot = {}
    for table in DATA_TABLES:
        columns = [c for c in db[table].columns_dict if c not in volatile]
        rows = db.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{table}] ORDER BY 1").fetchall()
        snapshot[table] = rows
    db.close()
    return snapshot


# -- parsers on real answers ---------------------------------------------------


def test_parse_committees_and_meetings():
    committees = parse_committees((XML / "gloucester_GetCommittees.xml").read_bytes(), "gloucester")
    assert len(committees) == 131  # "<committeescount> 131" (padded) as stated
    cabinet = next(c for c in committees if c.source_id == "129")
    assert cabinet.title == "Cabinet" and cabinet.deleted is False
    assert any(c.expired for c in committees)
    meetings = parse_meetings((XML / "gloucester_GetMeetings.xml").read_bytes())
    assert len(meetings) == 20
    special = next(m for m in meetings if m.source_id == "7837")
    assert (special.date, special.status, special.committee) == ("2025-11-21", "Confirmed; Special Meeting", "Cabinet")
    assert next(m for m in meetings if m.source_id == "7506").status == "Cancelled"


def test_parse_meeting_against_gold(gold):
    expected = gold("gloucester_GetMeeting_7837.json")
    parsed = parse_meeting((XML / "gloucester_GetMeeting_7837.xml").read_bytes())
    for key in ("committee", "date", "status", "venue"):
        assert getattr(parsed.meeting, key) == expected["meeting"][key]
    assert len(parsed.items) == expected["agenda_items"]
    for status, facts in expected["attendance"].items():
        names = [a.name for a in parsed.attendance if a.status == status]
        assert len(names) == facts["count"]
        assert set(facts["names"]) <= set(names)
    hilton = next(a for a in parsed.attendance if a.name == "Councillor Jeremy Hilton")
    assert (hilton.member_id, hilton.role, hilton.party) == ("129", "Chair", "LIBDEM")
    assert [d.attachment_id for d in parsed.linked_documents] == ["65461", "65412", "65413", "65414", "65415", "65416", "65417"]
    assert parsed.items[3].title == "Leader and Cabinet Members' Question Time (15 minutes)"  # double-escaped
    assert parsed.items[0].text == "There were no declarations of interest."


def test_word_html_minutes_become_lines_with_clause_labels():
    parsed = parse_meeting((XML / "gloucester_GetMeeting_7837.xml").read_bytes())
    lines = parsed.items[4].text.split("\n")
    assert "RESOLVED:" in lines
    assert any(l.startswith("(1) to submit to Government the Greater Gloucester") for l in lines)
    assert html_to_lines("&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two &amp;amp; three&lt;/p&gt;") == ["One", "Two & three"]


def test_cancelled_meeting_with_no_minutes():
    parsed = parse_meeting((XML / "manchester_GetMeeting_4966_cancelled_no_minutes.xml").read_bytes())
    assert parsed.meeting.status == "Cancelled" and parsed.items == []
    assert parsed.attendance == []  # "Expected" states nothing yet


def test_councillors_keep_no_contact_details():
    answer = (XML / "gloucester_GetCouncillorsByWard_CONTACT-DETAILS-REMOVED.xml").read_bytes()
    people = parse_councillors(answer, "gloucester")
    assert len(people) > 30
    gravells = next(p for p in people if p.member_id == "125")
    assert (gravells.name, gravells.ward, gravells.party) == ("Councillor Andrew Gravells MBE", "Abbeydale", "Conservative")
    assert gravells.terms[0] == ("1976-05-10", "1979-05-06")
    # The real answer with contact details put back into every councillor,
    # as ModernGov sends them: none of it may reach a record.
    contact = (b"<homeaddress><line1>1 Private Road</line1><postcode>GL1 1AA</postcode></homeaddress>"
               b"<workaddress><line1>2 Office Street</line1></workaddress><email>member@private.example</email>"
               b"<homephone>01452 000000</homephone><mobile>07700 900000</mobile>")
    with_contact = parse_councillors(answer.replace(b"<councillor>", b"<councillor>" + contact), "gloucester")
    assert with_contact == people
    assert not any(word in repr(with_contact) for word in ("Private", "Office", "@", "01452", "07700"))
    for council in ("canterbury", "kirklees"):
        assert parse_councillors((XML / f"{council}_GetCouncillorsByWard_CONTACT-DETAILS-REMOVED.xml").read_bytes(), council)


@pytest.mark.parametrize(
    "name,kind",
    [
        ("denbighshire_GetCouncillorsByWard_REDIRECT_STUB.xml", "javascript_redirect"),
        ("leeds_GetCouncillorsByWard_SHAREPOINT_ERROR.xml", "html_error_page"),
    ],
)
def test_broken_answers_name_the_source(name, kind):
    with pytest.raises(ServiceError) as caught:
        parse_councillors((XML / name).read_bytes(), "x", source=f"https://example.invalid/{name}")
    assert caught.value.kind == kind and name in str(caught.value)


def test_empty_answer_is_an_empty_list():
    assert parse_councillors((XML / "eastherts_GetCouncillorsByWard_EMPTY.xml").read_bytes(), "east-herts") == []


def test_saved_getmeeting_parses_from_the_command_line():
    result = CliRunner().invoke(cli, ["parse", "--json", str(XML / "gloucester_GetMeeting_7837.xml")])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["meeting"]["committee"] == "Cabinet" and len(document["items"]) == 5
    assert len(document["attendance"]) == 13
    broken = CliRunner().invoke(cli, ["parse", str(XML / "leeds_GetCouncillorsByWard_SHAREPOINT_ERROR.xml")])
    assert broken.exit_code == 1 and "html_error_page" in broken.stderr


# -- the HTTP client -------------------------------------------------------------


@pytest.mark.slow
def test_client_honours_retry_after_and_logs_every_attempt(site):
    fetches = []
    with PoliteClient(policy=_policy(), on_fetch=fetches.append) as client:
        start = time.monotonic()
        response = client.get(f"{site.base_url}/mgConvert2PDF.aspx?ID=65412")
        waited = time.monotonic() - start
    assert response.status == 200 and response.content.startswith(b"%PDF")
    assert waited >= 1.0  # Retry-After: 1
    statuses = [f.status for f in fetches if "mgConvert2PDF" in f.url]
    assert statuses == [429, 200]
    assert fetches[-1].sha256 == response.sha256


@pytest.mark.slow
def test_client_timeouts_errors_robots_and_size_cap(site):
    policy = _policy()
    with PoliteClient(policy=policy) as client:
        with pytest.raises(FetchError) as slow:
            client.get(f"{site.base_url}/mgWebService.asmx/GetMeeting?lMeetingId=7609")
        assert slow.value.kind == "timeout"
        with pytest.raises(FetchError) as error:
            client.get(f"{site.base_url}/mgWebService.asmx/GetMeeting?lMeetingId=7608")
        assert error.value.kind == "http" and error.value.status == 500
        assert site.requests["/mgWebService.asmx/GetMeeting"] >= 4  # both retried
        with pytest.raises(FetchError) as robots:
            client.get(f"{site.base_url}/private/anything")
        assert robots.value.kind == "robots"
        assert site.requests["/private/anything"] == 0
    policy.max_bytes = 10_000
    with PoliteClient(policy=policy) as client:
        with pytest.raises(FetchError) as big:
            client.get(f"{site.base_url}/mgConvert2PDF.aspx?ID=65413")
        assert big.value.kind == "too_large"


@pytest.mark.slow
def test_client_identifies_itself_and_keeps_its_interval(site):
    policy = _policy()
    policy.min_interval = 0.3
    with PoliteClient(policy=policy) as client:
        start = time.monotonic()
        for _ in range(3):
            client.get(f"{site.base_url}/mgWebService.asmx/GetCommittees")
        elapsed = time.monotonic() - start
    assert elapsed >= 0.6
    assert "council-minutes" in policy.user_agent and "http" in policy.user_agent


# -- the crawl -------------------------------------------------------------------


@pytest.mark.slow
def test_crawl_lands_good_meetings_whole_and_records_faults(site, tmp_path):
    db_path, raw = tmp_path / "minutes.db", tmp_path / "raw"
    summary = _scrape(db_path, site, raw)
    failures = "\n".join(summary.failures)
    assert "lMeetingId=7608: HTTP 500" in failures
    assert "lMeetingId=7609: timed out" in failures
    assert "lMeetingId=7610" in failures and "malformed_xml" in failures
    assert "GetCouncillorsByWard" in failures and "html_error_page" in failures
    assert summary.documents_downloaded == 7 and summary.meetings_fetched == 1

    result = process_pending(db_path, workers=1)
    assert result["failed"] == 0 and result["processed"] == 8  # the meeting's XML and its 7 PDFs

    db = open_db(db_path)
    meeting = db["meetings"].get("gloucester:7837")
    assert (meeting["date"], meeting["status"]) == ("2025-11-21", "Confirmed; Special Meeting")
    assert meeting["source_url"].endswith("ieListDocuments.aspx?CId=129&MId=7837")
    web = db["documents"].get("gloucester:doc:meeting-7837")
    assert web["status"] == "ok" and web["kind"] == "webservice"
    items = list(db.query("SELECT number, title FROM items WHERE document_id = ? ORDER BY ordinal", [web["id"]]))
    assert [i["number"] for i in items] == ["51", "52", "53", "54", "55"]
    statuses = [r["status"] for r in db.query("SELECT status FROM attendance WHERE document_id = ?", [web["id"]])]
    assert statuses.count("present") == 7 and statuses.count("in_attendance") == 6
    pdfs = list(db.query("SELECT * FROM documents WHERE meeting_id = 'gloucester:7837' AND kind = 'document'"))
    assert len(pdfs) == 7 and all(Path(d["path"]).exists() and d["status"] == "ok" for d in pdfs)
    assert all(Path(d["path"]).is_relative_to(raw / "gloucester") for d in pdfs)
    run = next(db.query("SELECT * FROM runs"))
    assert run["status"] == "partial" and "7608" in run["errors"]
    logged = {r["url"].split("/")[-1]: r["status"] for r in db.query("SELECT url, status FROM fetches")}
    assert logged["GetMeeting?lMeetingId=7608"] == 500
    assert db["fetches"].count_where("status = 429") == 1
    db.close()

    # A second run downloads nothing and changes no stored fact.
    before = _counts(db_path)
    downloads = site.downloads
    again = _scrape(db_path, site, raw)
    process_pending(db_path, workers=1)
    assert site.downloads == downloads and again.documents_downloaded == 0
    assert _counts(db_path) == before


@pytest.mark.slow
def test_scrape_command_exits_1_with_a_summary(site, tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "m.db"), "scrape", site.base_url, "--slug", "gloucester",
                                      *WINDOW, *FAST])
    assert result.exit_code == 1
    assert "gloucester: 131 committees" in result.stderr
    assert "failed: " in result.stderr and "7608" in result.stderr


def _wait_until_crawling(db_path, process, limit=60.0):
    """Until the scrape has logged its first request (start-up time varies)."""
    import sqlite3

    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and process.poll() is None:
        try:
            conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.2)
            if conn.execute("SELECT count(*) FROM fetches").fetchone()[0]:
                conn.close()
                return
            conn.close()
        except sqlite3.Error:
            pass
        time.sleep(0.05)


@pytest.mark.slow
def test_killed_scrape_reruns_to_the_same_database(site, tmp_path):
    clean = tmp_path / "clean.db"
    command = [sys.executable, "-m", "pipeline.cli", "--quiet", "scrape", site.base_url, "--slug", "gloucester",
               *WINDOW, *FAST]
    subprocess.run([*command, "--db", str(clean), "--raw-dir", str(tmp_path / "raw-clean")], capture_output=True)
    rng = random.Random(5)
    interrupted = []
    for trial in range(3):
        killed = tmp_path / f"killed-{trial}.db"
        raw = tmp_path / f"raw-{trial}"
        process = subprocess.Popen([*command, "--db", str(killed), "--raw-dir", str(raw)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_until_crawling(killed, process)
        time.sleep(rng.uniform(0.0, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        if killed.exists():
            half = open_db(killed)
            interrupted.append(half["fetches"].count > 0 and half["runs"].count_where("finished IS NULL") == 1)
            half.close()
        subprocess.run([*command, "--db", str(killed), "--raw-dir", str(raw)], capture_output=True)
        assert open_db(killed).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert _snapshot(killed)["documents"] == [
            tuple(v if not (isinstance(v, str) and "raw-clean" in v) else v.replace("raw-clean", f"raw-{trial}") for v in row)
            for row in _snapshot(clean)["documents"]
        ]
        for table in ("councils", "committees", "meetings", "people"):
            assert _snapshot(killed)[table] == _snapshot(clean)[table], table
    assert any(interrupted), "at least one kill must land in the middle of a crawl"


# -- HTML pages (real LGSF fixtures of Kirklees and an unnamed council) ----------

from conftest import FIXTURES  # noqa: E402
from scrapers.moderngov.pages import page_text, parse_decision_details  # noqa: E402

HTML = FIXTURES / "html"


def test_decision_details_fields_and_text():
    details = parse_decision_details((HTML / "ieDecisionDetails_multi_paragraph_trimmed.html").read_bytes())
    assert details.title == "Appointment of contractor to demolish Holme Park Court"
    assert details.maker == "Service Director - Homes & Neighbourhoods"
    assert (details.status, details.key_decision, details.call_in) == ("Recommendations Approved", False, False)
    assert details.decision == [
        "The demolition of the existing tower blocks has been approved to support the regeneration of Berry Brow.",
        "This decision was authorised by the Cabinet at its meeting on Tuesday, 27 July 2021.",
    ]
    assert (details.published, details.decided) == ("2025-12-10", "2021-07-27")


def test_decision_details_links_meeting_documents_and_issue():
    details = parse_decision_details((HTML / "ieDecisionDetails_policy_committee_2015.html").read_bytes(),
                                     base_url="https://council.example")
    assert (details.meeting.source_id, details.meeting.committee_source_id) == ("4832", "151")
    assert (details.meeting.committee, details.meeting.date) == ("Policy Committee", "2015-10-19")
    assert [d.url for d in details.documents] == ["https://council.example/documents/s7942/polc2 - 23.09.2015.pdf"]
    assert details.documents[0].title == "polc2 - 23.09.2015"
    assert details.issue_id == "6535"


def test_saved_html_page_parses_from_the_command_line():
    result = CliRunner().invoke(cli, ["parse", "--json", str(HTML / "ieDecisionDetails_policy_committee_2015.html")])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["source"]["media_type"] == "text/html"
    assert "approved as a correct record" in page_text((HTML / "ieDecisionDetails_policy_committee_2015.html").read_bytes())


@pytest.mark.slow
def test_meeting_page_is_read_when_the_web_service_is_switched_off(site, tmp_path):
    site.service_off_for = ("7837",)
    db_path = tmp_path / "minutes.db"
    summary = _scrape(db_path, site, tmp_path / "raw")
    assert not any("7837" in failure for failure in summary.failures)
    assert site.requests["/ieListDocuments.aspx"] == 1
    db = open_db(db_path)
    page = db["documents"].get("gloucester:doc:page-7837")
    assert page["kind"] == "page" and page["media_type"] == "text/html" and page["meeting_id"] == "gloucester:7837"
    linked = next(db.query("SELECT * FROM documents WHERE source_url LIKE '%/documents/s7942/%'"))
    assert linked["status"] == "pending" and Path(linked["path"]).read_bytes().startswith(b"%PDF")
    db.close()
    result = process_pending(db_path, workers=1, people_overrides=None)
    assert result["failed"] == 0
    db = open_db(db_path)
    assert db["documents"].get("gloucester:doc:page-7837")["status"] == "ok"
    db.close()


@pytest.mark.slow
def test_meetings_are_listed_from_the_page_when_get_meetings_is_switched_off(site, tmp_path):
    site.meetings_service_off = True
    db_path = tmp_path / "minutes.db"
    db = open_db(db_path)
    with PoliteClient(policy=_policy()) as client:
        summary = scrape(db, Site(slug="gloucester", base_url=site.base_url), tmp_path / "raw", client,
                         date(2015, 10, 1), date(2015, 10, 31), ["129"])
    assert site.requests["/ieListMeetings.aspx"] == 1
    meeting = db["meetings"].get("gloucester:4832")  # the meeting the page links, on 19/10/2015
    assert meeting["date"] == "2015-10-19"
    assert db["documents"].get("gloucester:doc:page-4832")["kind"] == "page"  # GetMeeting 4832 is unknown: 404
    assert not any("4832" in f for f in summary.failures)
    db.close()

