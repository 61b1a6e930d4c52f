"""Article parsing: normalised page text -> ParsedArticle, or a Failure as data.

`parse_article` picks the first layout family that matches, lets it read the
header, builds the body, reads the stamps with `parse.dates` (naive stamps in
`default_tz`, then UTC) and assembles the record. Nothing here raises on bad
input: "not found" is None plus a warning, a page without an article is a
Failure with a stable Reason.
"""
from __future__ import annotations

import re
from datetime import datetime
from types import ModuleType

from pressroom.parse.body import build_body, news_region
from pressroom.parse.dates import check_stamp, is_relative, parse_stamp
from pressroom.parse.families import pick_family
from pressroom.parse.header import Header, strip_stored_prefix
from pressroom.parse.line_features import RegionContext
from pressroom.parse.line_model import LineModel, shipped_line_model
from pressroom.records import Failure, ParsedArticle, Reason
from pressroom.text.paragraphs import join_paragraphs

__all__ = ["body_region", "parse_article"]

TITLE_FROM_BODY_CHARS = 200      # a headline-less stored copy gets its first sentence as title
MIN_HEADLESS_WORDS = 20          # ... but only when that body is real prose
_FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?=\s+[A-Z\u201c\"]|$)", re.S)
_LETTER = re.compile(r"[^\W\d_]")


def _read_date(raw: str | None, default_tz: str, now: datetime | None, warnings: list[str]) -> datetime | None:
    """Raw stamp -> UTC datetime; an unreadable or impossible one adds date_unparseable:<raw>."""
    if not raw or is_relative(raw):
        return None
    value = check_stamp(parse_stamp(raw, default_tz), now)
    if value is None:
        warnings.append(f"date_unparseable:{raw}")
    return value


def _title_from_body(body: str) -> str:
    first = body.split("\n\n", 1)[0]
    m = _FIRST_SENTENCE.match(first)
    text = (m.group(1) if m else first).strip()
    if len(text) > TITLE_FROM_BODY_CHARS:
        text = text[:TITLE_FROM_BODY_CHARS].rsplit(" ", 1)[0] + "\u2026"
    return text


def _read_header(text: str, default_tz: str) -> tuple[list[str], ModuleType, Header]:
    """Page text -> (its lines, the layout family, the Header that family read)."""
    raw_lines = text.split("\n")
    lines = strip_stored_prefix(raw_lines)
    stripped = [line.strip() for line in lines]     # families read stripped lines
    family = pick_family(stripped)
    return lines, family, family.parse_header(stripped, default_tz, stored_copy=lines[0] != raw_lines[0])


def body_region(text: str, default_tz: str = "Asia/Shanghai") -> RegionContext | None:
    """The news-layout body region the line model reads (None for a clean article file or no text)."""
    if not text or not text.strip():
        return None
    lines, _, header = _read_header(text, default_tz)
    if header.clean:
        return None
    kept, _ = news_region(lines, header)
    return RegionContext(kept, lines, header.title) if kept else None


def parse_article(text: str, default_tz: str = "Asia/Shanghai", now: datetime | None = None,
                  line_model: LineModel | None = None, rules_only: bool = False) -> ParsedArticle | Failure:
    """Normalised page text -> ParsedArticle, or Failure(empty/no_title/no_body/furniture_only); never raises.

    line_model: the model that trims a news page's body region (default: the shipped one);
    rules_only: no line model at all (the evaluation's baseline)."""
    if not text or not text.strip():
        return Failure(Reason.EMPTY, "no text")
    if not _LETTER.search(text):
        return Failure(Reason.FURNITURE_ONLY, "no letters in the text")
    lines, family, header = _read_header(text, default_tz)
    model = None if rules_only else line_model or shipped_line_model()
    body = build_body(lines, header, model)         # a clean file's paragraphs keep their inner text
    joined = join_paragraphs(body.paragraphs)
    warnings = list(header.warnings)
    title = header.title
    if not title:
        if len(joined.split()) < MIN_HEADLESS_WORDS:
            reason = Reason.NO_TITLE if joined else Reason.FURNITURE_ONLY
            return Failure(reason, "no line qualifies as a headline")
        # from the rules' body: the line model may trim an unrecognised headline off the region's top
        first = join_paragraphs(build_body(lines, header, None).paragraphs) if model is not None else joined
        title = _title_from_body(first or joined)
        warnings.append("title_from_body")
    if not joined:
        return Failure(Reason.NO_BODY, f"a headline ({title[:60]!r}) but no article text")
    published = _read_date(header.published, default_tz, now, warnings)
    updated = _read_date(header.updated, default_tz, now, warnings)
    return ParsedArticle(
        title=title,
        body=joined,
        authors=header.authors,
        outlet=header.outlet,
        published_at=published,
        updated_at=updated,
        dateline=header.dateline or body.dateline,
        agency=body.agency or header.agency or body.credit,
        family=family.NAME,
        warnings=tuple(warnings),
    )
