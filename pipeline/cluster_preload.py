"""A Dask worker preload: the parser loaded when the worker starts.

    dask worker tcp://10.0.0.5:8786 --nthreads 1 --preload pipeline.cluster_preload

Why: without it a worker loads spaCy and the tagger (about a second) when
its first document arrives, so the first ``minutes process --scheduler``
after the cluster starts pays that on every worker before any document is
parsed.  Preloaded, the worker pays it while it joins the cluster, and its
parse children (:class:`.cluster_worker.ParseChildren`) are forked from a
process that already holds the parser, as in a long-running cluster.
Nothing untrusted is read here.
"""

from __future__ import annotations


def dask_setup(worker) -> None:
    """Dask calls this in the worker process before it joins the scheduler."""
    from .cluster_worker import load_parser_to_fork

    load_parser_to_fork()
