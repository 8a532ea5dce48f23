"""Extraction speed: pages per second, and the ratio to ``pdftotext -layout``
run on the same files in the same process.

    python benchmarks/extract.py [PDF or folder ...]   (default: tests/fixtures/pdf)

OCR is off so the figures measure text extraction; each file is timed
``--repeat`` times and the best run kept, for both tools.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract import ExtractionError, ExtractOptions, extract_document  # noqa: E402


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "tests" / "fixtures" / "pdf")])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not shutil.which("pdftotext"):
        print("pdftotext (poppler-utils) is needed for the baseline", file=sys.stderr)
        return 2
    files = []
    for p in map(Path, args.paths):
        files.extend(sorted(p.glob("*.pdf")) if p.is_dir() else [p])
    options = ExtractOptions(ocr="never")
    print(f"{'file':58} {'pages':>5} {'ours s':>8} {'pdftotext s':>11} {'pages/s':>8} {'ratio':>6}")
    total_ours = total_base = total_pages = 0.0
    for path in files:
        data = path.read_bytes()
        try:
            pages = len(extract_document(data, str(path), options).pages)
        except ExtractionError as exc:
            print(f"{path.name[:58]:58} skipped: {exc.kind}")
            continue
        ours = best_of(args.repeat, lambda: extract_document(data, str(path), options))
        base = best_of(
            args.repeat,
            lambda: subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=False),
        )
        total_ours, total_base, total_pages = total_ours + ours, total_base + base, total_pages + pages
        print(f"{path.name[:58]:58} {pages:5d} {ours:8.3f} {base:11.3f} {pages / ours:8.1f} {ours / base:6.1f}x")
    if total_pages:
        print(
            f"{'TOTAL':58} {int(total_pages):5d} {total_ours:8.3f} {total_base:11.3f} "
            f"{total_pages / total_ours:8.1f} {total_ours / total_base:6.1f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
