"""The Hindu pages: headline, standfirst, then one line holding both stamps, the
zone and the dateline: `June 29, 2017 10:33 pm | Updated December 05, 2021
09:01 am IST - NEW DELHI`. The headline is the first line, not the standfirst
printed next to the stamp.
"""
from __future__ import annotations

import re
from dataclasses import replace

from pressroom.parse.families._scan import scan
from pressroom.parse.header import Header, is_title_like

NAME = "thehindu"
OUTLET = "The Hindu"
STAMP_LINE = re.compile(r"^[A-Z][a-z]+ \d{1,2}, \d{4} \d{1,2}:\d{2} [ap]m \| Updated .+ IST(?: - [A-Z][A-Z .'-]+)?$")
HEAD_SIGNATURES = (STAMP_LINE,)
TAIL_SIGNATURES = ()
KEYWORDS: tuple[str, ...] = ()


def match(edges) -> bool:
    """True for The Hindu's combined stamp line in the page head."""
    return edges.head_has(STAMP_LINE.match, 12, needs_colon=True)


def parse_header(lines: list[str], default_tz: str, stored_copy: bool = False) -> Header:
    """The Hindu page lines -> Header with the first headline-like line as title."""
    header = scan(lines, NAME, OUTLET)
    first = next((s.strip() for s in lines[:6] if s.strip()), None)
    if first and is_title_like(first, min_words=2):
        header = replace(header, title=first, warnings=())
    return header
