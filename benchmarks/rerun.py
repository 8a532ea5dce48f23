"""A nightly no-op rerun: scrape the loopback replay of Gloucester's real
answers twice; the second run should download nothing.  Prints requests and
seconds for both runs (same process, same server).

    python benchmarks/rerun.py
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pytest_httpserver import HTTPServer  # noqa: E402

from models.records import Site  # noqa: E402
from pipeline.crawl import scrape  # noqa: E402
from pipeline.store import open_db  # noqa: E402
from replay import ReplaySite  # noqa: E402
from scrapers.http import FetchPolicy, PoliteClient  # noqa: E402


def main() -> int:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    site = ReplaySite(base_url=server.url_for("").rstrip("/"),
                      councillors_file="gloucester_GetCouncillorsByWard_CONTACT-DETAILS-REMOVED.xml")
    server.expect_request(re.compile(".*")).respond_with_handler(site.handle)
    policy = FetchPolicy(min_interval=0, read_timeout=5, attempts=2, backoff=0.05)
    print(f"{'run':8} {'requests':>8} {'downloads':>9} {'seconds':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "m.db")
        for label in ("first", "rerun"):
            before, downloads = sum(site.requests.values()), site.downloads
            start = time.perf_counter()
            with PoliteClient(policy=policy) as client:
                scrape(db, Site(slug="gloucester", base_url=site.base_url), Path(tmp) / "raw", client,
                       date(2025, 11, 1), date(2025, 11, 30), ["129"])
            print(f"{label:8} {sum(site.requests.values()) - before:8d} {site.downloads - downloads:9d} "
                  f"{time.perf_counter() - start:8.2f}")
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
