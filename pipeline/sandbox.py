"""Parse untrusted documents in killable worker processes.

Every byte of a council document is hostile until checked: a 160-byte line
once made a regular expression backtrack for days, a 3 MB flate bomb asked
for 6 GB, a tiny PDF with a vast "scanned" page asked for 4.8 GB to render.
So no parse ever runs in the process that owns the database or prints the
results: each document is parsed in a worker process (pebble) that

- has its address space capped (``RLIMIT_AS``), so a memory bomb fails that
  document with ``MemoryError`` or kills that worker, never the main process;
- is killed when the document overruns its time limit, whatever the parser
  was doing (tagging, HTML, XML and text included, not only PDF pages);
- dies with its parent (``PR_SET_PDEATHSIG``), so a ``kill -9`` of
  ``minutes process`` leaves no orphans, and so do the tesseract processes
  a worker starts.

This holds for ``--workers 1`` and for ``minutes parse`` too: there is no
in-process shortcut for an attacker to aim at.
"""

from __future__ import annotations

import logging
import signal
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional, TypeVar

from models import settings

from .children import die_with_parent
from .extract import ExtractionError, ExtractOptions

log = logging.getLogger(__name__)

T = TypeVar("T")



def limit_memory(max_bytes: Optional[int]) -> None:
    """Cap this process's address space, so one enormous document fails
    alone (MemoryError) instead of taking the machine down."""
    if not max_bytes:
        return
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _worker_start(max_memory: Optional[int]) -> None:
    die_with_parent()
    limit_memory(max_memory)
    # The parent handles Ctrl-C; a worker interrupted mid-document would
    # only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def parse_in_worker(path: str, options: ExtractOptions):
    """The task a worker runs: (parsed, None) or (None, ExtractionError)."""
    from .parse import parse_path

    return _guarded(path, lambda: parse_path(path, options))


def parse_bytes_in_worker(data: bytes, name: str, options: ExtractOptions):
    """The same for a document's bytes sent to the worker (a Dask worker's
    child, :mod:`.cluster`), parsed under the file name ``name``."""
    from .parse import parse_bytes

    return _guarded(name, lambda: parse_bytes(data, name, options))


def extract_in_worker(path: str, options: ExtractOptions):
    """:class:`EarlyExtraction`'s task: (pages, None) for a PDF, (None,
    None) for any other file, or (None, ExtractionError)."""
    from .extract import extract_pdf_path

    return _guarded(path, lambda: extract_pdf_path(path, options))


def finish_in_worker(document):
    """Segment and tag a PDF extracted by :class:`EarlyExtraction`."""
    from .parse import finish_parse

    return _guarded(document.path, lambda: finish_parse(document))


def _guarded(path: str, parse: Callable):
    try:
        return parse(), None
    except ExtractionError as exc:
        return None, exc
    except MemoryError:
        return None, ExtractionError(path, "too_much_memory", "needed more memory than the per-document limit")
    except Exception as exc:  # a parser bug must cost one document, not the run
        log.exception("%s: unexpected parser error", path)
        return None, ExtractionError(path, "parser_error", f"unexpected {exc.__class__.__name__}: {exc}")


def render_in_worker(path: str, options: ExtractOptions):
    """Parse, then render what was tagged as displaCy's span view:
    (html, None) or (None, ExtractionError).  Rendering re-runs the tagger,
    so it runs under the same limits as parsing."""
    parsed, error = parse_in_worker(path, options)
    if error is not None:
        return None, error
    from .tagging.display import render_html

    try:
        return render_html(parsed), None
    except MemoryError:
        return None, ExtractionError(path, "too_much_memory", "needed more memory than the per-document limit")


def _size(path: str) -> int:
    import os

    try:
        return os.path.getsize(path)
    except OSError:
        return 0


@dataclass
class Limits:
    """What one document may use.  ``timeout`` covers the whole parse."""

    timeout: float = ExtractOptions.timeout
    max_memory: Optional[int] = settings.MAX_MEMORY
    grace: float = settings.PARSE_GRACE  # for the parser's own deadline to answer first, with a clearer message


def _outcome(future, path: str, limits: Limits):
    """A worker's ``(parsed, error)``, or what went wrong with the worker as an error."""
    from pebble import ProcessExpired

    try:
        return future.result()
    except FutureTimeout:
        return None, ExtractionError(path, "timeout",
                                     f"took longer than the {limits.timeout:g}s limit per document")
    except ProcessExpired as exc:
        if exc.exitcode == -signal.SIGKILL:
            why = "was killed (out of memory?)"
        elif exc.exitcode == -signal.SIGABRT:  # PDFium (C++) aborts when an allocation fails under the cap
            why = "was aborted (out of memory in a C library?)"
        else:
            why = f"died ({exc})"
        return None, ExtractionError(path, "worker_died", f"the worker parsing it {why}")
    except MemoryError:
        return None, ExtractionError(path, "too_much_memory", "its result was too large to return")
    except Exception as exc:  # an unpicklable result, a pool error
        return None, ExtractionError(path, "parser_error", f"unexpected {exc.__class__.__name__}: {exc}")


class ParsePool:
    """A pool of killable parse workers with a bounded number in flight.

    ``stream(tasks, path_of)`` yields ``(task, (parsed, error))`` as each
    finishes; ``ordered(...)`` yields them in the order given (what
    ``minutes parse`` prints).  A worker that overruns is killed and
    replaced; a worker that dies (the kernel's OOM killer, a segfault in a
    C library) costs only its own document.
    """

    def __init__(self, workers: int = 1, options: Optional[ExtractOptions] = None, limits: Optional[Limits] = None,
                 task: Callable = parse_in_worker):
        from pebble import ProcessPool

        self.task = task
        self.workers = max(1, workers)
        self.options = options or ExtractOptions()
        self.limits = limits or Limits(timeout=self.options.timeout)
        self._pool = ProcessPool(max_workers=self.workers, initializer=_worker_start,
                                 initargs=(self.limits.max_memory,))

    def __enter__(self) -> "ParsePool":
        return self

    def __exit__(self, kind, exc, tb) -> None:
        self.close(cancel=exc is not None)

    def close(self, cancel: bool = False) -> None:
        if cancel:
            self._pool.stop()
        else:
            self._pool.close()
        self._pool.join()

    def retire(self) -> None:
        """Take no more documents; those under way finish (whoever waits for
        them gets their outcome) and the workers then exit.  Returns at once.
        (Stopping instead would leave a thread waiting for a document under
        way waiting for ever.)"""
        self._pool.close()

    def _submit(self, path: str, early: Optional["EarlyExtraction"] = None):
        """The document's future: its whole parse, or where ``early``
        extracted it, segmentation and tagging in the time left to it."""
        if early is None or path not in early.handed_out:
            return self._pool.schedule(self.task, args=(path, self.options),
                                       timeout=self.limits.timeout + self.limits.grace)
        extracted = early.handed_out[path]
        document, error = extracted.outcome()
        seconds = extracted.seconds()
        if error is not None or document is None:  # failed, or not a PDF: parsed whole, as it would have been
            return _done((None, error)) if error is not None else self._submit(path)
        return self._pool.schedule(finish_in_worker, args=(document,),
                                   timeout=max(self.limits.timeout - seconds, 0.1) + self.limits.grace)

    def parse_bytes(self, data: bytes, name: str) -> tuple:
        """Parse one document given as bytes in a worker and wait for it:
        ``(parsed, error)``.  Several threads may call this at once."""
        future = self._pool.schedule(parse_bytes_in_worker, args=(data, name, self.options),
                                     timeout=self.limits.timeout + self.limits.grace)
        return self._outcome(future, name)

    def _outcome(self, future, path: str):
        return _outcome(future, path, self.limits)

    def stream(self, tasks: Iterable[T], path_of: Callable[[T], str]) -> Iterator[tuple[T, tuple]]:
        """Completion order, at most two documents per worker in flight, so
        an archive of millions never sits in memory."""
        from concurrent.futures import FIRST_COMPLETED, wait

        tasks = iter(tasks)
        in_flight: dict = {}
        exhausted = False
        while in_flight or not exhausted:
            while not exhausted and len(in_flight) < self.workers * 2:
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                    break
                in_flight[self._submit(path_of(task))] = task
            if not in_flight:
                break
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                task = in_flight.pop(future)
                yield task, self._outcome(future, path_of(task))

    #: A batch this long or shorter is scheduled all at once, largest file first.
    SORTED_BATCH = 256

    def ordered(self, tasks: Iterable[T], path_of: Callable[[T], str],
                early: Optional["EarlyExtraction"] = None) -> Iterator[tuple[T, tuple]]:
        """The order given.  A short list (``minutes parse`` of a few files)
        is handed to the workers largest file first, so that no worker is
        left parsing the biggest one alone at the end (on the eight Kent
        minutes, the last of two workers otherwise finished about an eighth
        later); a longer one streams with the same bounded look-ahead as
        :meth:`stream`.  The files ``early`` extracted (it is stopped here)
        are only segmented and tagged, after the others are handed out."""
        from collections import deque

        if early is not None:
            early.stop()
        if isinstance(tasks, (list, tuple)) and len(tasks) <= self.SORTED_BATCH:
            futures: dict[int, object] = {}
            extracted = set(early.handed_out) if early is not None else set()
            for index in sorted(range(len(tasks)), key=lambda i: (path_of(tasks[i]) in extracted,
                                                                  -_size(path_of(tasks[i])))):
                futures[index] = self._submit(path_of(tasks[index]), early)
            if early is not None:
                # Every file it extracted is collected by now: its worker is stopped while the pool parses, not
                # after the last document, when the wait for its exit (pebble polls every 0.1 s) would add to the run.
                early.close()
            for index, task in enumerate(tasks):
                yield task, self._outcome(futures.pop(index), path_of(task))
            return
        tasks = iter(tasks)
        window: deque = deque()
        while True:
            while len(window) < self.workers * 2:
                task = next(tasks, None)
                if task is None:
                    break
                window.append((task, self._submit(path_of(task), early)))
            if not window:
                return
            task, future = window.popleft()
            yield task, self._outcome(future, path_of(task))


def _done(result):
    from concurrent.futures import Future

    future = Future()
    future.set_result(result)
    return future


class EarlyExtraction:
    """One parse worker started before this process loads the parser, that
    extracts PDFs, largest first, one at a time, until :meth:`stop`.

    Why: ``minutes parse`` loads spaCy, the tagger and the word list (about
    1.3 s on one core) before it forks the workers that share them; on two
    cores the other core sat idle meanwhile.  Extraction needs none of
    that, so this worker (forked first, under the same memory cap, its
    extraction under the same time limit) reads the largest PDFs in that
    time, and the pool only segments and tags them (:meth:`ParsePool.ordered`).
    Used only with two workers or more: ``--workers 1`` keeps to one core.
    """

    def __init__(self, paths: list[str], options: ExtractOptions, limits: Limits):
        import threading
        from collections import deque

        from pebble import ProcessPool

        self.options = options
        self.limits = limits
        self.handed_out: dict[str, _Extracted] = {}
        self._waiting = deque(sorted(dict.fromkeys(paths), key=lambda p: -_size(p)))
        self._lock = threading.Lock()
        self._stopped = False
        self._closed = False
        self._pool = ProcessPool(max_workers=1, initializer=_worker_start, initargs=(limits.max_memory,))
        self._next()

    def _next(self, _finished=None) -> None:
        with self._lock:
            if self._stopped or not self._waiting:
                return
            path = self._waiting.popleft()
            future = self._pool.schedule(extract_in_worker, args=(path, self.options),
                                         timeout=self.limits.timeout + self.limits.grace)
            self.handed_out[path] = _Extracted(future, path, self.limits)
        future.add_done_callback(self._next)

    def stop(self) -> None:
        """Hand out no more files (the one under way is finished)."""
        with self._lock:
            self._stopped = True

    def close(self) -> None:
        """Stop the worker: by now every file handed out has been collected
        (or the run is being abandoned).  Once; a second call returns."""
        self.stop()
        if self._closed:
            return
        self._closed = True
        self._pool.stop()
        self._pool.join()
        log.debug("extracted before the parser was loaded: %d of the files", len(self.handed_out))


class _Extracted:
    """One file :class:`EarlyExtraction` handed out: its outcome, and the
    seconds it took (they count against the document's time limit)."""

    def __init__(self, future, path: str, limits: Limits):
        import time

        self.future, self.path, self.limits = future, path, limits
        self.started = time.monotonic()
        self.finished: Optional[float] = None
        future.add_done_callback(self._finished)

    def _finished(self, _future) -> None:
        import time

        self.finished = time.monotonic()

    def outcome(self) -> tuple:
        return _outcome(self.future, self.path, self.limits)

    def seconds(self) -> float:
        """Once :meth:`outcome` has returned."""
        import time

        return (self.finished or time.monotonic()) - self.started
