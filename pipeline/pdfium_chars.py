"""A page's characters from PDFium, in the shape pdfminer gives them.

Why: on the Kent minutes about half of extraction was pdfminer's
pure-Python content-stream parser.  PDFium (C++, through pypdfium2) reads
the same page several times faster; this module asks it for each
character's text, origin, font and size and computes the box pdfminer
would (``LTChar``: from the origin, the font's advance width, its descent
and size), so that :func:`.extract._words_from_chars` builds the same words
from either source.

PDFium's text page is not a plain list of what was drawn: it drops a text
object drawn twice at the same place (fake bold), replaces marked content
by its ``/ActualText``, marks a hyphen at a line's end as U+0002, splits
ligatures, reverses right-to-left runs, merges runs of spaces and adds
spaces and line breaks of its own, and leaves out a text object of no width
(a lone space).  Each of those is undone here where it can be (generated
characters are skipped, a space it dropped after one of its own is put
back, a lone space object is put back from the object's matrix and font, a
line-end hyphen is given back the character its font maps); where it
cannot, :func:`page_chars` returns ``None`` and the caller reads that page
with pdfminer: a rotated, skewed or mirrored text, any other text object
left out, characters that share one origin, a character with no Unicode
mapping (pdfminer's ``(cid:N)``).  Not detectable, and so not undone: a run
of real spaces PDFium merged into one (the word builder reads only the last
space before a letter, and two spaces' gap ends a word anyway).
``benchmarks/pdf_engines.py`` compares the two engines on every PDF in the
fixtures and the shared corpus.

PDFium computes in single precision: 93.186 in the file comes back as
93.18599700927734.  Positions are rounded to five decimals (files write at
most four) so that a space standing exactly at a letter's middle, or a line
starting at x.x5, compares and rounds as pdfminer's doubles do; where the
file's own numbers are not short decimals, a line's x0 or top can still
come out 0.1 point from pdfminer's.

PDFium is C code reading hostile bytes: this runs only where extraction
runs, inside the sandboxed parse worker (:mod:`.sandbox`).
"""

from __future__ import annotations

import ctypes
from collections import Counter
from functools import lru_cache
from typing import Optional

_TEXT, _PATH, _IMAGE, _FORM = 1, 2, 3, 5
_BEZIERTO, _MOVETO = 1, 2
_NOT_TEXT = frozenset("\ufffe\x02\x00")  # a line-end hyphen (U+0002 / U+FFFE in the text), no Unicode


class _Api:
    """PDFium's C functions with plain ctypes signatures.

    pypdfium2's bindings convert every argument through declared
    ``argtypes``: about 1.7 microseconds a call, against 0.5 for the same
    function called with ready-made ctypes values.  A page of minutes asks
    for some 2,500 characters, so the character loop calls these instead.
    The library is the one pypdfium2 loaded (same handles, same state).
    """

    def __init__(self):
        import pypdfium2.raw as raw

        try:
            from pypdfium2_raw.bindings import _libs

            lib = _libs["pdfium"]
        except (ImportError, KeyError, AttributeError):  # pragma: no cover - another packaging
            lib = None
        self.raw = raw

        def fn(name: str, restype=ctypes.c_int):
            f = lib[name] if lib is not None else getattr(raw, name)
            if lib is not None:
                f.restype = restype
            return f

        vp, dbl, flt = ctypes.c_void_p, ctypes.c_double, ctypes.c_float
        self.load_text = fn("FPDFText_LoadPage", vp)
        self.close_text = fn("FPDFText_ClosePage", None)
        self.count_chars = fn("FPDFText_CountChars")
        self.get_text = fn("FPDFText_GetText")
        self.unicode = fn("FPDFText_GetUnicode", ctypes.c_uint)
        self.is_generated = fn("FPDFText_IsGenerated")
        self.map_error = fn("FPDFText_HasUnicodeMapError")
        self.is_hyphen = fn("FPDFText_IsHyphen")
        self.bounds = fn("FPDFPageObj_GetBounds")
        self.object_matrix = fn("FPDFPageObj_GetMatrix")
        self.object_font_size = fn("FPDFTextObj_GetFontSize")
        self.origin = fn("FPDFText_GetCharOrigin")
        self.text_object = fn("FPDFText_GetTextObject", vp)
        self.char_matrix = fn("FPDFText_GetMatrix")
        self.font_size = fn("FPDFText_GetFontSize", dbl)
        self.obj_font = fn("FPDFTextObj_GetFont", vp)
        self.base_font_name = fn("FPDFFont_GetBaseFontName", ctypes.c_size_t)
        self.descent = fn("FPDFFont_GetDescent")
        self.glyph_width = fn("FPDFFont_GetGlyphWidth")
        self.rotation = fn("FPDFPage_GetRotation")
        self.count_objects = fn("FPDFPage_CountObjects")
        self.get_object = fn("FPDFPage_GetObject", vp)
        self.form_count = fn("FPDFFormObj_CountObjects")
        self.form_object = fn("FPDFFormObj_GetObject", vp)
        self.object_type = fn("FPDFPageObj_GetType")
        self.count_segments = fn("FPDFPath_CountSegments")
        self.get_segment = fn("FPDFPath_GetPathSegment", vp)
        self.segment_type = fn("FPDFPathSegment_GetType")
        self.segment_point = fn("FPDFPathSegment_GetPoint")
        self.draw_mode = fn("FPDFPath_GetDrawMode")
        self.flt = flt


@lru_cache(maxsize=1)
def _api() -> _Api:
    return _Api()


#: Why pages went to pdfminer in this process, for the benchmark and tests.
FALLBACKS: Counter = Counter()


def _fallback(why: str) -> None:
    FALLBACKS[why] += 1
    return None


def _handle(page) -> ctypes.c_void_p:
    """The FPDF_PAGE of a pypdfium2 page, as a plain pointer."""
    return ctypes.c_void_p(ctypes.cast(page.raw, ctypes.c_void_p).value)


def _objects(api: _Api, page: ctypes.c_void_p):
    """Every page object, those inside form XObjects too (as pdfminer's
    figures), depth first in drawing order, each with the matrix of the
    forms around it (``None`` on the page itself)."""
    stack = [(api.get_object, page, api.count_objects(page), 0, None)]
    while stack:
        get, owner, count, index, outer = stack.pop()
        if index >= count:
            continue
        stack.append((get, owner, count, index + 1, outer))
        obj = ctypes.c_void_p(get(owner, ctypes.c_ulong(index)) if get is api.form_object else get(owner, index))
        if not obj.value:
            continue
        kind = api.object_type(obj)
        yield obj.value, kind, obj, outer
        if kind == _FORM:
            stack.append((api.form_object, obj, api.form_count(obj), 0, _then(_matrix(api, obj), outer)))


def _matrix(api: _Api, obj: ctypes.c_void_p) -> tuple:
    values = (ctypes.c_float * 6)()
    if not api.object_matrix(obj, values):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return tuple(values)


def _then(inner: tuple, outer: Optional[tuple]) -> tuple:
    """The matrix that applies ``inner``, then ``outer`` (PDF's a b c d e f)."""
    if outer is None:
        return inner
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _painted_subpaths(api: _Api, path: ctypes.c_void_p, outer: Optional[tuple]) -> list[list[tuple]]:
    """The points of each subpath pdfminer would make an ``LTCurve`` of (a
    painted path is split at each move-to that more segments follow), in
    page space, one point per path operator as pdfminer keeps them (a Bézier
    curve's end point, not its control points)."""
    fill, stroke = ctypes.c_int(0), ctypes.c_int(0)
    if not api.draw_mode(path, ctypes.byref(fill), ctypes.byref(stroke)) or not (fill.value or stroke.value):
        return []
    count = api.count_segments(path)
    a, b, c, d, e, f = _then(_matrix(api, path), outer)
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple]] = []
    bezier = 0
    for i in range(max(count, 0)):
        segment = ctypes.c_void_p(api.get_segment(path, i))
        kind = api.segment_type(segment)
        if i == 0 and kind != _MOVETO:
            return []
        bezier = bezier + 1 if kind == _BEZIERTO else 0
        if bezier % 3 in (1, 2):  # a control point
            continue
        api.segment_point(segment, ctypes.byref(x), ctypes.byref(y))
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == _MOVETO:
            subpaths.append([point])
        else:
            subpaths[-1].append(point)
    return [points for points in subpaths if len(points) > 1]


def page_chars(pdf_page, miner_page) -> Optional[tuple[list[tuple], float, bool, bool]]:
    """``(chars, height, rulings, has_images)`` as :func:`.extract._pdfminer_chars`
    gives them, from PDFium's reading of ``pdf_page`` (a pypdfium2 page);
    ``miner_page`` is pdfminer's ``PDFPage`` of the same page (its media box
    places the characters as pdfminer places them).  ``None`` where PDFium's
    text cannot stand for pdfminer's on this page."""
    api = _api()
    page = _handle(pdf_page)
    if api.rotation(page) != 0 or (miner_page.rotate or 0) % 360 != 0:
        return _fallback('rotated')
    mx0, my0, mx1, my1 = miner_page.mediabox
    height = abs(my1 - my0)

    text_objects: set[int] = set()
    rulings: list[list[tuple]] = []
    has_images = False
    for address, kind, obj, outer in _objects(api, page):
        if kind == _TEXT:
            text_objects.add(address)
        elif kind == _IMAGE:
            has_images = True
        elif kind == _PATH:
            rulings.extend(_painted_subpaths(api, obj, outer))

    textpage = ctypes.c_void_p(api.load_text(page))
    if not textpage.value:
        return _fallback('no_text_page')
    try:
        chars = _chars(api, textpage, text_objects, mx0, my0)
    finally:
        api.close_text(textpage)
    if chars is None:
        return None
    return chars, height, rulings, has_images


def _chars(api: _Api, textpage: ctypes.c_void_p, text_objects: set[int], dx: float, dy: float):
    count = api.count_chars(textpage)
    if count <= 0:
        return [] if not text_objects else None
    buffer = ctypes.create_string_buffer(2 * (count + 1))
    written = api.get_text(textpage, 0, count, buffer)
    text = buffer.raw[: 2 * max(written - 1, 0)].decode("utf-16-le", errors="surrogatepass")
    if len(text) != count:  # a character outside the BMP, or one PDFium left out of its text
        text = "".join(chr(api.unicode(textpage, i)) for i in range(count))

    x, y = ctypes.c_double(), ctypes.c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    matrix = (ctypes.c_float * 6)()
    fbuf = api.flt()
    pf = ctypes.byref(fbuf)
    text_object, origin_of, is_generated = api.text_object, api.origin, api.is_generated
    # text object -> (a, d, bottom, top, name, advances); font -> {char: width in 1/1000 em, or None}
    objects: dict[int, Optional[tuple]] = {}
    fonts: dict[int, dict] = {}
    seen: set[int] = set()
    chars: list[tuple] = []
    append = chars.append
    last_obj = info = None
    last_x = last_y = None
    for i in range(count):
        ch = text[i]
        obj = text_object(textpage, i)
        if not obj:  # a line break or space PDFium made up between objects
            continue
        generated = (ch == " " or ch == "\r" or ch == "\n") and is_generated(textpage, i)
        if generated and ch != " ":
            continue
        if obj != last_obj:
            info = objects.get(obj)
            if info is None:
                if obj in objects:
                    return _fallback("unusual_object")
                info = objects[obj] = _object_info(api, textpage, i, obj, matrix, fbuf, pf, fonts)
                if info is None:
                    return _fallback("unusual_object")
                seen.add(obj)
            last_obj = obj
            a, d, bottom, top, name, advances, font, widths, fontsize = info
        origin_of(textpage, i, px, py)
        e, f = round(x.value, 5), round(y.value, 5)
        if generated:
            # A space PDFium adds inside an object (for a wide kerning gap)
            # stands at the origin of the item that follows.  When that item
            # is the next character, it is only PDFium's; when it is not,
            # the item was a real space that PDFium then dropped as the
            # second of two: it is put back.
            if i + 1 < count and text_object(textpage, i + 1) == obj:
                origin_of(textpage, i + 1, px, py)
                if round(x.value, 5) == e and round(y.value, 5) == f:
                    continue
        elif ch in _NOT_TEXT:
            if api.unicode(textpage, i) != 2 or not api.is_hyphen(textpage, i):
                return _fallback("no_unicode")  # pdfminer writes (cid:N)
            # PDFium writes U+0002 for a hyphen ending a line: the character
            # the font has for it.
            ch = _line_end_hyphen(api, font, fbuf, pf)
            if ch is None:
                return _fallback("hyphen")
        if e == last_x and f == last_y:
            return _fallback("shared_origin")  # a ligature split, /ActualText, a glyph of two characters
        last_x, last_y = e, f
        adv = advances.get(ch)
        if adv is None:
            width = widths.get(ch, -1)
            if width == -1:
                width = widths[ch] = _width(api, font, ch, textpage, i, fbuf, pf)
            if width is None:
                return _fallback("no_unicode")
            adv = advances[ch] = width * 0.001 * fontsize  # pdfminer: char_width(cid) * fontsize * scaling
        e -= dx
        f -= dy
        y0, y1 = d * bottom + f, d * top + f
        append((ch, e, a * adv + e, y0, y1, name, y1 - y0))
    for obj in text_objects - seen:
        space = _left_out_space(api, obj, dx, dy, fbuf, pf)
        if space is None:
            return _fallback("object_left_out")  # drawn twice, marked content, ...
        chars.append(space)
    return chars


def _left_out_space(api: _Api, obj: int, dx: float, dy: float, fbuf, pf) -> Optional[tuple]:
    """PDFium's text page leaves out a text object with no width: a lone
    space (its glyph has no outline).  pdfminer keeps it, and a space
    between two letters can end a word, so it is put back, from the
    object's own matrix, font and size, when it is a point in a font that
    has a space."""
    handle = ctypes.c_void_p(obj)
    left, bottom, right, top = (api.flt() for _ in range(4))
    if not api.bounds(handle, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)):
        return None
    if left.value != right.value or bottom.value != top.value:
        return None
    matrix = (ctypes.c_float * 6)()
    if not api.object_matrix(handle, matrix):
        return None
    a, b, c, d, e, f = (round(value, 5) for value in matrix)
    if b != 0 or c != 0 or a <= 0 or d <= 0:
        return None
    font = api.obj_font(handle)
    if not font or not api.object_font_size(handle, pf):
        return None
    fontsize = round(fbuf.value, 5)
    fbuf.value = 0.0
    if not api.glyph_width(ctypes.c_void_p(font), ctypes.c_uint(32), api.flt(1000.0), pf) or fbuf.value <= 0:
        return None
    width = round(fbuf.value, 3)
    if not api.descent(ctypes.c_void_p(font), api.flt(1000.0), pf):
        return None
    descent = round(fbuf.value, 3) * 0.001 * fontsize
    e, f = e - dx, f - dy
    y0, y1 = d * descent + f, d * (descent + fontsize) + f
    return (" ", e, a * (width * 0.001 * fontsize) + e, y0, y1, _font_name(api, font), y1 - y0)


def _font_name(api: _Api, font: int) -> str:
    length = api.base_font_name(ctypes.c_void_p(font), None, 0)
    name_buffer = ctypes.create_string_buffer(max(length, 1))
    api.base_font_name(ctypes.c_void_p(font), name_buffer, length)
    return name_buffer.value.decode("latin-1")


def _object_info(api: _Api, textpage, index: int, obj: int, matrix, fbuf, pf, fonts: dict):
    """What every character of one text object shares, or None where the
    object is not plain upright text: ``(a, d, bottom, top, fontname,
    advances, font, widths, fontsize)``, pdfminer's ``LTChar`` terms."""
    font = api.obj_font(ctypes.c_void_p(obj))
    if not font:
        return None
    if not api.char_matrix(textpage, index, matrix):
        return None
    a, b, c, d = matrix[0], matrix[1], matrix[2], matrix[3]
    if b != 0 or c != 0 or a <= 0 or d <= 0:
        return None  # rotated, skewed or mirrored text: pdfminer's own arithmetic
    a, d, fontsize = round(a, 5), round(d, 5), round(api.font_size(textpage, index), 5)
    if not api.descent(ctypes.c_void_p(font), api.flt(1000.0), pf):
        return None
    descent = round(fbuf.value, 3) * 0.001 * fontsize  # pdfminer: font.get_descent() * fontsize
    widths = fonts.get(font)
    if widths is None:
        widths = fonts[font] = {}
    return a, d, descent, descent + fontsize, _font_name(api, font), {}, font, widths, fontsize


def _width(api: _Api, font: int, ch: str, textpage, index: int, fbuf, pf) -> Optional[float]:
    """The advance of ``ch`` in ``font`` in thousandths of an em (the
    font's /Widths), or None where PDFium has no Unicode for the code (it
    then gives the code itself; pdfminer writes ``(cid:N)``)."""
    if api.map_error(textpage, index):
        return None
    if not api.glyph_width(ctypes.c_void_p(font), ctypes.c_uint(ord(ch)), api.flt(1000.0), pf):
        return None
    return round(fbuf.value, 3)


def _line_end_hyphen(api: _Api, font: int, fbuf, pf) -> Optional[str]:
    """PDFium writes U+0002 for a hyphen (U+002D) or soft hyphen (U+00AD)
    ending a line; the font says which it drew when it maps only one."""
    found = []
    for candidate in ("-", "\u00ad"):
        fbuf.value = 0.0
        api.glyph_width(ctypes.c_void_p(font), ctypes.c_uint(ord(candidate)), api.flt(1000.0), pf)
        if fbuf.value > 0:
            found.append(candidate)
    return found[0] if len(found) == 1 else None
