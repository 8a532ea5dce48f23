import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
PDF = FIXTURES / "pdf"


# Runs the command line in a fresh interpreter, then prints which of the named
# modules it imported (argv[1] the names, comma-separated; the rest the command).
_IMPORT_PROBE = ("import json, sys\nfrom pipeline.cli import cli\n"
                 "try:\n    cli(sys.argv[2:])\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
                 "print(json.dumps(sorted(m for m in sys.argv[1].split(',') if m in sys.modules)))")


DEV = FIXTURES / "dev"
DEV_NEXT = FIXTURES / "dev-next" / "dev"


def parse_council(council: str, folder: Path = DEV):
    """The one document of a council's fixture folder (``dev/`` unless
    told, e.g. ``DEV_NEXT``), parsed as ``minutes parse`` parses it."""
    from pipeline.parse import parse_path

    return parse_path(next((folder / council).iterdir()))


def attendance_by_status(parsed) -> dict[str, list[str]]:
    """The names a parse found attending, by status, in document order."""
    found: dict[str, list[str]] = {}
    for record in parsed.attendance:
        found.setdefault(record.status, []).append(record.name)
    return found


def modules_imported_by(args: list[str], modules: tuple[str, ...]) -> tuple[subprocess.CompletedProcess, list[str]]:
    """What `minutes ARGS` imported of ``modules``, in a child of its own (an
    import, once made, cannot be taken back in this process), and the child's
    result; the command must exit 0."""
    result = subprocess.run([sys.executable, "-c", _IMPORT_PROBE, ",".join(modules), *map(str, args)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return result, json.loads(result.stdout.strip().splitlines()[-1])


def reprocess_changes_nothing(db, db_path: Path, tables: tuple[str, ...]):
    """Parse every stored document again (as a new parser version would)
    and check that no table in ``tables`` gains or loses a row; ``db`` is
    closed first (``process`` is the writer) and the reopened database is
    returned."""
    from click.testing import CliRunner

    from pipeline.cli import cli
    from pipeline.store import open_db

    counts = {table: db[table].count for table in tables}
    db.execute("UPDATE documents SET parser_version = NULL")
    db.conn.commit()
    db.close()
    assert CliRunner().invoke(cli, ["--db", str(db_path), "process", "--workers", "2"]).exit_code == 0
    db = open_db(db_path)
    assert {table: db[table].count for table in tables} == counts
    return db


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def gold():
    def load(name: str) -> dict:
        return json.loads((FIXTURES / "gold" / name).read_text())

    return load


@pytest.fixture(scope="session")
def kent_cabinet():
    """The Kent cabinet minutes of 2025-01-30, parsed once per session."""
    from pipeline.parse import parse_path

    return parse_path(PDF / "2025-01-30_cabinet_printed-minutes.pdf")


@pytest.fixture(scope="session")
def kent_budget():
    from pipeline.parse import parse_path

    return parse_path(PDF / "2025-02-13_county-council_budget_printed-minutes.pdf")


@pytest.fixture(scope="session")
def register():
    """What the scraper leaves behind: ``register(db, council, source_id,
    path)`` adds a pending document row for a local file, through the
    store as the crawl does."""
    from models.media import sha256_hex, sniff_media_type
    from pipeline.store import register_document

    def register(db, council: str, source_id: str, path: Path) -> str:
        data = Path(path).read_bytes()
        return register_document(db, council=council, source_id=source_id,
                                 url=f"https://example.invalid/mgConvert2PDF.aspx?ID={source_id}", path=path,
                                 sha256=sha256_hex(data), size=len(data), media_type=sniff_media_type(data, path.name),
                                 kind="document", title=None)

    return register


def _child_pids(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, ValueError, IndexError):
                pass
    return found


@pytest.fixture(scope="session")
def child_pids():
    """``child_pids(pid)``: the processes whose parent is ``pid`` (from /proc)."""
    return _child_pids


def _assert_gone(pids: list[int], within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    alive = pids
    while alive and time.monotonic() < deadline:
        alive = [p for p in pids if Path(f"/proc/{p}").exists() and ") Z " not in Path(f"/proc/{p}/stat").read_text()]
        time.sleep(0.05)
    assert not alive, f"orphaned parse workers: {alive}"


@pytest.fixture(scope="session")
def assert_gone():
    """``assert_gone(pids, within=10)``: every one of ``pids`` has exited (or
    is a zombie) within ``within`` seconds: the parse workers of a killed
    process die with it."""
    return _assert_gone
