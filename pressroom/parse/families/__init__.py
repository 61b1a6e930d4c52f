"""Layout families, tried in order; generic last because it always matches.

Every module exposes NAME, HEAD_SIGNATURES and TAIL_SIGNATURES (line-start
regexes its match looks for in the page head and footer), KEYWORDS (lower-case
substrings it looks for), `match(edges) -> bool` (edges: the page's `Edges`,
its head and tail lines read once for every family) and
`parse_header(lines, default_tz, stored_copy=False) -> Header` (stored_copy:
the text came with a stored copy's date prefix, already removed from lines). Adding an outlet means one new
module here, one fixture and one golden file; a head signature that can match a
line without a colon must also be listed in COLON_FREE_SIGNATURES.
"""
from __future__ import annotations

from types import ModuleType

from pressroom.text.furniture import fold

from pressroom.parse.families._scan import (
    HEAD_LIMIT, TAIL_LIMIT, short_lines, union,
)
from pressroom.parse.families import (
    cgtn, chinadaily, ecns, generic, globaltimes, peoplesdaily, thehindu, xinhua,
)

# Most specific signatures first: ecns pages can carry a CGTN source, People's
# Daily pages reprint Xinhua, so the stamp layouts decide before footers do.
FAMILIES: tuple[ModuleType, ...] = (
    cgtn, xinhua, chinadaily, ecns, globaltimes, peoplesdaily, thehindu, generic,
)


# Every layout signature at once: a page that shows none of them is generic
# without asking each family (most clean article files).
# Patterns anchored at the line start, tried with match (one position), plus plain
# lower-case keywords: a cheap test that rules out most pages in one pass.
_HEAD_SIGNATURES = tuple(p for f in FAMILIES[:-1] for p in f.HEAD_SIGNATURES)
# The head signatures that can match a line without a colon. Every other one needs
# a clock ("16:26") or a label ("Source:", "Updated:"), so it is tried only on the
# head lines that hold a colon (few: most lines of a page head are prose).
COLON_FREE_SIGNATURES = (xinhua.BARE_ISO, chinadaily.WIDGET_LINES)
_ANY_HEAD_WITHOUT_COLON = union(COLON_FREE_SIGNATURES)
_ANY_HEAD_WITH_COLON = union(p for p in _HEAD_SIGNATURES if p not in COLON_FREE_SIGNATURES)
_ANY_TAIL = union(p for f in FAMILIES[:-1] for p in f.TAIL_SIGNATURES)
_KEYWORDS = tuple(k for f in FAMILIES[:-1] for k in f.KEYWORDS)


class Edges:
    """A page's head and tail lines as the family matchers read them, worked out once per page.

    Each family used to cut and filter the same head and tail lines again; here
    they are filtered once (the tail and the keyword texts only when asked for).
    """

    __slots__ = ("lines", "head", "_colon_head", "_tail", "_head_text", "_tail_text")

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.head = short_lines(lines[:HEAD_LIMIT])
        self._colon_head: list[str] | None = None
        self._tail: list[str] | None = None
        self._head_text: str | None = None
        self._tail_text: str | None = None

    @property
    def tail(self) -> list[str]:
        """The short non-blank lines of the page tail."""
        if self._tail is None:
            self._tail = short_lines(self.lines[-TAIL_LIMIT:])
        return self._tail

    def head_has(self, predicate, limit: int = HEAD_LIMIT, needs_colon: bool = False) -> bool:
        """True when a short line of the first `limit` lines satisfies predicate (prose is skipped).

        needs_colon: the predicate accepts only lines holding a colon (a stamp's clock
        or label), so the other lines are not asked about."""
        if limit == HEAD_LIMIT:
            return any(map(predicate, self.colon_head if needs_colon else self.head))
        lines = short_lines(self.lines[:limit])
        return any(map(predicate, _with_colon(lines) if needs_colon else lines))

    @property
    def colon_head(self) -> list[str]:
        """The short head lines that hold a colon."""
        if self._colon_head is None:
            self._colon_head = _with_colon(self.head)
        return self._colon_head

    def tail_has(self, predicate) -> bool:
        """True when a short line of the page tail (footer) satisfies predicate."""
        return any(map(predicate, self.tail))

    def page_has(self, keys: frozenset[str]) -> bool:
        """True when a line of the page tail, folded, is one of keys (footer and widget signatures)."""
        return any(len(s) < 60 and fold(s) in keys for s in self.tail)

    def has_keyword(self, keywords: tuple[str, ...], head: bool = True) -> bool:
        """True when a short line of the page head (or tail) contains one of the lower-case keywords.

        One lower-cased text per region: no keyword holds a newline, so a hit lies
        within one line; lower() maps each character alone (bar Greek final sigma,
        in no keyword)."""
        if not keywords:
            return False
        if head:
            if self._head_text is None:
                self._head_text = "\n".join(self.head).lower()
            text = self._head_text
        else:
            if self._tail_text is None:
                self._tail_text = "\n".join(self.tail).lower()
            text = self._tail_text
        return any(k in text for k in keywords)


def _with_colon(lines: list[str]) -> list[str]:
    """The lines that hold a colon."""
    return [s for s in lines if ":" in s]


def _any_signature(edges: Edges) -> bool:
    return (edges.head_has(_ANY_HEAD_WITHOUT_COLON.match)
            or edges.head_has(_ANY_HEAD_WITH_COLON.match, needs_colon=True)
            or edges.tail_has(_ANY_TAIL.match)
            or edges.has_keyword(_KEYWORDS) or edges.has_keyword(_KEYWORDS, head=False))


def pick_family(lines: list[str]) -> ModuleType:
    """Stripped page lines -> the first family whose match() accepts them (generic at worst)."""
    edges = Edges(lines)
    if not _any_signature(edges):
        return generic
    for family in FAMILIES:
        if family.match(edges):
            return family
    return generic
