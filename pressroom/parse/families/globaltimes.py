"""Global Times pages: `Published: Jul 10, 2023 09:00 PM` (Beijing time, 12-hour
clock), sometimes `By Xinhua Published: ...` (a wire byline on the same line),
an optional `CHINA / DIPLOMACY` section path, captions ending `Photo: VCG`.
"""
from __future__ import annotations

from pressroom.parse.families._scan import scan
from pressroom.parse.header import Header
from pressroom.parse.stamps import GT_PUBLISHED

NAME = "globaltimes"
OUTLET = "Global Times"
HEAD_SIGNATURES = (GT_PUBLISHED,)
TAIL_SIGNATURES = ()
KEYWORDS: tuple[str, ...] = ()


def match(edges) -> bool:
    """True for a Global Times `Published:` stamp in the page head."""
    return edges.head_has(GT_PUBLISHED.match, 15, needs_colon=True)


def parse_header(lines: list[str], default_tz: str, stored_copy: bool = False) -> Header:
    """Global Times page lines -> Header."""
    return scan(lines, NAME, OUTLET)
