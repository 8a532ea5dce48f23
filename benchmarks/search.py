"""Search latency through Datasette on a synthetic database of one million
resolutions (text made from the words of the real minutes in tests/fixtures).

    python benchmarks/search.py [--rows 1000000] [--queries 200] [--db PATH]

Prints the median and 95th percentile of ``/minutes/resolutions.json?_search=``
requests made through Datasette's own ASGI client (no network in the way),
and, as a baseline in the same run, the same FTS query made directly with
sqlite3.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def vocabulary() -> list[str]:
    from pipeline.extract import ExtractOptions, extract_document

    words = []
    for path in sorted((ROOT / "tests" / "fixtures" / "pdf").glob("*.pdf"))[:6]:
        try:
            document = extract_document(path.read_bytes(), str(path), ExtractOptions(ocr="never"))
        except Exception:
            continue
        words += re.findall(r"[A-Za-z][a-z]{2,}", " ".join(p.text for p in document.pages))
    return words


def build(path: Path, rows: int) -> None:
    from pipeline.migrations import migrate
    import sqlite_utils

    path.unlink(missing_ok=True)
    db = sqlite_utils.Database(path)
    migrate(db)
    words = vocabulary()
    rng = random.Random(1)
    conn = db.conn
    conn.execute("INSERT INTO councils (slug, name) VALUES ('bench', 'Benchmark Council')")
    conn.execute("INSERT INTO committees (id, council, title) VALUES ('bench:c', 'bench', 'Cabinet')")
    conn.execute("INSERT INTO meetings (id, council, committee_id, date) VALUES ('bench:m', 'bench', 'bench:c', '2025-01-01')")
    conn.execute("INSERT INTO documents (id, council, meeting_id) VALUES ('bench:d', 'bench', 'bench:m')")
    conn.execute("INSERT INTO items (id, document_id, meeting_id, title, text) VALUES ('bench:i', 'bench:d', 'bench:m', 'Item', '')")
    conn.commit()
    conn.execute("DROP TRIGGER IF EXISTS resolutions_ai")  # bulk load, then index once
    batch = []
    start = time.perf_counter()
    for n in range(rows):
        text = "RESOLVED that " + " ".join(rng.choices(words, k=rng.randint(12, 40)))
        batch.append((f"bench:r:{n}", "bench:i", "bench:d", "bench:m", n, "resolved", text, 1))
        if len(batch) == 20000:
            conn.executemany("INSERT INTO resolutions (id, item_id, document_id, meeting_id, ordinal, kind, text, page) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch)
            conn.commit()
            batch = []
    if batch:
        conn.executemany("INSERT INTO resolutions (id, item_id, document_id, meeting_id, ordinal, kind, text, page) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch)
    conn.execute("INSERT INTO resolutions_fts(resolutions_fts) VALUES ('rebuild')")
    conn.commit()
    conn.execute("VACUUM")
    print(f"built {rows:,} resolutions in {time.perf_counter() - start:.0f}s ({path.stat().st_size / 1e6:.0f} MB)")


def measure(path: Path, queries: int) -> None:
    from datasette.app import Datasette

    from pipeline.publish import metadata

    words = [w.lower() for w in vocabulary() if len(w) > 4]
    rng = random.Random(2)
    terms = [rng.choice(words) for _ in range(queries)]
    ds = Datasette(immutables=[str(path)], metadata=metadata([]),
                   settings={"suggest_facets": False, "sql_time_limit_ms": 3000})
    name = path.stem

    async def run(extra=""):
        latencies = []
        await ds.client.get(f"/{name}/resolutions.json?_search=council&_size=20")  # warm up
        for term in terms:
            start = time.perf_counter()
            response = await ds.client.get(f"/{name}/resolutions.json?_search={term}&_size=20{extra}")
            latencies.append(time.perf_counter() - start)
            assert response.status_code == 200, response.text[:200]
        return latencies

    datasette_times = asyncio.run(run())
    nocount_times = asyncio.run(run("&_nocount=1"))
    conn = sqlite3.connect(path)
    direct = []
    for term in terms:
        start = time.perf_counter()
        conn.execute("SELECT resolutions.* FROM resolutions JOIN resolutions_fts ON resolutions.rowid = resolutions_fts.rowid "
                     "WHERE resolutions_fts MATCH ? ORDER BY rank LIMIT 21", [term]).fetchall()
        direct.append(time.perf_counter() - start)
    rows = conn.execute("SELECT count(*) FROM resolutions").fetchone()[0]

    def p95(values):
        return sorted(values)[int(len(values) * 0.95) - 1]

    print(f"{rows:,} resolutions, {queries} searches")
    print(f"{'':24} {'median ms':>10} {'p95 ms':>8}")
    print(f"{'Datasette ?_search=':24} {statistics.median(datasette_times) * 1000:10.1f} {p95(datasette_times) * 1000:8.1f}")
    print(f"{'Datasette, _nocount=1':24} {statistics.median(nocount_times) * 1000:10.1f} {p95(nocount_times) * 1000:8.1f}")
    print(f"{'sqlite3 FTS5 direct':24} {statistics.median(direct) * 1000:10.1f} {p95(direct) * 1000:8.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--db", type=Path, default=ROOT / "data" / "bench-search.db")
    parser.add_argument("--reuse", action="store_true", help="Measure an existing database.")
    args = parser.parse_args()
    if not (args.reuse and args.db.exists()):
        build(args.db, args.rows)
    measure(args.db, args.queries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
