"""CGTN pages: index pages (`Updated 16:26, 07-Jan-2023`), AMP share pages
(`2020.05.20 18:33 GMT+8` then `Updated 2020.05.20 20:49 GMT+8`), and lean pages
recognised by their `Search Trends` widget. A name alone under the stamp is the
reporter; `CGTN` alone is the outlet, not an author.
"""
from __future__ import annotations

import re

from pressroom.parse.families._scan import scan, union
from pressroom.parse.header import Header
from pressroom.parse.stamps import CGTN_STAMP, DOTTED_STAMP

NAME = "cgtn"
OUTLET = "CGTN"
SIGNATURE_LINES: frozenset[str] = frozenset({"search trends"})
HEAD_SIGNATURES = (CGTN_STAMP, DOTTED_STAMP)
TAIL_SIGNATURES = (re.compile(r"^Search Trends$", re.I),)
KEYWORDS: tuple[str, ...] = ()
HEAD_SIGNATURE = union(HEAD_SIGNATURES)


def match(edges) -> bool:
    """True for a CGTN stamp in the page head or CGTN's trends widget anywhere."""
    return edges.head_has(HEAD_SIGNATURE.match, needs_colon=True) or edges.page_has(SIGNATURE_LINES)


def parse_header(lines: list[str], default_tz: str, stored_copy: bool = False) -> Header:
    """CGTN page lines -> Header (stamps read later in default_tz)."""
    return scan(lines, NAME, OUTLET)
