"""Civica ModernGov sites: the web service (``mgWebService.asmx``), the HTML
pages where the service has no method or is switched off, and the adapter
that lists a council's papers from them.  Parsers here are pure functions
from bytes to records; nothing here writes the database."""

from .adapter import ModernGov  # noqa: F401  (registers the "moderngov" platform)
