"""Extraction speed against ``pdftotext -layout`` on the same files, measured
in the same run (other processes share the cores, so only ratios taken in
one run compare).

    python benchmarks/extract.py [PDF or folder ...]                 extraction alone, per file
    python benchmarks/extract.py --end-to-end [--workers 1 2 0] [--pdf-engine pdfium pdfminer] [PDF ...]
    python benchmarks/extract.py --profile [PDF ...]

The default files are tests/fixtures/pdf; ``--end-to-end`` and ``--profile``
default to the eight Kent minutes PDFs in ../shared/corpus when that folder
is there (the figures the README quotes).

``--end-to-end`` runs the command a user runs, ``minutes parse --json
FILE...`` in a fresh process (imports, worker start, extraction, tagging,
JSON out), once per ``--workers`` value (0: the default, the CPU count) and
``--pdf-engine``, and ``pdftotext -layout`` on each file, repeated
``--repeat`` times in turn; the median and the best of each are printed, with
the load average (other work on a shared machine slows the runs with more
workers most).  ``--profile`` says where one worker's time goes.
OCR is off throughout so the figures measure text extraction.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KENT = sorted((ROOT.parent / "shared" / "corpus" / "pdf" / "kent-cc").glob("*minutes*.pdf"))


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def compile_bytecode() -> str:
    """Compile the project's modules to bytecode before anything is timed,
    and say so.

    Why: an installed package has its bytecode (pip compiles it at install),
    and an editable checkout writes it on its first run -- unless
    ``PYTHONDONTWRITEBYTECODE`` is set, as it is in some sandboxes and
    containers, where every ``minutes parse`` would compile the parser's
    modules from source again (0.2-0.3 s of each run's imports, measured
    2 December 2026).  Python reads bytecode that is there even with that
    variable set, so compiling once here times what an operator runs."""
    import compileall
    import os

    for package in ("pipeline", "models", "scrapers"):
        compileall.compile_dir(str(ROOT / package), quiet=2)
    where = "PYTHONDONTWRITEBYTECODE is set here" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "as Python would"
    return f"bytecode: the project's modules compiled before timing ({where}; an installed package has it)"


def pdftotext(files: list[Path]) -> None:
    for path in files:
        subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=False)


def minutes_parse(files: list[Path], workers: int, engine: str = "pdfium") -> None:
    command = [sys.executable, "-m", "pipeline.cli", "parse", "--json", "--ocr", "never", "--pdf-engine", engine]
    if workers:
        command += ["--workers", str(workers)]
    result = subprocess.run(command + [str(f) for f in files], cwd=ROOT, capture_output=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"minutes parse failed: {result.stderr.decode()[-500:]}")


def busy_seconds() -> float:
    """CPU seconds every core has spent busy since boot (/proc/stat), so
    that what other work used during a run can be told apart from ours."""
    import os

    with open("/proc/stat") as stat:
        fields = [int(v) for v in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def measured(fn) -> tuple[float, float]:
    """Wall seconds of ``fn()`` (a subprocess), and the cores other work
    held meanwhile on average: all busy CPU time less this run's own."""
    import resource

    def own() -> float:
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        return used.ru_utime + used.ru_stime

    busy, mine = busy_seconds(), own()
    seconds = timed(fn)
    others = (busy_seconds() - busy) - (own() - mine)
    return seconds, max(others, 0.0) / seconds


#: A run during which other work held less than this many cores on average
#: is "quiet": the machine is shared, and only quiet runs show what two
#: workers can do on two cores.
QUIET = 0.25


def wait_for_quiet(patience: float = 20.0) -> None:
    """Wait (at most ``patience`` seconds) for a half second in which other
    work holds less than ``QUIET`` cores, so that more runs are quiet."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        busy = busy_seconds()
        time.sleep(0.5)
        if (busy_seconds() - busy) / 0.5 < QUIET:
            return


def end_to_end(files: list[Path], workers: list[int], repeat: int, engines: list[str]) -> None:
    import os

    runs: dict = {"pdftotext": [], **{(e, w): [] for e in engines for w in workers}}
    for _ in range(repeat):  # interleaved, so a burst of load elsewhere hits every figure alike
        for e in engines:
            for w in workers:
                wait_for_quiet()
                runs["pdftotext"].append(measured(lambda: pdftotext(files)))
                runs[(e, w)].append(measured(lambda: minutes_parse(files, w, e)))
    base = statistics.median(s for s, _ in runs["pdftotext"])
    best_base = min(s for s, _ in runs["pdftotext"])
    print(f"{len(files)} files, {repeat} runs of each in turn; median (best); "
          f"load average before {load_before[0]:.2f}, after {os.getloadavg()[0]:.2f}; "
          f"'others': cores other work held during the run (median), 'quiet': runs with others < {QUIET}")
    print(f"{'command':58} {'seconds':>15} {'ratio':>13} {'others':>6}  {'quiet runs: median, ratio'}")
    print(f"{'pdftotext -layout (one process per file)':58} {base:7.3f} ({best_base:.3f}) "
          f"{1:6.1f}x {'':6} {statistics.median(o for _, o in runs['pdftotext']):6.2f}")
    quiet_medians = {}
    for e in engines:
        for w in workers:
            label = f"minutes parse --json --pdf-engine {e}" + (f" --workers {w}" if w else " (default workers)")
            seconds = [s for s, _ in runs[(e, w)]]
            med, best = statistics.median(seconds), min(seconds)
            quiet = [s for s, o in runs[(e, w)] if o < QUIET]
            if quiet:
                quiet_medians[(e, w)] = statistics.median(quiet)
            print(f"{label:58} {med:7.3f} ({best:.3f}) {med / base:6.1f}x ({best / best_base:.1f}x) "
                  f"{statistics.median(o for _, o in runs[(e, w)]):6.2f}  "
                  + (f"{len(quiet)} quiet: {quiet_medians[(e, w)]:.3f} s, {quiet_medians[(e, w)] / base:.1f}x"
                     if quiet else "no quiet run"))
        if 1 in workers and 2 in workers:
            print(f"speed-up, {e}, --workers 2 over --workers 1: median {statistics.median(s for s, _ in runs[(e, 1)]) / med_of(runs[(e, 2)]):.2f}x, "
                  f"best {min(s for s, _ in runs[(e, 1)]) / min(s for s, _ in runs[(e, 2)]):.2f}x"
                  + (f", quiet runs {quiet_medians[(e, 1)] / quiet_medians[(e, 2)]:.2f}x"
                     if (e, 1) in quiet_medians and (e, 2) in quiet_medians else ""))


def med_of(runs: list[tuple[float, float]]) -> float:
    return statistics.median(s for s, _ in runs)


load_before = [0.0]


def profile(files: list[Path]) -> None:
    """One worker's time, split as the README reports it: what a fresh
    process costs before the first document (imports, as ``minutes parse``
    makes them, the tagger, the word list), extraction by each engine (the
    table finder apart), and segmentation plus tagging."""
    def fresh(code: str) -> float:
        return statistics.median(
            timed(lambda: subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)) for _ in range(3))

    bare = fresh("pass")
    cli_import = fresh("import pipeline.cli") - bare
    parse_import = fresh("from pipeline.parallel import defer_spacy_cli; defer_spacy_cli(); import pipeline.parse") - bare
    from pipeline.parallel import defer_spacy_cli

    defer_spacy_cli()
    import pipeline.extract as extract
    from pipeline.extract import ExtractOptions, extract_document, resolve_hyphen
    from pipeline.parse import _segment_and_tag
    from pipeline.tagging import default_nlp

    start = time.perf_counter()
    default_nlp()
    nlp_build = time.perf_counter() - start
    start = time.perf_counter()
    resolve_hyphen("decision", "making")  # two words of the small list, as the Kent minutes ask
    word_list = time.perf_counter() - start

    tables = [0.0]
    find_tables = extract._table_lines

    def timed_tables(*args):
        begin = time.perf_counter()
        try:
            return find_tables(*args)
        finally:
            tables[0] += time.perf_counter() - begin

    extract._table_lines = timed_tables
    extraction: dict = {}
    documents = []
    for engine in ("pdfminer", "pdfium"):
        options = ExtractOptions(ocr="never", pdf_engine=engine)
        tables[0] = 0.0
        start = time.perf_counter()
        documents = [extract_document(path.read_bytes(), str(path), options) for path in files]
        extraction[engine] = (time.perf_counter() - start, tables[0])
    extract._table_lines = find_tables
    start = time.perf_counter()
    for document in documents:
        _segment_and_tag(document)
    tag_s = time.perf_counter() - start
    base = best_of(3, lambda: pdftotext(files))
    rows = [("command line start (imports of `minutes`)", cli_import),
            ("a worker's imports (spaCy without its CLI, ...)", parse_import),
            ("the tagger's build", nlp_build),
            ("wordfreq's small English list (its data file)", word_list),
            ("extraction, pdfium (table finder apart)", extraction["pdfium"][0] - extraction["pdfium"][1]),
            ("table finder (pdfplumber, ruled pages only)", extraction["pdfium"][1]),
            ("segmentation and tagging", tag_s)]
    total = sum(s for _, s in rows)
    print(f"{len(files)} files in one process; pdftotext -layout: {base:.3f} s")
    print(f"{'part':50} {'seconds':>8} {'share':>6} {'x pdftotext':>11}")
    for label, seconds in rows:
        print(f"{label:50} {seconds:8.3f} {seconds / total:6.1%} {seconds / base:10.1f}x")
    print(f"{'total, one worker':50} {total:8.3f} {1:6.1%} {total / base:10.1f}x")
    miner, miner_tables = extraction["pdfminer"]
    print(f"(extraction with --pdf-engine pdfminer: {miner:.3f} s, of which the table finder {miner_tables:.3f} s; "
          f"pdfium {extraction['pdfium'][0]:.3f} s)")


def per_file(files: list[Path], repeat: int) -> None:
    from pipeline.extract import ExtractionError, ExtractOptions, extract_document

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
        ours = best_of(repeat, lambda: extract_document(data, str(path), options))
        base = best_of(repeat, lambda: pdftotext([path]))
        total_ours, total_base, total_pages = total_ours + ours, total_base + base, total_pages + pages
        print(f"{path.name[:58]:58} {pages:5d} {ours:8.3f} {base:11.3f} {pages / ours:8.1f} {ours / base:6.1f}x")
    if total_pages:
        print(
            f"{'TOTAL':58} {int(total_pages):5d} {total_ours:8.3f} {total_base:11.3f} "
            f"{total_pages / total_ours:8.1f} {total_ours / total_base:6.1f}x"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--end-to-end", action="store_true", help="time `minutes parse --json` on the files")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 0],
                        help="--workers values for --end-to-end (0: the default) [1 2 0]")
    parser.add_argument("--pdf-engine", nargs="+", default=["pdfium"], choices=["pdfium", "pdfminer"],
                        help="--pdf-engine values for --end-to-end [pdfium]")
    parser.add_argument("--profile", action="store_true", help="where one worker's time goes")
    args = parser.parse_args()
    import os

    load_before[0] = os.getloadavg()[0]
    if not shutil.which("pdftotext"):
        print("pdftotext (poppler-utils) is needed for the baseline", file=sys.stderr)
        return 2
    default = KENT if (args.end_to_end or args.profile) and KENT else [ROOT / "tests" / "fixtures" / "pdf"]
    files = []
    for p in map(Path, args.paths or default):
        files.extend(sorted(p.glob("*.pdf")) if p.is_dir() else [p])
    if args.end_to_end or args.profile:
        print(compile_bytecode())
    if args.end_to_end:
        end_to_end(files, args.workers, args.repeat, args.pdf_engine)
    elif args.profile:
        profile(files)
    else:
        per_file(files, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
