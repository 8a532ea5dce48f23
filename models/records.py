"""Typed records that every stage of the pipeline exchanges.

Plain dataclasses, no I/O: scrapers produce them, ``pipeline.extract`` and
``pipeline.tagging`` fill them, ``pipeline.store`` maps them to rows and
``pipeline.parse`` maps them to the Contract 2 JSON shape.  Keeping them free
of behaviour that touches files or the network is what lets every parser be a
pure function that tests can call on a corpus file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import urlencode

from .settings import LICENCE


@dataclass
class Site:
    """One council as ``councils.toml`` (or ``minutes scrape``) names it:
    where its papers are published and which platform adapter reads them
    (see ``scrapers.base``)."""

    slug: str
    base_url: Optional[str] = None  # none for a council whose papers are local files
    name: Optional[str] = None
    licence: Optional[str] = LICENCE
    committees: list[str] = field(default_factory=list)  # only these committee ids, when given
    allowed_hosts: list[str] = field(default_factory=list)  # besides the site's own origin
    platform: str = "moderngov"
    options: dict = field(default_factory=dict)  # what only its platform's adapter reads

    def url(self, path: str, **params) -> str:
        """An address on the site: ``site.url("ieListMeetings.aspx", CId=129)``."""
        base = (self.base_url or "").rstrip("/")
        query = f"?{urlencode(params)}" if params else ""
        return f"{base}/{path}{query}"


@dataclass
class Committee:
    council: str
    source_id: str
    title: Optional[str]
    category: Optional[str] = None
    deleted: bool = False
    expired: bool = False
    url: Optional[str] = None  # the committee's page on the council's site


@dataclass
class Meeting:
    """The header of a meeting: who met, when and where."""

    council: Optional[str] = None
    committee: Optional[str] = None
    date: Optional[str] = None  # ISO YYYY-MM-DD
    venue: Optional[str] = None
    time: Optional[str] = None
    status: Optional[str] = None
    source_id: Optional[str] = None
    committee_source_id: Optional[str] = None
    source_url: Optional[str] = None


@dataclass
class Line:
    """One line of extracted page text with the layout facts the tagger uses."""

    text: str
    bold: bool = False
    x0: float = 0.0
    top: float = 0.0
    size: float = 0.0
    right_aligned: bool = False
    table: bool = False
    # Cut from a flattened page where a minute number counting up from 1
    # stood mid-line: the number is the evidence of a heading.
    numbered: bool = False


@dataclass
class Page:
    number: int  # 1-based, as a PDF viewer counts (``#page=N``)
    text: str
    lines: list[Line] = field(default_factory=list)
    ocr: bool = False
    scanned: bool = False
    quality: float = 1.0
    tables: list[list[list[Optional[str]]]] = field(default_factory=list)
    # Running lines taken off the top of this page (a repeated "AUDIT
    # COMMITTEE / 24 SEPTEMBER 2009"): not text of the page, but often the
    # only place that says which meeting a section of a pack belongs to.
    header: list[str] = field(default_factory=list)


@dataclass
class Document:
    """A source file (PDF, XML, HTML or text) and what extraction made of it."""

    path: str
    sha256: str
    media_type: str
    pages: list[Page] = field(default_factory=list)
    url: Optional[str] = None
    ocr: bool = False
    status: str = "ok"  # ok | scanned | garbled | failed
    warnings: list[str] = field(default_factory=list)
    title: Optional[str] = None
    # What the document is (minutes, agenda, reports_pack, ...; see
    # ``pipeline.roles``): only some roles speak for a meeting.
    role: Optional[str] = None


@dataclass
class Clause:
    label: str
    text: str


@dataclass
class Resolution:
    text: str
    clauses: list[Clause] = field(default_factory=list)
    page: Optional[int] = None
    kind: str = "resolved"  # resolved | recommended | agreed | decision


@dataclass
class Vote:
    kind: str = "unspecified"
    motion: Optional[str] = None
    for_count: Optional[int] = None
    against_count: Optional[int] = None
    abstain_count: Optional[int] = None
    outcome: Optional[str] = None
    members_for: list[str] = field(default_factory=list)
    members_against: list[str] = field(default_factory=list)
    members_abstain: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    page: Optional[int] = None
    # Who moved and who seconded the motion voted on, as the minutes name them.
    proposer: Optional[str] = None
    seconder: Optional[str] = None

    def members(self) -> dict[str, list[str]]:
        return {
            "for": self.members_for,
            "against": self.members_against,
            "abstain": self.members_abstain,
        }


@dataclass
class Attendance:
    name: str
    status: str
    role: Optional[str] = None
    page: Optional[int] = None
    member_id: Optional[str] = None
    party: Optional[str] = None


@dataclass
class Declaration:
    name: str
    text: str
    kind: Optional[str] = None  # pecuniary | other
    page: Optional[int] = None


@dataclass
class Speaker:
    name: str
    role: Optional[str] = None
    page: Optional[int] = None


@dataclass
class MatterRef:
    """A matter the council follows across meetings, named by its own
    reference (Kent's decision number "24/00093", a ModernGov issue id
    "IId:12345", a forward-plan reference) or, on an issue page with no
    reference, by its title.  ``role`` is what happened to the matter where
    it is mentioned: report, decision, recommendation, call_in, minutes or
    mention."""

    reference: str
    title: Optional[str] = None
    role: Optional[str] = None
    page: Optional[int] = None


@dataclass
class Decision:
    """What a decision record (a decision details page, a record of
    decision, a row of the decisions register) states besides the decision
    itself; the RESOLVED text, the voting and the portfolio holder are the
    item's own resolutions, votes and ``portfolio_holder``."""

    maker: Optional[str] = None
    status: Optional[str] = None
    key_decision: Optional[bool] = None
    call_in: Optional[bool] = None
    decided: Optional[str] = None  # ISO date of decision
    published: Optional[str] = None  # ISO publication date


@dataclass
class Item:
    number: Optional[str]
    title: str
    page: Optional[int] = None
    text: str = ""
    portfolio_holder: Optional[str] = None
    resolutions: list[Resolution] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    # The matter the item is about (its title names the reference), the
    # meeting it was taken at where one page holds several meetings (an
    # issue history), and the decision record it is.
    matter: Optional[MatterRef] = None
    meeting: Optional[Meeting] = None
    decision: Optional[Decision] = None
    # Other matters the item's text refers to ("the call-in of Decision -
    # 24/00093"), each with its page; stored as mentions, not in Contract 2.
    mentions: list[MatterRef] = field(default_factory=list)
    # The item's body lines with their page numbers, for the tagger; not
    # part of Contract 2.
    lines: list[tuple[int, Line]] = field(default_factory=list, repr=False)


@dataclass
class Organisation:
    name: str
    acronym: Optional[str] = None
    mentions: int = 1


@dataclass
class ParsedDocument:
    """Everything one document says: the unit ``minutes parse`` prints and
    ``pipeline.store`` writes in one transaction."""

    document: Document
    meeting: Meeting
    attendance: list[Attendance] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    linked_documents: list[LinkedDocument] = field(default_factory=list)


@dataclass
class LinkedDocument:
    """A document a meeting links to (ModernGov ``linkeddoc``)."""

    url: str
    title: Optional[str] = None
    attachment_id: Optional[str] = None
    restricted: bool = False
    publication_date: Optional[str] = None  # ISO
    item_number: Optional[str] = None


@dataclass
class RawFile:
    """Bytes a platform adapter read that are a document in their own right
    (a web-service answer, a meeting's page, a local file): the crawl keeps
    them in the raw-file cache and registers them for ``minutes process``."""

    source_id: Optional[str]  # unique within the council ("meeting-7837"); None: keyed by content hash
    content: bytes = field(repr=False)
    sha256: str
    media_type: str
    kind: str  # webservice | page | document
    title: Optional[str] = None
    name: Optional[str] = None  # the file's own name, where it had one (its suffix is kept in the raw cache)


@dataclass
class MeetingDetail:
    """One meeting as its platform states it: the header (``meeting``,
    whose ``source_url`` is the meeting's page), the file it was read from,
    and the documents it links to."""

    meeting: Meeting
    source: Optional[RawFile]  # None when the meeting has no page of its own (a website's list of links)
    documents: list[LinkedDocument] = field(default_factory=list)
    minutes_published: bool = False


@dataclass
class MeetingRef:
    """One line of a committee's meeting list (``GetMeetings``)."""

    source_id: str
    committee_source_id: Optional[str]
    committee: Optional[str]
    date: Optional[str]
    status: Optional[str] = None
    time: Optional[str] = None


@dataclass
class DecisionRef:
    """One row of a council's decisions register (ModernGov's
    ``mgDelegatedDecisions.aspx``): a decision, officer or executive, and
    the address of its details page, as the register lists it.

    ``listing`` is the row as the register words it (title, dates, status,
    call-in): the crawl keeps a hash of it with the stored page, and a row
    worded otherwise on a later run (the status moved on, a call-in) means
    the page changed and is fetched again; the same wording means it is
    not."""

    source_id: str  # unique within the council: "decision-13567", "decision-ai-4501"
    url: str
    title: Optional[str] = None
    date: Optional[str] = None  # ISO: the register's date (made or published)
    status: Optional[str] = None
    maker: Optional[str] = None
    listing: str = ""


@dataclass
class Person:
    """A member as the council's own list gives them.  Contact details
    (home address, phone, email) are never kept."""

    council: str
    name: str
    member_id: Optional[str] = None
    party: Optional[str] = None
    ward: Optional[str] = None
    key_posts: Optional[str] = None
    terms: list[tuple[Optional[str], Optional[str]]] = field(default_factory=list)


@dataclass
class Fetch:
    url: str
    status: Optional[int]
    fetched_at: str
    sha256: Optional[str] = None
    size: Optional[int] = None
    council: Optional[str] = None
    error: Optional[str] = None
    path: Optional[str] = None
    run_id: Optional[str] = None


@dataclass
class Run:
    id: str
    command: str
    started: str
    council: Optional[str] = None  # the council a scrape run crawled
    finished: Optional[str] = None
    status: str = "running"  # running | ok | partial | failed
    counts: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
