"""``councils.toml``: the councils the nightly run crawls.

    [defaults]
    rate_limit = 1.0        # seconds between requests to one host
    lookback_days = 120     # how far back a run looks for meetings

    [[council]]
    slug = "bcp"
    name = "BCP Council"
    url = "https://democracy.bcpcouncil.gov.uk"
    licence = "Open Government Licence v3.0"
    committees = ["284", "285"]   # optional: only these committee ids
    platform = "moderngov"        # optional: the adapter that reads the site

A council's ``platform`` must name an adapter in ``scrapers/`` (see
``scrapers.base``); one that fetches nothing (``files``) needs no ``url``.
Defaults left out are those of ``models.settings``.

Loading validates every key and value and names the line of a mistake, so
a typo fails loudly instead of silently skipping a council.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from models import settings
from models.records import Site
from scrapers.base import adapter_class, platforms

DEFAULTS = {"rate_limit": (float, int), "lookback_days": (int,), "timeout": (float, int), "retries": (int,),
            "user_agent": (str,), "council_budget": (float, int), "max_retry_after": (float, int)}
# Allowed ranges of numeric settings: (lowest, highest), both inclusive.
RANGES = {"rate_limit": (0, 3600), "lookback_days": (0, 36500), "timeout": (0.1, 3600), "retries": (1, 20),
          "council_budget": (1, 86400), "max_retry_after": (0, 3600), "stale_after_days": (1, 3650),
          "max_failure_rate": (0, 1), "max_run_age_hours": (0.1, 87600)}
COUNCIL_KEYS = {"slug": (str,), "name": (str,), "url": (str,), "licence": (str,), "committees": (list,),
                "platform": (str,), "enabled": (bool,), "stale_after_days": (int,), "allowed_hosts": (list,)}
HEALTH = {"stale_after_days": (int,), "max_failure_rate": (float, int), "max_run_age_hours": (float, int),
          "committee_drop_fails": (bool,)}
REQUIRED = ("slug",)


class ConfigError(Exception):
    pass


def url_problem(url: str) -> Optional[str]:
    """What is wrong with a council's base URL, or None."""
    from urllib.parse import urlsplit

    if any(ord(c) < 33 or ord(c) == 127 for c in url):
        return "contains spaces or control characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises for a bad port
    except ValueError as exc:
        return f"is not a valid URL ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "is not an http(s) URL"
    if parts.username or parts.password:
        return "must not carry a user name or password"
    return None


def _check_value(where: str, key: str, value, kinds: tuple) -> None:
    """Type and range of one setting, with the file and line in the message."""
    if isinstance(value, bool) and bool not in kinds or not isinstance(value, kinds):
        raise ConfigError(f"{where}: '{key}' must be {kinds[0].__name__}, not {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"{where}: '{key}' must be a finite number, not {value!r}")
    if key in RANGES and isinstance(value, (int, float)) and not isinstance(value, bool):
        low, high = RANGES[key]
        if not low <= value <= high:
            raise ConfigError(f"{where}: '{key}' must be between {low:g} and {high:g}, not {value!r}")


@dataclass
class Config:
    """councils.toml as loaded; what it leaves out is ``models.settings``."""

    path: Path
    sites: list[Site]
    rate_limit: float = settings.RATE_LIMIT
    lookback_days: int = settings.LOOKBACK_DAYS
    timeout: float = settings.TIMEOUT
    retries: int = settings.RETRIES
    user_agent: Optional[str] = None
    disabled: list[str] = field(default_factory=list)
    health: dict = field(default_factory=dict)
    stale_after_days: dict = field(default_factory=dict)  # per council overrides
    council_budget: float = settings.COUNCIL_BUDGET  # seconds of crawling per council per run
    max_retry_after: float = settings.MAX_RETRY_AFTER


def _line_of(text: str, key: str, occurrence: int = 0) -> Optional[int]:
    """The line where ``key`` is set (its ``occurrence``-th setting)."""
    matches = [m for m in re.finditer(rf"^\s*{re.escape(key)}\s*=", text, re.MULTILINE)]
    if len(matches) > occurrence:
        return text.count("\n", 0, matches[occurrence].start()) + 1
    return None


def _section_line(text: str, name: str) -> Optional[int]:
    match = re.search(rf"^\s*\[\[?\s*{re.escape(name)}\s*\]\]?", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _where(path: Path, text: str, key: str, occurrence: int = 0) -> str:
    line = _line_of(text, key, occurrence)
    return f"{path}:{line}" if line else str(path)


def load_config(path: str | Path) -> Config:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror})")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}:{line}: not UTF-8 text (byte {exc.object[exc.start]:#04x})")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})")
    for section, kind in (("defaults", dict), ("health", dict), ("council", list)):
        if section in data and not isinstance(data[section], kind):
            line = _line_of(text, section) or _section_line(text, section)
            shape = "a [table]" if kind is dict else "[[council]] tables"
            raise ConfigError(f"{path}:{line}: '{section}' must be {shape}, not {data[section]!r}"
                              if line else f"{path}: '{section}' must be {shape}")
    unknown = set(data) - {"defaults", "council", "health"}
    if unknown:
        key = sorted(unknown)[0]
        line = _line_of(text, key) or _section_line(text, key)
        raise ConfigError(f"{path}:{line}: unknown key '{key}' (expected [defaults], [health] and [[council]])"
                          if line else f"{path}: unknown key '{key}' (expected [defaults], [health] and [[council]])")
    health_section = data.get("health", {})
    for key, value in health_section.items():
        if key not in HEALTH:
            raise ConfigError(f"{_where(path, text, key)}: unknown key '{key}' in [health]; known: {', '.join(HEALTH)}")
        _check_value(_where(path, text, key), key, value, HEALTH[key])
    defaults: dict[str, Any] = data.get("defaults", {})
    for key, value in defaults.items():
        if key not in DEFAULTS:
            raise ConfigError(f"{_where(path, text, key)}: unknown key '{key}' in [defaults]; known: {', '.join(DEFAULTS)}")
        _check_value(_where(path, text, key), key, value, DEFAULTS[key])
        if key == "user_agent" and (not value.strip() or any(ord(c) < 32 or ord(c) == 127 for c in value)):
            raise ConfigError(f"{_where(path, text, key)}: 'user_agent' must be one line of printable text")
    councils = data.get("council", [])
    if not isinstance(councils, list) or not councils:
        raise ConfigError(f"{path}: no [[council]] entries")
    sites, disabled, seen, stale_overrides = [], [], set(), {}
    counters: dict[str, int] = {}
    for council in councils:
        if not isinstance(council, dict):
            raise ConfigError(f"{path}: each [[council]] must be a table, not {council!r}")
        platform = council.get("platform", "moderngov")
        known_platform = isinstance(platform, str) and platform in platforms()
        platform_keys = adapter_class(platform).options if known_platform else {}
        for key, value in council.items():
            occurrence = counters.get(key, 0)
            counters[key] = occurrence + 1
            kinds = COUNCIL_KEYS.get(key) or platform_keys.get(key)
            if kinds is None:
                if not known_platform:
                    continue  # the platform is the mistake, named below
                raise ConfigError(f"{_where(path, text, key, occurrence)}: unknown key '{key}' in [[council]]; "
                                  f"known: {', '.join([*COUNCIL_KEYS, *platform_keys])}")
            _check_value(_where(path, text, key, occurrence), key, value, kinds)
            if key in ("committees", "allowed_hosts") and not all(isinstance(v, (str, int)) and not isinstance(v, bool)
                                                                  for v in value):
                raise ConfigError(f"{_where(path, text, key, occurrence)}: '{key}' must be a list of strings")
        for key in REQUIRED:
            if key not in council:
                raise ConfigError(f"{path}: a [[council]] entry ({council.get('name') or council.get('slug') or '?'}) has no '{key}'")
        slug = council["slug"]
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,62}", slug):
            raise ConfigError(f"{_where(path, text, 'slug', counters['slug'] - 1)}: slug '{slug}' must be lower-case letters, digits and hyphens")
        if slug in seen:
            raise ConfigError(f"{_where(path, text, 'slug', counters['slug'] - 1)}: slug '{slug}' is used twice")
        seen.add(slug)
        if not known_platform:
            raise ConfigError(f"{_where(path, text, 'platform', counters['platform'] - 1)}: platform {platform!r} "
                              f"is not one this program reads; known: {', '.join(platforms())}")
        if "url" not in council and adapter_class(platform).crawlable:
            raise ConfigError(f"{path}: a [[council]] entry ({council.get('name') or slug}) has no 'url'")
        problem = url_problem(council["url"]) if "url" in council else None
        if problem:
            raise ConfigError(f"{_where(path, text, 'url', counters['url'] - 1)}: url {council['url']!r} {problem}")
        for host in council.get("allowed_hosts", []):
            if not re.fullmatch(r"[A-Za-z0-9.-]+(?::\d{1,5})?", str(host)):
                raise ConfigError(f"{_where(path, text, 'allowed_hosts')}: allowed host {host!r} must be a host name, "
                                  "optionally with :port")
        site = Site(slug=slug, base_url=council.get("url"), name=council.get("name"),
                    licence=council.get("licence", settings.LICENCE),
                    committees=[str(c) for c in council.get("committees", [])],
                    allowed_hosts=[str(h) for h in council.get("allowed_hosts", [])], platform=platform,
                    options={key: council[key] for key in platform_keys if key in council})
        if "stale_after_days" in council:
            stale_overrides[slug] = council["stale_after_days"]
        if council.get("enabled", True):
            sites.append(site)
        else:
            disabled.append(slug)
    return Config(path=path, sites=sites, disabled=disabled,
                  rate_limit=float(defaults.get("rate_limit", settings.RATE_LIMIT)),
                  lookback_days=int(defaults.get("lookback_days", settings.LOOKBACK_DAYS)),
                  timeout=float(defaults.get("timeout", settings.TIMEOUT)),
                  retries=int(defaults.get("retries", settings.RETRIES)),
                  user_agent=defaults.get("user_agent"), health=health_section,
                  council_budget=float(defaults.get("council_budget", settings.COUNCIL_BUDGET)),
                  max_retry_after=float(defaults.get("max_retry_after", settings.MAX_RETRY_AFTER)),
                  stale_after_days=stale_overrides)
