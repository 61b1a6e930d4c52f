"""Stable ids: content-derived, independent of file names, whitespace-insensitive."""
from __future__ import annotations

import re
import sys

from pressroom import ids


def test_ids_article_id_ignores_whitespace_layout() -> None:
    assert ids.article_id("A title", "One.\n\nTwo.") == ids.article_id(" A  title ", "One. \n\n Two.")


def test_ids_article_id_changes_with_content() -> None:
    assert ids.article_id("A title", "One.") != ids.article_id("A title", "One!")
    assert ids.article_id("ab", "c") != ids.article_id("a", "bc")


def test_ids_article_id_is_known_value() -> None:
    # pinned: a change here silently re-keys every table
    assert ids.article_id("Title", "Body.") == "73ea5659c680333647dc99e1ffe41eb3"


def test_ids_org_id_case_and_space_insensitive() -> None:
    assert ids.org_id("World Health Organization") == ids.org_id("world  health organization")
    assert ids.org_id("World Health Organization") != ids.org_id("World Bank")
    assert ids.org_id("X").startswith("org_")


def test_ids_quote_id_depends_on_span() -> None:
    assert ids.quote_id("a", 0, 5) != ids.quote_id("a", 0, 6)
    assert ids.quote_id("a", 0, 5) == ids.quote_id("a", 0, 5)


def test_ids_fold_space_matches_the_regex_definition_on_every_code_point() -> None:
    # article ids hash fold_space's output: it must stay exactly "every \s+ run
    # -> one space, ends stripped" (the definition ids were first keyed on)
    spaces = re.compile(r"\s+")
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert ids.fold_space(every) == spaces.sub(" ", every).strip()
    assert ids.fold_space(f"\u3000a\u2028\u00a0 b\x1c\x1fc\u200b ") == "a b c\u200b"
