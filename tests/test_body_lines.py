"""Clean article files: a block of lines is one wrapped paragraph or one paragraph per line."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pressroom.parse import parse_article
from pressroom.parse.body import WRAP_MAX, is_wrapped
from pressroom.records import ParsedArticle

LONG = [
    "The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers.",
    "\u201cWe cannot take the risk,\u201d the mayor said. \u201cThe bridge carries children to school every morning.",
    "\u201cIt will reopen when the repairs are finished,\u201d she said, adding that work would start in the spring.",
]
WRAPPED = [
    "The council voted on Tuesday to close the old bridge to lorries",
    "after engineers found cracks in two of its piers, the mayor said.",
]


def _body(lines: list[str]) -> str:
    article = parse_article("Bridge closed to lorries\n\n" + "\n".join(lines) + "\n")
    assert isinstance(article, ParsedArticle)
    return article.body


def test_body_lines_one_paragraph_per_long_line() -> None:
    assert _body(LONG).split("\n\n") == LONG


def test_body_lines_hard_wrapped_block_is_one_paragraph() -> None:
    assert _body(WRAPPED) == " ".join(WRAPPED)


@given(st.lists(st.text(st.characters(blacklist_characters="\n\r"), max_size=WRAP_MAX), min_size=1, max_size=6),
       st.text(st.characters(blacklist_characters="\n\r"), max_size=300))
def test_body_lines_wrapped_exactly_when_no_line_but_the_last_is_long(lines: list[str], last: str) -> None:
    assert is_wrapped("\n".join([*lines, last]))
    long_line = "x" * (WRAP_MAX + 1)
    assert not is_wrapped("\n".join([*lines, long_line, last]))
