"""Civica ModernGov sites: the web service (``mgWebService.asmx``), the HTML
pages where the service has no method, and the crawl that ties them to the
database.  Parsers here are pure functions from bytes to records."""
