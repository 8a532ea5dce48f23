"""What runs on a Dask worker: the task that parses one document's bytes,
and the plugin that keeps the killable children it parses in.

Apart from :mod:`.cluster` (the writer's side) so that only a process that
uses a cluster imports Dask distributed: the plugin must subclass Dask's
``WorkerPlugin``, and importing distributed took 0.7 s of every
``minutes process``, local runs included, before the first document.  The
writer imports this module when it connects to a scheduler; a worker
imports it when it unpickles the plugin and the task (pickled by name).
"""

from __future__ import annotations

from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin

from .extract import ExtractOptions
from .sandbox import Limits

# Python forbids a daemonic process to start children, and a Dask nanny
# starts its worker as one unless told otherwise.
NOT_DAEMON = ("this Dask worker is a daemonic process, which cannot start the child each document is parsed in: "
              "start the workers with DASK_DISTRIBUTED__WORKER__DAEMON=False (see docs/scaling.md)")


class ParseChildren(WorkerPlugin):
    """The killable children a Dask worker parses documents in, kept for
    the worker's life (one per worker thread), as a local worker keeps its
    own for a run.

    Why: forked afresh for every document, a child cost about 0.3 CPU
    seconds a document beyond its parse (``docs/scaling.md``); kept, it is
    forked once, after this worker has loaded the parser, and restarted
    only when a document kills it or overruns its time limit, so the
    per-document limits hold as before.  Every writer registers the plugin;
    the first registration stays (``idempotent``), so a later run, or
    another writer sharing the cluster, uses the same children and never
    replaces them under a document being parsed.  Children are kept per
    options and limits, which travel with each document."""

    name = "council-minutes-parse"
    idempotent = True

    def __init__(self):
        self.threads = 1
        self.pools: dict[str, object] = {}
        self.lock = None

    def setup(self, worker) -> None:
        import threading

        self.threads = max(1, worker.state.nthreads)
        self.lock = threading.Lock()

    def teardown(self, worker) -> None:
        """The worker closing: a document under way finishes first (its
        waiting task gets its outcome), then the children exit."""
        with self.lock:
            for pool in self.pools.values():
                pool.retire()

    def parse(self, data: bytes, name: str, options: ExtractOptions, limits: Limits) -> tuple:
        """``(parsed, error)`` for one document's bytes, from a child."""
        key = repr((options, limits))
        with self.lock:
            pool = self.pools.get(key)
            if pool is None:
                pool = self.pools[key] = self._start(options, limits)
        return pool.parse_bytes(data, name)

    def _start(self, options: ExtractOptions, limits: Limits):
        import multiprocessing

        from .sandbox import ParsePool

        if multiprocessing.current_process().daemon:
            raise RuntimeError(NOT_DAEMON)
        load_parser_to_fork()
        return ParsePool(self.threads, options, limits)


def load_parser_to_fork() -> None:
    """Load the parser in this Dask worker, its parse children to be forked
    from it (at their first document, or at start with
    :mod:`.cluster_preload`).

    A nanny spawns its worker, which leaves "spawn" the default: a child
    would import the parser afresh (1.6 s, measured).  Forked, it starts
    with the parser this worker loaded.  Dask itself names its own start
    method."""
    import multiprocessing

    from .parallel import load_parser_for_workers

    if multiprocessing.get_start_method(allow_none=True) != "fork":
        multiprocessing.set_start_method("fork", force=True)
    load_parser_for_workers()


def parse_on_worker(data: bytes, name: str, options: ExtractOptions, limits: Limits) -> tuple[str, tuple]:
    """The Dask task: ``(parser version, (parsed, error))`` for one
    document's bytes, parsed in this worker's child (:class:`ParseChildren`)
    under the document's own file name (the parser reads a file's suffix
    and name).  The version comes back so the driver can refuse results
    from a worker running another release."""
    from distributed import get_worker

    from .versions import PARSER_VERSION

    children = get_worker().plugins.get(ParseChildren.name)
    if children is None:
        raise RuntimeError("this Dask worker has no council-minutes parse children (plugin not registered)")
    return PARSER_VERSION, children.parse(data, Path(name).name or "document", options, limits)
