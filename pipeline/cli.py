"""The ``minutes`` command line (Contract 1): a thin click layer over the
pipeline modules, which can all be imported and called without it."""

from __future__ import annotations

import json
import logging
import re
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from models import settings
from models.contract import to_contract

from .extract import ExtractOptions

log = logging.getLogger("minutes")

EXIT_PARTIAL = 1
EXIT_USAGE = 2

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")  # a council's slug, as councils.toml requires it


def _setup_logging(verbose: int, quiet: bool, log_format: str = "text") -> None:
    from .logs import setup_logging

    level = logging.WARNING if quiet else (logging.DEBUG if verbose > 1 else logging.INFO)
    setup_logging(level, log_format)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
# The package name, not its version: click reads the version only when
# --version is asked for (importlib.metadata costs 40 ms on every command).
@click.version_option(package_name="council-minutes", prog_name="minutes")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=settings.DB_PATH,
    show_default=True,
    envvar="MINUTES_DB",
    help="SQLite database to read and write.",
)
@click.option("-v", "--verbose", count=True, help="More log output (repeat for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only warnings and errors.")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: one JSON object per line, for log shippers.")
@click.option("--lock-wait", type=click.FloatRange(0, 86400), default=settings.LOCK_WAIT, show_default=True,
              envvar="MINUTES_LOCK_WAIT",
              help="Seconds to wait for another command writing the same database.")
@click.pass_context
def cli(ctx: click.Context, db_path: Path, verbose: int, quiet: bool, log_format: str, lock_wait: float) -> None:
    """Turn UK council meeting records into a searchable database."""
    from .parallel import defer_spacy_cli

    # Whichever command imports spaCy (parse, process, run, ...) imports it
    # without its own command line, which none of them uses: 0.3-0.4 s.
    defer_spacy_cli()
    _setup_logging(verbose, quiet, log_format)
    ctx.ensure_object(dict)
    ctx.obj["db_path"] = db_path
    ctx.obj["quiet"] = quiet
    ctx.obj["lock_wait"] = lock_wait


def _db_option(f):
    """``--db`` is accepted after the subcommand too (``minutes process --db X``)."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="SQLite database (overrides the global --db).",
    )(f)


def _resolve_db(ctx: click.Context, db_path) -> Path:
    return db_path or ctx.obj["db_path"]


@contextmanager
def _writing(ctx: click.Context, command: str, db_file: Path):
    """Hold the database's writer lock for a command that writes: a file
    that is not our database, or another writer still busy after the wait,
    stops the command with exit 2 before anything is touched.  Runs left
    ``running`` by a killed command are closed as ``interrupted``."""
    from .lock import LockHeld, writer_lock
    from .store import DatabaseError, check_db, close_interrupted_runs, open_db

    try:
        check_db(db_file)
    except DatabaseError as exc:
        click.echo(f"minutes {command}: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    try:
        lock = writer_lock(db_file, f"minutes {command}", wait=ctx.obj.get("lock_wait", 60.0))
        lock.__enter__()
    except LockHeld as exc:
        click.echo(f"minutes {command}: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    try:
        db = open_db(db_file)
        interrupted = close_interrupted_runs(db)
        db.close()
        if interrupted:
            log.warning("closed %d run(s) left running by a killed command as interrupted", interrupted)
        yield
    finally:
        lock.__exit__(None, None, None)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print Contract 2 JSON, one line per file.")
@click.option("--workers", type=click.IntRange(1, 256), default=None,
              help="Files parsed at once, each in its own process [CPU count].")
@click.option("--max-pages", type=click.IntRange(1), default=ExtractOptions.max_pages, show_default=True)
@click.option("--timeout", type=click.FloatRange(0.1, 86400), default=ExtractOptions.timeout, show_default=True,
              help="Seconds allowed per document (the worker is killed after that).")
@click.option("--max-memory", type=click.IntRange(64), default=settings.MAX_MEMORY // 2**20, show_default=True,
              help="Megabytes of memory allowed per document.")
@click.option("--ocr", type=click.Choice(["auto", "never"]), default="auto", show_default=True,
              help="OCR scanned or garbled pages when tesseract is installed.")
@click.option("--html", "as_html", is_flag=True,
              help="Print an HTML page per file showing what was tagged (displaCy's span view), to see why a fact "
                   "was or was not found.")
@click.option("--pdf-engine", type=click.Choice(["pdfium", "pdfminer"]), default=ExtractOptions.pdf_engine,
              show_default=True, help="Where PDF characters come from (pdfium falls back to pdfminer page by page).")
def parse(files, as_json, workers, max_pages, timeout, max_memory, ocr, as_html, pdf_engine):
    """Parse local documents (PDF, Word, text, saved ModernGov pages or
    web-service XML) without a database.

    Each file is parsed in a worker process under the time and memory limits;
    output comes in the order the files were given.  A file that cannot be
    parsed is reported on stderr with the reason and the command exits 1
    after the others are printed.
    """
    import os

    from .parallel import load_parser_for_workers, preload_pdf_libraries
    from .sandbox import EarlyExtraction, Limits, ParsePool, parse_in_worker, render_in_worker

    if as_html and as_json:
        raise click.UsageError("--html and --json cannot be used together")
    options = ExtractOptions(max_pages=max_pages, timeout=timeout, ocr=ocr, pdf_engine=pdf_engine)
    limits = Limits(timeout=timeout, max_memory=max_memory * 1024 * 1024)
    workers = min(workers or os.cpu_count() or 1, len(files))
    # Forked before the parser is loaded: it extracts while this process loads (the PDF
    # libraries, which both need, loaded first and shared).
    early = None
    if workers > 1 and not as_html:
        preload_pdf_libraries()
        early = EarlyExtraction([str(f) for f in files], options, limits)
    try:
        load_parser_for_workers()
        failed = 0
        with ParsePool(workers, options, limits, task=render_in_worker if as_html else parse_in_worker) as pool:
            for path, (parsed, error) in pool.ordered(files, str, early=early):
                if error is not None:
                    failed += 1
                    click.echo(f"minutes parse: {error} [{error.kind}]", err=True)
                    continue
                if as_html:
                    click.echo(parsed)
                elif as_json:
                    click.echo(json.dumps(to_contract(parsed), ensure_ascii=False))
                else:
                    _print_summary(parsed)
    finally:
        if early is not None:
            early.close()
    if failed:
        click.echo(f"minutes parse: {failed} of {len(files)} files failed", err=True)
        sys.exit(EXIT_PARTIAL)


def _print_summary(parsed) -> None:
    m = parsed.meeting
    doc = parsed.document
    click.echo(f"{doc.path}: {len(doc.pages)} pages, status {doc.status}")
    click.echo(f"  {m.council or '?'} / {m.committee or '?'} / {m.date or '?'}" + (f" at {m.venue}" if m.venue else ""))
    present = sum(1 for a in parsed.attendance if a.status == "present")
    click.echo(f"  attendance: {len(parsed.attendance)} listed, {present} present")
    for item in parsed.items:
        facts = []
        for label, values in (("resolutions", item.resolutions), ("votes", item.votes),
                              ("declarations", item.declarations), ("speakers", item.speakers)):
            if values:
                facts.append(f"{len(values)} {label}")
        suffix = f"  [{', '.join(facts)}]" if facts else ""
        click.echo(f"  {item.number or '-':>8}  {item.title}  (p{item.page}){suffix}")
    for warning in parsed.warnings + doc.warnings:
        click.echo(f"  warning: {warning}")


def _load_config_or_exit(command: str, path):
    """councils.toml, or exit 2 with the file, line and key that are wrong."""
    from .config import ConfigError, load_config

    try:
        return load_config(path)
    except ConfigError as exc:
        click.echo(f"minutes {command}: {exc}", err=True)
        sys.exit(EXIT_USAGE)


def _crawled(config) -> list:
    """The configured councils whose platform has something to fetch: the
    others (``files``) get their documents from `minutes add`, so neither
    crawling nor the crawl's health applies to them."""
    from scrapers.base import adapter_class

    return [site for site in config.sites if adapter_class(site.platform).crawlable]


def _iso(ctx, param, value):
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form")


def _polite_client(rate_limit: float, timeout: float, retries: int, retry_wait: float, user_agent=None,
                   max_retry_after: float = settings.MAX_RETRY_AFTER):
    from scrapers.http import FetchPolicy, PoliteClient

    return PoliteClient(policy=FetchPolicy.for_crawl(rate_limit, timeout, retries, retry_wait, max_retry_after,
                                                     user_agent))


def _progress_printer(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    return lambda message: click.echo(f"\r\033[K{message[:120]}", err=True, nl=False)


def _print_crawl(summary) -> None:
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in summary.counts().items())
    click.echo(f"\n{summary.council}: {counts}", err=True)
    for failure in summary.failures:
        click.echo(f"  failed: {failure}", err=True)


_crawl_options = [
    click.option("--raw-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                 help="Raw-file cache (default: raw/ beside the database)."),
    click.option("--rate-limit", type=click.FloatRange(0, 3600), default=None,
                 help=f"Seconds between requests to one host [{settings.RATE_LIMIT:g}]."),
    click.option("--timeout", "http_timeout", type=click.FloatRange(0.1, 3600), default=None,
                 help=f"Seconds allowed for one request, all of it [{settings.TIMEOUT:g}]."),
    click.option("--retries", type=click.IntRange(1, 20), default=None,
                 help=f"Attempts per URL [{settings.RETRIES}]."),
    click.option("--retry-wait", type=click.FloatRange(0, 3600), default=settings.RETRY_WAIT, show_default=True,
                 help="First wait before a retry (doubles; Retry-After wins)."),
    click.option("--max-retry-after", type=click.FloatRange(0, 3600), default=None,
                 help=f"Longest Retry-After honoured; a longer one gives up on the URL [{settings.MAX_RETRY_AFTER:g}]."),
]


def _with_crawl_options(f):
    for option in reversed(_crawl_options):
        f = option(f)
    return f


@cli.command()
@click.option("--search", "word", help="Only councils whose slug, name or address contains WORD.")
def councils(word):
    """List the UK councils known to run ModernGov (slug, name, base URL).

    Any slug listed can be given to `minutes scrape` instead of a URL.  The
    list is bundled from Democracy Club's LGSF (MIT licence)."""
    from scrapers.moderngov.known import SOURCE, search_councils

    found = search_councils(word)
    for council in found:
        click.echo(f"{council.slug}\t{council.name}\t{council.base_url}")
    click.echo(f"{len(found)} councils; source: {SOURCE}", err=True)
    if not found:
        sys.exit(EXIT_PARTIAL)


@cli.command()
@click.argument("url")
@_db_option
@click.option("--from", "from_date", callback=_iso, help="First meeting date, YYYY-MM-DD.")
@click.option("--to", "to_date", callback=_iso, help="Last meeting date, YYYY-MM-DD.")
@click.option("--committee", multiple=True, help="Committee id (repeatable).")
@click.option("--slug", help="Council slug for keys and the raw cache (default: from the host name).")
@click.option("--name", "council_name", help="Council name.")
@click.option("--allowed-host", multiple=True,
              help="Another host the council's documents may be fetched from (repeatable).")
@_with_crawl_options
@click.pass_context
def scrape(ctx, url, db_path, from_date, to_date, committee, slug, council_name, allowed_host, raw_dir, rate_limit,
           http_timeout, retries, retry_wait, max_retry_after):
    """Crawl one ModernGov site into the database and raw cache.

    URL is the site's address or the slug of a known council (`minutes
    councils` lists them): `minutes scrape kent`.

    Fetches committees, meetings in the date window (default: the last 120
    days and the next 60), each meeting's details and linked documents, and
    the member list.  Run `minutes process` afterwards to parse what came.
    """
    from urllib.parse import urlsplit

    from models.keys import slugify
    from models.records import Site

    from .crawl import scrape as crawl
    from .store import open_db

    db_file = _resolve_db(ctx, db_path)
    from .config import url_problem

    if "://" not in url:
        from scrapers.moderngov.known import find_council

        known = find_council(url)
        if known is None:
            raise click.BadParameter(f"{url!r} is neither an http(s) URL nor the slug of a known council "
                                     "(see `minutes councils --search WORD`)", param_hint="URL")
        url, slug, council_name = known.base_url, slug or known.slug, council_name or known.name
    problem = url_problem(url)
    if problem:
        raise click.BadParameter(f"{url!r} {problem}", param_hint="URL")
    if slug and not _SLUG.fullmatch(slug):
        raise click.BadParameter(f"{slug!r} must be lower-case letters, digits and hyphens", param_hint="--slug")
    site = Site(slug=slug or slugify(urlsplit(url).hostname or url), base_url=url, name=council_name,
                allowed_hosts=list(allowed_host))
    from .status import all_health, record_health

    with _writing(ctx, "scrape", db_file):
        db = open_db(db_file)
        with _polite_client(rate_limit if rate_limit is not None else settings.RATE_LIMIT,
                            http_timeout or settings.TIMEOUT, retries or settings.RETRIES, retry_wait,
                            max_retry_after=settings.MAX_RETRY_AFTER if max_retry_after is None else max_retry_after,
                            ) as client:
            summary = crawl(db, site, Path(raw_dir or db_file.parent / "raw"), client, from_date, to_date, committee,
                            progress=_progress_printer(ctx.obj["quiet"]))
        record_health(db, all_health(db, _health_rules(None), [site.slug]))
        db.close()
    _print_crawl(summary)
    if summary.failures:
        sys.exit(EXIT_PARTIAL)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@_db_option
@click.option("--council", required=True, help="Slug of the council the documents belong to (e.g. milburn).")
@click.option("--council-name", help="The council's name, kept with the council (default: its slug).")
@click.option("--committee", help="The body that met, for documents whose header does not name one.")
@click.option("--url", help="Where the file is published, so links open its pages (one file only).")
@click.option("--raw-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Raw-file cache (default: raw/ beside the database).")
@click.pass_context
def add(ctx, paths, db_path, council, council_name, committee, url, raw_dir):
    """Register local files (PDF, Word .docx, HTML, text, markdown) as a
    council's documents.

    Folders are searched for document files.  Each file is kept in the raw
    cache and registered with no meeting; `minutes process` then parses it
    and finds its meeting (body and date) in its header.  A file the council
    already holds, under any name, adds nothing.
    """
    from .add import add_files
    from .config import url_problem
    from .store import open_db

    if not _SLUG.fullmatch(council):
        raise click.BadParameter(f"{council!r} must be lower-case letters, digits and hyphens", param_hint="--council")
    if url is not None:
        problem = url_problem(url)
        if problem:
            raise click.BadParameter(f"{url!r} {problem}", param_hint="--url")
        if len(paths) != 1 or paths[0].is_dir():
            raise click.BadParameter("gives the address of one file; add files one at a time to give each its URL",
                                     param_hint="--url")
    db_file = _resolve_db(ctx, db_path)
    with _writing(ctx, "add", db_file):
        db = open_db(db_file)
        summary = add_files(db, council, paths, Path(raw_dir or db_file.parent / "raw"), council_name=council_name,
                            committee=committee, url=url)
        db.close()
    click.echo(f"{council}: {len(summary.added)} added, {len(summary.known)} already held; "
               "run `minutes process` to parse them", err=True)
    for failure in summary.failures:
        click.echo(f"  failed: {failure}", err=True)
    if summary.failures:
        sys.exit(EXIT_PARTIAL)


@cli.command()
@_db_option
@click.option("--workers", type=click.IntRange(1, 256), default=None, help="Parallel processes (default: CPU count).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Parse on the workers of this Dask scheduler (tcp://host:8786) instead of local processes; "
                   "this process still stores every result. Needs the `cluster` extra.")
@click.option("--retry-failed", is_flag=True, help="Try again documents that failed with this parser version.")
@click.pass_context
def process(ctx, db_path, workers, scheduler, retry_failed):
    """Extract and tag every document not yet processed.

    Each document is parsed in a worker process under time and memory limits,
    here or, with --scheduler, on a Dask cluster (the same limits, each
    document in a killable process on its worker); one that fails is
    recorded with its reason and not tried again until the parser changes
    or --retry-failed is given.
    """
    from .cluster import ClusterError
    from .process import process_pending

    if scheduler and workers:
        raise click.UsageError("--workers and --scheduler cannot be used together (the cluster's workers parse)")
    db_file = _resolve_db(ctx, db_path)
    if not db_file.exists():  # nothing to process, and no empty database left behind
        click.echo(f"minutes process: {db_file} does not exist; register documents with `minutes scrape` or "
                   "`minutes add` first", err=True)
        sys.exit(EXIT_USAGE)
    with _writing(ctx, "process", db_file):
        try:
            summary = process_pending(db_file, workers=workers, retry_failed=retry_failed, scheduler=scheduler,
                                      progress=not ctx.obj["quiet"] and sys.stderr.isatty())
        except ClusterError as exc:
            click.echo(f"minutes process: {exc}; what was stored is kept, and a rerun picks up the rest", err=True)
            sys.exit(EXIT_USAGE)
    click.echo(
        f"processed {summary['processed']} documents, {summary['failed']} failed, "
        f"{summary['skipped']} already up to date",
        err=True,
    )
    for error in summary["errors"]:
        click.echo(f"  failed: {error}", err=True)
    if summary["failed"]:
        sys.exit(EXIT_PARTIAL)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_db_option
@click.option("--council", help="Slug of the council the documents belong to (default: the council each names).")
@click.option("--council-name", help="The council's name, kept with the council (default: its slug).")
@click.pass_context
def ingest(ctx, file, db_path, council, council_name):
    """Store documents parsed elsewhere: FILE holds Contract 2 objects, one
    per line (what `minutes parse --json` prints).

    Each object is checked against the Contract 2 schema and stored as
    `minutes process` stores its own parse, in its own transaction; a
    document already stored by this parser version is left as it is, so
    ingesting a file twice changes nothing.  A bad line is reported with
    its line number and the others are still stored (exit 1).
    """
    from .ingest import ingest_file
    from .store import open_db

    if council is not None and not _SLUG.fullmatch(council):
        raise click.BadParameter(f"{council!r} must be lower-case letters, digits and hyphens", param_hint="--council")
    db_file = _resolve_db(ctx, db_path)
    with _writing(ctx, "ingest", db_file):
        db = open_db(db_file)
        summary = ingest_file(db, file, council=council, council_name=council_name)
        db.close()
    click.echo(f"{file}: {len(summary.stored)} stored, {len(summary.held)} already stored, "
               f"{len(summary.failures)} failed", err=True)
    for failure in summary.failures:
        click.echo(f"  failed: {failure}", err=True)
    if summary.failures:
        sys.exit(EXIT_PARTIAL)


@cli.command()
@click.option("--config", "config_path", type=click.Path(path_type=Path), default="councils.toml", show_default=True)
@_db_option
@click.option("--workers", type=int, default=None, help="Parallel processes for processing.")
@_with_crawl_options
@click.pass_context
def run(ctx, config_path, db_path, workers, raw_dir, rate_limit, http_timeout, retries, retry_wait, max_retry_after):
    """The nightly job: scrape every configured council, then process.

    Each council has a time budget (``council_budget`` in councils.toml), so
    one slow or hostile site cannot take the night from the others or from
    processing.  Exit 1 if any council or document failed; everything else
    is stored.
    """
    from datetime import date, timedelta

    from .crawl import scrape as crawl
    from .process import process_pending
    from .status import all_health, record_health
    from .store import open_db

    config = _load_config_or_exit("run", config_path)
    db_file = _resolve_db(ctx, db_path)
    raw = Path(raw_dir or db_file.parent / "raw")
    failed = False
    with _writing(ctx, "run", db_file):
        db = open_db(db_file)
        for site in _crawled(config):
            with _polite_client(rate_limit if rate_limit is not None else config.rate_limit,
                                http_timeout or config.timeout, retries or config.retries, retry_wait,
                                config.user_agent,
                                max_retry_after if max_retry_after is not None else config.max_retry_after) as client:
                try:
                    summary = crawl(db, site, raw, client,
                                    from_date=date.today() - timedelta(days=config.lookback_days),
                                    progress=_progress_printer(ctx.obj["quiet"]), budget=config.council_budget)
                except Exception as exc:  # one council's bug must not stop the others
                    log.exception("%s: crawl failed", site.slug)
                    click.echo(f"{site.slug}: crawl failed: {exc}", err=True)
                    failed = True
                    continue
            _print_crawl(summary)
            failed = failed or bool(summary.failures)
        db.close()
        result = process_pending(db_file, workers=workers, progress=not ctx.obj["quiet"] and sys.stderr.isatty())
        click.echo(f"processed {result['processed']} documents, {result['failed']} failed", err=True)
        for error in result["errors"]:
            click.echo(f"  failed: {error}", err=True)
        db = open_db(db_file)
        record_health(db, all_health(db, _health_rules(config), [site.slug for site in _crawled(config)],
                                     stale_after_days=config.stale_after_days))
        db.close()
    if failed or result["failed"]:
        sys.exit(EXIT_PARTIAL)


def _existing_db(command: str, db_file: Path) -> None:
    """A command that only reads a database never creates one: one line,
    exit 2, naming a database that does exist when there is one to name."""
    if db_file.exists():
        return
    demo = Path("data") / "demo.db"
    if db_file != demo and demo.exists():
        advice = f"serve the demo with `minutes {command} --db {demo}`, or build one with `minutes run`"
    else:
        advice = "build one with `minutes run` (or `minutes demo` for the offline sample)"
    click.echo(f"minutes {command}: {db_file} does not exist; {advice}", err=True)
    sys.exit(EXIT_USAGE)


def _listening(command: str, host: str, port: int):
    """The server's socket, bound before anything is printed: a port out of
    range or in use is one line and exit 2."""
    from .publish import bind

    if not 0 <= port <= 65535:
        click.echo(f"minutes {command}: port {port} is out of range (0-65535; 0 picks a free one)", err=True)
        sys.exit(EXIT_USAGE)
    try:
        return bind(host, port)
    except OSError as exc:
        click.echo(f"minutes {command}: cannot listen on {host}:{port}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_USAGE)


def _url(sock) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://{'[' + host + ']' if ':' in host else host}:{port}/"


@cli.command()
@_db_option
@click.option("--port", type=int, default=settings.PORT, show_default=True, help="Port (0 picks a free one).")
@click.option("--host", default=settings.HOST, show_default=True)
@click.pass_context
def serve(ctx, db_path, port, host):
    """Serve the database with Datasette, read-only.

    Serves an immutable snapshot of the database (refreshed each time the
    server starts, written as a site bundle beside it) with the project's
    plugin, configuration, canned queries, Atom and iCalendar feeds, and
    search, meeting and person pages.
    """
    from .publish import serve as run_datasette

    db_file = _resolve_db(ctx, db_path)
    _existing_db("serve", db_file)
    sock = _listening("serve", host, port)
    click.echo(f"Serving {db_file} at {_url(sock)} (read-only)", err=True)
    run_datasette(db_file, sock)


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@_db_option
@click.pass_context
def publish(ctx, directory, db_path):
    """Write a deployable site bundle to DIRECTORY.

    An immutable copy of the database with `datasette inspect` counts,
    datasette.yaml, metadata.json, the templates, the plugin, pinned
    requirements and a Dockerfile: `datasette serve DIRECTORY` (or the
    container) serves the same pages as `minutes serve`.
    """
    from .publish import write_bundle

    db_file = _resolve_db(ctx, db_path)
    _existing_db("publish", db_file)
    write_bundle(db_file, directory)
    click.echo(f"Wrote a site bundle to {directory}: run `datasette serve {directory}` or build its Dockerfile",
               err=True)


@cli.command()
@click.option("--port", type=int, default=settings.PORT, show_default=True)
@click.option("--host", default=settings.HOST, show_default=True)
@click.option("--build-only", is_flag=True, help="Build the demo database and stop.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=Path("data") / "demo.db",
              show_default=True, help="Where to build the demo database.")
def demo(port, host, build_only, db_path):
    """Offline: build a database from data/sample/ and serve it."""
    from .demo import SAMPLE, build_demo
    from .publish import serve as run_datasette

    sock = None if build_only else _listening("demo", host, port)
    click.echo(f"Building {db_path} from data/sample/ (extract, tag, store) ...", err=True)
    result = build_demo(db_path)
    click.echo(f"processed {result['processed']} documents, {result['failed']} failed", err=True)
    if build_only:
        return
    click.echo(f"Open {_url(sock)} in a browser (Ctrl-C stops the server). Later, without rebuilding: "
               f"`minutes serve --db {db_path}`", err=True)
    run_datasette(db_path, sock, statics={"sample": SAMPLE})


@cli.command()
@_db_option
@click.option("--overrides", type=click.Path(path_type=Path), default="people.toml", show_default=True,
              help="Operator corrections: [[merge]], [[distinct]], [[alias]].")
@click.option("--show-ambiguous", is_flag=True, help="List every mention left unlinked as ambiguous.")
@click.pass_context
def people(ctx, db_path, overrides, show_ambiguous):
    """Link every name in attendance, votes, declarations and speeches to a person.

    Runs after every `minutes process`; run it by hand after editing the
    overrides file.
    """
    from .people import link_all
    from .store import open_db

    db_file = _resolve_db(ctx, db_path)
    if not db_file.exists():
        click.echo(f"minutes people: {db_file} does not exist; run `minutes run` or `minutes demo` first", err=True)
        sys.exit(EXIT_USAGE)
    with _writing(ctx, "people", db_file):
        db = open_db(db_file)
        try:
            results = link_all(db, overrides)
        except ValueError as exc:
            click.echo(f"minutes people: {exc}", err=True)
            sys.exit(EXIT_USAGE)
    for council, result in results.items():
        counts = result["counts"]
        linked = counts.get("vote_members linked", 0)
        total = linked + counts.get("vote_members unlinked", 0)
        share = f"{linked / total:.1%}" if total else "-"
        click.echo(f"{council}: {counts.get('people', 0)} people; recorded-vote names linked {linked}/{total} ({share}); "
                   f"ambiguous {sum(v for k, v in counts.items() if k.endswith('ambiguous'))}")
        if show_ambiguous:
            for case in result["ambiguous"]:
                click.echo(f"  ambiguous: {case}")
    db.close()


EXIT_UNHEALTHY = 3


def _health_rules(config):
    from .status import HealthRules

    rules = HealthRules()
    for key, value in (config.health if config else {}).items():
        setattr(rules, key, value)
    return rules


@cli.command()
@_db_option
@click.option("--config", "config_path", type=click.Path(path_type=Path), default="councils.toml", show_default=True,
              help="Councils and health rules (the councils listed are checked even if never scraped).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def status(ctx, db_path, config_path, as_json):
    """Health per council (ok / stale / failing); exit 3 when any is not ok.

    For cron and monitors: exit 0 means every council is healthy.
    """
    from .status import all_health, format_table

    config = _load_config_or_exit("status", config_path) if Path(config_path).exists() else None
    db_file = _resolve_db(ctx, db_path)
    if not db_file.exists():
        click.echo(f"minutes status: {db_file} does not exist; nothing has been scraped", err=True)
        sys.exit(EXIT_UNHEALTHY)
    from .store import DatabaseError, open_db

    try:
        db = open_db(db_file)
    except DatabaseError as exc:
        click.echo(f"minutes status: {exc}", err=True)
        sys.exit(EXIT_UNHEALTHY)
    rules = _health_rules(config)
    councils = [site.slug for site in _crawled(config)] if config else None
    results = all_health(db, rules, councils, stale_after_days=config.stale_after_days if config else None)
    db.close()
    if as_json:
        click.echo(json.dumps([h.as_dict() for h in results], indent=2))
    else:
        click.echo(format_table(results))
    if any(h.verdict != "ok" for h in results):
        sys.exit(EXIT_UNHEALTHY)


@cli.group()
def config():
    """Work with councils.toml."""


@config.command("check")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default="councils.toml", show_default=True)
def config_check(config_path):
    """Validate councils.toml: every key known, every value of the right type."""
    loaded = _load_config_or_exit("config check", config_path)
    click.echo(f"{config_path}: ok, {len(loaded.sites)} councils"
               + (f" ({len(loaded.disabled)} disabled)" if loaded.disabled else "")
               + ": " + ", ".join(site.slug for site in loaded.sites))


def main() -> None:
    """The ``minutes`` command: :func:`cli`, with what is left alive frozen
    at exit rather than collected (:func:`.parallel.freeze_at_exit`)."""
    import atexit

    from .parallel import freeze_at_exit

    atexit.register(freeze_at_exit)
    cli()


if __name__ == "__main__":  # pragma: no cover
    main()
