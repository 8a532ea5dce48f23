"""Local files as a council's papers: ``platform = "files"`` and
``minutes add``.

Thousands of town and parish councils publish nothing a crawler can list,
but their clerks have the minutes as files; any council's papers may also
arrive on a disk.  This adapter reads such files and says what they are
(from their bytes, not their names); the pipeline keeps them in the raw
cache and registers them like any download, so ``minutes process`` parses
them and finds each one's meeting in its own header.  A council whose
platform is ``files`` has nothing to crawl: ``minutes run`` leaves it to
``minutes add``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from models import settings
from models.media import DOCX, sha256_hex, sniff_media_type
from models.records import Committee, MeetingDetail, MeetingRef, Person, RawFile

from .base import Adapter, register
from .errors import SourceError

#: What ``minutes process`` can parse: PDF, Word, web pages, ModernGov
#: web-service answers, and plain text or markdown.
DOCUMENT_TYPES = {"application/pdf", DOCX, "text/html", "application/xml", "text/plain"}
#: Files a folder is searched for; a file named on the command line is
#: judged by its content whatever its name.
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".xml", ".txt", ".md", ".markdown")


@register
class Files(Adapter):
    """A council whose documents are added from local files: it lists no
    committees, meetings or members of its own."""

    platform = "files"
    crawlable = False

    def committees(self) -> list[Committee]:
        return []

    def meetings(self, committee: Committee, start: date, end: date) -> list[MeetingRef]:
        return []

    def meeting(self, ref: MeetingRef) -> MeetingDetail:
        raise SourceError(f"{ref.source_id}: a council of local files lists no meetings", "unsupported")

    def members(self) -> list[Person]:
        return []


def document_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Each path given, and for a folder every document file under it (by
    suffix, hidden files left out), in name order."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
                              and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            yield path


def read_document(path: Path, max_bytes: int = settings.MAX_BYTES) -> RawFile:
    """One local file as a document, keyed by its content (the same file
    under any name or folder is the same document).  Raises
    :class:`SourceError` for a file that cannot be read, is over the size
    cap, or is not a document this program parses."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            content = handle.read(max_bytes + 1)  # the cap is checked before a huge file is read whole
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror})", "unreadable") from None
    if len(content) > max_bytes:
        raise SourceError(f"{path}: is over the {max_bytes:,}-byte cap", "too_large")
    media_type = sniff_media_type(content, path.name)
    if media_type not in DOCUMENT_TYPES:
        raise SourceError(f"{path}: is {media_type}, not a document this program reads "
                          "(PDF, Word .docx, HTML, XML, text or markdown)", "unsupported")
    if not content.strip():
        raise SourceError(f"{path}: is empty", "empty")
    return RawFile(source_id=None, content=content, sha256=sha256_hex(content), media_type=media_type,
                   kind="document", title=path.name, name=path.name)
