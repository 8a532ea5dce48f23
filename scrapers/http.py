"""A polite, guarded HTTP client for council sites (httpx, protego, tenacity).

Polite by default: an identifying User-Agent with a contact URL, robots.txt
obeyed, at most one request at a time and a minimum interval per host,
connect and read timeouts, a size cap on every body, and retries with
exponential backoff that honour ``Retry-After`` on 429 and 503 (up to a cap).
Every attempt, good or bad, is reported to ``on_fetch`` so the crawl can log
it in the ``fetches`` table.

Conditional: ``get(url, etag=..., last_modified=...)`` sends the validators
a server gave for ``url`` before as ``If-None-Match`` and
``If-Modified-Since``; a ``304 Not Modified`` comes back as a
:class:`Response` with status 304 and no body (logged with status 304, no
hash or size).  Without validators the request is exactly as before.

Guarded because a council site is untrusted input: whatever it links to is
fetched and, once parsed, published.  A :class:`Scope` says what belongs to
the council (its own origin and the hosts its configuration lists); every
URL and every redirect hop is checked against it, only ``http(s)`` is
fetched, and the address actually connected to is checked when the socket
opens (so a name that resolves to a private address, or changes its answer
between check and use, is refused too).  Each request has an overall
deadline, enforced on every socket read, so a server that drips a byte at a
time cannot hold the night's run.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import socket
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Callable, Optional
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx
from protego import Protego
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from models import settings
from models.records import Fetch

from .errors import SourceError

log = logging.getLogger(__name__)


@dataclass
class FetchPolicy:
    """How politely and how patiently to fetch; the defaults are in
    ``models.settings``."""

    user_agent: str = settings.USER_AGENT
    min_interval: float = settings.RATE_LIMIT  # seconds between requests to one host
    connect_timeout: float = settings.CONNECT_TIMEOUT
    read_timeout: float = settings.READ_TIMEOUT
    total_timeout: float = settings.REQUEST_TIMEOUT  # one whole request: connect, headers and body
    max_bytes: int = settings.MAX_BYTES
    attempts: int = settings.RETRIES
    backoff: float = settings.RETRY_WAIT  # first retry wait; doubles each time
    max_wait: float = settings.MAX_RETRY_AFTER  # longest Retry-After honoured before giving up on a URL
    max_redirects: int = settings.MAX_REDIRECTS
    obey_robots: bool = True

    @classmethod
    def for_crawl(cls, rate_limit: float = settings.RATE_LIMIT, timeout: float = settings.TIMEOUT,
                  retries: int = settings.RETRIES, retry_wait: float = settings.RETRY_WAIT,
                  max_retry_after: float = settings.MAX_RETRY_AFTER,
                  user_agent: Optional[str] = None) -> "FetchPolicy":
        """The policy of a crawl as ``councils.toml`` and the command line
        state it: ``timeout`` bounds each read and each whole request."""
        return cls(user_agent=user_agent or settings.USER_AGENT, min_interval=rate_limit, read_timeout=timeout,
                   connect_timeout=min(timeout, settings.CONNECT_TIMEOUT), total_timeout=timeout, attempts=retries,
                   backoff=retry_wait, max_wait=max_retry_after)


_REFUSED_NETWORKS = "private, loopback, link-local, multicast or reserved"


def _address_is_internal(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
            or ip.is_unspecified or (isinstance(ip, ipaddress.IPv6Address) and ip.sixtofour is not None
                                     and _address_is_internal(str(ip.sixtofour))))


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


def _origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    scheme = (parts.scheme or "").lower()
    return scheme, (parts.hostname or "").lower(), parts.port or _default_port(scheme)


@dataclass(frozen=True)
class Scope:
    """What one council's crawl may fetch.

    The configured site's origin (scheme, host, port) and the extra hosts
    the configuration lists (``allowed_hosts``, on the default port of
    http or https), never anything else: a document link to another host or
    port, or a redirect to one, is refused.  Internal addresses (private,
    loopback, link-local, multicast) are refused unless the council's own
    base URL is one, which is how the tests' loopback sites work; even then
    only that origin is reachable."""

    origins: frozenset
    hosts: frozenset = frozenset()
    allow_internal: bool = False

    @classmethod
    def for_site(cls, base_url: str, allowed_hosts: tuple | list = ()) -> "Scope":
        scheme, host, port = _origin(base_url)
        internal = host == "localhost"
        try:
            internal = internal or _address_is_internal(host.strip("[]"))
        except ValueError:
            pass  # a name, not an address: resolved and checked when connecting
        return cls(origins=frozenset({(scheme, host, port)}),
                   hosts=frozenset(h.lower().strip() for h in allowed_hosts if h.strip()),
                   allow_internal=internal)

    def refusal(self, url: str) -> Optional[str]:
        """Why ``url`` may not be fetched, or None when it may."""
        try:
            parts = urlsplit(url)
            scheme, host, port = _origin(url)
        except ValueError as exc:
            return f"not a valid URL ({exc})"
        if scheme not in ("http", "https"):
            return f"only http(s) URLs are fetched, not {scheme or 'a relative'} URL"
        if not host or any(c in url for c in "\r\n\t"):
            return "not a valid URL"
        if parts.username or parts.password:
            return "URLs with credentials are not fetched"
        if (scheme, host, port) in self.origins:
            return None
        if port == _default_port(scheme) and (host in self.hosts or f"{host}:{port}" in self.hosts):
            return None
        if f"{host}:{port}" in self.hosts:
            return None
        return f"{scheme}://{host}:{port} is not the council's site or one of its allowed_hosts"

    def address_refusal(self, address: str) -> Optional[str]:
        if self.allow_internal:
            return None
        try:
            internal = _address_is_internal(address)
        except ValueError:
            return f"unparseable address {address!r}"
        return f"resolves to {address}, a {_REFUSED_NETWORKS} address" if internal else None


class _Refused(Exception):
    """Raised inside the transport when a connection is not allowed."""


class _GuardedStream(httpcore.NetworkStream):
    """A socket whose every read and write is bounded by the request's
    overall deadline as well as the per-read timeout."""

    def __init__(self, inner: httpcore.NetworkStream, backend: "_GuardedBackend"):
        self._inner = inner
        self._backend = backend

    def _timeout(self, timeout: Optional[float]) -> Optional[float]:
        remaining = self._backend.remaining()
        if remaining is None:
            return timeout
        if remaining <= 0:
            raise httpcore.ReadTimeout("the request's overall deadline passed")
        return remaining if timeout is None else min(timeout, remaining)

    def read(self, max_bytes: int, timeout: Optional[float] = None) -> bytes:
        return self._inner.read(max_bytes, self._timeout(timeout))

    def write(self, buffer: bytes, timeout: Optional[float] = None) -> None:
        self._inner.write(buffer, self._timeout(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        return _GuardedStream(self._inner.start_tls(ssl_context, server_hostname, self._timeout(timeout)),
                              self._backend)

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves the host itself, refuses addresses outside the scope, then
    connects to the checked address (no second lookup to be rebound)."""

    def __init__(self):
        self._inner = httpcore.SyncBackend()
        self.scope: Optional[Scope] = None
        self.deadline: Optional[float] = None

    def remaining(self) -> Optional[float]:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from None
        refusals = []
        for family, _, _, _, address in infos:
            reason = self.scope.address_refusal(address[0]) if self.scope else None
            if reason:
                refusals.append(reason)
                continue
            remaining = self.remaining()
            if remaining is not None and remaining <= 0:
                raise httpcore.ConnectTimeout("the request's overall deadline passed")
            if remaining is not None:
                timeout = remaining if timeout is None else min(timeout, remaining)
            stream = self._inner.connect_tcp(address[0], port, timeout=timeout, local_address=local_address,
                                             socket_options=socket_options)
            return _GuardedStream(stream, self)
        raise _Refused(refusals[0] if refusals else f"{host} has no address")

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise _Refused("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class _GuardedTransport(httpx.BaseTransport):
    """httpx over an httpcore pool that uses :class:`_GuardedBackend`."""

    def __init__(self, backend: _GuardedBackend):
        self._pool = httpcore.ConnectionPool(max_connections=1, max_keepalive_connections=1,
                                             network_backend=backend)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=request.url.raw_scheme, host=request.url.raw_host, port=request.url.port,
                             target=request.url.raw_path),
            headers=request.headers.raw, content=request.stream, extensions=request.extensions,
        )
        with _mapped_errors():
            response = self._pool.handle_request(core)
        return httpx.Response(status_code=response.status, headers=response.headers,
                              stream=_MappedStream(response.stream), extensions=response.extensions)

    def close(self) -> None:
        self._pool.close()


class _MappedStream(httpx.SyncByteStream):
    def __init__(self, inner):
        self._inner = inner

    def __iter__(self):
        with _mapped_errors():
            yield from self._inner

    def close(self) -> None:
        if hasattr(self._inner, "close"):
            self._inner.close()


class _mapped_errors:
    """httpcore's exceptions as httpx's, as httpx's own transport does."""

    _MAP = [(httpcore.ConnectTimeout, httpx.ConnectTimeout), (httpcore.ReadTimeout, httpx.ReadTimeout),
            (httpcore.WriteTimeout, httpx.WriteTimeout), (httpcore.PoolTimeout, httpx.PoolTimeout),
            (httpcore.TimeoutException, httpx.TimeoutException), (httpcore.ConnectError, httpx.ConnectError),
            (httpcore.ReadError, httpx.ReadError), (httpcore.WriteError, httpx.WriteError),
            (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
            (httpcore.LocalProtocolError, httpx.LocalProtocolError), (httpcore.ProtocolError, httpx.ProtocolError),
            (httpcore.NetworkError, httpx.NetworkError)]

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if exc is None or isinstance(exc, _Refused):
            return False
        for core, mapped in self._MAP:
            if isinstance(exc, core):
                raise mapped(str(exc)) from exc
        return False


class FetchError(SourceError):
    """A URL that could not be fetched.  ``kind``: http, timeout, network,
    too_large, robots, refused (outside the council's scope)."""

    def __init__(self, url: str, kind: str, message: str, status: Optional[int] = None,
                 retry_after: Optional[float] = None):
        super().__init__(f"{url}: {message}", kind)
        self.url = url
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

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> Optional[str]:
        return validator(self.headers.get("etag"))

    @property
    def last_modified(self) -> Optional[str]:
        return validator(self.headers.get("last-modified"))


def validator(value: Optional[str]) -> Optional[str]:
    """An ``ETag`` or ``Last-Modified`` value fit to store and send back:
    printable ASCII, no control characters, at most 512 characters (a
    server's header is untrusted input); anything else is no validator."""
    if not value:
        return None
    value = value.strip()
    if not value or len(value) > 512 or not all(" " <= c <= "~" for c in value):
        return None
    return value


def conditional_headers(etag: Optional[str] = None, last_modified: Optional[str] = None) -> dict:
    """``If-None-Match`` / ``If-Modified-Since`` for the validators given
    (those that pass :func:`validator`)."""
    headers = {}
    if validator(etag):
        headers["If-None-Match"] = validator(etag)
    if validator(last_modified):
        headers["If-Modified-Since"] = validator(last_modified)
    return headers


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
    scope: Optional[Scope] = None  # None: any public http(s) address
    _client: Optional[httpx.Client] = field(default=None, init=False, repr=False)
    _backend: Optional[_GuardedBackend] = field(default=None, init=False, repr=False)
    _last_request: dict = field(default_factory=dict, init=False, repr=False)
    _robots: dict = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self):
        timeout = httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout)
        self._backend = _GuardedBackend()
        self._client = httpx.Client(
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=timeout,
            follow_redirects=False,  # each hop is checked against the scope
            transport=_GuardedTransport(self._backend),
        )

    def refusal(self, url: str) -> Optional[str]:
        """Why ``url`` is outside this client's scope, or None."""
        if self.scope is None:
            scheme = urlsplit(url).scheme.lower()
            return None if scheme in ("http", "https") else f"only http(s) URLs are fetched, not {scheme or 'a relative'} URL"
        return self.scope.refusal(url)

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

    def get(self, url: str, etag: Optional[str] = None, last_modified: Optional[str] = None,
            max_bytes: Optional[int] = None) -> Response:
        """GET ``url`` politely, retrying what is worth retrying; with
        ``etag`` and/or ``last_modified`` (as the server gave them for this
        URL before) the request is conditional and may answer 304.
        ``max_bytes``: a smaller cap than the policy's for this request (an
        HTML page has no business being the size of a scanned PDF)."""
        reason = self.refusal(url)
        if reason:
            self._report(Fetch(url=url[:2000], status=None, fetched_at=_now(), error=f"refused: {reason}"))
            raise FetchError(url, "refused", reason)
        if not self.allowed(url):
            self._report(Fetch(url=url, status=None, fetched_at=_now(), error="disallowed by robots.txt"))
            raise FetchError(url, "robots", "disallowed by robots.txt")
        return self._request(url, attempts=self.policy.attempts, headers=conditional_headers(etag, last_modified),
                             max_bytes=max_bytes)

    def _request(self, url: str, attempts: int, headers: Optional[dict] = None,
                 max_bytes: Optional[int] = None) -> Response:
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
        cap = min(max_bytes, self.policy.max_bytes) if max_bytes else self.policy.max_bytes
        return retrying(self._attempt, url, headers or {}, cap)

    def _attempt(self, url: str, headers: dict, max_bytes: int) -> Response:
        fetched_at = _now()
        self._backend.scope = self.scope
        self._backend.deadline = time.monotonic() + self.policy.total_timeout
        try:
            return self._follow(url, fetched_at, headers, max_bytes)
        except FetchError as exc:
            self._report(Fetch(url=url, status=exc.status, fetched_at=fetched_at, error=str(exc)))
            raise
        finally:
            self._backend.deadline = None

    def _follow(self, url: str, fetched_at: str, extra: dict, max_bytes: int) -> Response:
        """GET ``url``, following redirects one checked hop at a time
        (``extra``: conditional headers, sent on every hop)."""
        current = url
        for _ in range(self.policy.max_redirects + 1):
            self._wait_for_host(urlsplit(current).netloc)
            status, headers, content, final_url = self._get_once(url, current, extra, max_bytes)
            location = headers.get("location")
            if status in (301, 302, 303, 307, 308) and location:
                target = urljoin(current, location.strip())
                reason = self.refusal(target)
                if reason:
                    raise FetchError(url, "refused", f"redirected to {target[:200]}: {reason}", status=status)
                current = target
                continue
            break
        else:
            raise FetchError(url, "http", f"more than {self.policy.max_redirects} redirects")
        if status == 304:  # not modified: nothing was sent, nothing to hash
            self._report(Fetch(url=url, status=status, fetched_at=fetched_at))
            return Response(url=final_url, status=status, content=b"", headers=headers, fetched_at=fetched_at)
        digest = hashlib.sha256(content).hexdigest()
        if status >= 400:
            retry_after = _retry_after_seconds(headers.get("retry-after")) if status in (429, 503) else None
            raise FetchError(url, "http", f"HTTP {status}", status=status, retry_after=retry_after)
        self._report(Fetch(url=url, status=status, fetched_at=fetched_at, sha256=digest, size=len(content)))
        return Response(url=final_url, status=status, content=content, headers=headers, sha256=digest,
                        fetched_at=fetched_at)

    def _get_once(self, url: str, current: str, extra: Optional[dict] = None,
                  max_bytes: Optional[int] = None) -> tuple[int, dict, bytes, str]:
        deadline = self._backend.deadline
        cap = max_bytes or self.policy.max_bytes
        try:
            with self._client.stream("GET", current, headers=extra or None) as response:
                status = response.status_code
                headers = dict(response.headers)
                if status in (301, 302, 303, 307, 308, 304):
                    return status, headers, b"", str(response.url)
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > cap:
                    raise FetchError(url, "too_large", f"declares {int(declared):,} bytes, over the {cap:,}-byte cap",
                                     status=status)
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise FetchError(url, "too_large", f"sent more than the {cap:,}-byte cap", status=status)
                    if deadline is not None and time.monotonic() > deadline:
                        raise httpx.ReadTimeout("overall deadline")
                    chunks.append(chunk)
                return status, headers, b"".join(chunks), str(response.url)
        except _Refused as exc:
            raise FetchError(url, "refused", str(exc)) from None
        except httpx.TimeoutException as exc:
            overall = deadline is not None and time.monotonic() >= deadline - 0.01
            reason = (f"took longer than the {self.policy.total_timeout:g}s limit per request" if overall
                      else f"timed out ({exc.__class__.__name__})")
            raise FetchError(url, "timeout", reason) from None
        except (httpx.HTTPError, httpx.InvalidURL, ValueError, UnicodeError) as exc:
            raise FetchError(url, "network", f"{exc.__class__.__name__}: {exc}") from None

    def _report(self, fetch: Fetch) -> None:
        if self.on_fetch is not None:
            self.on_fetch(fetch)
