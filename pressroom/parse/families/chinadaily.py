"""China Daily pages: `By X | chinadaily.com.cn | Updated: 2021-07-26 09:57`,
`Xinhua | Updated: 2021-04-26 21:38` (a wire credit), `Updated: 2016-06-26 23:19`,
`By ZHANG YUNBI (China Daily)`, and the lean page with only `Share - WeChat`.
Paragraphs may be separated by single newlines; a list of other headlines
(`- ...`) follows the article.
"""
from __future__ import annotations

import re

from pressroom.parse.families._scan import scan, union
from pressroom.parse.header import Header
from pressroom.parse.stamps import CHINADAILY

NAME = "chinadaily"
OUTLET = "China Daily"
WIDGET_LINES = re.compile(r"^Share - WeChat$|^Global Edition", re.I)
HEAD_SIGNATURES = (WIDGET_LINES, CHINADAILY)
HEAD_SIGNATURE = union(HEAD_SIGNATURES)     # one pass over the head
TAIL_SIGNATURES = ()
KEYWORDS = ("chinadaily.com.cn", "(china daily)")


def match(edges) -> bool:
    """True for China Daily's credit line, its WeChat share widget or its edition bar."""
    return edges.head_has(HEAD_SIGNATURE.match) or edges.has_keyword(KEYWORDS)


def parse_header(lines: list[str], default_tz: str, stored_copy: bool = False) -> Header:
    """China Daily page lines -> Header."""
    return scan(lines, NAME, OUTLET)
