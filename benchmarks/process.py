"""End-to-end speed of ``minutes process`` (extract, tag, store, link
people): one local worker, two local workers and a Dask cluster of two
one-thread worker processes, side by side in one run on the same documents,
as an operator runs them.

    python benchmarks/process.py [--copies N] [--repeat N] [PDF ...]
    python benchmarks/process.py --store-only [--copies N] [PDF ...]

Every figure is the wall time of the command a user runs, in a fresh
process: ``minutes add FILES --council bench-K`` (K = 1..N: the same files
as N councils' documents) into a fresh database, then, timed,
``minutes process --workers 1``, ``--workers 2`` and ``--scheduler``
against a cluster started as ``docs/scaling.md`` starts one (``dask
scheduler`` and two ``dask worker ... --nworkers 1 --nthreads 1 --memory-limit 0
--preload pipeline.cluster_preload``, with its settings, in subprocesses on
loopback).  Each of ``--repeat``
rounds runs the local modes with no cluster up, then starts a cluster and
measures it twice: first with fresh workers (the parser preloaded, their
parse children forked on the first document) and then warm, as a
long-running cluster is, and stops it.  The median is kept, of the
wall time and of the CPU seconds the run used (the command's, its local
workers', and the cluster's processes' with each document's child: what
the work costs whatever else the cores were doing).  The row counts of
every table are compared between the modes.

``--store-only`` measures the single writer alone: the documents are parsed
once, then their results stored again and again (``store_outcome``, as
``process`` stores them) under new ids, to compare with parse throughput.

Other processes share the cores, so only ratios taken in one run compare:
the load average is printed with every figure.  The default files are the
eight Kent minutes PDFs in ../shared/corpus when that folder is there,
else tests/fixtures/pdf.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

KENT = sorted((ROOT.parent / "shared" / "corpus" / "pdf" / "kent-cc").glob("*minutes*.pdf"))
FIXTURES = sorted(p for p in (ROOT / "tests" / "fixtures" / "pdf").glob("*.pdf") if "SCANNED" not in p.name)
MINUTES = [sys.executable, "-m", "pipeline.cli", "-q"]
# How docs/scaling.md starts a scheduler and its workers.
SCHEDULER_ENV = {"DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1",
                 "DASK_DISTRIBUTED__SCHEDULER__WORKER_SATURATION": "1.0"}
WORKER_ENV = {"DASK_DISTRIBUTED__WORKER__DAEMON": "False", "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}
#: Runs during which other work held fewer cores than this are "quiet" (see extract.py).
QUIET = 0.25
TABLES = ("documents", "pages", "meetings", "items", "resolutions", "votes", "vote_members", "attendance",
          "declarations", "speakers", "people", "matters", "matter_mentions", "agenda_items")


def load() -> str:
    return "/".join(f"{v:.1f}" for v in os.getloadavg())


def _burn(n: int = 10_000_000) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def spare_cores() -> float:
    """How much faster two pure-Python processes finish two equal loops
    than one process finishes both, now: 2.0 on two idle cores, 1.0 when
    other work holds the second core.  No figure of this run can show more
    parallel gain than this."""
    from concurrent.futures import ProcessPoolExecutor

    start = time.perf_counter()
    _burn(), _burn()
    serial = time.perf_counter() - start
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_burn, [10_000_000] * 2))  # start the processes before timing
        start = time.perf_counter()
        list(pool.map(_burn, [10_000_000] * 2))
        parallel = time.perf_counter() - start
    return serial / parallel


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cluster_cpu(pids: list[int]) -> float:
    """CPU seconds used so far by the cluster's processes (the scheduler,
    the workers, their nannies) and the children they have reaped (each
    document's parse process)."""
    import psutil

    total = 0.0
    for pid in pids:
        try:
            root = psutil.Process(pid)
            for process in [root] + root.children(recursive=True):
                times = process.cpu_times()
                total += times.user + times.system + times.children_user + times.children_system
        except psutil.NoSuchProcess:
            pass
    return total


@contextmanager
def operator_cluster(workers: int = 2):
    """``dask scheduler`` and ``workers`` times ``dask worker ADDRESS
    --nworkers 1 --nthreads 1 --preload pipeline.cluster_preload``, as subprocesses; yields the address, and
    the pids of those processes, once every worker has joined."""
    from distributed import Client

    dask = str(Path(sys.executable).with_name("dask"))
    address = f"tcp://127.0.0.1:{free_port()}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    started = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                                 "--no-dashboard"], env={**os.environ, **SCHEDULER_ENV}, **quiet)]
    try:
        for _ in range(workers):
            started.append(subprocess.Popen([dask, "worker", address, "--nworkers", "1", "--nthreads", "1",
                                             "--memory-limit", "0", "--preload", "pipeline.cluster_preload", "--no-dashboard"],
                                            env={**os.environ, **WORKER_ENV}, cwd=ROOT, **quiet))
        with Client(address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)
        yield address, [process.pid for process in started]
    finally:
        for process in reversed(started):
            process.terminate()
        for process in started:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def fresh_db(folder: Path, files: list[Path], copies: int) -> Path:
    db_path = folder / "bench.db"
    for copy in range(1, copies + 1):
        subprocess.run(MINUTES + ["--db", str(db_path), "add", *map(str, files), "--council", f"bench-{copy}"],
                       check=True, stderr=subprocess.DEVNULL)
    return db_path


def counts(db_path: Path) -> dict:
    import sqlite3

    conn = sqlite3.connect(db_path)
    found = {t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in TABLES}
    found["failed"] = conn.execute("SELECT count(*) FROM documents WHERE status = 'failed'").fetchone()[0]
    conn.close()
    return found


def timed_process(files: list[Path], copies: int, options: list[str], cluster: list[int] = ()) -> tuple:
    """Seconds of ``minutes process OPTIONS`` on a fresh database, the CPU
    seconds it used (its own and its workers', the cluster's processes
    included), its row counts, the load average when it ended, and the
    database's size."""
    import resource

    def cpu() -> float:
        used = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and the workers it reaped
        return used.ru_utime + used.ru_stime + cluster_cpu(list(cluster))

    from extract import busy_seconds, wait_for_quiet

    with tempfile.TemporaryDirectory() as tmp:
        db_path = fresh_db(Path(tmp), files, copies)
        wait_for_quiet()
        before, busy = cpu(), busy_seconds()
        start = time.perf_counter()
        subprocess.run(MINUTES + ["--db", str(db_path), "process", *options], stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        used = cpu() - before
        others = max((busy_seconds() - busy) - used, 0.0) / elapsed
        subprocess.run(["sqlite3", str(db_path), "PRAGMA wal_checkpoint(TRUNCATE)"], stdout=subprocess.DEVNULL)
        return elapsed, counts(db_path), f"{load()}, others {others:.2f}", db_path.stat().st_size, used, others


def compare(files: list[Path], copies: int, repeat: int) -> int:
    """Each round runs the local modes with no cluster up (as an operator
    runs them: an idle cluster's heartbeats hold about 0.15 of a core),
    then starts a cluster and runs it fresh, then warm, and stops it."""
    results: dict[str, list] = {}
    for _ in range(repeat):
        for mode, options in {"local, 1 worker": ["--workers", "1"], "local, 2 workers": ["--workers", "2"]}.items():
            results.setdefault(mode, []).append(timed_process(files, copies, options))
        with operator_cluster(2) as (address, cluster):
            # Fresh: the workers have preloaded the parser, their parse
            # children not yet forked; warm: a second run on the same
            # workers, as a long-running cluster's are.
            for mode in ("dask, 2x1 (fresh workers)", "dask, 2x1 (warm workers)"):
                results.setdefault(mode, []).append(timed_process(files, copies, ["--scheduler", address],
                                                                  cluster))
    documents = len(files) * copies
    print(f"spare cores now: two processes ran two equal loops {spare_cores():.2f}x as fast as one "
          f"(2.0 on two idle cores); load {load()}")
    baseline = statistics.median(r[0] for r in results["local, 1 worker"])
    print(f"{documents} documents ({len(files)} files x {copies}), median of {repeat}; "
          f"load average 1/5/15 min after each run")
    quiet = {mode: [r[0] for r in runs if r[5] < QUIET] for mode, runs in results.items()}
    quiet_base = statistics.median(quiet["local, 1 worker"]) if quiet["local, 1 worker"] else None
    print(f"'others': cores other work held during the run; quiet runs: others < {QUIET}")
    print(f"{'mode':28} {'seconds':>8} {'docs/min':>9} {'vs 1 worker':>11} {'CPU s':>6} {'quiet runs':>22}  "
          f"{'load after each run'}")
    for mode, runs in results.items():
        seconds = statistics.median(r[0] for r in runs)
        calm = (f"{len(quiet[mode])}: {statistics.median(quiet[mode]):.2f} s"
                + (f" {quiet_base / statistics.median(quiet[mode]):.2f}x" if quiet_base else "")
                if quiet[mode] else "none")
        print(f"{mode:28} {seconds:8.2f} {documents / seconds * 60:9.1f} {baseline / seconds:10.2f}x "
              f"{statistics.median(r[4] for r in runs):6.1f} {calm:>22}  " + ", ".join(r[2] for r in runs))
    first = results["local, 1 worker"][0]
    same = all(r[1] == first[1] for runs in results.values() for r in runs)
    print(f"row counts the same in every run: {'yes' if same else 'NO'}")
    print("rows: " + ", ".join(f"{t} {n}" for t, n in first[1].items()))
    pages = first[1]["pages"]
    print(f"database: {first[3] / 2**20:.1f} MiB, {first[3] / documents / 1024:.0f} KiB a document, "
          f"{first[3] / max(pages, 1) / 1024:.1f} KiB a page ({pages / documents:.1f} pages a document)")
    return 0 if same else 1


def store_only(files: list[Path], copies: int) -> int:
    """The writer alone: parse each file once, then store every result
    ``copies`` times under new document ids."""
    from copy import deepcopy as copy_of

    from models.media import sha256_hex, sniff_media_type
    from pipeline.parse import parse_path
    from pipeline.process import DOCUMENT_COLUMNS, link_people, store_outcome
    from pipeline.store import ensure_council, open_db, register_document

    start = time.perf_counter()
    parsed = {path: parse_path(path) for path in files}
    parse_seconds = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")
        seconds = 0.0
        for copy in range(1, copies + 1):
            council = f"bench-{copy}"
            with db.atomic():
                ensure_council(db, council)
            for path, result in parsed.items():
                data = path.read_bytes()
                with db.atomic():
                    document_id = register_document(
                        db, council=council, source_id=None, url=None, path=path, sha256=sha256_hex(data),
                        size=len(data), media_type=sniff_media_type(data, path.name), kind="document",
                        title=path.name, fetched=False)
                row = next(db.query(f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = ?", [document_id]))
                fresh = copy_of(result)
                begin = time.perf_counter()
                store_outcome(db, row, fresh, None)
                seconds += time.perf_counter() - begin
        begin = time.perf_counter()
        link_people(db, {f"bench-{c}" for c in range(1, copies + 1)}, None)
        linking = time.perf_counter() - begin
        pages = db.execute("SELECT count(*) FROM pages").fetchone()[0]
        documents = len(files) * copies
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        size = (Path(tmp) / "bench.db").stat().st_size
    print(f"parse, one process, in-process (no sandbox): {len(files)} documents in {parse_seconds:.2f}s "
          f"({len(files) / parse_seconds * 60:.0f} docs/min); load {load()}")
    print(f"store (store_outcome: place, write, settle, compare sources): {documents} documents, {pages} pages in "
          f"{seconds:.2f}s = {documents / seconds * 60:.0f} docs/min, {pages / seconds:.0f} pages/s; "
          f"people linking after: {linking:.2f}s; load {load()}")
    print(f"database: {size / 2**20:.1f} MiB, {size / documents / 1024:.0f} KiB a document, "
          f"{size / pages / 1024:.1f} KiB a page")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--copies", type=int, default=1, help="Register the files as this many councils' documents.")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--store-only", action="store_true", help="Measure the single writer alone.")
    args = parser.parse_args()
    files = args.files or KENT or FIXTURES
    from extract import compile_bytecode

    print(compile_bytecode())
    print(f"load average before: {load()}; {os.cpu_count()} cores; spare cores: two processes ran two equal loops "
          f"{spare_cores():.2f}x as fast as one (2.0 on two idle cores)")
    if args.store_only:
        return store_only(files, args.copies)
    return compare(files, args.copies, args.repeat)


if __name__ == "__main__":
    sys.exit(main())
