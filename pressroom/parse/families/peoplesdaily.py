"""People's Daily Online pages: `(Xinhua)    09:13, August 04, 2020` (a credit
and a time-first stamp, the opening parenthesis sometimes lost),
`Tuesday, August 28, 2001, updated at 08:27(GMT+8)`, `Last updated at: (Beijing
Time) Thursday, December 27, 2001`, and print views ending with
`People's Daily Online --- http://...`.
"""
from __future__ import annotations

import re

from pressroom.parse.families._scan import scan, union
from pressroom.parse.header import Header
from pressroom.parse.stamps import LAST_UPDATED_AT, PEOPLE_CREDIT, PEOPLE_UPDATED_AT

NAME = "peoplesdaily"
OUTLET = "People's Daily"
HEAD_SIGNATURES = (PEOPLE_CREDIT, PEOPLE_UPDATED_AT, LAST_UPDATED_AT)
HEAD_SIGNATURE = union(HEAD_SIGNATURES)     # one pass over the head
FOOTER = re.compile(r"^People['\u2019]s Daily Online\b|^\(Web editor:|^\(For the latest China news", re.I)
TAIL_SIGNATURES = (FOOTER,)
KEYWORDS: tuple[str, ...] = ()


def match(edges) -> bool:
    """True for a People's Daily stamp in the head or its footer lines anywhere."""
    return edges.head_has(HEAD_SIGNATURE.match, needs_colon=True) or edges.tail_has(FOOTER.match)


def parse_header(lines: list[str], default_tz: str, stored_copy: bool = False) -> Header:
    """People's Daily page lines -> Header."""
    return scan(lines, NAME, OUTLET)
