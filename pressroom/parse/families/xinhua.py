"""Xinhua pages: `Source: Xinhua| 2018-12-19 17:07:03|Editor: Li Xia` (xinhuanet),
`Source: Xinhua` / `Editor: huaxia` / stamp on separate lines with a browser
title ending `-Xinhua` (english.news.cn), and the wire layout reprinted by other
sites: an author line, then a bare `2020-05-20 14:58:39`, then a
`BEIJING, May 19 (Xinhua) --` dateline. Only the first two name Xinhua as the
outlet; a reprint's outlet is unknown.
"""
from __future__ import annotations

import re

from pressroom.parse.families._scan import HEAD_LIMIT, head_has, scan
from pressroom.parse.header import Header
from pressroom.parse.stamps import BARE_ISO, XINHUA_PIPE

NAME = "xinhua"
OUTLET = "Xinhua"
XINHUA_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+\(Xinhua\)\s*--")
SOURCE_XINHUA = re.compile(r"^Source\s*:\s*Xinhua\s*(?:\||$)", re.I)
HEAD_SIGNATURES = (XINHUA_PIPE, SOURCE_XINHUA, BARE_ISO)
TAIL_SIGNATURES = ()
KEYWORDS = ("-xinhua",)     # browser title "Headline-Xinhua"


def _own_page(lines: list[str]) -> bool:
    return head_has(lines, SOURCE_XINHUA.match, 12) or _browser_title_credit(lines)


def _browser_title_credit(lines: list[str]) -> bool:
    return any(s.lower().endswith(KEYWORDS) for s in lines[:12])


def match(edges) -> bool:
    """True for a Xinhua source line, or a bare stamp followed by a Xinhua dateline."""
    if (edges.head_has(XINHUA_PIPE.match, needs_colon=True)
            or edges.head_has(SOURCE_XINHUA.match, 12, needs_colon=True)
            or _browser_title_credit(edges.lines)):
        return True
    head = edges.lines[:HEAD_LIMIT]
    stamp = next((i for i, s in enumerate(head) if s[:1].isdigit() and BARE_ISO.match(s)), None)
    return stamp is not None and any(XINHUA_DATELINE.match(s) for s in head[stamp + 1: stamp + 8])


def parse_header(lines: list[str], default_tz: str, stored_copy: bool = False) -> Header:
    """Xinhua page lines -> Header; outlet only when the page is Xinhua's own."""
    return scan(lines, NAME, OUTLET if _own_page(lines) else None)
