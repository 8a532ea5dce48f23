"""UK councils known to run ModernGov, bundled so that ``minutes scrape
kent`` and ``minutes councils --search kent`` work without a URL to hand.

``known_councils.tsv`` (slug, name, base_url, kind, source) is derived from
Democracy Club's Local Government Scraper Framework (LGSF,
https://github.com/DemocracyClub/LGSF, commit 5d40e23c, MIT licence,
Copyright (c) 2018 Democracy Club): every current council whose LGSF
councillor scraper reads a ModernGov install, with its base URL as LGSF
has it.  Each row's ``source`` names the LGSF file it came from.  It is
public platform data, read-only; a council may have moved since.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

#: Where the list came from, for ``minutes councils`` and the README.
SOURCE = ("Democracy Club LGSF (https://github.com/DemocracyClub/LGSF) at 5d40e23c, "
          "MIT licence, Copyright (c) 2018 Democracy Club")


@dataclass(frozen=True)
class KnownCouncil:
    slug: str
    name: str
    base_url: str
    kind: str  # county, district, unitary, london-borough, metropolitan, welsh, scottish, ni, or empty
    source: str


@lru_cache(maxsize=1)
def known_councils() -> tuple[KnownCouncil, ...]:
    """Every bundled council, in slug order."""
    text = resources.files(__package__).joinpath("known_councils.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text), delimiter="\t")
    return tuple(sorted((KnownCouncil(**{k: (v or "").strip() for k, v in row.items()}) for row in rows),
                        key=lambda c: c.slug))


def find_council(slug: str) -> Optional[KnownCouncil]:
    """The bundled council with this slug (case-insensitive), or None."""
    slug = slug.strip().lower()
    return next((c for c in known_councils() if c.slug == slug), None)


def search_councils(word: Optional[str] = None) -> list[KnownCouncil]:
    """Councils whose slug, name or base URL contains ``word``
    (case-insensitive); all of them without one."""
    if not word:
        return list(known_councils())
    word = word.strip().lower()
    return [c for c in known_councils() if word in c.slug or word in c.name.lower() or word in c.base_url.lower()]
