"""A compiled pattern that records how much of each string it was asked to
search, and how often it was asked to match: for tests that a reader of a
long list reads each line's question at the list's end, not over the whole
list again (cost that a timed test would only catch on a quiet machine)."""

from __future__ import annotations


class RecordingPattern:
    def __init__(self, pattern, searched: list, matched: list):
        self.pattern, self.searched, self.matched = pattern, searched, matched

    def search(self, string, pos=0, *rest):
        self.searched.append(len(string) - pos)
        return self.pattern.search(string, pos, *rest)

    def match(self, string, *rest):
        self.matched[0] += 1
        return self.pattern.match(string, *rest)


def record(monkeypatch, module, names: tuple[str, ...]) -> tuple[list, list]:
    """Replace each named pattern of ``module`` by a recording one; return
    (lengths searched, [count of matches]) shared by them all."""
    searched: list = []
    matched = [0]
    for name in names:
        monkeypatch.setattr(module, name, RecordingPattern(getattr(module, name), searched, matched))
    return searched, matched
