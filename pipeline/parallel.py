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
    freeze_loaded_objects()
    return True


def freeze_loaded_objects() -> None:
    """Move every object alive now out of the garbage collector's sight.

    Why: the parser's objects (spaCy's, the compiled patterns, the word
    lists) live as long as the process.  Left in the collector's
    generations, every collection in a forked worker walks them all (and
    writes to their pages, which the fork then has to copy), and at exit
    the interpreter collects them one by one: 0.14 s of every ``minutes
    parse`` after its last line was printed, 0.02 s once frozen.

    Once per process, after a collection (0.04 s with the parser loaded):
    what is frozen is never freed, so garbage frozen with it, or frozen
    again by every later call (a test session loads the parser dozens of
    times), would only grow the process and every worker forked from it
    (whose address space is capped)."""
    import gc

    if gc.get_freeze_count():
        return
    gc.collect()
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
