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

Loading validates every key and value and names the line of a mistake, so
a typo fails loudly instead of silently skipping a council.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from scrapers.moderngov.crawl import Site

DEFAULTS = {"rate_limit": (float, int), "lookback_days": (int,), "timeout": (float, int), "retries": (int,),
            "user_agent": (str,)}
COUNCIL_KEYS = {"slug": (str,), "name": (str,), "url": (str,), "licence": (str,), "committees": (list,),
                "platform": (str,), "enabled": (bool,), "stale_after_days": (int,)}
HEALTH = {"stale_after_days": (int,), "max_failure_rate": (float, int), "max_run_age_hours": (float, int),
          "committee_drop_fails": (bool,)}
REQUIRED = ("slug", "url")


class ConfigError(Exception):
    pass


@dataclass
class Config:
    path: Path
    sites: list[Site]
    rate_limit: float = 1.0
    lookback_days: int = 120
    timeout: float = 60.0
    retries: int = 4
    user_agent: Optional[str] = None
    disabled: list[str] = field(default_factory=list)
    health: dict = field(default_factory=dict)
    stale_after_days: dict = field(default_factory=dict)  # per council overrides


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
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})")
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
        if not isinstance(value, HEALTH[key]) or (isinstance(value, bool) and bool not in HEALTH[key]):
            raise ConfigError(f"{_where(path, text, key)}: '{key}' must be {HEALTH[key][0].__name__}, not {value!r}")
    defaults: dict[str, Any] = data.get("defaults", {})
    for key, value in defaults.items():
        if key not in DEFAULTS:
            raise ConfigError(f"{_where(path, text, key)}: unknown key '{key}' in [defaults]; known: {', '.join(DEFAULTS)}")
        if not isinstance(value, DEFAULTS[key]) or isinstance(value, bool):
            raise ConfigError(f"{_where(path, text, key)}: '{key}' must be {DEFAULTS[key][0].__name__}, not {value!r}")
    councils = data.get("council", [])
    if not isinstance(councils, list) or not councils:
        raise ConfigError(f"{path}: no [[council]] entries")
    sites, disabled, seen, stale_overrides = [], [], set(), {}
    counters: dict[str, int] = {}
    for council in councils:
        for key, value in council.items():
            occurrence = counters.get(key, 0)
            counters[key] = occurrence + 1
            if key not in COUNCIL_KEYS:
                raise ConfigError(f"{_where(path, text, key, occurrence)}: unknown key '{key}' in [[council]]; "
                                  f"known: {', '.join(COUNCIL_KEYS)}")
            if not isinstance(value, COUNCIL_KEYS[key]):
                raise ConfigError(f"{_where(path, text, key, occurrence)}: '{key}' must be "
                                  f"{COUNCIL_KEYS[key][0].__name__}, not {value!r}")
        for key in REQUIRED:
            if key not in council:
                raise ConfigError(f"{path}: a [[council]] entry ({council.get('name') or council.get('slug') or '?'}) has no '{key}'")
        slug = council["slug"]
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug):
            raise ConfigError(f"{_where(path, text, 'slug', counters['slug'] - 1)}: slug '{slug}' must be lower-case letters, digits and hyphens")
        if slug in seen:
            raise ConfigError(f"{_where(path, text, 'slug', counters['slug'] - 1)}: slug '{slug}' is used twice")
        seen.add(slug)
        if not re.match(r"^https?://[^/\s]+", council["url"]):
            raise ConfigError(f"{_where(path, text, 'url', counters['url'] - 1)}: url '{council['url']}' is not an http(s) URL")
        if council.get("platform", "moderngov") != "moderngov":
            raise ConfigError(f"{_where(path, text, 'platform')}: only platform = \"moderngov\" is supported")
        site = Site(slug=slug, base_url=council["url"], name=council.get("name"),
                    licence=council.get("licence", "Open Government Licence v3.0"),
                    committees=[str(c) for c in council.get("committees", [])])
        if "stale_after_days" in council:
            stale_overrides[slug] = council["stale_after_days"]
        if council.get("enabled", True):
            sites.append(site)
        else:
            disabled.append(slug)
    return Config(path=path, sites=sites, disabled=disabled,
                  rate_limit=float(defaults.get("rate_limit", 1.0)),
                  lookback_days=int(defaults.get("lookback_days", 120)),
                  timeout=float(defaults.get("timeout", 60.0)),
                  retries=int(defaults.get("retries", 4)),
                  user_agent=defaults.get("user_agent"), health=health_section,
                  stale_after_days=stale_overrides)
