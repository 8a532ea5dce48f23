"""Extraction on real PDFs: pages, items, headers/footers, layout, broken input."""

import re

import pytest

from pipeline.extract import (
    ExtractionError,
    ExtractOptions,
    extract_document,
    resolve_hyphen,
    tesseract_available,
    text_quality,
)
from pipeline.parse import parse_path

from conftest import PDF

NO_OCR = ExtractOptions(ocr="never")


def _extract(name, options=NO_OCR):
    path = PDF / name
    return extract_document(path.read_bytes(), str(path), options)


def test_kent_cabinet_items_match_gold(kent_cabinet, gold):
    expected = gold("kent-cc_2025-01-30_cabinet.json")
    assert kent_cabinet.meeting.date == expected["meeting"]["date"]
    assert kent_cabinet.meeting.committee == expected["meeting"]["committee"]
    assert kent_cabinet.meeting.council == expected["meeting"]["council"]
    got = [(i.number, i.title) for i in kent_cabinet.items]
    assert [n for n, _ in got] == [n for n, _ in expected["items"]]
    for (number, title), (_, first_words) in zip(got, expected["items"]):
        assert title.startswith(first_words), (number, title, first_words)
    assert kent_cabinet.meeting.venue == "Council Chamber, Sessions House, County Hall, Maidstone"


def test_items_carry_their_page(kent_cabinet):
    pages = {i.number: i.page for i in kent_cabinet.items}
    assert pages["84"] == 1 and pages["92"] == 16
    assert all(a <= b for a, b in zip(list(pages.values()), list(pages.values())[1:]))


def test_no_page_numbers_or_running_headers_inside_item_text(kent_cabinet):
    for item in kent_cabinet.items:
        for line in item.text.split("\n"):
            assert not re.fullmatch(r"\s*\d{1,3}\s*", line), (item.number, line)
    # Item 91's clause (c) follows the page break where "15" was printed.
    item_91 = next(i for i in kent_cabinet.items if i.number == "91")
    between = item_91.text[item_91.text.index("(b) Delegate") : item_91.text.index("(c)")]
    assert not re.search(r"(^|\n)\s*15\s*(\n|$)", between)


def test_running_header_repeated_on_every_page_is_removed():
    # The Sutton Coldfield minutes print "Page | N" ... on every page.
    document = _extract("2018-03-13_amenities-leisure-community-services-committee_minutes.pdf")
    for page in document.pages:
        assert not any(re.match(r"(?i)page\s*\|?\s*\d+\s*$", line.text) for line in page.lines)


def test_bold_headings_are_exposed(kent_cabinet):
    page_one = kent_cabinet.document.pages[0]
    heading = next(l for l in page_one.lines if l.text.startswith("84."))
    assert heading.bold and heading.text == "84. Apologies"
    body = next(l for l in page_one.lines if l.text.startswith("Apologies were received"))
    assert not body.bold


def test_right_aligned_outcome_stays_on_its_own_line_after_names(kent_budget):
    lines = [l for p in kent_budget.document.pages for l in p.lines]
    outcome = next(i for i, l in enumerate(lines) if l.text == "Motion carried.")
    assert lines[outcome].right_aligned
    assert lines[outcome - 1].text == "Mr B Lewis, Mr D Ross"


def test_hyphenated_names_and_compounds_are_kept(kent_budget, kent_cabinet):
    apologies = kent_budget.items[0].text
    assert "Mr Derek Crow-Brown" in apologies
    assert "Mr Paul Barrington-King" in apologies
    cabinet_text = " ".join(i.text for i in kent_cabinet.items)
    assert "decision-making" in cabinet_text
    assert "father-inclusive" in cabinet_text


@pytest.mark.parametrize(
    "left,right,joined",
    [("informa", "tion", "information"), ("govern", "ment", "government"),
     ("decision", "making", "decision-making"), ("Crow", "Brown", "Crow-Brown"),
     ("self", "esteem", "self-esteem"), ("re", "evaluating", "re-evaluating")],
)
def test_resolve_hyphen(left, right, joined):
    assert resolve_hyphen(left, right) == joined


def test_superscript_ordinals_join_their_number(kent_cabinet):
    assert "29th January 2025" in kent_cabinet.items[3].text


@pytest.mark.slow
def test_tables_are_kept_as_rows():
    document = _extract("2023-01-04_full-board_minutes_with-vote-record.pdf")
    tables = [t for p in document.pages for t in p.tables]
    assert tables, "the vote record grid must be found as a table"
    rows = [r for t in tables for r in t]
    assert any(any(c and re.fullmatch(r"[YNA]", c.strip()) for c in row) for row in rows)
    table_lines = [l for p in document.pages for l in p.lines if l.table]
    assert table_lines and all(" | " in l.text for l in table_lines)


def test_parish_minutes_numbering(fixtures):
    parsed = parse_path(PDF / "2019-09-03_parish-council_minutes.pdf")
    assert parsed.meeting.council == "Milburn Parish Council"
    assert parsed.meeting.date == "2019-09-03"
    assert [i.number for i in parsed.items][:3] == ["19.09.01", "19.09.02", "19.09.03"]
    assert [i.title for i in parsed.items][:3] == ["Apologies", "Register of Interests", "Minutes"]
    assert parsed.items[-1].number == "19.09.12"


def test_unnumbered_moderngov_headings_with_item_reference():
    parsed = parse_path(PDF / "2024-10-29_corporate-parenting-panel_minutes.pdf")
    titles = [i.title for i in parsed.items]
    assert titles[:3] == ["Apologies and Substitutes", "Chairman’s Announcements",
                          "Minutes of the meeting held on 30 July 2024"]
    assert parsed.meeting.committee == "Corporate Parenting Panel"
    assert parsed.meeting.date == "2024-10-29"
    assert not any(i.text.startswith("(Item") for i in parsed.items)


def test_scanned_pdf_is_detected_and_flagged_without_ocr():
    document = _extract("2018_financial-statement_SCANNED.pdf")
    assert len(document.pages) == 7
    assert all(p.scanned for p in document.pages)
    assert document.status == "scanned" and not document.ocr
    assert any("no text layer" in w for w in document.warnings)


@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
@pytest.mark.slow
def test_scanned_pdf_is_ocrd_when_tesseract_is_installed():
    options = ExtractOptions(ocr="auto", timeout=600)
    path = PDF / "2018_financial-statement_SCANNED.pdf"
    document = extract_document(path.read_bytes(), str(path), options)
    assert document.ocr and all(p.ocr for p in document.pages)
    text = " ".join(p.text for p in document.pages).lower()
    assert "milburn" in text


def test_garbled_text_layer_is_scored_and_flagged():
    document = _extract("2014_parish-council-doc-363_GARBLED-TEXT.pdf")
    assert document.pages[0].quality < 0.5
    assert document.status == "garbled"
    assert any("unreadable text layer" in w for w in document.warnings)
    good = _extract("2019-09-03_parish-council_minutes.pdf")
    assert min(p.quality for p in good.pages) > 0.9
    assert text_quality("(cid:21)(cid:26)(cid:29) (cid:30)(cid:23)") == 0.0


@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
@pytest.mark.slow
def test_garbled_text_layer_is_replaced_by_ocr():
    document = _extract("2014_parish-council-doc-363_GARBLED-TEXT.pdf", ExtractOptions())
    assert document.ocr and document.pages[0].ocr
    assert "horsley" in document.pages[0].text.lower()
    assert document.pages[0].quality > 0.8


@pytest.mark.parametrize(
    "name,kind",
    [
        ("damaged/kent-cabinet_ENCRYPTED-user-password.pdf", "encrypted"),
        ("damaged/kent-budget_TRUNCATED-at-60000-bytes.pdf", "truncated"),
        ("damaged/kent-cabinet_MIDDLE-MISSING_head-and-tail-only.pdf", "corrupt"),
        ("damaged/ZERO-PAGES_qpdf-empty.pdf", "empty"),
        ("damaged/HTML-PAGE-saved-as.pdf", "html_error_page"),
    ],
)
def test_broken_input_fails_with_a_clear_message_naming_the_file(name, kind):
    path = PDF / name
    with pytest.raises(ExtractionError) as caught:
        extract_document(path.read_bytes(), str(path), NO_OCR)
    assert caught.value.kind == kind
    assert str(path) in str(caught.value)


def test_byte_and_page_caps():
    path = PDF / "2025-01-30_cabinet_printed-minutes.pdf"
    data = path.read_bytes()
    with pytest.raises(ExtractionError) as too_large:
        extract_document(data, str(path), ExtractOptions(max_bytes=100_000))
    assert too_large.value.kind == "too_large"
    with pytest.raises(ExtractionError) as too_many:
        extract_document(data, str(path), ExtractOptions(max_pages=10))
    assert too_many.value.kind == "too_many_pages" and "17 pages" in str(too_many.value)


def test_per_document_time_limit():
    path = PDF / "2025-01-30_cabinet_printed-minutes.pdf"
    with pytest.raises(ExtractionError) as caught:
        extract_document(path.read_bytes(), str(path), ExtractOptions(timeout=0.05))
    assert caught.value.kind == "timeout"


# ---------------------------------------------------------------------------
# The PDFium character source stands for pdfminer's: same pages, or pdfminer.

PDFIUM = ExtractOptions(ocr="never", pdf_engine="pdfium")
PDFMINER = ExtractOptions(ocr="never", pdf_engine="pdfminer")


def _same_pages(a, b):
    """Same text and lines; layout numbers (rounded to 0.1 point) may differ
    by that rounding: PDFium computes positions in single precision."""
    assert len(a.pages) == len(b.pages)
    for pa, pb in zip(a.pages, b.pages):
        assert pa.text == pb.text, pa.number
        assert pa.header == pb.header and pa.tables == pb.tables and pa.scanned == pb.scanned
        assert [(l.text, l.bold, l.right_aligned, l.table) for l in pa.lines] == \
            [(l.text, l.bold, l.right_aligned, l.table) for l in pb.lines]
        for la, lb in zip(pa.lines, pb.lines):
            assert abs(la.x0 - lb.x0) <= 0.11 and abs(la.top - lb.top) <= 0.11 and la.size == lb.size
    assert (a.status, a.warnings) == (b.status, b.warnings)


@pytest.mark.parametrize("name", [
    "2025-01-30_cabinet_printed-minutes.pdf",  # ruled tables, bold headings, line-end hyphens
    "2025-02-13_county-council_budget_printed-minutes.pdf",  # recorded votes, right-aligned outcomes
    "2019-09-03_parish-council_minutes.pdf",
    "2023-01-04_full-board_minutes_with-vote-record.pdf",
    "2014_parish-council-doc-363_GARBLED-TEXT.pdf",  # no character map: pdfminer's (cid:N), flagged
])
def test_pdfium_gives_the_pages_pdfminer_gives(name):
    _same_pages(_extract(name, PDFMINER), _extract(name, PDFIUM))


def test_pdfium_reads_most_pages_itself():
    from pipeline.pdfium_chars import FALLBACKS

    before = sum(FALLBACKS.values())
    document = _extract("2025-01-30_cabinet_printed-minutes.pdf", PDFIUM)
    assert sum(FALLBACKS.values()) - before == 0 and len(document.pages) == 17


def test_a_page_pdfium_fails_on_is_read_by_pdfminer(monkeypatch):
    import pipeline.pdfium_chars

    calls = []

    def broken(pdf_page, miner_page):
        calls.append(1)
        raise RuntimeError("PDFium failed")

    monkeypatch.setattr(pipeline.pdfium_chars, "page_chars", broken)
    _same_pages(_extract("2025-01-09_cabinet_minutes.pdf", PDFMINER), _extract("2025-01-09_cabinet_minutes.pdf", PDFIUM))
    assert calls


def test_without_pdfium_every_page_is_read_by_pdfminer(monkeypatch):
    import pipeline.extract

    monkeypatch.setattr(pipeline.extract, "_open_pdfium", lambda data: None)
    _same_pages(_extract("2025-01-09_cabinet_minutes.pdf", PDFMINER), _extract("2025-01-09_cabinet_minutes.pdf", PDFIUM))


def test_a_garbled_page_goes_to_pdfminer_and_keeps_its_cid_codes():
    document = _extract("2014_parish-council-doc-363_GARBLED-TEXT.pdf", PDFIUM)
    assert "(cid:" in document.pages[0].text and document.status == "garbled"


@pytest.mark.parametrize("name,kind", [
    ("damaged/kent-cabinet_ENCRYPTED-user-password.pdf", "encrypted"),
    ("damaged/kent-budget_TRUNCATED-at-60000-bytes.pdf", "truncated"),
    ("damaged/kent-cabinet_MIDDLE-MISSING_head-and-tail-only.pdf", "corrupt"),
    ("damaged/ZERO-PAGES_qpdf-empty.pdf", "empty"),
])
def test_broken_pdfs_fail_alike_with_either_engine(name, kind):
    for options in (PDFMINER, PDFIUM):
        with pytest.raises(ExtractionError) as info:
            _extract(name, options)
        assert info.value.kind == kind


def test_word_frequencies_read_from_the_list_match_wordfreq():
    # the word lists are read from wordfreq's data file without importing it; every value must be wordfreq's own
    import random

    import wordfreq

    from pipeline.extract import _english_list, _is_word

    small, large = _english_list("small"), _english_list("large")
    assert small and large and len(large) > len(small) > 20000
    sample = random.Random(7).sample(sorted(large), 2000) + ["council", "the", "informa", "yaya", "Naïve", "x2", "ﬁnance"]
    for word in sample:
        assert _is_word(word) == wordfreq.zipf_frequency(word.lower(), "en"), word
