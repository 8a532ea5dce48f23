"""A platform is one adapter class: the generic crawl, the store and
councils.toml serve it with nothing in pipeline/ changed.

The adapter here is as small as a platform can be (one committee, one
meeting, the documents councils.toml names), on a loopback site serving a
real parish council's minutes PDF and a real ModernGov page."""

import re
from datetime import date

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from models.records import Committee, LinkedDocument, Meeting, MeetingDetail, MeetingRef, Person, RawFile
from pipeline.config import load_config
from pipeline.crawl import scrape
from pipeline.store import open_db
from scrapers import base
from scrapers.http import FetchPolicy, PoliteClient

from conftest import FIXTURES, PDF

PAGE = FIXTURES / "html" / "ieDecisionDetails_policy_committee_2015.html"
MINUTES = PDF / "2019-09-03_parish-council_minutes.pdf"


class OneMeeting(base.Adapter):
    """One committee with one meeting, whose page links the documents
    councils.toml lists under ``minutes``."""

    platform = "one-meeting"
    options = {"minutes": (list,)}

    def committees(self):
        return [Committee(council=self.site.slug, source_id="pc", title="Parish Council")]

    def meetings(self, committee, start, end):
        return [MeetingRef(source_id="m1", committee_source_id=committee.source_id, committee=committee.title,
                           date="2019-09-03")]

    def meeting(self, ref):
        page_url = self.site.url("meeting.html")
        page = self.client.get(page_url)
        return MeetingDetail(
            meeting=Meeting(committee=ref.committee, committee_source_id=ref.committee_source_id, date=ref.date,
                            source_id=ref.source_id, source_url=page_url),
            source=RawFile(source_id="page-m1", content=page.content, sha256=page.sha256, media_type="text/html",
                           kind="page", title="Meeting page"),
            documents=[LinkedDocument(url=self.site.url(path), title="Minutes") for path in self.site.options["minutes"]],
        )

    def members(self):
        return [Person(council=self.site.slug, name="Councillor Ann Example", member_id="1")]


@pytest.fixture
def one_meeting_platform(monkeypatch):
    """OneMeeting registered for this test only."""
    base.platforms()  # the real adapters first
    monkeypatch.setattr(base, "_ADAPTERS", dict(base._ADAPTERS))
    base.register(OneMeeting)


@pytest.fixture
def site_url():
    requests = []

    def handle(request: Request) -> Response:
        requests.append(request.path)
        if request.path == "/meeting.html":
            return Response(PAGE.read_bytes(), content_type="text/html")
        if request.path == "/docs/minutes.pdf":
            return Response(MINUTES.read_bytes(), content_type="application/pdf")
        return Response("Not Found", status=404)

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    server.expect_request(re.compile(".*")).respond_with_handler(handle)
    yield server.url_for("").rstrip("/"), requests
    server.clear()
    server.stop()


def test_a_new_platform_is_one_adapter_class(one_meeting_platform, site_url, tmp_path):
    url, requests = site_url
    config = tmp_path / "councils.toml"
    config.write_text(f'[[council]]\nslug = "milburn"\nname = "Milburn Parish Council"\nurl = "{url}"\n'
                      'platform = "one-meeting"\nminutes = ["docs/minutes.pdf"]\n')
    [site] = load_config(config).sites
    assert site.platform == "one-meeting" and site.options == {"minutes": ["docs/minutes.pdf"]}
    policy = FetchPolicy(min_interval=0, read_timeout=2, connect_timeout=1, attempts=1)

    db = open_db(tmp_path / "minutes.db")
    with PoliteClient(policy=policy) as client:
        summary = scrape(db, site, tmp_path / "raw", client, date(2019, 1, 1), date(2019, 12, 31))
    assert summary.failures == []
    assert (summary.committees, summary.meetings_fetched, summary.documents_downloaded, summary.people) == (1, 1, 1, 1)
    meeting = db["meetings"].get("milburn:m1")
    assert (meeting["label"], meeting["source_url"]) == ("Parish Council, 2019-09-03", f"{url}/meeting.html")
    documents = {d["kind"]: d for d in db.query("SELECT * FROM documents WHERE meeting_id = 'milburn:m1'")}
    assert set(documents) == {"page", "document"} and all(d["status"] == "pending" for d in documents.values())
    assert open(documents["document"]["path"], "rb").read() == MINUTES.read_bytes()
    assert db["people"].get("milburn:member:1")["name"] == "Councillor Ann Example"
    assert db["fetches"].count_where("url LIKE ?", [f"{url}/docs/minutes.pdf"]) == 1
    assert next(db.query("SELECT status, council FROM runs")) == {"status": "ok", "council": "milburn"}

    # A second crawl reads the meeting again (no minutes published yet) but
    # does not download what it holds.
    with PoliteClient(policy=policy) as client:
        again = scrape(db, site, tmp_path / "raw", client, date(2019, 1, 1), date(2019, 12, 31))
    assert (again.documents_downloaded, again.documents_known) == (0, 1)
    assert requests.count("/docs/minutes.pdf") == 1
    db.close()
