"""One writer at a time: a lock file beside the database.

SQLite allows one writer; two ``minutes process`` runs, or a ``scrape``
beside a ``process``, or a cron job that overlaps the previous night's,
used to meet as a "database is locked" traceback half-way through.  Every
command that writes takes ``<db>.lock`` first (``flock``, released by the
kernel however the holder ends, even ``kill -9``), waits a bounded time for
it, and otherwise stops before touching anything, naming the holder.
"""

from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from models import settings


class LockHeld(Exception):
    """Another writer holds the database."""

    def __init__(self, path: Path, holder: dict, waited: float):
        self.path = path
        self.holder = holder
        pid = holder.get("pid", "?")
        command = holder.get("command", "another command")
        since = holder.get("started", "an unknown time")
        super().__init__(f"{path} is being written by `{command}` (pid {pid}, since {since}); "
                         f"waited {waited:g}s. Try again when it has finished.")


def lock_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


@contextmanager
def writer_lock(db_path: str | Path, command: str, wait: float = settings.LOCK_WAIT,
                poll: float = 0.2) -> Iterator[Path]:
    """Hold the database's writer lock for the ``with`` block, waiting up to
    ``wait`` seconds for another writer to finish."""
    import fcntl

    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    start = time.monotonic()
    try:
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() - start >= wait:
                    handle.seek(0)
                    try:
                        holder = json.loads(handle.read() or "{}")
                    except ValueError:
                        holder = {}
                    raise LockHeld(Path(db_path), holder, round(time.monotonic() - start, 1)) from None
                time.sleep(poll)
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(), "command": command,
                                 "started": datetime.now(timezone.utc).replace(microsecond=0).isoformat()}))
        handle.flush()
        yield path
    finally:
        handle.close()  # releases the lock
