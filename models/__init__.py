"""Records exchanged by the pipeline stages and the keys and contracts they map to."""

from .records import (  # noqa: F401
    Attendance,
    Clause,
    Committee,
    Declaration,
    Document,
    Fetch,
    Item,
    Line,
    Meeting,
    Page,
    ParsedDocument,
    Person,
    Resolution,
    Run,
    Site,
    Speaker,
    Vote,
)
