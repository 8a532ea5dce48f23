"""What parse workers share when they are forked from this process.

``minutes parse`` and ``minutes process`` parse in pebble worker processes
(see :mod:`.sandbox`).  Each worker needs the same heavy, read-only state:
spaCy and the rest of the parser's imports (about a second) and the tagger's
pipeline (a quarter of a second).  Where workers are forked, loading that
state once in the parent before the pool starts means every worker begins
with it, copy-on-write, instead of each paying for it: on two busy cores
``minutes parse`` of the eight Kent minutes took about 0.5 s less.  Nothing
untrusted is read here: the documents are still parsed only in the workers.

wordfreq's English word list is not loaded here: only a line-end hyphen
that the document itself does not settle needs it (two of the eight Kent
minutes), so a worker reads it when one does (the small list, read from
wordfreq's data file without importing wordfreq, a few hundredths of a
second; the large list only for a word the small one lacks, which none of
the Kent minutes asks for).  Loaded here, the large list cost every run 0.4 s
of the parent's time before the first parse (``minutes parse --workers 2`` of
the Kent minutes, paired runs: 5% faster without it).
"""

from __future__ import annotations

import multiprocessing


def load_parser_for_workers() -> bool:
    """Import the parser and build the default tagger in this process, when
    workers will be forked from it; return whether it did.
    With another start method (spawn, forkserver) a worker starts from a
    fresh interpreter, so loading here would only cost time."""
    if multiprocessing.get_start_method(allow_none=False) != "fork":
        return False
    defer_spacy_cli()
    preload_pdf_libraries()
    from . import parse  # noqa: F401  (spaCy, the segmenter)
    from .tagging import default_nlp

    default_nlp()
    return True


def freeze_at_exit() -> None:
    """Move every object still alive out of the garbage collector's sight,
    for a command line whose work is done (run from ``atexit``).

    Why: the interpreter's last act is to collect what is left, one object
    at a time; with the parser loaded (spaCy's objects, the compiled
    patterns, the word lists) that was 0.14 s of every ``minutes parse``
    after its last line was printed, 0.02 s frozen.  Only at exit, and only
    in the command line's own process: frozen objects are never freed, so a
    process that goes on (a test session, a long-lived worker) must not
    freeze what it will drop.  (Frozen at every parser load instead, a fresh
    clone's test run failed: a worker forked from the session ran out of its
    capped address space on a small document.)"""
    import gc

    gc.freeze()


def preload_pdf_libraries() -> None:
    """Import pdfplumber and pdfium in this process before workers are
    forked from it.  Extraction imports them on first use (a command that
    reads no PDF never pays for them); imported there, every forked worker
    paid about 0.2 s of CPU for its own copy: three times over with two
    workers and :class:`~.sandbox.EarlyExtraction`."""
    import pdfplumber  # noqa: F401
    import pypdfium2  # noqa: F401


def defer_spacy_cli() -> None:
    """Import spaCy without its command line.

    ``import spacy`` runs ``from .cli.info import info``, which imports every
    spaCy command and what they need (weasel, typer, requests, httpx, jinja2,
    the config templates): about a quarter of spaCy's import time, none of it
    used by a blank pipeline.  Before spaCy is first imported, ``spacy.cli``
    is registered as a package that has not run its ``__init__`` (its
    submodules still import from their files when asked for) and
    ``spacy.cli.info`` as a module whose ``info`` imports the real one when
    called.
    """
    import importlib
    import importlib.util
    import os
    import sys
    import types

    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    cli = types.ModuleType("spacy.cli", "spaCy's command line, not imported (see pipeline.parallel)")
    cli.__path__ = [os.path.join(list(spec.submodule_search_locations)[0], "cli")]
    info_module = types.ModuleType("spacy.cli.info")

    def info(*args, **kwargs):  # the real one, imported on first use
        sys.modules.pop("spacy.cli.info", None)
        return importlib.import_module("spacy.cli.info").info(*args, **kwargs)

    info_module.info = info
    cli.info = info_module
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info_module
