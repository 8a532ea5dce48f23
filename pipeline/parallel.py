"""What parse workers share when they are forked from this process.

``minutes parse`` and ``minutes process`` parse in pebble worker processes
(see :mod:`.sandbox`).  Each worker needs the same heavy, read-only state:
spaCy and the rest of the parser's imports (about a second), the tagger's
pipeline (a quarter of a second) and wordfreq's English list (another
quarter).  Where workers are forked, loading that state once in the parent
before the pool starts means every worker begins with it, copy-on-write,
instead of each paying for it: on two busy cores ``minutes parse`` of the
eight Kent minutes took about 0.5 s less.  Nothing untrusted is read here:
the documents are still parsed only in the workers.
"""

from __future__ import annotations

import multiprocessing


def load_parser_for_workers() -> bool:
    """Import the parser, build the default tagger and load the word list in
    this process, when workers will be forked from it; return whether it did.
    With another start method (spawn, forkserver) a worker starts from a
    fresh interpreter, so loading here would only cost time."""
    if multiprocessing.get_start_method(allow_none=False) != "fork":
        return False
    from . import parse  # noqa: F401  (spaCy, pdfplumber, the segmenter)
    from .extract import resolve_hyphen
    from .tagging import default_nlp

    default_nlp()
    resolve_hyphen("infor", "mation")  # loads wordfreq's English list
    return True
