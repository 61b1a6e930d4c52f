"""Article parsing (STUB: generic layout only; replaced by the parsing work)."""
from __future__ import annotations

from pressroom.records import Failure, ParsedArticle, Reason


def parse_article(text: str, default_tz: str = "Asia/Shanghai") -> ParsedArticle | Failure:
    """Normalised page text -> ParsedArticle, or Failure(no_title/no_body/...)."""
    lines = [line.strip() for line in text.split("\n")]
    paras = [line for line in lines if line]
    if not paras:
        return Failure(Reason.EMPTY, "no text")
    title, rest = paras[0], paras[1:]
    if not rest:
        return Failure(Reason.NO_BODY, "a title but no body")
    return ParsedArticle(title=title, body="\n\n".join(rest))
