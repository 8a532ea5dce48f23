"""Publishing: `minutes demo` serves the sample through Datasette on a
loopback port; everything is checked through HTTP, and a browser test
drives headless Chromium through a search."""

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import httpx
import icalendar
import pytest

from pipeline.publish import QUERIES

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.slow  # a Datasette server and a browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    port = _free_port()
    log = open(folder / "server.log", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "demo", "--db", str(folder / "demo.db"), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/-/versions.json", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise RuntimeError((folder / "server.log").read_text())
        time.sleep(0.5)
    else:
        process.kill()
        raise RuntimeError("minutes demo did not start")
    yield base, folder
    process.terminate()
    process.wait(timeout=20)
    log.close()


def _launch(playwright):
    """Headless Chromium that talks to nothing but the test's own server."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True,
        args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
              "--disable-component-update", "--disable-sync"],
    )


def _json(base, path, **params):
    response = httpx.get(f"{base}{path}", params=params, timeout=30)
    assert response.status_code == 200, (path, response.text[:500])
    return response.json()


def test_search_through_the_json_api(served):
    base, _ = served
    rows = _json(base, "/minutes/search_everything.json", q="approved", _shape="array")
    assert rows, "the sample minutes approve things"
    row = next(r for r in rows if r["found_in"] == "resolution")
    assert row["committee"] and row["date"] and row["meeting"].startswith("/meeting/")
    assert row["source"].endswith(tuple(f"#page={n}" for n in range(1, 30)))
    table = _json(base, "/minutes/resolutions.json", _search="approve", _shape="array")
    assert any("approved" in r["text"] for r in table)  # stemmed


PARAMS = {
    "search_everything": {"q": "budget"},
    "resolutions_between": {"q": "budget", "from_date": "2025-01-01", "to_date": "2025-12-31"},
    "councillor_votes": {"name": "Gough"},
    "attendance_record": {"name": "Gough"},
    "decisions_by_portfolio": {"portfolio": "Children"},
    "close_votes": {"margin": "10"},
    "new_resolutions": {"q": "budget"},
    "meetings_calendar": {},
    "health": {},
    "runs": {},
}


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_canned_query_runs_and_finds_something(served, name):
    base, _ = served
    data = _json(base, f"/minutes/{name}.json", **PARAMS[name])
    assert data["ok"]
    if name not in ("health", "runs"):  # the demo has no scrape runs
        assert data["rows"], name


def test_votes_where_names_and_count_disagree_are_listed(served):
    base, _ = served
    rows = _json(base, "/minutes/close_votes.json", margin="0", _shape="array")
    assert any(r["warnings"] and "states 36 but lists 35" in r["warnings"] for r in rows)


def test_atom_feed_with_search_and_stable_ids(served):
    base, _ = served
    first = feedparser.parse(httpx.get(f"{base}/minutes/new_resolutions.atom", params={"q": "budget"}).text)
    assert not first.bozo and first.entries
    assert all("budget" in (e.summary + e.title).lower() for e in first.entries)
    again = feedparser.parse(httpx.get(f"{base}/minutes/new_resolutions.atom", params={"q": "budget"}).text)
    assert [e.id for e in first.entries] == [e.id for e in again.entries]
    assert first.entries[0].link


def test_calendar_parses_with_stable_uids(served):
    base, _ = served
    body = httpx.get(f"{base}/calendar.ics").content
    events = [c for c in icalendar.Calendar.from_ical(body).walk("VEVENT")]
    uids = sorted(str(e["UID"]) for e in events)
    assert "council-minutes:kent:cabinet:2025-01-30" in uids
    gloucester = next(e for e in events if str(e["UID"]) == "council-minutes:gloucester:7837")
    start = gloucester["DTSTART"]
    assert start.dt.isoformat().startswith("2025-11-21T12:30") and start.params.get("TZID") == "Europe/London"
    again = icalendar.Calendar.from_ical(httpx.get(f"{base}/calendar.ics").content)
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == uids


def test_writes_are_refused(served):
    base, folder = served
    before = _json(base, "/minutes/items.json", _size="1")["filtered_table_rows_count"]
    response = httpx.get(f"{base}/minutes.json", params={"sql": "delete from items"})
    assert response.status_code == 400
    assert httpx.post(f"{base}/minutes/items/-/insert", json={"row": {"id": "x"}}).status_code >= 400
    assert _json(base, "/minutes/items.json", _size="1")["filtered_table_rows_count"] == before
    metadata = _json(base, "/-/metadata.json")
    assert metadata["license"] == "Open Government Licence v3.0"
    assert metadata["databases"]["minutes"]["tables"]["votes"]["columns"]["for_count"]
    settings = _json(base, "/-/settings.json")
    assert settings["suggest_facets"] is False and settings["sql_time_limit_ms"] == 3000


def test_meeting_and_person_pages(served):
    base, _ = served
    page = httpx.get(f"{base}/meeting/kent:county-council:2025-02-13").text
    assert page.index("286. Apologies for Absence") < page.index("291. Capital Programme")
    assert "/sample/2025-02-13_county-council_budget_printed-minutes.pdf#page=3" in page
    assert "for 57, against 0, abstain 2" in page
    person = httpx.get(f"{base}/person", params={"name": "Mr Gough"}).text
    assert "Capital Programme 2025-35" in person and "<strong>for</strong>" in person
    gough = _json(base, "/minutes/people.json", name="Mr R W Gough", _shape="array")[0]["id"]
    linked = httpx.get(f"{base}/person", params={"id": gough}).text
    assert "Mr Gough" in linked and "Mr R W Gough" in linked  # every form of the name, one person
    assert "2025-02-13" in linked and "2025-03-13" in linked and linked.count("<tr>") >= person.count("<tr>")
    pdf = httpx.get(f"{base}/sample/2025-02-13_county-council_budget_printed-minutes.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_browser_search_to_meeting_page(served):
    from playwright.sync_api import sync_playwright

    base, _ = served
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(base + "/")
        page.screenshot(path=str(ARTIFACTS / "1-home.png"), full_page=True)
        page.fill("input[name=q]", "Strengthening Independence")
        page.click("input[type=submit]")
        page.wait_for_url("**/search?q=*")
        assert page.locator(".cm-resolution mark").count() >= 1
        page.screenshot(path=str(ARTIFACTS / "2-search.png"), full_page=True)
        page.click("text=Cabinet, 30 January 2025")
        page.wait_for_url("**/meeting/kent:cabinet:2025-01-30*")
        assert page.locator("h1").inner_text() == "Cabinet, 30 January 2025"
        assert page.locator(".cm-resolution").count() >= 6
        page.screenshot(path=str(ARTIFACTS / "3-meeting.png"), full_page=True)

        # What people type: an apostrophe (straight, as a keyboard gives it) and a stray quote.
        page.goto(base + "/")
        page.fill("input[name=q]", "children's")
        page.click("input[type=submit]")
        page.wait_for_url("**/search?q=*")
        assert page.locator(".cm-item").count() == 6 and page.locator("mark").count() >= 6
        page.screenshot(path=str(ARTIFACTS / "4-apostrophe.png"), full_page=True)
        response = page.goto(base + '/search?q=%22')
        assert response.status == 200 and "Nothing in the minutes matches" in page.content()
        page.fill("input[name=q]", "budget")
        page.fill("input[name=from]", "31/02/2025")
        page.click("input[type=submit]")
        assert "is not a date" in page.locator(".cm-message").inner_text()

        # Unknown ids: a 404 with a way on.
        response = page.goto(base + "/meeting/nope")
        assert response.status == 404 and page.locator("h1").inner_text() == "Meeting not found"
        page.screenshot(path=str(ARTIFACTS / "5-not-found.png"), full_page=True)
        page.click("text=Cabinet, 30 January 2025")
        page.wait_for_url("**/meeting/kent:cabinet:2025-01-30*")
        assert page.goto(base + "/person?id=nope").status == 404
        assert page.goto(base + "/matter/nope").status == 404  # no matter pages yet: any unknown page is a 404

        # The calendar, as a browser fetches it.
        response = page.request.get(base + "/calendar.ics")
        assert response.status == 200 and response.headers["content-type"].startswith("text/calendar")
        assert "BEGIN:VTIMEZONE" in response.text()

        # A phone: nothing wider than the screen, the search box usable.
        phone = browser.new_page(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
        for path, shot in (("/", "6-phone-home.png"), ("/search?q=budget", "7-phone-search.png"),
                           ("/meeting/kent:county-council:2025-02-13", "8-phone-meeting.png"),
                           ("/person?name=Mr+Gough", "9-phone-person.png")):
            phone.goto(base + path)
            width = phone.evaluate("document.documentElement.scrollWidth")
            assert width <= 375 + 1, (path, width)
            phone.screenshot(path=str(ARTIFACTS / shot), full_page=True)
        phone.goto(base + "/")
        box = phone.locator("input[name=q]").first.bounding_box()
        assert box and box["width"] > 200
        browser.close()
    for name in ("1-home.png", "2-search.png", "3-meeting.png", "4-apostrophe.png", "5-not-found.png",
                 "6-phone-home.png", "7-phone-search.png", "8-phone-meeting.png", "9-phone-person.png"):
        assert (ARTIFACTS / name).stat().st_size > 10_000


def test_matter_person_and_committee_feeds(served):
    base, _ = served
    matter = feedparser.parse(httpx.get(f"{base}/feeds/matter/kent:matter:24-00093.atom").text)
    assert not matter.bozo and "24/00093" in matter.feed.title
    assert {e.link.rsplit("/", 1)[-1] for e in matter.entries} >= {"kent:cabinet:2025-01-30",
                                                                   "kent:county-council:2025-03-13"}
    gough = _json(base, "/minutes/people.json", name="Mr R W Gough", _shape="array")[0]["id"]
    person = feedparser.parse(httpx.get(f"{base}/feeds/person/{gough}.atom").text)
    assert not person.bozo and any(e.title.startswith("Voted ") for e in person.entries)
    assert any("Pursuant to section 25" in e.summary for e in person.entries)  # what the vote was on
    committee = feedparser.parse(httpx.get(f"{base}/feeds/committee/kent:cabinet.atom").text)
    assert not committee.bozo and committee.entries
    assert httpx.get(f"{base}/feeds/matter/kent:matter:nothing.atom").status_code == 404


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_browser_matter_page_and_person_motions(served):
    from playwright.sync_api import sync_playwright

    base, _ = served
    ARTIFACTS.mkdir(exist_ok=True)
    gough = _json(base, "/minutes/people.json", name="Mr R W Gough", _shape="array")[0]["id"]
    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(base + "/meeting/kent:county-council:2025-03-13")
        page.click(".cm-matters a")
        page.wait_for_url("**/matter/kent:matter:24-00093")
        assert page.locator("h1").inner_text().startswith("24/00093")
        assert page.locator(".cm-timeline tbody tr").count() >= 2
        page.screenshot(path=str(ARTIFACTS / "4-matter.png"), full_page=True)
        page.goto(base + f"/person?id={gough}")
        motions = page.locator(".cm-motion")
        assert motions.count() >= 1
        assert any("Pursuant to section 25" in t for t in motions.all_inner_texts())
        assert page.locator(".cm-subscribe a").get_attribute("href") == f"/feeds/person/{gough}.atom"
        page.screenshot(path=str(ARTIFACTS / "5-person-motions.png"), full_page=True)
        browser.close()
    for name in ("4-matter.png", "5-person-motions.png"):
        assert (ARTIFACTS / name).stat().st_size > 10_000
