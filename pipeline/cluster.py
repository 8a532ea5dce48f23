"""Parse on a Dask distributed cluster; store here.

``minutes process --scheduler tcp://host:8786`` sends each pending
document's bytes to the cluster's workers and stores what comes back, in
this process, exactly as a local run does (:func:`.process.store_outcome`):
SQLite keeps one writer, and workers need no shared disk, no database and
no configuration, only the same release of council-minutes installed with
the ``cluster`` extra.

Three things decide the shape of this module:

- Dask runs a task on a worker thread, so the local loop's limits cannot
  simply be reused there: an alarm-based timeout needs the main thread, and
  a memory cap on the worker would take the worker down with one hostile
  PDF.  Each task therefore parses in a child process through
  :class:`.sandbox.ParsePool` (:class:`.cluster_worker.ParseChildren`: one child per worker
  thread, kept from document to document and from run to run, replaced
  when killed): the same ``RLIMIT_AS`` cap, the same time limit enforced
  by killing the child, the same mapping of every failure to an
  :class:`ExtractionError`.  The parser is loaded once in the Dask worker,
  so the forked child starts with it (what a document costs on a cluster
  beyond its parse is measured in ``docs/scaling.md``).
- A worker lost mid-document (a machine gone, a worker killed) is the
  scheduler's to notice: it runs the task again on another worker and,
  when that worker dies too, gives up with ``KilledWorker`` (with the
  scheduler's ``distributed.scheduler.allowed-failures`` set to 1, as
  ``docs/scaling.md`` starts it; Dask's default is 3).  The document is then
  recorded as failed with that reason, like a local worker's death.
- Anything else that goes wrong in the Dask layer (the scheduler gone, a
  task that raised: the task maps every document problem to an
  ``ExtractionError``, so a raise is the cluster's fault) stops the run
  with :class:`ClusterError` and fails no document: what was stored stays,
  and a rerun picks up the rest.

Documents in flight are bounded (two per worker thread, as locally), so an
archive of millions never sits in this process or on the scheduler.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .extract import ExtractionError, ExtractOptions
from .sandbox import Limits

log = logging.getLogger(__name__)

NEEDS_EXTRA = ("parsing on a Dask cluster needs Dask distributed, which is not installed: "
               "pip install 'council-minutes[cluster]'")

#: Seconds to wait for the scheduler to answer before giving up on it.
CONNECT_TIMEOUT = 30.0


class ClusterError(Exception):
    """The cluster cannot be used (distributed is not installed, the
    scheduler does not answer, a worker runs another parser version, the
    cluster failed mid-run): nothing is marked failed, a rerun picks up."""


def read_document(path: str, options: ExtractOptions) -> bytes:
    """A pending document's bytes, refused before they are sent anywhere
    when over the size cap (as :func:`.parse.parse_path` refuses locally)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(options.max_bytes + 1)
    except OSError as exc:
        raise ExtractionError(str(path), "unreadable", f"cannot be read ({exc.strerror})") from None
    if len(data) > options.max_bytes:
        raise ExtractionError(str(path), "too_large", f"is over the {options.max_bytes:,}-byte cap")
    return data


class ClusterParser:
    """A connection to a Dask scheduler that parses documents on its
    workers: ``stream(rows)`` yields ``(row, (parsed, error))`` as each
    finishes, like :meth:`.sandbox.ParsePool.stream`, with ``row["path"]``
    as the document's path in results and errors."""

    def __init__(self, address: str, options: Optional[ExtractOptions] = None, limits: Optional[Limits] = None,
                 connect_timeout: Optional[float] = None):
        try:
            from distributed import Client

            from .cluster_worker import ParseChildren
        except ImportError:
            raise ClusterError(NEEDS_EXTRA) from None
        self.address = address
        self._slots: Optional[tuple[float, int]] = None
        self.options = options or ExtractOptions()
        self.limits = limits or Limits(timeout=self.options.timeout)
        try:
            self.client = Client(address, timeout=connect_timeout or CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        try:
            self.client.register_plugin(ParseChildren())
        except Exception as exc:
            self.client.close()
            raise ClusterError(f"cannot prepare the workers of {address}: {exc.__class__.__name__}: {exc}") from None

    def __enter__(self) -> "ClusterParser":
        return self

    def __exit__(self, kind, exc, tb) -> None:
        self.close()

    def close(self, cancel: bool = True) -> None:
        """Disconnect; the scheduler forgets this client's tasks (a task
        already running finishes on its worker, its result unread)."""
        self.client.close()

    #: Seconds between two readings of the workers connected (``slots``).
    SLOTS_EVERY = 5.0

    def slots(self) -> int:
        """Documents in flight: two per worker thread connected (workers
        may join or leave mid-run), at least two.  Read again at most every
        ``SLOTS_EVERY`` seconds: each reading is a round trip to the
        scheduler, and the loop asks before every document it sends."""
        import time

        now = time.monotonic()
        if self._slots is None or now - self._slots[0] >= self.SLOTS_EVERY:
            threads = sum(self.client.nthreads().values())
            if not threads:
                log.warning("no Dask worker is connected to %s: waiting for one", self.address)
            self._slots = (now, max(2, 2 * threads))
        return self._slots[1]

    def stream(self, rows: Iterable[dict]) -> Iterator[tuple[dict, tuple]]:
        from distributed import as_completed

        from .cluster_worker import parse_on_worker

        rows = iter(rows)
        in_flight: dict[str, dict] = {}
        finished = as_completed(loop=self.client.loop)
        exhausted = False
        while True:
            limit = self.slots()
            while not exhausted and len(in_flight) < limit:
                row = next(rows, None)
                if row is None:
                    exhausted = True
                    break
                try:
                    data = read_document(row["path"], self.options)
                except ExtractionError as error:
                    yield row, (None, error)
                    continue
                future = self.client.submit(parse_on_worker, data, Path(row["path"]).name, self.options,
                                            self.limits, key=f"parse-{row['id']}-{uuid.uuid4().hex[:8]}",
                                            pure=False)
                in_flight[future.key] = row
                finished.add(future)
            if not in_flight:
                return
            future = next(finished)
            row = in_flight.pop(future.key)
            yield row, self._outcome(future, row["path"])

    def _outcome(self, future, path: str) -> tuple:
        """What the task gave, with the driver's path in place of the
        worker's temporary one."""
        from distributed import KilledWorker

        from .versions import PARSER_VERSION

        try:
            version, (parsed, error) = future.result()
        except KilledWorker as exc:
            last = getattr(exc.last_worker, "address", exc.last_worker)
            return None, ExtractionError(path, "worker_died", f"each of the {exc.allowed_failures + 1} Dask workers "
                                         f"that parsed it died (the last: {last})")
        except Exception as exc:
            raise ClusterError(f"the cluster at {self.address} failed: {exc.__class__.__name__}: {exc}") from exc
        finally:
            future.release()
        if version != PARSER_VERSION:
            raise ClusterError(f"a worker of {self.address} runs parser {version}, this program {PARSER_VERSION}: "
                               "install the same council-minutes release on every worker")
        if error is not None:
            return None, ExtractionError(path, error.kind, error.message)
        parsed.document.path = path
        return parsed, None
