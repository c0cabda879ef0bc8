"""Strings a regular expression matches that hold none of some words.

The extractor's speed work skips a pattern on a sentence that holds none of a few words (the
``needs`` of kg.extract.caseless, and lists kept beside some patterns). That is sound only if
every string the pattern can match holds one of them, and nothing but a test says so when a
pattern gains an alternative. ``strings_lacking`` walks the parsed pattern and builds its
strings: every branch, each repeat at its least count and one more, every literal of a class
and one character of each range or category (two for ``\\s``: a space and a no-break
space, which news text holds). A lookahead adds its text (a text holding the
match holds it); other lookarounds and anchors add nothing. Strings that already hold a word
are one; the others are kept apart only by the few characters at each end a word could join
across, so the walk stays small where the strings' number explodes (a number-word alternation
repeated three times)."""

from __future__ import annotations

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_CATEGORY_CHARS = {C.CATEGORY_SPACE: " \xa0", C.CATEGORY_DIGIT: "1", C.CATEGORY_WORD: "a",
                   C.CATEGORY_NOT_SPACE: "a", C.CATEGORY_NOT_DIGIT: "a", C.CATEGORY_NOT_WORD: " "}


def strings_lacking(pattern: str, words, flags: int = 0, lower: bool = True) -> list[str]:
    """Strings of ``pattern`` (as described above) that hold none of ``words``; with ``lower``
    the strings are lower-cased first (the words are then lower-case)."""
    return sorted(s for s in _Walk(tuple(words), lower).seq(P.parse(pattern, flags)).values()
                  if s is not None)


class _Walk:
    def __init__(self, words: tuple[str, ...], lower: bool):
        self.words, self.lower = words, lower
        self.longest = max(len(w) for w in words)
        self.starts = {w[:i] for w in words for i in range(1, len(w))}  # proper prefixes
        self.ends = {w[-i:] for w in words for i in range(1, len(w))}  # proper suffixes

    def key(self, s: str):
        """True for a string holding a word; else what a word joining it to its neighbours can
        use: all of a short string, or its end that begins a word and its start that ends one."""
        if any(w in s for w in self.words):
            return True
        if len(s) < self.longest:
            return s
        tail = next((s[-i:] for i in range(self.longest - 1, 0, -1) if s[-i:] in self.starts), "")
        head = next((s[:i] for i in range(self.longest - 1, 0, -1) if s[:i] in self.ends), "")
        return (head, tail)

    def norm(self, strings) -> dict:
        """{key: an example string, or None once it holds a word}"""
        out: dict = {}
        for s in strings:
            if self.lower:
                s = s.lower()
            k = self.key(s)
            out.setdefault(k, None if k is True else s)
        return out

    def cat(self, a: dict, b: dict) -> dict:
        if True in a or True in b:
            found = {True: None}
        else:
            found = {}
        rest = [x + y for x in a.values() if x is not None for y in b.values() if y is not None]
        out = self.norm(rest)
        if found or True in out:
            out[True] = None
        return out

    def seq(self, items) -> dict:
        out = {"": ""}
        for op, av in items:
            out = self.cat(out, self.node(op, av))
        return out

    def node(self, op, av) -> dict:
        if op is C.LITERAL:
            return self.norm([chr(av)])
        if op is C.NOT_LITERAL:
            return self.norm(["#" if chr(av) != "#" else "%"])
        if op is C.ANY:
            return self.norm(["x"])
        if op is C.ASSERT and av[0] == 1:
            return self.seq(av[1])
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT, C.GROUPREF):
            return {"": ""}
        if op is C.IN:
            return self.norm(_class_chars(av))
        if op is C.BRANCH:
            out: dict = {}
            for branch in av[1]:
                for k, v in self.seq(branch).items():
                    out.setdefault(k, v)
            return out
        if op is C.SUBPATTERN:
            return self.seq(av[-1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
            lo, hi, sub = av
            one = self.seq(sub)
            out = {}
            for n in sorted({lo, min(hi, lo + 1)}):
                part: dict = {"": ""}
                for _ in range(n):
                    part = self.cat(part, one)
                for k, v in part.items():
                    out.setdefault(k, v)
            return out
        raise NotImplementedError(f"strings_lacking: {op}")


def _class_chars(items) -> list[str]:
    if any(o is C.NEGATE for o, _ in items):
        return ["#"]
    out = []
    for o, a in items:
        if o is C.LITERAL:
            out.append(chr(a))
        elif o is C.RANGE:
            out.append(chr(a[0]))
        elif o is C.CATEGORY:
            out.extend(_CATEGORY_CHARS.get(a, "a"))  # (\s: a space and a no-break space)
    return out or ["a"]
