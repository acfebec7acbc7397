"""Where the English extractor's regex time goes: time, calls and characters per pattern.

Usage: python benchmarks/profile_patterns.py [--docs N] [--top K] [--corpus DIR ...]
                                             [--lang en|zh] [--sort time|calls|chars]

Why: the regex engine is the largest single cost of the extractor (about a quarter of its
instructions as plain Python, half of them once the rest is compiled), spread over hundreds of
patterns, so a speed pass needs to know which patterns cost the most, not which Python
functions do. This replaces every compiled `re.Pattern` the `dealradar.extract` modules hold
(module attributes, and patterns inside their tuples, lists, dicts, sets and rule objects;
dicts keyed by a pattern's `id` are re-keyed) with a proxy that times its search/match/
fullmatch/finditer/findall/sub/subn/split calls, counts the calls and the characters each
call was given (`endpos - pos`), and does the same for the `re.search`-style module functions
those modules call (named by call site). It then runs the extractor over the documents and
prints the top patterns by total time as `module:NAME`, with how a search can skip ahead
(`skip`: "lit" a literal prefix, scanned fast; "set" a first character from a set, tested at
every character; "-" nothing, a match tried at every position: a long text searched with "-"
is the first thing to look at).

Timings include the proxy's own overhead (~0.3 µs per call), so a pattern called very often
looks a little dearer than it is; the ranking is what matters.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_MAX = sys.maxsize
_clock = time.perf_counter_ns


class Stat:
    """Totals for one pattern (or one call site of a module-level `re` function)."""

    __slots__ = ("by_method", "calls", "chars", "name", "ns", "skip")

    def __init__(self, name: str) -> None:
        self.name = name
        self.skip = ""
        self.calls = 0
        self.chars = 0
        self.ns = 0
        self.by_method: dict[str, int] = {}

    def add(self, method: str, chars: int, ns: int) -> None:
        self.calls += 1
        self.chars += chars
        self.ns += ns
        self.by_method[method] = self.by_method.get(method, 0) + 1


STATS: dict[str, Stat] = {}


def _stat(name: str) -> Stat:
    st = STATS.get(name)
    if st is None:
        st = STATS[name] = Stat(name)
    return st


def _span(string: str, pos: int, endpos: int) -> int:
    n = len(string)
    return max(0, min(endpos, n) - min(max(pos, 0), n))


class _TimedIter:
    """An iterator over another that adds the time of each `next` to a stat."""

    __slots__ = ("_it", "_st")

    def __init__(self, it: Iterator[Any], st: Stat) -> None:
        self._it = it
        self._st = st

    def __iter__(self) -> _TimedIter:
        return self

    def __next__(self) -> Any:
        t = _clock()
        try:
            return next(self._it)
        finally:
            self._st.ns += _clock() - t


class TimedPattern:
    """Stands in for a compiled pattern, forwarding every call and timing the scanning ones."""

    def __init__(self, pattern: re.Pattern[str], name: str) -> None:
        self._p = pattern
        self._st = _stat(name)
        self._st.skip = skip_kind(pattern)
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        self.groups = pattern.groups
        self.groupindex = pattern.groupindex

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._p, attr)

    def __repr__(self) -> str:
        return f"Timed({self._p!r})"

    def _run(self, method: str, chars: int, fn: Callable[..., Any], *args: Any) -> Any:
        t = _clock()
        out = fn(*args)
        self._st.add(method, chars, _clock() - t)
        return out

    def search(self, string: str, pos: int = 0, endpos: int = _MAX) -> Any:
        return self._run("search", _span(string, pos, endpos), self._p.search, string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = _MAX) -> Any:
        return self._run("match", _span(string, pos, endpos), self._p.match, string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _MAX) -> Any:
        return self._run(
            "fullmatch", _span(string, pos, endpos), self._p.fullmatch, string, pos, endpos
        )

    def findall(self, string: str, pos: int = 0, endpos: int = _MAX) -> Any:
        return self._run(
            "findall", _span(string, pos, endpos), self._p.findall, string, pos, endpos
        )

    def finditer(self, string: str, pos: int = 0, endpos: int = _MAX) -> Any:
        it = self._run(
            "finditer", _span(string, pos, endpos), self._p.finditer, string, pos, endpos
        )
        return _TimedIter(it, self._st)

    def sub(self, repl: Any, string: str, count: int = 0) -> Any:
        return self._run("sub", len(string), self._p.sub, repl, string, count)

    def subn(self, repl: Any, string: str, count: int = 0) -> Any:
        return self._run("subn", len(string), self._p.subn, repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> Any:
        return self._run("split", len(string), self._p.split, string, maxsplit)


_COMPILER: Any = importlib.import_module("re._compiler")
_PARSER: Any = importlib.import_module("re._parser")


def skip_kind(pattern: re.Pattern[str]) -> str:
    """How a search can skip ahead: "lit" (a literal prefix, found by a fast scan), "set" (a
    first character from a set, tested at every character) or "-" (no help: a match is tried
    at every position), as Python's regex compiler decides it."""
    try:
        tree = _PARSER.parse(pattern.pattern, pattern.flags)
        prefix, _, _ = _COMPILER._get_literal_prefix(tree, tree.state.flags)
        if prefix:
            return "lit"
        return "set" if _COMPILER._get_charset_prefix(tree, tree.state.flags) else "-"
    except Exception:  # another Python's compiler internals
        return "?"


def _site(depth: int = 2) -> str:
    f = sys._getframe(depth)
    mod = f.f_globals.get("__name__", "?").removeprefix("dealradar.extract.")
    return f"{mod}:L{f.f_lineno}(re.fn)"


class ReShim:
    """The `re` module as the extraction modules see it: its functions timed per call site."""

    def __getattr__(self, attr: str) -> Any:
        return getattr(re, attr)

    def _timed(self, method: str, string: str, fn: Callable[..., Any], *args: Any) -> Any:
        st = _stat(_site(3))
        t = _clock()
        out = fn(*args)
        st.add(method, len(string), _clock() - t)
        return out

    def search(self, p: Any, s: str, flags: int = 0) -> Any:
        return self._timed("search", s, re.search, p, s, flags)

    def match(self, p: Any, s: str, flags: int = 0) -> Any:
        return self._timed("match", s, re.match, p, s, flags)

    def fullmatch(self, p: Any, s: str, flags: int = 0) -> Any:
        return self._timed("fullmatch", s, re.fullmatch, p, s, flags)

    def findall(self, p: Any, s: str, flags: int = 0) -> Any:
        return self._timed("findall", s, re.findall, p, s, flags)

    def finditer(self, p: Any, s: str, flags: int = 0) -> Any:
        st = _stat(_site(2))
        t = _clock()
        it = re.finditer(p, s, flags)
        st.add("finditer", len(s), _clock() - t)
        return _TimedIter(it, st)

    def sub(self, p: Any, repl: Any, s: str, count: int = 0, flags: int = 0) -> Any:
        return self._timed("sub", s, re.sub, p, repl, s, count, flags)

    def split(self, p: Any, s: str, maxsplit: int = 0, flags: int = 0) -> Any:
        return self._timed("split", s, re.split, p, s, maxsplit, flags)

    def compile(self, p: Any, flags: int = 0) -> Any:
        compiled = re.compile(p, flags)
        return TimedPattern(compiled, _site(2).replace("(re.fn)", "(compiled)"))


class Instrumenter:
    """Walks the extraction modules and swaps every pattern it reaches for a proxy."""

    def __init__(self) -> None:
        self.proxies: dict[int, TimedPattern] = {}
        self.seen: set[int] = set()

    def proxy(self, p: re.Pattern[str], name: str) -> TimedPattern:
        got = self.proxies.get(id(p))
        if got is None:
            got = self.proxies[id(p)] = TimedPattern(p, name)
        return got

    def swap(self, value: Any, name: str, depth: int = 0) -> Any:
        """`value` with every pattern inside it proxied (in place where it is mutable)."""
        if isinstance(value, re.Pattern):
            return self.proxy(value, name)
        if depth > 4 or id(value) in self.seen:
            return value
        if isinstance(value, tuple) and not hasattr(value, "_fields"):
            items = [self.swap(v, f"{name}[{i}]", depth + 1) for i, v in enumerate(value)]
            if any(a is not b for a, b in zip(items, value, strict=True)):
                return type(value)(items)
            return value
        self.seen.add(id(value))
        if isinstance(value, list):
            for i, v in enumerate(value):
                value[i] = self.swap(v, f"{name}[{i}]", depth + 1)
        elif isinstance(value, dict):
            self._swap_dict(value, name, depth)
        elif isinstance(value, (set, frozenset)):
            if any(isinstance(v, re.Pattern) for v in value) and isinstance(value, set):
                new = {self.swap(v, f"{name}{{}}", depth + 1) for v in value}
                value.clear()
                value.update(new)
        elif type(value).__module__.startswith("dealradar."):
            self._swap_object(value, name, depth)
        return value

    def _swap_dict(self, d: dict[Any, Any], name: str, depth: int) -> None:
        for k in list(d):
            v = d[k]
            key_name = k if isinstance(k, str) else getattr(k, "pattern", k)
            new_v = self.swap(v, f"{name}[{str(key_name)[:20]!r}]", depth + 1)
            new_k = k
            if isinstance(k, re.Pattern):
                new_k = self.proxy(k, f"{name}<key>")
            if new_k is not k or new_v is not v:
                del d[k]
                d[new_k] = new_v

    def _swap_object(self, obj: Any, name: str, depth: int) -> None:
        names = list(getattr(obj, "__dict__", {}))
        for cls in type(obj).__mro__:
            names += [s for s in getattr(cls, "__slots__", ()) if isinstance(s, str)]
        for attr in names:
            try:
                v = getattr(obj, attr)
            except AttributeError:
                continue
            new = self.swap(v, f"{name}.{attr}", depth + 1)
            if new is not v:
                object.__setattr__(obj, attr, new)

    def rekey_ids(self, d: dict[Any, Any]) -> None:
        """A dict keyed by `id(pattern)` looked up with the proxy's id after the swap."""
        for k in list(d):
            if isinstance(k, int) and k in self.proxies:
                d[id(self.proxies[k])] = d.pop(k)

    def instrument(self, modules: list[ModuleType]) -> None:
        for mod in modules:
            short = mod.__name__.removeprefix("dealradar.extract.")
            for attr, value in list(vars(mod).items()):
                if attr.startswith("__") or isinstance(value, (ModuleType, type)):
                    continue
                if callable(value) and not isinstance(value, re.Pattern):
                    if type(value).__module__.startswith("dealradar."):
                        self.swap(value, f"{short}:{attr}")
                    continue
                new = self.swap(value, f"{short}:{attr}")
                if new is not value:
                    setattr(mod, attr, new)
            if getattr(mod, "re", None) is re:
                mod.re = ReShim()  # type: ignore[attr-defined]
        for mod in modules:  # after every pattern has its proxy
            for value in list(vars(mod).values()):
                if isinstance(value, dict):
                    self.rekey_ids(value)


def extraction_modules(lang: str) -> list[ModuleType]:
    import dealradar.extract as pkg

    mods = []
    for info in pkgutil.walk_packages(pkg.__path__, "dealradar.extract."):
        if lang == "en" and ".zh" in info.name:
            continue
        mods.append(importlib.import_module(info.name))
    return mods


def documents(corpora: list[Path], limit: int) -> list[str]:
    """About `limit` texts: generated articles, then held-out and dev texts, interleaved."""
    generated: list[str] = []
    for c in corpora:
        generated += [p.read_text(encoding="utf-8") for p in sorted(c.rglob("*.txt"))]
    real_dirs = [*sorted((ROOT / "tests" / "data" / "heldout").glob("en*"))]
    real_dirs.append(ROOT / ".." / "shared" / "corpus" / "dev")
    real = [p.read_text(encoding="utf-8") for d in real_dirs for p in sorted(d.glob("*.txt"))]
    n_real = min(len(real), limit // 2)
    return real[:n_real] + generated[: limit - n_real]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--lang", choices=["en", "zh"], default="en")
    parser.add_argument("--sort", choices=["time", "calls", "chars"], default="time")
    parser.add_argument(
        "--corpus", type=Path, action="append", default=None, help="generated corpus folder"
    )
    args = parser.parse_args()
    corpora = args.corpus or [ROOT / "benchmarks" / "out" / "corpus-2000"]
    texts = documents([c for c in corpora if c.is_dir()], args.docs)

    from dealradar.extract import extract

    Instrumenter().instrument(extraction_modules(args.lang))
    cpu = time.process_time()
    for text in texts:
        extract(text, language=args.lang)
    cpu = time.process_time() - cpu

    key = {"time": lambda s: s.ns, "calls": lambda s: s.calls, "chars": lambda s: s.chars}
    rows = sorted(STATS.values(), key=key[args.sort], reverse=True)
    total = sum(s.ns for s in STATS.values())
    n = len(texts)
    print(
        f"{n} documents, {cpu / n * 1e3:.2f} ms CPU/doc under the proxies; "
        f"regex {total / n / 1e3:.0f} µs/doc in {sum(s.calls for s in rows) / n:.0f} calls/doc "
        f"over {len(rows)} patterns"
    )
    head = f"{'pattern':52} {'µs/doc':>7} {'%':>5} {'calls/doc':>9} {'µs/call':>7}"
    print(f"{head} {'chars/call':>10} skip methods")
    for s in rows[: args.top]:
        methods = ",".join(sorted(s.by_method))
        print(
            f"{s.name[:52]:52} {s.ns / n / 1e3:7.1f} {100 * s.ns / max(total, 1):5.1f} "
            f"{s.calls / n:9.1f} {s.ns / max(s.calls, 1) / 1e3:7.2f} "
            f"{s.chars / max(s.calls, 1):10.0f} {s.skip or 're.fn':4} {methods}"
        )


if __name__ == "__main__":
    main()
