"""Child processes that cannot outlive the process that started them.

Parse workers and the tesseract they start are killed with their parent: a
killed ``minutes process`` must leave no orphan chewing a hostile PDF.  A
module of its own because both the sandbox (which starts workers) and
extraction (which starts tesseract) need it, and neither may import the other.
"""

from __future__ import annotations

import os
import signal


def die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (a no-op
    elsewhere).  Used by parse workers and by the tesseract they start."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        parent = os.getppid()
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before we asked
            os._exit(1)
    except (OSError, AttributeError):
        pass
