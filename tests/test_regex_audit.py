"""Every regular expression in the package stays linear on hostile text.

A hostile site controls every byte of a page or a PDF.  A pattern that
reads a run of spaces, capitals or digits from every position of the run
(``\\s+X$`` searched in 20,000 spaces, ``[A-Z][\\w.-]*\\s`` in "A.A.A.")
costs the square of the run, and one with two quantifiers sharing a run
(``\\s*(?:\\d+)?\\s*$``) its cube: a few kilobytes hold a worker for
minutes.  The hostile-line tests (``test_tagging_redos.py``) reach only the
paths their lines happen to take; this test reaches every pattern.

Each pattern (module-level, or written inline in a ``re.*`` call) is run
on each family of hostile text at two lengths, the way the code uses it:
``match``/``fullmatch`` where it is only ever matched at one position,
``finditer`` (every start position) otherwise.  Four times the text must
cost about four times the time; a pattern whose time grows by more than
eight (quadratic grows by sixteen) fails, named with its family.
"""

import ast
import importlib
import pkgutil
import re
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pipeline", "scrapers", "models")

FAMILIES = {
    "long word": lambda n: "Mr A" + "a" * n + "1",
    "capitals": lambda n: "A" * n + "1",
    "spaces": lambda n: "Mr A" + " " * n + "x1",
    "tabs": lambda n: "A" + "\t" * n + "x",
    "capitalised words": lambda n: "Ab " * n + "1",
    "capitals tokens": lambda n: "AB " * n + "1",
    "initials": lambda n: "A. " * n + "1",
    "dotted capitals": lambda n: "A." * n,
    "digits": lambda n: "1" * n + "x",
    "numbering": lambda n: "1." * n + "x",
    "open brackets": lambda n: "(" * n + "x",
    "bracketed words": lambda n: "(a " * n + "x",
    "closing brackets": lambda n: "a)" * n,
    "hyphenated capitals": lambda n: "A-" * n + "x",
    "commas": lambda n: "Ab, " * n + "x",
    "titled initials": lambda n: "Mr A " * n + "x",
    "dashes": lambda n: "– " * n + "x",
    "lower-case words": lambda n: "ab " * n + "x",
    "mixed": lambda n: "Ab.1 " * n,
    "lines": lambda n: "Ab\n" * n + "x",
    "apostrophes": lambda n: "A'" * n,
    "labels": lambda n: "Ab: " * n,
    "full stops": lambda n: "." * n + "x",
    "camel case": lambda n: "Ab" * n + "1",
    "spaced full stops": lambda n: ". " * n + "x",
    "quotes": lambda n: '"A' * n,
    "dashed words": lambda n: "Ab - " * n + "x",
}
ANCHORED = {"match", "fullmatch"}
SIZE = 1000


def _modules():
    for package in PACKAGES:
        module = importlib.import_module(package)
        yield module
        for info in pkgutil.walk_packages(module.__path__, f"{package}."):
            yield importlib.import_module(info.name)


def _constant(node, namespace):
    return eval(compile(ast.Expression(node), "<flags>", "eval"), namespace)  # flags such as re.I | re.X


def _patterns() -> dict[tuple[str, int], tuple[str, set[str]]]:
    """(pattern, flags) -> (where it is written, the methods it is used with)."""
    found: dict[tuple[str, int], tuple[str, set[str]]] = {}
    used: dict[str, set[str]] = {}  # a compiled pattern's name -> the methods called on it
    inline = []
    for path in sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)):
                continue
            owner, method = node.func.value.id, node.func.attr
            if owner != "re":
                used.setdefault(owner, set()).add(method)
            elif node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                flags = [k.value for k in node.keywords if k.arg == "flags"]
                if method in ("compile", "match", "fullmatch", "search") and len(node.args) > 1 + (method != "compile"):
                    flags.append(node.args[1 + (method != "compile")])
                compiled = re.compile(node.args[0].value, _constant(flags[0], {"re": re}) if flags else 0)
                if method != "compile":
                    inline.append((compiled, f"{path.relative_to(ROOT)}:{node.lineno}", method))
    for module in _modules():
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                methods = used.get(name, {"finditer"})
                key = (value.pattern, value.flags)
                where, before = found.get(key, (f"{module.__name__}.{name}", set()))
                found[key] = (where, before | methods)
    for compiled, where, method in inline:
        key = (compiled.pattern, compiled.flags)
        where_before, before = found.get(key, (where, set()))
        found[key] = (where_before, before | {method})
    return found


def _seconds(pattern: re.Pattern, text: str, anchored: bool) -> float:
    """CPU seconds of this process, not wall time: descheduled by other work on
    the machine (a full test run beside two evaluations on two cores flagged
    plain alternations at 0.008 s), a linear pattern took no more of them."""
    start = time.process_time()
    if anchored:
        pattern.match(text)
    else:
        for _ in pattern.finditer(text):
            pass
    return time.process_time() - start


@pytest.mark.slow
def test_every_pattern_is_linear_on_hostile_text():
    slow = []
    patterns = _patterns()
    assert len(patterns) > 300  # the audit reads the package, not an empty list
    for (source, flags), (where, methods) in patterns.items():
        pattern = re.compile(source, flags)
        anchored = methods <= ANCHORED
        for family, make in FAMILIES.items():
            short, long = make(SIZE), make(4 * SIZE)
            if _seconds(pattern, long, anchored) < 0.005:
                continue  # linear or not, too fast to matter at this size
            # the best of three: a pause of the machine is not the pattern's
            small = min(_seconds(pattern, short, anchored) for _ in range(3))
            large = min(_seconds(pattern, long, anchored) for _ in range(3))
            if large > 0.005 and large / small > 8:
                # Confirmed by seven more pairs, each short text timed beside its long one: on a
                # machine other work shares, three runs of each in turn can land in different
                # moments of its load (a fresh-clone CI beside an evaluation once flagged "[^a-z]").
                pairs = [(_seconds(pattern, short, anchored), _seconds(pattern, long, anchored)) for _ in range(7)]
                small, large = min(min(p[0] for p in pairs), small), min(min(p[1] for p in pairs), large)
            if large > 0.005 and large / small > 8:
                slow.append(f"{where} on {family}: {small:.3f} s -> {large:.3f} s for 4x the text ({source[:80]!r})")
    assert not slow, "\n".join(slow)
