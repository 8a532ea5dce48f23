"""A polite HTTP client for council sites (httpx, protego, tenacity).

Polite by default: an identifying User-Agent with a contact URL, robots.txt
obeyed, at most one request at a time and a minimum interval per host,
connect and read timeouts, a size cap on every body, and retries with
exponential backoff that honour ``Retry-After`` on 429 and 503.  Every
attempt, good or bad, is reported to ``on_fetch`` so the crawl can log it
in the ``fetches`` table.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Callable, Optional
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from models.records import Fetch

log = logging.getLogger(__name__)

PROJECT_URL = "https://github.com/council-minutes/council-minutes"


@dataclass
class FetchPolicy:
    user_agent: str = f"council-minutes/0.1 (+{PROJECT_URL}; civic data research)"
    min_interval: float = 1.0  # seconds between requests to one host
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    max_bytes: int = 100 * 1024 * 1024
    attempts: int = 4
    backoff: float = 2.0  # first retry wait; doubles each time
    max_wait: float = 300.0  # longest Retry-After honoured before giving up on a URL
    obey_robots: bool = True


class FetchError(Exception):
    """A URL that could not be fetched.  ``kind``: http, timeout, network,
    too_large, robots."""

    def __init__(self, url: str, kind: str, message: str, status: Optional[int] = None,
                 retry_after: Optional[float] = None):
        super().__init__(f"{url}: {message}")
        self.url = url
        self.kind = kind
        self.status = status
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        if self.kind in ("timeout", "network"):
            return True
        return self.kind == "http" and self.status is not None and (self.status in (408, 425, 429) or self.status >= 500)


@dataclass
class Response:
    url: str
    status: int
    content: bytes
    headers: dict
    sha256: str = ""
    fetched_at: str = ""

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _retry_after_seconds(value: Optional[str]) -> Optional[float]:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


@dataclass
class PoliteClient:
    policy: FetchPolicy = field(default_factory=FetchPolicy)
    on_fetch: Optional[Callable[[Fetch], None]] = None
    sleep: Callable[[float], None] = time.sleep
    _client: Optional[httpx.Client] = field(default=None, init=False, repr=False)
    _last_request: dict = field(default_factory=dict, init=False, repr=False)
    _robots: dict = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self):
        timeout = httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout)
        self._client = httpx.Client(
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=timeout,
            follow_redirects=True,
            limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- politeness -----------------------------------------------------

    def _wait_for_host(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            wait = self.policy.min_interval - (time.monotonic() - last)
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        """robots.txt says this agent may fetch ``url`` (fetched once per host;
        a missing or broken robots.txt allows everything)."""
        if not self.policy.obey_robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            rules = ""
            try:
                response = self._request(urljoin(origin, "/robots.txt"), attempts=1)
                if response.status == 200:
                    rules = response.text
            except FetchError as exc:
                log.info("no robots.txt at %s (%s); assuming allowed", origin, exc)
            self._robots[origin] = Protego.parse(rules)
        return self._robots[origin].can_fetch(url, self.policy.user_agent)

    # -- fetching ---------------------------------------------------------

    def get(self, url: str) -> Response:
        """GET ``url`` politely, retrying what is worth retrying."""
        if not self.allowed(url):
            self._report(Fetch(url=url, status=None, fetched_at=_now(), error="disallowed by robots.txt"))
            raise FetchError(url, "robots", "disallowed by robots.txt")
        return self._request(url, attempts=self.policy.attempts)

    def _request(self, url: str, attempts: int) -> Response:
        def wait(state: RetryCallState) -> float:
            exc = state.outcome.exception()
            backoff = self.policy.backoff * (2 ** (state.attempt_number - 1))
            if isinstance(exc, FetchError) and exc.retry_after is not None:
                return max(exc.retry_after, 0.0)
            return backoff

        def give_up_on_long_waits(exc: BaseException) -> bool:
            if not isinstance(exc, FetchError) or not exc.retryable:
                return False
            return exc.retry_after is None or exc.retry_after <= self.policy.max_wait

        retrying = Retrying(
            stop=stop_after_attempt(max(1, attempts)),
            wait=wait,
            retry=retry_if_exception(give_up_on_long_waits),
            sleep=self.sleep,
            reraise=True,
        )
        return retrying(self._attempt, url)

    def _attempt(self, url: str) -> Response:
        host = urlsplit(url).netloc
        self._wait_for_host(host)
        fetched_at = _now()
        try:
            with self._client.stream("GET", url) as response:
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
                    raise FetchError(url, "too_large", f"declares {int(declared):,} bytes, over the {self.policy.max_bytes:,}-byte cap",
                                     status=response.status_code)
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.policy.max_bytes:
                        raise FetchError(url, "too_large", f"sent more than the {self.policy.max_bytes:,}-byte cap",
                                         status=response.status_code)
                    chunks.append(chunk)
                content = b"".join(chunks)
                status = response.status_code
                headers = dict(response.headers)
                final_url = str(response.url)
        except FetchError as exc:
            self._report(Fetch(url=url, status=exc.status, fetched_at=fetched_at, error=str(exc)))
            raise
        except httpx.TimeoutException as exc:
            error = FetchError(url, "timeout", f"timed out ({exc.__class__.__name__})")
            self._report(Fetch(url=url, status=None, fetched_at=fetched_at, error=str(error)))
            raise error from None
        except httpx.HTTPError as exc:
            error = FetchError(url, "network", f"{exc.__class__.__name__}: {exc}")
            self._report(Fetch(url=url, status=None, fetched_at=fetched_at, error=str(error)))
            raise error from None
        digest = hashlib.sha256(content).hexdigest()
        if status >= 400:
            retry_after = _retry_after_seconds(headers.get("retry-after")) if status in (429, 503) else None
            error = FetchError(url, "http", f"HTTP {status}", status=status, retry_after=retry_after)
            self._report(Fetch(url=url, status=status, fetched_at=fetched_at, size=len(content), error=str(error)))
            raise error
        self._report(Fetch(url=url, status=status, fetched_at=fetched_at, sha256=digest, size=len(content)))
        return Response(url=final_url, status=status, content=content, headers=headers, sha256=digest,
                        fetched_at=fetched_at)

    def _report(self, fetch: Fetch) -> None:
        if self.on_fetch is not None:
            self.on_fetch(fetch)
