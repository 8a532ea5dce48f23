"""Tagging speed: words per second of the tagger, and the share of the whole
parse (extract + segment + tag) that tagging takes, measured in one run.

    python benchmarks/tag.py [FILE or folder ...]   (default: tests/fixtures/pdf and tests/fixtures/text)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.records import ParsedDocument  # noqa: E402
from pipeline.extract import ExtractionError, ExtractOptions, extract_document  # noqa: E402
from pipeline.segment import find_items, find_meeting, preamble_lines  # noqa: E402
from pipeline.tagging import default_nlp, tag_document  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "tests/fixtures/pdf"), str(ROOT / "tests/fixtures/text")])
    args = parser.parse_args()
    files = []
    for p in map(Path, args.paths):
        files.extend(sorted(x for x in p.iterdir() if x.suffix in (".pdf", ".txt")) if p.is_dir() else [p])
    nlp = default_nlp()  # built once, outside the timings, as a worker would
    options = ExtractOptions(ocr="never")
    print(f"{'file':58} {'words':>7} {'extract s':>9} {'tag s':>7} {'words/s':>9} {'tag share':>9}")
    total = {"words": 0, "extract": 0.0, "tag": 0.0}
    for path in files:
        data = path.read_bytes()
        start = time.perf_counter()
        try:
            document = extract_document(data, str(path), options)
        except ExtractionError as exc:
            print(f"{path.name[:58]:58} skipped: {exc.kind}")
            continue
        meeting = find_meeting(document.pages)
        items = find_items(document.pages)
        extracted = time.perf_counter()
        parsed = ParsedDocument(document=document, meeting=meeting, items=items)
        tag_document(parsed, preamble_lines(document.pages, items), nlp)
        tagged = time.perf_counter()
        words = sum(len(p.text.split()) for p in document.pages)
        extract_s, tag_s = extracted - start, tagged - extracted
        total["words"] += words
        total["extract"] += extract_s
        total["tag"] += tag_s
        share = tag_s / (extract_s + tag_s) if extract_s + tag_s else 0
        print(f"{path.name[:58]:58} {words:7d} {extract_s:9.3f} {tag_s:7.3f} {words / tag_s if tag_s else 0:9.0f} {share:9.1%}")
    all_s = total["extract"] + total["tag"]
    print(f"{'TOTAL':58} {total['words']:7d} {total['extract']:9.3f} {total['tag']:7.3f} "
          f"{total['words'] / total['tag'] if total['tag'] else 0:9.0f} {total['tag'] / all_s if all_s else 0:9.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
