"""Do the two PDF engines give the same pages?  And how fast is each?

    python benchmarks/pdf_engines.py [PDF or folder ...]

Extracts every PDF (default: everything under tests/fixtures but the
hostile ones, which tests/test_security.py runs in the sandbox, and
../shared/corpus/pdf when it is there) with ``pdf_engine="pdfminer"`` and
with ``pdf_engine="pdfium"`` (OCR off) and prints every difference: the
error kind of a file that fails, the status and warnings, and of each page
its text, every line's text and layout facts (bold, x0, top, size,
right-aligned, table), the tables, the quality score and the scanned flag
(a line's x0 or top 0.1 point apart with the same text is counted apart:
PDFium computes positions in single precision, so a value within a
millionth of a rounding boundary can round the other way).
Then how many pages PDFium read and why the others went to pdfminer, and
each engine's extraction time.  Exit status 1 when any text or structure differs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT = [ROOT / "tests" / "fixtures", ROOT.parent / "shared" / "corpus" / "pdf"]


def pdfs(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() == ".pdf" and "hostile" not in p.parts))
        elif path.exists():
            found.append(path)
    return found


def extract(path: Path, engine: str):
    from pipeline.extract import ExtractionError, ExtractOptions, extract_document

    options = ExtractOptions(ocr="never", pdf_engine=engine, timeout=120)
    data = path.read_bytes()
    start = time.perf_counter()
    try:
        result = extract_document(data, str(path), options)
    except ExtractionError as exc:
        result = exc
    return result, time.perf_counter() - start


def line_facts(line) -> tuple:
    return (line.text, line.bold, line.x0, line.top, line.size, line.right_aligned, line.table)


def differences(a, b) -> list[str]:
    """What differs between two extractions of one file, as readable lines."""
    if isinstance(a, Exception) or isinstance(b, Exception):
        ka = getattr(a, "kind", None) if isinstance(a, Exception) else "ok"
        kb = getattr(b, "kind", None) if isinstance(b, Exception) else "ok"
        return [] if ka == kb else [f"outcome: pdfminer {ka}, pdfium {kb}"]
    out = []
    for field in ("status", "warnings", "ocr"):
        if getattr(a, field) != getattr(b, field):
            out.append(f"{field}: pdfminer {getattr(a, field)!r}, pdfium {getattr(b, field)!r}")
    if len(a.pages) != len(b.pages):
        return out + [f"pages: pdfminer {len(a.pages)}, pdfium {len(b.pages)}"]
    for pa, pb in zip(a.pages, b.pages):
        where = f"page {pa.number}"
        for field in ("tables", "quality", "scanned", "header"):
            if getattr(pa, field) != getattr(pb, field):
                out.append(f"{where} {field}: pdfminer {getattr(pa, field)!r:.200}, pdfium {getattr(pb, field)!r:.200}")
        la, lb = [line_facts(l) for l in pa.lines], [line_facts(l) for l in pb.lines]
        if la != lb and len(la) == len(lb) and all(
                a[:2] == b[:2] and a[4:] == b[4:] and abs(a[2] - b[2]) <= 0.11 and abs(a[3] - b[3]) <= 0.11
                for a, b in zip(la, lb)):
            moved = sum(a != b for a, b in zip(la, lb))
            out.append(f"{where} layout: {moved} of {len(la)} lines with x0 or top 0.1 apart (same text)")
        elif la != lb:
            import difflib

            for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, la, lb, autojunk=False).get_opcodes():
                if op == "equal":
                    continue
                for line in la[i1:i2]:
                    out.append(f"{where} - pdfminer {line}")
                for line in lb[j1:j2]:
                    out.append(f"{where} + pdfium   {line}")
        elif pa.text != pb.text:
            out.append(f"{where} text differs with the same lines")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--verbose", action="store_true", help="print the lines only 0.1 point apart too")
    args = parser.parse_args()
    from pipeline.pdfium_chars import FALLBACKS

    files = pdfs(args.paths or DEFAULT)
    times = {"pdfminer": 0.0, "pdfium": 0.0}
    pages = differing = layout_files = 0
    for path in files:
        miner, times_m = extract(path, "pdfminer")
        before = sum(FALLBACKS.values())
        fast, times_p = extract(path, "pdfium")
        fell_back = sum(FALLBACKS.values()) - before
        times["pdfminer"] += times_m
        times["pdfium"] += times_p
        found = differences(miner, fast)
        layout_only = bool(found) and all(" layout: " in line for line in found)
        layout_files += layout_only
        found = [] if layout_only and not args.verbose else found
        count = len(miner.pages) if not isinstance(miner, Exception) else 0
        pages += count
        name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        outcome = getattr(miner, "kind", f"{count} pages")
        print(f"{'DIFFERS' if found else 'layout' if layout_only else 'same':8} {name} ({outcome}; {fell_back} to pdfminer; "
              f"{times_m:.2f} s / {times_p:.2f} s)")
        for line in found[:40]:
            print(f"    {line}")
        differing += bool(found)
    print(f"\n{len(files)} PDFs, {pages} pages; {differing} differ in text or structure; "
          f"{layout_files} only in a line's x0 or top, by the 0.1-point rounding (PDFium computes in single "
          f"precision; nothing reads these closer than 2 points)")
    print(f"pages PDFium left to pdfminer: {sum(FALLBACKS.values())} "
          f"({', '.join(f'{why} {n}' for why, n in FALLBACKS.most_common()) or 'none'})")
    print(f"extraction time: pdfminer {times['pdfminer']:.2f} s, pdfium {times['pdfium']:.2f} s "
          f"({times['pdfminer'] / max(times['pdfium'], 1e-9):.1f}x)")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
