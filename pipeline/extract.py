"""Turn a document's bytes into pages of clean text (pdfplumber).

What later stages can trust: each page keeps its number (facts cite
``#page=N``); running headers, footers and printed page numbers are gone;
words hyphenated across lines are re-joined only where the result is a word;
lines keep layout facts (bold, indent, right-aligned) the tagger reads;
tables found by pdfplumber are kept as rows.  Scanned pages are OCR'd when
tesseract is installed and flagged when it is not; pages whose text layer is
garbage (fonts with no character map) are scored and treated the same way.

Every failure raises :class:`ExtractionError` naming the file and the kind
of failure, so a run can record it and go on.
"""

from __future__ import annotations

import logging
import re
import shutil
import signal
import threading
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from models.keys import web_url
from models.media import DOCX, sha256_hex, sniff_media_type
from models.records import Document, Line, Page

from .children import die_with_parent

log = logging.getLogger(__name__)



class ExtractionError(Exception):
    """A document that cannot be turned into text, with the reason.

    ``kind`` is one of: not_pdf, html_error_page, encrypted, corrupt, empty,
    too_large, too_many_pages, timeout.
    """

    def __init__(self, path: str, kind: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.kind = kind
        self.message = message

    def __reduce__(self):  # cross process boundaries intact (worker pools)
        return (self.__class__, (self.path, self.kind, self.message))


@dataclass
class ExtractOptions:
    max_bytes: int = 100 * 1024 * 1024
    max_pages: int = 2000
    timeout: float = 300.0  # seconds for one document
    ocr: str = "auto"  # auto: OCR scanned/garbled pages when tesseract exists; never
    ocr_language: str = "eng"
    ocr_resolution: int = 200
    ocr_max_pixels: int = 40_000_000  # one rendered page; A4 at 300 dpi is 8.7 million
    ocr_page_timeout: float = 120.0  # seconds tesseract may take on one page
    tables: bool = True
    # Where a PDF page's characters come from: "pdfium" (PDFium through
    # pypdfium2, several times faster; a page it cannot read exactly as
    # pdfminer would goes to pdfminer) or "pdfminer" (pdfminer only).  Both
    # give the same lines: benchmarks/pdf_engines.py compares them.
    pdf_engine: str = "pdfium"


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


# ---------------------------------------------------------------------------
# Top level


def extract_document(
    data: bytes, path: str, options: Optional[ExtractOptions] = None, url: Optional[str] = None
) -> Document:
    """Extract any supported document (PDF or plain text) from bytes."""
    options = options or ExtractOptions()
    if len(data) > options.max_bytes:
        raise ExtractionError(
            path, "too_large", f"{len(data):,} bytes is over the {options.max_bytes:,}-byte cap"
        )
    media_type = sniff_media_type(data, path)
    if media_type == "application/pdf":
        return extract_pdf(data, path, options, url=url)
    if path.lower().endswith(".pdf"):
        if media_type == "text/html":
            raise ExtractionError(
                path, "html_error_page", "is an HTML page saved with a .pdf name (an error or login page?)"
            )
        raise ExtractionError(path, "not_pdf", "has a .pdf name but is not a PDF (no %PDF header)")
    if media_type == DOCX:
        return extract_docx(data, path, url=url)
    if media_type == "text/plain":
        return extract_text(data, path, url=url)
    raise ExtractionError(path, "unsupported_media_type",
                          f"is {media_type}, not a document this reads (PDF, Word .docx, HTML, XML or text)")


def read_capped(path, options: ExtractOptions) -> bytes:
    """A local file's bytes, refused with its reason when it cannot be read
    or is over the size cap."""
    try:
        with open(path, "rb") as handle:
            # The cap is checked before reading: a file of gigabytes (or a
            # device that never ends) is refused without being loaded.
            data = handle.read(options.max_bytes + 1)
    except OSError as exc:
        raise ExtractionError(str(path), "unreadable", f"cannot be read ({exc.strerror})")
    if len(data) > options.max_bytes:
        raise ExtractionError(str(path), "too_large", f"is over the {options.max_bytes:,}-byte cap")
    return data


def extract_pdf_path(path: str, options: Optional[ExtractOptions] = None) -> Optional[Document]:
    """The first half of :func:`.parse.parse_path` for a PDF: its pages, or
    ``None`` when the file is not a PDF (:func:`.parse.finish_parse` is the
    second half).

    Why here and in two: extraction needs none of spaCy, so ``minutes
    parse`` can extract the first PDFs in a worker started before it has
    loaded the tagger (:class:`.sandbox.EarlyExtraction`), and this module
    does not import it."""
    options = options or ExtractOptions()
    data = read_capped(path, options)
    if sniff_media_type(data, path) != "application/pdf":
        return None
    return as_extraction_error(path, lambda: extract_document(data, path, options))


def as_extraction_error(path: str, parse):
    """``parse()``, with any failure but an :class:`ExtractionError` made
    one naming ``path``: hostile or broken input never escapes as another
    exception (the fuzz tests hold this)."""
    try:
        return parse()
    except ExtractionError:
        raise
    except MemoryError:
        raise ExtractionError(path, "too_much_memory", "needed more memory than allowed") from None
    except RecursionError:
        raise ExtractionError(path, "corrupt", "is nested too deeply to read") from None
    except Exception as exc:
        raise ExtractionError(path, "parser_error", f"could not be parsed ({exc.__class__.__name__}: {exc})") from exc


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:[^\n]*\n){0,60}?---[ \t]*\n")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_MD_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\s]{0,500}\)")


def _is_markdown(text: str, path: str) -> bool:
    if path.lower().endswith((".md", ".markdown")):
        return True
    return bool(_FRONT_MATTER.match(text)) or len(_MD_HEADING.findall(text[:20000])) >= 2


def markdown_to_text(text: str) -> str:
    """Markdown minutes read as the printed page would: front matter dropped
    but for its title (its date is often the publication date, not the
    meeting's), heading marks,
    emphasis and escapes (``1\\.``) removed, links reduced to their text."""
    front = _FRONT_MATTER.match(text)
    if front:
        title = re.search(r"^title:\s*[\"']?(.+?)[\"']?\s*$", front.group(0), re.MULTILINE)
        text = (title.group(1) + "\n" if title else "") + text[front.end():]
    text = _MD_HEADING.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub("", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*(?![\w*])", r"\1", text)  # *italic*
    text = re.sub(r"(?<![\w_])_(?=\S)([^_\n]{1,200}?)(?<=\S)_(?![\w_])", r"\1", text)  # _italic_
    return _MD_ESCAPE.sub(r"\1", text)


_PIPE_ROW = re.compile(r"^[ \t]*\|([^\n]*)$", re.MULTILINE)


# "Councillor" / "For" / "Against" / "Abstain" / "Cllr R Boughton" / "X" / " " / "Cllr D McGeough" / " " / " " / "X" / ...: a
# saved page's recorded-vote table one cell a line (cells apart by an empty line), an empty cell a line of a space
_VOTE_TABLE_HEAD = re.compile(r"^(?:Councillors?|Members?|Names?)[ \t]*\n\n(?P<sides>(?:(?:For|Against|Abstain(?:ed|ing|s)?|Abstentions?)[ \t]*\n\n){2,3})",
                              re.MULTILINE)
_VOTE_TABLE_NAME = re.compile(r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s[A-Z][\w’'. -]{1,50}")
_VOTE_TABLE_MARK = re.compile(r"[Xx✓✔√]")


def _vote_table_as_sides(text: str) -> str:
    """A recorded-vote table set one cell a line (see _VOTE_TABLE_HEAD) as
    the sides it records, "For (8): Cllr R Boughton, ..." a line: each row's
    mark read in the column its place among the row's cells gives (an empty
    cell is a line of a space, which plain text would lose); a column no one
    marked is left out."""
    head = _VOTE_TABLE_HEAD.search(text)
    if not head:
        return text
    columns = head.group("sides").split()
    cells = text[head.end():].split("\n")
    sides: dict[str, list[str]] = {column: [] for column in columns}
    name, place, used = None, 0, 0
    for used, cell in enumerate(cells):
        if cell == "":
            continue  # the gap between two cells
        if _VOTE_TABLE_NAME.fullmatch(cell.strip()):
            name, place = cell.strip(), 0
        elif name and not cell.strip():
            place += 1
        elif name and _VOTE_TABLE_MARK.fullmatch(cell.strip()) and place < len(columns):
            sides[columns[place]].append(name)
            name = None
        elif name is None and not cell.strip():
            continue  # a row's empty cells after its mark
        else:
            break
    else:
        used = len(cells)
    if not any(sides.values()):
        return text
    # (a row this reader does not know, "Cllr C Brown" / "Absent", with rows after it: the table cut short would leave
    # out the members after it, those against among them; the table is left as printed)
    if any(_VOTE_TABLE_NAME.fullmatch(cell.strip()) for cell in [cell for cell in cells[used:] if cell.strip()][:8]):
        return text
    rows = "\n".join(f"{column} ({len(names)}): {', '.join(names)}" for column, names in sides.items() if names)
    return f"{text[:head.start()]}{rows}\n" + "\n".join(cells[used:])


def _pipe_table_as_text(text: str) -> str:
    """"|Present: |Roger Berl, Sally Sheehan, ... Nora Harper, |" / "| |Suzie Stewart, ... Councillor Merson |" /
    "|Apologies |Councillors Davidson and Thomson, ... |": a Word table saved as text (or a markdown table), each row
    between bars; read as the page shows it, each row a line of its cells in turn (a row whose first cell is empty
    is then a line of its own under the one above, which readers of lists go on into), rules of dashes dropped.
    Only where such rows make up a third of the text or more."""
    lines = [line for line in text.split("\n") if line.strip()]
    rows = sum(1 for line in lines if _PIPE_ROW.fullmatch(line))
    if rows < 5 or rows * 3 < len(lines):
        return text

    def cells(row: re.Match) -> str:
        found = [cell.strip() for cell in row.group(1).rstrip().removesuffix("|").split("|")]  # (the last row cut short too)
        if all(re.fullmatch(r":?-*:?", cell) for cell in found):
            return ""  # "|---|:---:|": a markdown table's rule
        return " ".join(cell for cell in found if cell)

    return _PIPE_ROW.sub(cells, text)


def extract_docx(data: bytes, path: str, url: Optional[str] = None) -> Document:
    """A Word document (python-docx): paragraphs and table rows in the order
    they appear, bold kept (headings and item titles are often only bold);
    explicit page breaks start a new page."""
    import io
    import zipfile

    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a declared dependency
        raise ExtractionError(path, "unsupported_media_type", "is a Word document and python-docx is not installed")
    try:
        word = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExtractionError(path, "corrupt", f"is a damaged Word document ({exc.__class__.__name__})") from None
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    pages: list[list[Line]] = [[]]
    body = word.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, word)
            if child.xpath('.//w:br[@w:type="page"]') and pages[-1]:
                pages.append([])
            text = re.sub(r"[ \t\u00a0]+", " ", paragraph.text).strip()
            if text:
                runs = [r for r in paragraph.runs if r.text.strip()]
                bold = bool(runs) and all(r.bold or (r.style is not None and r.style.font.bold) for r in runs)
                style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
                pages[-1].append(Line(text=text, bold=bold or style.startswith(("heading", "title"))))
        elif tag == "tbl":
            for row in Table(child, word).rows:
                cells = []
                for cell in row.cells:
                    value = re.sub(r"\s+", " ", cell.text).strip()
                    if value and (not cells or cells[-1] != value):  # merged cells repeat
                        cells.append(value)
                if cells:
                    pages[-1].append(Line(text=" | ".join(cells), table=True))
    document_pages = [Page(number=n, text="\n".join(l.text for l in lines), lines=lines)
                      for n, lines in enumerate(pages, 1)]
    _join_hyphenated(document_pages)
    return Document(path=path, sha256=sha256_hex(data), media_type=DOCX, pages=document_pages, url=url)


_MODERNGOV_MARKUP = re.compile(r"</?(?:AI\d{1,4}|[A-Z]{2,12}_SECTION)>")
# "<p> AWDURDOD TÂN ...</p><p>MID AND WEST WALES FIRE AND RESCUE AUTHORITY</p>": a page's paragraphs saved with their
# markup, each a paragraph of its own
_PARAGRAPH_MARKUP = re.compile(r"</?p(?:\s[^<>\n]{0,60})?>|<br\s?/?>", re.IGNORECASE)
_YEAR_GLUED = re.compile(r"(?<=\b(?:19|20)\d\d)(?=at\s\d)")
_GLUED_VERB = re.compile(r"\b([A-Z][a-z]{2,}?)(were|was)(?=\s(?:received|accepted|noted|approved|given|sent)\b)")


def extract_text(data: bytes, path: str, url: Optional[str] = None) -> Document:
    """A plain-text document: form feeds separate pages, if there are any.
    Markdown is read as text once its markup is removed."""
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ")
    # A stored web page may open with "# SOURCE: / # URL: / # ---" lines.
    # The header names where a saved file came from; it never overrides the
    # URL a document was fetched from, and only an http(s) URL is taken.
    # ("Source: URL / Title: ... / Retrieved via: ... / ---": the same, written as fields over a rule)
    header = re.match(r"(?:#[^\n]*\n)+", text) or re.match(
        r"(?:(?:Source|URL|Title|Retrieved(?: via)?|Note)\s*:[^\n]*\n){1,6}-{3,}[ \t]*\n", text, re.IGNORECASE)
    if header and re.search(r"^#? ?(?:URL|SOURCE)\b", header.group(0), re.MULTILINE | re.IGNORECASE):
        found = re.search(r"^#? ?(?:URL|Source):\s*(\S+)", header.group(0), re.MULTILINE | re.IGNORECASE)
        url = url or (web_url(found.group(1)) if found else None)
        text = text[header.end():]
    markdown = _is_markdown(text, path)
    if markdown:
        text = markdown_to_text(text)
    text = _pipe_table_as_text(_vote_table_as_sides(text))
    # "the following Members were P r e s e n t: Metro Mayor S Rotheram ...": a word set letter-spaced, its letters joined
    # (a capital then small letters only: initials, "A B C", stay)
    text = re.sub(r"\b([A-Z])((?: [a-z]){3,})\b", lambda m: m.group(1) + m.group(2).replace(" ", ""), text)
    # "<AI1>" / "21. Declarations of Interest" / ... / "</AI1>": a ModernGov printed minutes' item markers, left in
    # a saved copy, are no one's name and no minute's text
    text = _PARAGRAPH_MARKUP.sub("\n", _MODERNGOV_MARKUP.sub("", text))
    # "held on the 10th October 2017at 7.30pm", "Apologies for absence for Cllr Hanczarykwere received": a space lost
    text = _GLUED_VERB.sub(r"\1 \2", _YEAR_GLUED.sub(" ", text))
    text = _restore_lost_breaks(_spaces_lost_as_question_marks(text))
    chunks = text.split("\f") if "\f" in text else [text]
    pages = []
    for number, chunk in enumerate(chunks, 1):
        lines = [Line(text=_once(re.sub(r"[ \t]+", " ", t).strip())) for t in chunk.split("\n") if t.strip()]
        pages.append(Page(number=number, text=chunk.strip(), lines=lines))
    _join_hyphenated(pages)
    return Document(path=path, sha256=sha256_hex(data), media_type="text/markdown" if markdown else "text/plain",
                    pages=pages, url=url)


# "Present:? ?D Durdan, ...", "11/704? Quorum Statement? -? It was ...", "... urgently.? E Chown ...": a page
# whose non-breaking spaces were saved in a character set without them, each now a question mark
_QUESTION_MARK_FOR_SPACE = re.compile(r"(?<=[.:;,)\d–-])\?(?=\s)|(?<=\s)\?(?=\s|[A-Za-z0-9])|\?(?=\s\?|\s[–-]\s?\?)")


def _spaces_lost_as_question_marks(text: str) -> str:
    """Question marks back to spaces, only in a text that shows the loss
    (five or more after a stop, a colon or another question mark, which
    no writer types): a real question keeps its mark elsewhere."""
    if len(re.findall(r"[.:;,]\?(?=\s)|\?\s\?", text)) < 5:
        return text
    return _QUESTION_MARK_FOR_SPACE.sub(" ", text)


def _once(line: str) -> str:
    """"APOLOGIES FOR ABSENCEAPOLOGIES FOR ABSENCE", "23/01DECLARATIONS OF
    INTERESTDECLARATIONS OF INTEREST": a saved page's heading printed twice
    (its text and its screen-reader copy) run together, after its number."""
    number = re.match(r"\d{1,4}(?:/\d{2})?\.?\s*", line)
    start = number.end() if number else 0
    title = line[start:]
    half = len(title) // 2
    if len(title) >= 12 and len(title) % 2 == 0 and title[:half] == title[half:] and " " in title:
        return line[:start] + title[:half]
    return line


# A transcription that dropped its line breaks without a space ("... the
# meeting.John Hume welcomed ...", "AndrewRogers", "ELECTION OF CHAIRJohn").
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.:;])(?=[A-Z0-9])|(?<=[a-z]{2})(?=\d{1,4}/\d{2}\s+[A-Z])")  # "received62/19 OTHER"
_GLUED_WORDS = re.compile(r"(?<=[a-z]{2})(?<!Mac)(?=[A-Z][a-z])|(?<=[A-Z]{3})(?=[A-Z][a-z]{2})"
                          r"|(?<=[a-z]{2})(?<!Mac)(?=[A-Z]{3,}\b)")  # "County Councillor ThornePUBLIC SPEAKING"
_GLUED_LABEL = re.compile(r"(?<=[A-Z]{2})(?<!RE)(?=(?:PRESENT|APOLOGIES|ABSENT)(?=[A-Z][a-z]|\s))|(?<=PRESENT)(?=[A-Z][a-z])"
                          r"|(?<=\d)(?=(?:Present|Apologies|Absent)\s?[:–—-])"  # "Minutes31 – 1 – 17Present – D. Buchanan"
                          r"|(?<=\d[ap]m)(?=[A-Z]{2})")  # "Meeting Opened 7.00pmIN ATTENDANCEChairman Mr TW Scott"


def _restore_lost_breaks(text: str) -> str:
    """Where a text's lines were joined without spaces, put a space back
    where a sentence, a word in capitals or a label ends and the next
    begins.  Only a text that shows it (three sentences or more run into the
    next, as a typed text never does) is touched: "McRitchie", "PowerPoint"
    stay whole elsewhere."""
    if len(re.findall(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])", text)) < 3:
        return text
    text = _GLUED_LABEL.sub(" ", text)
    return _GLUED_WORDS.sub(" ", _GLUED_SENTENCE.sub(" ", text))


# ---------------------------------------------------------------------------
# PDF


class _DocumentTimeout(BaseException):
    """Raised by the alarm; a BaseException so that no ``except Exception``
    around pdfminer calls can swallow it."""


@contextmanager
def _deadline(seconds: float, path: str) -> Iterator[float]:
    """Stop a document that takes too long.

    In the main thread a SIGALRM interrupts even one slow page (pdfminer is
    pure Python, so the signal lands between bytecodes); elsewhere the caller
    checks the returned deadline between pages.
    """
    end = time.monotonic() + seconds
    use_alarm = threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGALRM")
    if not use_alarm:
        yield end
        return

    def _expired(signum, frame):
        raise _DocumentTimeout()

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield end
    except _DocumentTimeout:
        raise ExtractionError(path, "timeout", f"took longer than the {seconds:g}s limit per document") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _open_pdf(data: bytes, path: str):
    import io

    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        return pdfplumber.open(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ExtractionError(path, "encrypted", f"is encrypted and needs a password ({exc.__class__.__name__})")
    except Exception as exc:  # pdfminer raises many types for damaged files
        cause = exc.__cause__ or exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise ExtractionError(path, "encrypted", "is encrypted and needs a password")
        raise ExtractionError(path, "corrupt", f"is not a readable PDF ({cause.__class__.__name__}: {cause})")


def _count_pages(data: bytes, path: str) -> int:
    """Pages in the PDF, by pdfium (strict about structure, but it recovers
    damaged cross-reference tables that pdfminer cannot), else by pdfminer."""
    import io

    import pdfplumber
    import pypdfium2

    try:
        doc = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        pdfium_error = str(exc)
        if "password" in pdfium_error.lower():
            raise ExtractionError(path, "encrypted", "is encrypted and needs a password")
    else:
        try:
            return len(doc)
        finally:
            doc.close()
    if b"%%EOF" not in data[-2048:]:
        raise ExtractionError(
            path, "truncated", f"ends without %%EOF after {len(data):,} bytes (a truncated download?)"
        )
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return len(pdf.pages)
    except Exception as exc:
        cause = exc.__cause__ or exc
        raise ExtractionError(
            path, "corrupt", f"is not a readable PDF (pdfium: {pdfium_error}; pdfminer: {cause.__class__.__name__})"
        )


def extract_pdf(
    data: bytes, path: str, options: Optional[ExtractOptions] = None, url: Optional[str] = None
) -> Document:
    options = options or ExtractOptions()
    page_count = _count_pages(data, path)
    if page_count == 0:
        raise ExtractionError(path, "empty", "has no pages")
    if page_count > options.max_pages:
        raise ExtractionError(
            path, "too_many_pages", f"has {page_count} pages, over the {options.max_pages}-page cap"
        )
    document = Document(path=path, sha256=sha256_hex(data), media_type="application/pdf", url=url)
    with _deadline(options.timeout, path) as deadline:
        try:
            pdf = _open_pdf(data, path)
        except ExtractionError as exc:
            if exc.kind == "encrypted":
                raise
            pdf = None
            document.warnings.append(f"pdfplumber could not read the file ({exc}); text from pdfium")
        try:
            plumber_pages = list(pdf.pages) if pdf is not None else []
        except Exception as exc:
            plumber_pages = []
            document.warnings.append(f"pdfplumber could not list pages ({exc.__class__.__name__})")
        if len(plumber_pages) != page_count:
            if plumber_pages:
                document.warnings.append(
                    f"pdfplumber saw {len(plumber_pages)} pages, pdfium {page_count}; text from pdfium"
                )
            plumber_pages = []
        pdfium = chars_from = None
        if not plumber_pages:
            import pypdfium2

            pdfium = pypdfium2.PdfDocument(data)
        elif options.pdf_engine == "pdfium":
            chars_from = _open_pdfium(data)
        try:
            for number in range(1, page_count + 1):
                if time.monotonic() > deadline:
                    raise ExtractionError(
                        path, "timeout", f"took longer than the {options.timeout:g}s limit per document"
                    )
                if plumber_pages:
                    page = _page_from_plumber(plumber_pages[number - 1], number, options, chars_from)
                else:
                    page = _page_from_pdfium(pdfium, number)
                document.pages.append(page)
        except ExtractionError:
            raise
        except Exception as exc:
            raise ExtractionError(
                path, "corrupt", f"failed on page {len(document.pages) + 1} ({exc.__class__.__name__}: {exc})"
            )
        finally:
            if pdf is not None:
                pdf.close()
            for opened in (pdfium, chars_from):
                if opened is not None:
                    opened.close()
        _remove_running_lines(document.pages)
        _join_hyphenated(document.pages)
        for page in document.pages:
            for line in page.lines:
                line.text = _plain_hyphens(line.text)
            page.text = "\n".join(line.text for line in page.lines)
        _ocr_where_needed(data, document, options)
    return document


def _open_pdfium(data: bytes):
    """The document opened by PDFium for its characters, or None (not
    installed, or it cannot read what pdfminer can): pdfminer then reads
    every page, as with ``pdf_engine="pdfminer"``."""
    try:
        import pypdfium2

        return pypdfium2.PdfDocument(data)
    except Exception as exc:  # ImportError, PdfiumError
        log.debug("PDFium cannot read this file (%s): characters from pdfminer", exc)
        return None


def _pdfium_chars(doc, number: int, plumber_page):
    """A page's characters from PDFium (see :mod:`.pdfium_chars`), or None
    where pdfminer must read it."""
    from .pdfium_chars import page_chars

    try:
        pdf_page = doc[number - 1]
    except Exception:
        return None
    try:
        return page_chars(pdf_page, plumber_page.page_obj)
    except (_DocumentTimeout, MemoryError):
        raise
    except Exception as exc:  # a PDFium error on this page: pdfminer reads it
        log.debug("page %d: PDFium failed (%s: %s): characters from pdfminer", number, exc.__class__.__name__, exc)
        return None
    finally:
        pdf_page.close()


def _page_from_pdfium(doc, number: int) -> Page:
    """A page pdfminer could not read, from the open pdfium document."""
    import pypdfium2

    pdf_page = doc[number - 1]
    text = pdf_page.get_textpage().get_text_range()
    has_images = any(obj.type == pypdfium2.raw.FPDF_PAGEOBJ_IMAGE for obj in pdf_page.get_objects())
    lines = [Line(text=t.strip()) for t in text.splitlines() if t.strip()]
    page = Page(number=number, text=text, lines=lines)
    page.quality = text_quality(text)
    page.scanned = not lines and has_images
    return page


# ---------------------------------------------------------------------------
# Lines and layout


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+")[-1].lower()
    return any(mark in name for mark in ("bold", "black", "heavy", "semibold", ",b"))


def _words_to_lines(words: list[dict], tolerance: float = 3.0) -> list[list[dict]]:
    """Group words whose tops are within ``tolerance`` points into lines."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= tolerance:
            lines[-1].append(word)
        else:
            lines.append([word])
    for line in lines:
        line.sort(key=lambda w: w["x0"])
    lines.sort(key=lambda ws: min(w["top"] for w in ws))
    return lines


def _column_gutter(words: list[dict], width: float) -> Optional[float]:
    """The x of a vertical gutter that splits the page into two columns, or None.

    A gutter is a band in the middle third that no word crosses while both
    sides carry many lines; minutes are mostly one column, so the test is
    strict to keep right-aligned outcome lines and tables out of it.
    """
    if len(words) < 40:
        return None
    lo, hi = width * 0.3, width * 0.7
    step = 2.0
    x = lo
    best = None
    while x < hi:
        if not any(w["x0"] < x < w["x1"] for w in words):
            left = sum(1 for w in words if w["x1"] <= x)
            right = sum(1 for w in words if w["x0"] >= x)
            if left > 0.3 * len(words) and right > 0.3 * len(words):
                best = x
                break
        x += step
    if best is None:
        return None
    left_lines = _words_to_lines([w for w in words if w["x1"] <= best])
    right_lines = _words_to_lines([w for w in words if w["x0"] >= best])
    if len(left_lines) < 8 or len(right_lines) < 8:
        return None
    return best


def _make_line(words: list[dict], page_width: float, text_right: float) -> Line:
    parts = []
    previous = None
    for word in words:
        if previous is not None:
            gap = word["x0"] - previous["x1"]
            superscript = gap < 1.0 and word.get("size", 0) < previous.get("size", 0) * 0.85
            if superscript:
                pass  # "29" + raised "th" is one word, "29th"
            else:
                parts.append("    " if gap > 4 * max(previous.get("size", 10), 1) else " ")
        parts.append(word["text"])
        previous = word
    text = "".join(parts).strip()
    chars = sum(len(w["text"]) for w in words)
    bold_chars = sum(len(w["text"]) for w in words if _is_bold(w.get("fontname", "")))
    x0 = words[0]["x0"]
    x1 = words[-1]["x1"]
    right_aligned = x0 > page_width * 0.45 and abs(text_right - x1) < 12
    return Line(
        text=text,
        bold=chars > 0 and bold_chars / chars > 0.6,
        x0=round(x0, 1),
        top=round(min(w["top"] for w in words), 1),
        size=round(max(w.get("size", 0) for w in words), 1),
        right_aligned=right_aligned,
    )


def _table_lines(plumber_page, words: list[dict]) -> tuple[list[list[list[Optional[str]]]], list[dict], list[Line]]:
    """Find ruled tables; return them, the words outside them, and one line
    per table row (cells joined by `` | ``) placed where the row stands."""
    try:
        tables = plumber_page.find_tables()
    except Exception:
        return [], words, []
    if not tables:
        return [], words, []
    kept, rows_as_lines = [], []
    outside = words
    for table in tables:
        rows = table.extract()
        if len(rows) < 2 or max((len(r) for r in rows), default=0) < 2:
            continue
        kept.append(rows)
        x0, top, x1, bottom = table.bbox
        outside = [
            w for w in outside
            if not (w["x0"] >= x0 - 1 and w["x1"] <= x1 + 1 and w["top"] >= top - 1 and w["bottom"] <= bottom + 1)
        ]
        for row, cells in zip(table.rows, rows):
            values = [re.sub(r"\s+", " ", c or "").strip() for c in cells]
            if not any(values):
                continue
            rows_as_lines.append(
                Line(text=" | ".join(values), x0=round(x0, 1), top=round(row.bbox[1], 1), table=True)
            )
    return kept, outside, rows_as_lines


def _char_device(rsrcmgr, pageno: int):
    """A pdfminer device that keeps, of each character, only what the layout
    code reads: ``(text, x0, x1, y0, y1, fontname, size)`` of the upright
    ones, in the order drawn.

    pdfplumber's own ``page.layout`` builds an ``LTChar`` per character
    (matrix, colour space, graphic state, marked-content tags) and the layout
    code then walked them; on the Kent minutes that was about a third of
    extraction.  The geometry here is pdfminer's own (``LTChar.__init__``'s
    arithmetic, with its ``apply_matrix_rect``), so the words come out the
    same; vertical fonts, which no minutes we have seen use, still go
    through ``LTChar``.  Ruling lines and images are still collected in the
    page's layout, as pdfminer makes them.
    """
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar
    from pdfminer.pdffont import PDFUnicodeNotDefined
    from pdfminer.utils import apply_matrix_rect

    class CharDevice(PDFPageAggregator):
        def __init__(self):
            super().__init__(rsrcmgr, pageno=pageno, laparams=None)
            self.chars: list[tuple] = []

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
            try:
                text = font.to_unichr(cid)
            except PDFUnicodeNotDefined:
                text = self.handle_undefined_char(font, cid)
            textwidth = font.char_width(cid)
            if font.is_vertical():
                char = LTChar(matrix, font, fontsize, scaling, rise, text, textwidth, font.char_disp(cid), ncs,
                              graphicstate)
                if char.upright:
                    self.chars.append((text, char.x0, char.x1, char.y0, char.y1, char.fontname, char.size))
                return char.adv
            adv = textwidth * fontsize * scaling
            descent = font.get_descent() * fontsize
            a, b, c, d, e, f = matrix
            if a * d * scaling > 0 and b * c <= 0:  # upright
                bottom, top = descent + rise, descent + rise + fontsize
                if b == 0 and c == 0:
                    # Unrotated text (nearly all of it): the corners of
                    # apply_matrix_rect reduce to two x and two y, computed
                    # by the same expressions, so the floats are the same.
                    x0, x1 = a * 0 + c * bottom + e, a * adv + c * bottom + e
                    y0, y1 = b * 0 + d * bottom + f, b * 0 + d * top + f
                else:
                    x0, y0, x1, y1 = apply_matrix_rect(matrix, (0, bottom, adv, top))
                if x1 < x0:
                    x0, x1 = x1, x0
                if y1 < y0:
                    y0, y1 = y1, y0
                self.chars.append((text, x0, x1, y0, y1, font.fontname, y1 - y0))
            return adv

    return CharDevice()


def _pdfminer_chars(plumber_page) -> tuple[list[tuple], float, list[list[tuple]], bool]:
    """The page's upright characters as pdfminer interprets it (see
    :func:`_char_device`), the page height, the points of its painted
    subpaths (pdfminer's ``LTCurve`` objects: lines, rectangles, curves) and
    whether it has images."""
    from pdfminer.layout import LTCurve, LTFigure, LTImage
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfplumber.utils.exceptions import PdfminerException

    rsrcmgr = plumber_page.pdf.rsrcmgr
    device = _char_device(rsrcmgr, plumber_page.page_number)
    try:
        PDFPageInterpreter(rsrcmgr, device).process_page(plumber_page.page_obj)
    except Exception as exc:  # as pdfplumber's page.layout reports it
        raise PdfminerException(exc)
    layout = device.get_result()
    rulings: list[list[tuple]] = []
    has_images = False

    def walk(container):
        nonlocal has_images
        for obj in container:
            if isinstance(obj, LTCurve):  # LTLine and LTRect are curves
                rulings.append(list(obj.pts))
            elif isinstance(obj, LTImage):
                has_images = True
            elif isinstance(obj, LTFigure):
                walk(obj)

    walk(layout)
    return device.chars, float(layout.height), rulings, has_images


def may_hold_table(rulings: list[list[tuple]]) -> bool:
    """Whether pdfplumber's table finder could keep a table (two rows and
    two columns, :func:`_table_lines`) on a page painted with these
    subpaths (each a list of points in page space).

    Why: the finder makes pdfplumber interpret the page a second time and
    build a dict per character; on the eight Kent minutes it ran on nine
    pages (underlines, rules under a heading) and kept nothing, a sixth of
    extraction.  A lone underline or box is not worth it (fewer than four
    subpaths), and nor is a page whose rulings cannot form a grid: a table
    of two rows and two columns has cells at three distinct tops (and
    three x), and the finder's cells stand where its horizontal edges meet
    its vertical ones.  Its edges are the pairs of consecutive points
    (rectangle sides, line segments), horizontal where the y are equal and
    at least a point long (its ``edge_min_length_prefilter``); any other
    pair a point or more tall may be a vertical one (pdfplumber counts even
    a slanted line as vertical), at either of its x.  Snapping and joining
    only merge positions, so fewer than three positions a half point apart
    on either axis means no table; the tolerances err towards running it.
    """
    if len(rulings) < 4:
        return False
    tops: list[float] = []
    xs: list[float] = []
    for points in rulings:
        for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
            if abs(y0 - y1) <= 0.01:
                if abs(x0 - x1) >= 0.99:
                    tops.append(y0)
            elif abs(y0 - y1) >= 0.99:
                xs += (x0, x1)
    return _positions(tops) >= 3 and _positions(xs) >= 3


def _positions(values: list[float], apart: float = 0.5) -> int:
    """How many groups ``values`` make, a group ending where the next value
    is more than ``apart`` away (pdfplumber snaps edges 3 points apart)."""
    groups, last = 0, None
    for value in sorted(values):
        if last is None or value - last > apart:
            groups += 1
        last = value
    return groups


def _words_from_chars(chars: list[tuple], height: float) -> list[dict]:
    """Words from a page's characters, ``(text, x0, x1, y0, y1, fontname,
    size)`` in PDF space (y upwards).

    pdfplumber's own ``extract_words`` first turns every character into a
    dict of some twenty resolved attributes; profiling the Kent minutes put
    about 55% of extraction time there.  Reading the characters directly
    gives the same words (same tolerances: 3 points across, 3 down) at a
    fraction of the cost.
    """
    # Cluster characters into lines by their top (3 points), then read each
    # line left to right: a drop capital set a point higher stays in its word.
    chars.sort(key=lambda c: height - c[4])
    lines: list[list] = []
    for char in chars:
        top = height - char[4]
        if lines and top - lines[-1][0] <= 3:
            lines[-1][1].append(char)
        else:
            lines.append([top, [char]])
    words: list[dict] = []
    current: list = []
    bold_fonts: dict[str, bool] = {}

    def is_bold(fontname: str) -> bool:
        bold = bold_fonts.get(fontname)
        if bold is None:
            bold = bold_fonts[fontname] = "bold" in fontname.lower()
        return bold

    def flush():
        if current:
            flags = [is_bold(c[5]) for c in current]
            bold = sum(flags) * 2 > len(current)
            words.append({
                "text": "".join([c[0] for c in current]), "x0": current[0][1], "x1": current[-1][2],
                "top": height - max([c[4] for c in current]), "bottom": height - min([c[3] for c in current]),
                "fontname": current[flags.index(True)][5] if bold else current[0][5],
                "size": max([c[6] for c in current]),
            })
            current.clear()

    for _, line_chars in lines:
        # A gap of about a space's width ends a word.  A space character ends
        # one too, but only where it stands between the letters on either
        # side (some producers overlap spaces with the next letter; a
        # condensed font's letters overlap each other, so there the space is
        # the only sign of a break: "AdditionTheClerkchecked").
        previous, space = None, None
        for char in sorted(line_chars, key=lambda c: c[1]):
            if char[0].isspace():
                space = char
                continue
            if previous is not None and (
                    char[1] - previous[2] > max(1.0, 0.15 * min(char[6], previous[6]))
                    or space is not None and (previous[1] + previous[2]) / 2 <= space[1] <= (char[1] + char[2]) / 2):
                flush()
            current.append(char)
            previous, space = char, None
        flush()
    return words


def _page_from_plumber(plumber_page, number: int, options: ExtractOptions, pdfium_doc=None) -> Page:
    """One page's lines from its characters: PDFium's when ``pdfium_doc``
    is given and they can stand for pdfminer's on this page, else
    pdfminer's; pdfplumber's table finder either way."""
    found = _pdfium_chars(pdfium_doc, number, plumber_page) if pdfium_doc is not None else None
    chars, height, rulings, has_images = found if found is not None else _pdfminer_chars(plumber_page)
    words = _words_from_chars(chars, height)
    tables, words, table_lines = (
        _table_lines(plumber_page, words) if options.tables and words and may_hold_table(rulings) else ([], words, [])
    )
    width = float(plumber_page.width)
    text_right = max((w["x1"] for w in words), default=width)
    gutter = _column_gutter(words, width)
    if gutter is None:
        groups = [words]
    else:
        groups = [[w for w in words if w["x1"] <= gutter], [w for w in words if w["x0"] >= gutter]]
    lines: list[Line] = []
    for group in groups:
        group_lines = [_make_line(ws, width, text_right) for ws in _words_to_lines(group)]
        if table_lines and group is groups[-1]:
            group_lines = sorted(group_lines + table_lines, key=lambda l: l.top)
        lines.extend(group_lines)
    if not groups[-1] and table_lines:
        lines = sorted(lines + table_lines, key=lambda l: l.top)
    text = "\n".join(line.text for line in lines)
    page = Page(number=number, text=text, lines=lines, tables=tables)
    page.quality = text_quality(text)
    page.scanned = not words and has_images
    return page


# ---------------------------------------------------------------------------
# Headers, footers, page numbers

_PAGE_NUMBER = re.compile(
    r"^(?:page\s*\|?\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$|^page\s+\d{1,4}\s+of\s+\d{1,4}$",
    re.IGNORECASE,
)
_EDGE_LINES = 3


def _plain_hyphens(text: str) -> str:
    """Soft hyphens dropped and Unicode hyphens made plain: Word exports
    "Bartlett-Butt" as hyphen, soft hyphen, U+2010, which no reader of the
    name (or search for it) expects."""
    if "\u00ad" not in text and "\u2010" not in text and "\u2011" not in text:
        return text
    text = text.replace("\u00ad", "")
    return re.sub("-?[\u2010\u2011]", "-", text)


def _normalise_running(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def _remove_running_lines(pages: list[Page]) -> None:
    """Drop lines that repeat at the top or bottom of most pages, and bare
    page numbers at either edge; the top ones are kept as the page's
    ``header`` for finding the meeting."""
    counted = Counter()
    for page in pages:
        edge = page.lines[:_EDGE_LINES] + page.lines[-_EDGE_LINES:]
        counted.update({_normalise_running(l.text) for l in edge if l.text.strip()})
    threshold = max(2, int(len(pages) * 0.5 + 0.5))
    running = {text for text, n in counted.items() if n >= threshold and len(pages) >= 2}
    for page in pages:
        keep = []
        last = len(page.lines) - 1
        for index, line in enumerate(page.lines):
            at_edge = index < _EDGE_LINES or index > last - _EDGE_LINES
            stripped = line.text.strip()
            if not stripped:
                continue
            if at_edge and (_normalise_running(stripped) in running or _PAGE_NUMBER.match(stripped)):
                if index < _EDGE_LINES and not _PAGE_NUMBER.match(stripped):
                    page.header.append(stripped)
                continue
            keep.append(line)
        # A page number printed above a running footer ("1" over "All
        # minutes are draft...") is at the edge once the footer is gone.
        while keep and _PAGE_NUMBER.match(keep[-1].text.strip()):
            keep.pop()
        page.lines = keep


# ---------------------------------------------------------------------------
# Hyphenation

_HYPHEN_END = re.compile(r"(?<!\w)(\w+)-$")  # from a word's start only: linear on a long word


@lru_cache(maxsize=1)
def _word_frequency():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return None
    return zipf_frequency


@lru_cache(maxsize=2)
def _english_list(size: str) -> Optional[dict[str, float]]:
    """wordfreq's English word list ("small": 29,000 words; "large": 321,000)
    as Zipf values, read from the package's own data file without importing
    wordfreq: the import (langcodes, ftfy) took 0.2 s of every worker that met
    an unsettled hyphen, for a dictionary lookup.  The file is a gzipped
    msgpack list, a header then the words of each centibel of frequency in
    turn (wordfreq's "cBpack"), so a word's Zipf value is 9 less its
    centibels over 100: the value ``zipf_frequency`` gives for each of the
    317,000 plain lower-case words of both lists.  None if the file is
    missing or in another format (the API is used then)."""
    import gzip
    import importlib.util
    import os

    import msgpack

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "data", f"{size}_en.msgpack.gz")
    try:
        with gzip.open(path, "rb") as stream:
            data = msgpack.load(stream, raw=False)
    except (OSError, ValueError, msgpack.ExtraData, msgpack.FormatError, msgpack.StackError):
        return None
    if not data or data[0] != {"format": "cB", "version": 1}:
        return None
    return {word: round(9 - centibels / 100, 2) for centibels, words in enumerate(data[1:]) for word in words}


def _is_word(word: str) -> float:
    """The word's Zipf frequency in English.  The small list gives every
    word it holds the same value as the large one; a word it lacks is below
    3.0 there, so only then is the large list read (none of the eight Kent
    minutes asks for it).  A word that is not plain lower-case letters once
    lowered (digits, accents) goes through wordfreq's own tokenizer."""
    lowered = word.lower()
    small = _english_list("small")
    if small is not None and lowered.isascii() and lowered.isalpha():
        found = small.get(lowered)
        if found is not None:
            return found
        large = _english_list("large")
        if large is not None:
            return large.get(lowered, 0.0)
    zipf = _word_frequency()
    if not zipf:
        return 0.0
    return zipf(lowered, "en", wordlist="small") or zipf(lowered, "en", wordlist="large")


# Word endings that are words themselves ("govern-ment", "partner-ship"):
# after a line-end hyphen they are the rest of one word, not a compound.
_SUFFIXES = {
    "ment", "ments", "ship", "ships", "tion", "tions", "sion", "sions", "ness", "ance", "ence",
    "ity", "able", "ible", "ally", "ful", "less", "ous", "ive", "ise", "ize", "ised", "ized",
    "ation", "ations", "ing", "ings", "ed", "er", "ers", "ly", "al", "age", "ward", "wards",
}


def resolve_hyphen(left: str, right: str, seen: Iterable[str] = ()) -> str:
    """How ``left-`` at a line end and ``right`` at the next line's start join.

    ``informa-`` + ``tion`` -> ``information`` (a word, and neither half is);
    ``decision-`` + ``making`` -> ``decision-making`` (both halves are words);
    ``Crow-`` + ``Brown`` -> ``Crow-Brown`` (a capital after the hyphen is a
    double-barrelled name).  ``seen`` holds words found elsewhere in the same
    document, the best evidence of how it spells them.
    """
    joined = left + right
    if not right[:1].islower():
        return f"{left}-{right}"
    seen = set(seen)
    if joined.lower() in seen:
        return joined
    if f"{left}-{right}".lower() in seen:
        return f"{left}-{right}"
    both_words = _is_word(left) >= 3.0 and _is_word(right) >= 3.0 and right.lower() not in _SUFFIXES
    if not both_words and _is_word(joined) >= 2.5:
        return joined
    return f"{left}-{right}"


def _join_hyphenated(pages: list[Page]) -> None:
    """Re-join words broken across lines, across page breaks too."""
    all_lines = [line for page in pages for line in page.lines if not line.table]
    seen = {w.lower() for line in all_lines for w in re.findall(r"[\w-]+", line.text)}
    for current, following in zip(all_lines, all_lines[1:]):
        if not current.text.endswith("-") or current.text.endswith("--") or not following.text:
            continue
        # Only the line's tail is searched: "(\w+)-$" over a whole hostile
        # line of letters backtracks from every position.
        offset = max(0, len(current.text) - 80)
        end = _HYPHEN_END.search(current.text, offset)
        start = re.match(r"^(\w{1,80})(.*)$", following.text, re.DOTALL)
        if not end or not start:
            continue
        left, right = end.group(1), start.group(1)
        if not left.isalpha() or not right.isalpha():
            continue
        current.text = current.text[: end.start()] + resolve_hyphen(left, right, seen)
        following.text = start.group(2).lstrip()
    for page in pages:
        page.lines = [line for line in page.lines if line.text.strip()]


# ---------------------------------------------------------------------------
# Text quality and OCR

_CID = re.compile(r"\(cid:\d+\)")


def text_quality(text: str) -> float:
    """Share of a page's tokens that look like words or numbers (0..1).

    A text layer from fonts without a usable character map comes out as
    ``(cid:21)(cid:26)`` runs or symbol soup: those score near zero.
    """
    cleaned = _CID.sub(" \x00 ", text)
    tokens = cleaned.split()
    if not tokens:
        return 1.0
    good = 0
    for token in tokens:
        core = token.strip(".,;:()[]\"'!?%£$&-–—/*")
        if not core:
            good += 1
            continue
        if "\x00" in core:
            continue
        if core.isdigit() or re.fullmatch(r"[\d.,/£$%-]+", core):
            good += 1
        elif re.fullmatch(r"[A-Za-z][A-Za-z'’-]*", core) and (
            re.search(r"[aeiouyAEIOUY]", core) or len(core) <= 4
        ):
            good += 1
    return good / len(tokens)


GARBLED_BELOW = 0.5


def _ocr_where_needed(data: bytes, document: Document, options: ExtractOptions) -> None:
    needs = [p for p in document.pages if p.scanned or (p.text.strip() and p.quality < GARBLED_BELOW)]
    if not needs:
        return
    scanned = [p.number for p in needs if p.scanned]
    garbled = [p.number for p in needs if not p.scanned]
    can_ocr = options.ocr != "never" and tesseract_available()
    if not can_ocr:
        why = "OCR is off" if options.ocr == "never" else "tesseract is not installed"
        if scanned:
            document.warnings.append(
                f"{_pages_phrase(scanned, 'has', 'have')} no text layer (scanned) and {why}: not OCR'd"
            )
        if garbled:
            document.warnings.append(
                f"{_pages_phrase(garbled, 'has', 'have')} an unreadable text layer (quality below {GARBLED_BELOW}): not OCR'd"
            )
        document.status = "scanned" if len(scanned) == len(document.pages) else (
            "garbled" if garbled else document.status
        )
        return
    import os

    import pypdfium2

    # Tesseract's OpenMP threads fight each other on small machines: one
    # thread per page is several times faster than the default.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    pdf = pypdfium2.PdfDocument(data)
    try:
        for page in needs:
            pdf_page = pdf[page.number - 1]
            width, height = pdf_page.get_size()
            # A tiny file can declare a page of kilometres: the scale is
            # capped so that the bitmap never passes ocr_max_pixels.
            scale = options.ocr_resolution / 72
            area = max(width * height, 1.0)
            if area * scale * scale > options.ocr_max_pixels:
                scale = (options.ocr_max_pixels / area) ** 0.5
                document.warnings.append(f"page {page.number} is {width:.0f}x{height:.0f} points: OCR'd at "
                                         f"{scale * 72:.0f} dpi to stay within {options.ocr_max_pixels:,} pixels")
            image = pdf_page.render(scale=scale).to_pil()
            text = _tesseract(image, options, document.path, page.number)
            page.lines = [Line(text=t.strip()) for t in text.splitlines() if t.strip()]
            page.text = "\n".join(l.text for l in page.lines)
            page.quality = text_quality(page.text)
            page.ocr = True
    finally:
        pdf.close()
    document.ocr = True
    if scanned:
        document.warnings.append(f"{_pages_phrase(scanned, 'was a scanned image', 'were scanned images')}: text is from OCR")
    if garbled:
        document.warnings.append(f"{_pages_phrase(garbled, 'had', 'had')} an unreadable text layer: text is from OCR")


def _tesseract(image, options: ExtractOptions, path: str, number: int) -> str:
    """Run tesseract on one page image with a timeout, as a process that
    dies with the worker that started it (no orphan keeps the CPU)."""
    import subprocess
    import tempfile


    with tempfile.TemporaryDirectory(prefix="minutes-ocr-") as folder:
        picture = f"{folder}/page.png"
        image.save(picture)
        try:
            result = subprocess.run(["tesseract", picture, "stdout", "-l", options.ocr_language],
                                    capture_output=True, timeout=options.ocr_page_timeout,
                                    preexec_fn=die_with_parent, check=False)
        except subprocess.TimeoutExpired:
            raise ExtractionError(path, "timeout", f"OCR of page {number} took longer than "
                                  f"{options.ocr_page_timeout:g}s") from None
    if result.returncode != 0:
        raise ExtractionError(path, "ocr_failed", f"tesseract failed on page {number}: "
                              f"{result.stderr.decode('utf-8', 'replace').strip()[:200]}")
    return result.stdout.decode("utf-8", errors="replace")


def _pages_phrase(numbers: list[int], singular: str, plural: str) -> str:
    """``page 3 has`` / ``pages 1-3 have``."""
    if len(numbers) == 1:
        return f"page {numbers[0]} {singular}"
    return f"pages {_ranges(numbers)} {plural}"


def _ranges(numbers: list[int]) -> str:
    spans, start, prev = [], None, None
    for n in numbers:
        if start is None:
            start = prev = n
        elif n == prev + 1:
            prev = n
        else:
            spans.append((start, prev))
            start = prev = n
    if start is not None:
        spans.append((start, prev))
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)
