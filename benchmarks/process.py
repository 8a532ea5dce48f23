"""End-to-end speed: documents per minute through `process` (extract, tag,
store, link people) with 1 and with 2 workers, and the scaling ratio, in one
run on the same documents.

    python benchmarks/process.py [--copies 3]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.media import sha256_hex, sniff_media_type  # noqa: E402
from pipeline.process import process_pending  # noqa: E402
from pipeline.store import ensure_council, open_db, register_document  # noqa: E402

DOCUMENTS = sorted((ROOT / "tests" / "fixtures" / "pdf").glob("*.pdf")) + sorted(
    (ROOT / "tests" / "fixtures" / "text").glob("*.txt"))


def build(folder: Path, copies: int) -> Path:
    db_path = folder / "bench.db"
    db = open_db(db_path)
    ensure_council(db, "bench", "Benchmark")
    with db.atomic():
        for copy in range(copies):
            for path in DOCUMENTS:
                if "SCANNED" in path.name:
                    continue  # OCR time would swamp the figure
                data = path.read_bytes()
                register_document(db, council="bench", source_id=f"{copy}-{path.name}", url=None, path=path,
                                  sha256=sha256_hex(data), size=len(data), media_type=sniff_media_type(data, path.name),
                                  kind="document", title=path.name, fetched=False)
    db.close()
    return db_path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=3)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, 2):
            folder = Path(tmp) / f"w{workers}"
            folder.mkdir()
            db_path = build(folder, args.copies)
            start = time.perf_counter()
            summary = process_pending(db_path, workers=workers, people_overrides=None)
            elapsed = time.perf_counter() - start
            results[workers] = (summary["processed"] + summary["failed"], elapsed)
            shutil.rmtree(folder)
    print(f"{'workers':>7} {'documents':>9} {'seconds':>8} {'docs/min':>9}")
    for workers, (count, elapsed) in results.items():
        print(f"{workers:7d} {count:9d} {elapsed:8.1f} {count / elapsed * 60:9.1f}")
    print(f"scaling, 2 workers / 1 worker: {results[1][1] / results[2][1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
