"""ecns.cn pages: the glued stamp line `2021-05-06 16:56:30CGTN Editor : Li Yan
ECNS App Download` (stamp, source, editor), `Text:AAAPrint` and `LINE` widgets,
and the Chinanews.com footer. The source is a wire credit only when it names
a wire (Xinhua, CNS); a broadcaster such as CGTN is not.
"""
from __future__ import annotations

import re

from pressroom.parse.families._scan import scan, union
from pressroom.parse.header import Header
from pressroom.parse.stamps import ECNS_GLUED

NAME = "ecns"
OUTLET = "ecns"
PRINT_WIDGET = re.compile(r"^Text:AAAPrint$", re.I)
HEAD_SIGNATURES = (ECNS_GLUED, PRINT_WIDGET)
HEAD_SIGNATURE = union(HEAD_SIGNATURES)     # one pass over the head
TAIL_SIGNATURES = ()
KEYWORDS = ("ecns app download", "chinanews.com")


def match(edges) -> bool:
    """True for ecns's glued stamp line or its widgets and footer."""
    return (edges.head_has(HEAD_SIGNATURE.match, needs_colon=True)
            or edges.has_keyword(KEYWORDS) or edges.has_keyword(KEYWORDS, head=False))


def parse_header(lines: list[str], default_tz: str, stored_copy: bool = False) -> Header:
    """ecns page lines -> Header."""
    return scan(lines, NAME, OUTLET)
