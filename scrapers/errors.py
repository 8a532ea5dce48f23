"""The one error every part of ``scrapers/`` raises when a council's site
(or a local file) costs a step of a crawl.

Its own module, below the client and the adapters, so that both can raise
it and the crawl can catch it without either importing the other."""

from __future__ import annotations


class SourceError(Exception):
    """Something a council's site did that costs one step of a crawl (a
    committee's meetings, one meeting, the member list), not the crawl.

    ``kind`` says what, in a word the health report counts (http, timeout,
    html_error_page, malformed_xml, ...); the crawl records
    ``"<message> [<kind>]"``."""

    kind: str = "other"

    def __init__(self, message: str, kind: str = "other"):
        super().__init__(message)
        self.kind = kind
