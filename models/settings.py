"""Every default the project runs with, in one place.

Plain values, no I/O.  Both ``scrapers/`` (the polite client's policy) and
``pipeline/`` (councils.toml, the crawl, processing, health, the command
line) read them, so they live here, below both: a scraper never imports
``pipeline`` to learn how long to wait.  ``councils.toml`` ``[defaults]``
and command-line options override them; what is written here is what
happens when nobody says otherwise, and the help texts quote it.
"""

from __future__ import annotations

from pathlib import Path

# -- who we are -------------------------------------------------------------

PROJECT_URL = "https://github.com/council-minutes/council-minutes"
USER_AGENT = f"council-minutes/0.1 (+{PROJECT_URL}; civic data research)"
LICENCE = "Open Government Licence v3.0"  # what most UK council material is published under

# -- fetching (scrapers/http.py) --------------------------------------------

RATE_LIMIT = 1.0  # seconds between two requests to one host
CONNECT_TIMEOUT = 10.0  # seconds to open a connection
READ_TIMEOUT = 60.0  # seconds one read of an answer may wait
REQUEST_TIMEOUT = 300.0  # one whole request (connect, headers, body) of a client built without options
TIMEOUT = 60.0  # councils.toml `timeout` / `--timeout`: the read and whole-request limit of a crawl
RETRIES = 4  # attempts per URL
RETRY_WAIT = 2.0  # first wait before a retry; doubles each time (Retry-After wins)
MAX_RETRY_AFTER = 60.0  # longest Retry-After honoured; a longer one gives up on the URL
MAX_BYTES = 100 * 1024 * 1024  # largest body kept
MAX_REDIRECTS = 5

# -- crawling (pipeline/crawl.py) -------------------------------------------

LOOKBACK_DAYS = 120  # how far back a run looks for meetings
LOOKAHEAD_DAYS = 60  # how far ahead (agendas are published before the meeting)
RECENT_DAYS = 45  # meetings this recent are read again: minutes and documents still change
COUNCIL_BUDGET = 3600.0  # seconds of crawling per council per run

# -- the decisions register (scrapers/moderngov, pipeline/crawl.py) -------------

REGISTER_WINDOW_DAYS = 31  # one register request covers at most this many days (wide ranges time out)
REGISTER_OVERLAP_DAYS = 14  # a rerun reads again this far before where the last complete read ended
REGISTER_MAX_PAGES = 20  # result pages followed for one window before the paging is called a loop
REGISTER_MAX_ENTRIES = 5000  # decisions one register page may list before it is called hostile
PAGE_MAX_BYTES = 5 * 1024 * 1024  # largest register or decision details page read (MAX_BYTES is for documents)

# -- processing (pipeline/process.py, pipeline/sandbox.py) ------------------

MAX_MEMORY = 4 * 1024**3  # address space of one parse worker, in bytes
PARSE_GRACE = 10.0  # seconds beyond a parse's own deadline before its worker is killed

# -- health (pipeline/status.py) --------------------------------------------

STALE_AFTER_DAYS = 45  # no new meeting for this long: the scraper may no longer see the site
MAX_FAILURE_RATE = 0.2  # share of a run's requests that may fail before the council is failing
MAX_RUN_AGE_HOURS = 36.0  # no successful run for this long: cron stopped
COMMITTEE_DROP_FAILS = True  # fewer committees than the run before: the site changed shape

# -- where things are kept, and served -------------------------------------

DB_PATH = Path("data") / "minutes.db"
LOCK_WAIT = 60.0  # seconds a writer waits for another command writing the same database
HOST = "127.0.0.1"  # `minutes serve` and `minutes demo` listen here only, unless told otherwise
PORT = 8001
