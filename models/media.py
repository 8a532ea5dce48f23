"""What a file is, from its bytes: shared by the crawl (is this download a
document or an HTML error page?), ``minutes add`` and the parser.

Pure functions, no I/O.  They live in ``models/`` because both ``scrapers/``
and ``pipeline/`` need them and scrapers must not import pipeline
internals.
"""

from __future__ import annotations

import hashlib
import re

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_HTML_MARKERS = re.compile(rb"<(?:!doctype html|html|head|body|div|table|p|a|span|script|meta|title)[\s>]", re.IGNORECASE)

# Magic numbers of files that are not documents we read.  Anything with NUL
# bytes near the start is binary too: decoding it as text would publish noise.
_BINARY_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"), (b"II*\x00", "image/tiff"), (b"MM\x00*", "image/tiff"), (b"RIFF", "application/octet-stream"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/msword"), (b"{\\rtf", "application/rtf"),
    (b"\x1f\x8b", "application/gzip"), (b"7z\xbc\xaf", "application/x-7z-compressed"), (b"Rar!", "application/vnd.rar"),
    (b"\x7fELF", "application/octet-stream"), (b"MZ", "application/octet-stream"), (b"BM", None),
]

def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sniff_media_type(data: bytes, name: str = "") -> str:
    """What the bytes are, whatever the file is called."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "application/pdf"
    if data.startswith(b"PK\x03\x04"):
        return DOCX if b"word/" in data[:65536] or name.lower().endswith(".docx") else "application/zip"
    for magic, media_type in _BINARY_MAGIC:
        if data.startswith(magic) and media_type:
            return media_type
    if head.startswith(b"<"):
        if _HTML_MARKERS.search(head) and not head.lower().startswith(b"<?xml"):
            return "text/html"
        return "application/xml"
    if b"\x00" in data[:4096]:
        return "application/octet-stream"
    if name.lower().endswith((".html", ".htm")):
        return "text/html"
    return "text/plain"
