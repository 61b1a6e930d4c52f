"""Layout families, tried in order; generic last because it always matches.

Every module exposes NAME, `match(lines) -> bool` and (lines are the page's stripped lines)
`parse_header(lines, default_tz, stored_copy=False) -> Header` (stored_copy:
the text came with a stored copy's date prefix, already removed from lines). Adding an outlet means one new
module here, one fixture and one golden file.
"""
from __future__ import annotations

from types import ModuleType

from pressroom.parse.families import (
    cgtn, chinadaily, ecns, generic, globaltimes, peoplesdaily, thehindu, xinhua,
)

# Most specific signatures first: ecns pages can carry a CGTN source, People's
# Daily pages reprint Xinhua, so the stamp layouts decide before footers do.
FAMILIES: tuple[ModuleType, ...] = (
    cgtn, xinhua, chinadaily, ecns, globaltimes, peoplesdaily, thehindu, generic,
)


def pick_family(lines: list[str]) -> ModuleType:
    """Page lines -> the first family whose match() accepts them (generic at worst)."""
    for family in FAMILIES:
        if family.match(lines):
            return family
    return generic
