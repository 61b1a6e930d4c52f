"""Layout families, tried in order; generic last because it always matches.

Every module exposes NAME, HEAD_SIGNATURES and TAIL_SIGNATURES (line-start
regexes its match looks for in the page head and footer), KEYWORDS (lower-case
substrings it looks for), `match(lines) -> bool` and
`parse_header(lines, default_tz, stored_copy=False) -> Header` (stored_copy:
the text came with a stored copy's date prefix, already removed from lines). Adding an outlet means one new
module here, one fixture and one golden file.
"""
from __future__ import annotations

from types import ModuleType

from pressroom.parse.families._scan import has_keyword, head_has, tail_has, union
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
_ANY_HEAD = union(p for f in FAMILIES[:-1] for p in f.HEAD_SIGNATURES)
_ANY_TAIL = union(p for f in FAMILIES[:-1] for p in f.TAIL_SIGNATURES)
_KEYWORDS = tuple(k for f in FAMILIES[:-1] for k in f.KEYWORDS)


def _any_signature(lines: list[str]) -> bool:
    return (head_has(lines, _ANY_HEAD.match) or tail_has(lines, _ANY_TAIL.match)
            or has_keyword(lines, _KEYWORDS) or has_keyword(lines, _KEYWORDS, head=False))


def pick_family(lines: list[str]) -> ModuleType:
    """Stripped page lines -> the first family whose match() accepts them (generic at worst)."""
    if not _any_signature(lines):
        return generic
    for family in FAMILIES:
        if family.match(lines):
            return family
    return generic
