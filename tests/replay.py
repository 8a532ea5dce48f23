"""A loopback ModernGov site for tests: replays recorded real answers from
``tests/fixtures/xml`` (the council's absolute URLs rewritten to the test
server), serves real corpus PDFs as documents, and injects faults."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from werkzeug import Request, Response

FIXTURES = Path(__file__).parent / "fixtures"
XML = FIXTURES / "xml"
PDF = FIXTURES / "pdf"
GLOUCESTER = "https://democracy.Gloucester.gov.uk"

# Real corpus PDFs served as Gloucester's linked documents (content is real;
# which PDF stands for which attachment is the replay's choice).
DOCUMENTS = {
    "65461": "2019-09-03_parish-council_minutes.pdf",
    "65412": "2025-01-30_cabinet_printed-minutes.pdf",
    "65413": "2024-10-29_corporate-parenting-panel_minutes.pdf",
    "65414": "2018-03-13_amenities-leisure-community-services-committee_minutes.pdf",
    "65415": "2025-02-13_county-council_budget_printed-minutes.pdf",
    "65416": "2024-12-19_county-council_minutes.pdf",
    "65417": "2025-03-13_county-council_printed-minutes.pdf",
}


@dataclass
class ReplaySite:
    """Gloucester City Council's Cabinet (committee 129), with faults:

    - meeting 7837: the real answer;
    - meeting 7608: HTTP 500 every time;
    - meeting 7609: answers slower than the client's timeout;
    - meeting 7610: the 7837 answer cut short (truncated XML);
    - GetCouncillorsByWard: a SharePoint HTML error page with status 200 (real, from Leeds);
    - document 65412: 429 with Retry-After: 1 the first time, then the PDF.
    """

    base_url: str
    slow_seconds: float = 1.5
    requests: Counter = field(default_factory=Counter)
    first_429_sent: bool = False
    councillors_file: str = "leeds_GetCouncillorsByWard_SHAREPOINT_ERROR.xml"
    committees_broken: bool = False
    service_off_for: tuple = ()  # meeting ids whose GetMeeting answers a JavaScript redirect page
    meetings_service_off: bool = False  # GetMeetings answers the redirect page too
    # Links added to meeting 7837's answer as (attachment id, title, PDF
    # served): a meeting's links may serve documents of another meeting.
    extra_links: tuple = ()

    def _xml(self, name: str) -> bytes:
        return (XML / name).read_bytes().replace(GLOUCESTER.encode(), self.base_url.encode())

    def _with_extra_links(self, body: bytes) -> bytes:
        if not self.extra_links:
            return body
        links = "".join(
            f"<linkeddoc><attachmentid>{attachment}</attachmentid><title>{title}</title><isurl>False</isurl>"
            f"<url>{self.base_url}/mgConvert2PDF.aspx?ID={attachment}</url><isrestricted>False</isrestricted>"
            f"<publicationdate>24/11/2025</publicationdate></linkeddoc>"
            for attachment, title, _ in self.extra_links)
        return body.replace(b"</meeting>", f"<linkeddocuments>{links}</linkeddocuments></meeting>".encode())

    def handle(self, request: Request) -> Response:
        path = request.path
        args = request.args
        self.requests[path] += 1
        if path == "/robots.txt":
            return Response("User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        if path == "/mgWebService.asmx/GetCommittees":
            if self.committees_broken:
                return Response(self._xml("leeds_GetCouncillorsByWard_SHAREPOINT_ERROR.xml"), content_type="text/html")
            return Response(self._xml("gloucester_GetCommittees.xml"), content_type="text/xml")
        if path == "/mgWebService.asmx/GetMeetings":
            if self.meetings_service_off:
                return Response(self._xml("denbighshire_GetCouncillorsByWard_REDIRECT_STUB.xml"), content_type="text/html")
            if args.get("lCommitteeId") == "129":
                return Response(self._xml("gloucester_GetMeetings.xml"), content_type="text/xml")
            return Response(b'<?xml version="1.0" encoding="utf-8"?><getmeetings><meetingscount> 0</meetingscount></getmeetings>',
                            content_type="text/xml")
        if path == "/mgWebService.asmx/GetMeeting":
            meeting = args.get("lMeetingId")
            if meeting in self.service_off_for:  # real redirect stub (Denbighshire)
                return Response(self._xml("denbighshire_GetCouncillorsByWard_REDIRECT_STUB.xml"), content_type="text/html")
            if meeting == "7837":
                return Response(self._with_extra_links(self._xml("gloucester_GetMeeting_7837.xml")),
                                content_type="text/xml")
            if meeting == "7608":
                return Response("Server Error", status=500)
            if meeting == "7609":
                time.sleep(self.slow_seconds)
                return Response(self._xml("gloucester_GetMeeting_7837.xml"), content_type="text/xml")
            if meeting == "7610":
                body = self._xml("gloucester_GetMeeting_7837.xml")
                return Response(body[: len(body) * 2 // 5], content_type="text/xml")
            return Response("Not Found", status=404)
        if path == "/mgWebService.asmx/GetCouncillorsByWard":
            return Response(self._xml(self.councillors_file), content_type="text/html")
        if path == "/ieListMeetings.aspx":
            # The same real page: it links its meeting ("19/10/2015 - Policy Committee").
            return Response((FIXTURES / "html" / "ieDecisionDetails_policy_committee_2015.html").read_bytes(),
                            content_type="text/html")
        if path == "/ieListDocuments.aspx":
            # A real ModernGov page (LGSF fixture) stands in for the meeting page:
            # it links a document under /documents/, as meeting pages do.
            return Response((FIXTURES / "html" / "ieDecisionDetails_policy_committee_2015.html").read_bytes(),
                            content_type="text/html")
        if path.startswith("/documents/"):
            return Response((PDF / "2019-09-03_parish-council_minutes.pdf").read_bytes(), content_type="application/pdf")
        if path == "/mgConvert2PDF.aspx":
            attachment = args.get("ID")
            if attachment == "65412" and not self.first_429_sent:
                self.first_429_sent = True
                return Response("Too Many Requests", status=429, headers={"Retry-After": "1"})
            if attachment in DOCUMENTS:
                return Response((PDF / DOCUMENTS[attachment]).read_bytes(), content_type="application/pdf")
            for extra, _, served in self.extra_links:
                if attachment == extra:
                    return Response((PDF / served).read_bytes(), content_type="application/pdf")
            return Response("Not Found", status=404)
        return Response("Not Found", status=404)

    @property
    def downloads(self) -> int:
        return self.requests["/mgConvert2PDF.aspx"]
