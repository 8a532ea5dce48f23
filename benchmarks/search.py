"""Search latency of the site on a synthetic database of one million
resolutions (text made from the words of the real minutes in tests/fixtures),
spread over 2,000 meetings of 10 councils and 200,000 minute items.

    python benchmarks/search.py [--rows 1000000] [--queries 200] [--db PATH] [--reuse]

Prints the median and 95th percentile of requests made through Datasette's
own ASGI client (no network in the way) to the site as ``minutes serve``
runs it (the published bundle, the project's plugin): ``/search``, the Atom
feed with and without a word, and Datasette's table search for comparison;
and, as a baseline in the same run, one FTS5 query made directly with
sqlite3 (the 21 best-ranked matches).  The target is p95 under 100 ms for
``/search`` and the feeds.
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
from urllib.parse import quote

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
    councils, meetings_per_council, items_per_meeting = 10, 200, 100
    for c in range(councils):
        conn.execute("INSERT INTO councils (slug, name) VALUES (?, ?)", [f"c{c}", f"Benchmark Council {c}"])
        conn.execute("INSERT INTO committees (id, council, title) VALUES (?, ?, 'Cabinet')", [f"c{c}:cab", f"c{c}"])
        for m in range(meetings_per_council):
            meeting = f"c{c}:m{m}"
            day = f"{2015 + m // 20}-{m % 12 + 1:02d}-{m % 28 + 1:02d}"
            conn.execute("INSERT INTO meetings (id, council, committee_id, date) VALUES (?, ?, ?, ?)",
                         [meeting, f"c{c}", f"c{c}:cab", day])
            conn.execute("INSERT INTO documents (id, council, meeting_id, role) VALUES (?, ?, ?, 'minutes')",
                         [f"{meeting}:d", f"c{c}", meeting])
    conn.commit()
    for trigger in ("resolutions_ai", "items_ai"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")  # bulk load, then index once
    per_item = max(1, rows // (councils * meetings_per_council * items_per_meeting))
    items, batch, n = [], [], 0
    start = time.perf_counter()
    # Stored as a nightly scrape stores them: each round of meetings of
    # every council in turn, so a council's rows are spread over the table.
    for m in range(meetings_per_council):
        for c in range(councils):
            meeting = f"c{c}:m{m}"
            for i in range(items_per_meeting):
                item = f"{meeting}:i{i}"
                items.append((item, f"{meeting}:d", meeting, i, str(i + 1),
                              " ".join(rng.choices(words, k=5)), " ".join(rng.choices(words, k=60))))
                for _ in range(per_item):
                    if n >= rows:
                        break
                    text = "RESOLVED that " + " ".join(rng.choices(words, k=rng.randint(12, 40)))
                    batch.append((f"r{n}", item, f"{meeting}:d", meeting, n, "resolved", text, 1))
                    n += 1
                if len(batch) >= 20000:
                    conn.executemany("INSERT INTO items (id, document_id, meeting_id, ordinal, number, title, text) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)", items)
                    conn.executemany("INSERT INTO resolutions (id, item_id, document_id, meeting_id, ordinal, "
                                     "kind, text, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch)
                    conn.commit()
                    items, batch = [], []
    conn.executemany("INSERT INTO items (id, document_id, meeting_id, ordinal, number, title, text) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", items)
    conn.executemany("INSERT INTO resolutions (id, item_id, document_id, meeting_id, ordinal, kind, text, page) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch)
    conn.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO resolutions_fts(resolutions_fts) VALUES ('rebuild')")
    conn.commit()
    conn.execute("VACUUM")
    print(f"built {rows:,} resolutions in {time.perf_counter() - start:.0f}s ({path.stat().st_size / 1e6:.0f} MB)")


def measure(path: Path, queries: int) -> None:
    from pipeline.publish import site, write_bundle

    words = [w.lower() for w in vocabulary() if len(w) > 4]
    rng = random.Random(2)
    terms = [rng.choice(words) for _ in range(queries)]
    # Two-word searches and what people type: an apostrophe, a stray quote.
    typed = [f"{rng.choice(words)} {rng.choice(words)}" for _ in range(queries // 4)] + ["council's", '"budget']
    bundle = write_bundle(path, path.parent / "bench-site")
    ds = site(bundle)

    async def timed(urls):
        latencies = []
        await ds.client.get(urls[0])  # warm up
        for url in urls:
            start = time.perf_counter()
            response = await ds.client.get(url)
            latencies.append(time.perf_counter() - start)
            assert response.status_code == 200, (url, response.text[:200])
        return latencies

    def q(term):
        return quote(term)

    runs = {
        "/search?q=": [f"/search?q={q(t)}" for t in terms],
        "/search, 2 words & typed": [f"/search?q={q(t)}" for t in typed],
        "/search, council + dates": [f"/search?q={q(t)}&council=c3&from=01/01/2020&to=31/12/2022" for t in terms],
        "feed .atom?q=": [f"/minutes/new_resolutions.atom?q={q(t)}" for t in terms],
        "feed .atom (no words)": ["/minutes/new_resolutions.atom?q="] * 20,
        "table ?_search= (count)": [f"/minutes/resolutions.json?_search={q(t)}&_size=20" for t in terms],
    }
    results = {name: asyncio.run(timed(urls)) for name, urls in runs.items()}
    conn = sqlite3.connect(path)
    direct = []
    for term in terms:
        start = time.perf_counter()
        conn.execute("SELECT resolutions.* FROM resolutions JOIN resolutions_fts ON resolutions.rowid = resolutions_fts.rowid "
                     "WHERE resolutions_fts MATCH ? ORDER BY rank LIMIT 21", [term]).fetchall()
        direct.append(time.perf_counter() - start)
    results["sqlite3 FTS5 alone"] = direct
    rows = conn.execute("SELECT count(*) FROM resolutions").fetchone()[0]

    def p95(values):
        return sorted(values)[max(0, int(len(values) * 0.95) - 1)]

    print(f"{rows:,} resolutions, {queries} searches")
    print(f"{'':26} {'median ms':>10} {'p95 ms':>8}")
    for name, times in results.items():
        print(f"{name:26} {statistics.median(times) * 1000:10.1f} {p95(times) * 1000:8.1f}")


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
