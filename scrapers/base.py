"""What a platform adapter is, and the registry that finds one by name.

A council publishes its papers through some platform: Civica ModernGov, a
plain website of PDF links, a folder of files.  An adapter knows one
platform and nothing else.  Like a Scrapy spider it only *reads*: it lists a
council's committees, meetings, each meeting's documents and its members
as records (``models.records``), fetching through the polite client it is
given, and never touches the database or the raw-file cache.  The generic
crawl (``pipeline.crawl``) decides what is new, downloads documents, keeps
the fetch log and writes through ``pipeline.store``: that is the same for
every platform, so adding one is a single new module in ``scrapers/`` that
subclasses :class:`Adapter` and is decorated with :func:`register`, and
nothing in ``pipeline/`` changes.

An adapter reports what went wrong by raising
:class:`~scrapers.errors.SourceError` (the client's ``FetchError`` is one):
the crawl records it against the council and goes on with the next
committee or meeting.

A platform with a decisions register (ModernGov's
``mgDelegatedDecisions.aspx``) also lists decisions by date
(:meth:`Adapter.decision_register`); the crawl decides which decision
pages are new and downloads them like documents.
"""

from __future__ import annotations

import importlib
import pkgutil
from abc import ABC, abstractmethod
from datetime import date
from typing import TYPE_CHECKING, ClassVar, Iterator, Optional

from models.records import Committee, DecisionRef, MeetingDetail, MeetingRef, Person, Site

from .errors import SourceError

if TYPE_CHECKING:
    from .http import PoliteClient

__all__ = ["Adapter", "SourceError", "adapter_class", "adapter_for", "platforms", "register"]


class Adapter(ABC):
    """One platform's way of listing a council's papers.

    Made once per council and crawl with the council's :class:`Site` and
    the crawl's client (already scoped to the site).  Every method returns
    records or raises :class:`SourceError`."""

    platform: ClassVar[str]
    #: False for a platform with nothing to fetch (local files): the crawl
    #: leaves such councils alone.
    crawlable: ClassVar[bool] = True
    #: Keys of a ``[[council]]`` table that only this platform reads, with
    #: the types they may take (``{"index_pages": (list,)}``): councils.toml
    #: checks them and hands them over as ``site.options``.
    options: ClassVar[dict[str, tuple]] = {}
    #: True for a platform that lists decisions in a register
    #: (:meth:`decision_register`): the crawl reads it after the meetings.
    has_register: ClassVar[bool] = False

    def __init__(self, site: Site, client: "PoliteClient"):
        self.site = site
        self.client = client

    @abstractmethod
    def committees(self) -> list[Committee]:
        """Every committee the site lists, deleted and expired ones marked."""

    @abstractmethod
    def meetings(self, committee: Committee, start: date, end: date) -> list[MeetingRef]:
        """The committee's meetings between ``start`` and ``end`` (a site
        may return more; the crawl keeps to the window)."""

    @abstractmethod
    def meeting(self, ref: MeetingRef) -> MeetingDetail:
        """One meeting: its header, the file it was read from, and the
        documents it links to (listed, not downloaded)."""

    @abstractmethod
    def members(self) -> list[Person]:
        """The council's members as its own list gives them."""

    def decision_register(self, start: date, end: date) -> Iterator[DecisionRef]:
        """The decisions the platform's register lists between ``start``
        and ``end`` (officer and executive decisions, each with the address
        of its page), yielded as each register page is read, so what was
        listed before a broken page is still crawled.  A platform with no
        register yields nothing (the default)."""
        return iter(())

    def decision_meeting(self, content: bytes) -> Optional[MeetingRef]:
        """The meeting a fetched decision page says its decision was taken
        at, or None (taken by an officer or a member alone).  Raises
        :class:`SourceError` when ``content`` is not a decision page."""
        raise SourceError(f"the {self.platform} platform has no decision pages", "unexpected_page")

    def fetch_url(self, url: str) -> str:
        """The address to download a linked document from (a platform may
        link its own host under another spelling)."""
        return url


_ADAPTERS: dict[str, type[Adapter]] = {}
_SKIP = {"base", "errors", "http"}  # modules of this package that are not platforms


def register(cls: type[Adapter]) -> type[Adapter]:
    """Class decorator: make ``cls`` the adapter for ``cls.platform``."""
    if cls.platform in _ADAPTERS and _ADAPTERS[cls.platform] is not cls:
        raise ValueError(f"two adapters for platform {cls.platform!r}: {_ADAPTERS[cls.platform]} and {cls}")
    _ADAPTERS[cls.platform] = cls
    return cls


def _discover() -> None:
    """Import every module and package under ``scrapers/`` once, so each
    adapter registers itself: a new platform needs no list edited."""
    import scrapers

    for module in pkgutil.iter_modules(scrapers.__path__):
        if module.name not in _SKIP and not module.name.startswith("_"):
            importlib.import_module(f"scrapers.{module.name}")


def platforms() -> list[str]:
    """The names ``councils.toml`` may give as a council's ``platform``."""
    _discover()
    return sorted(_ADAPTERS)


def adapter_class(platform: str) -> type[Adapter]:
    """The adapter registered for ``platform``; KeyError names the known ones."""
    _discover()
    try:
        return _ADAPTERS[platform]
    except KeyError:
        raise KeyError(f"no adapter for platform {platform!r}; known: {', '.join(sorted(_ADAPTERS))}") from None


def adapter_for(site: Site, client: "PoliteClient") -> Adapter:
    return adapter_class(site.platform)(site, client)
