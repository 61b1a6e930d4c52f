"""Stable ids: content-derived, independent of file names, whitespace-insensitive."""
from __future__ import annotations

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
