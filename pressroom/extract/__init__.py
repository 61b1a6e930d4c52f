"""Extraction over a parsed article: the one entry point downstream uses.

Organizations come first so that quote attribution can resolve an
organization speaker ("the department") to the same canonical name and
org_id as the organizations table.
"""
from __future__ import annotations

from collections.abc import Callable

from pressroom.extract.org_lexicon import OrgLexicon, load_org_lexicon
from pressroom.extract.org_model import OrgModel, load_org_model
from pressroom.extract.orgs import find_organizations
from pressroom.extract.quotes import find_quotes
from pressroom.records import Organization, ParsedArticle, Quote

__all__ = ["OrgLexicon", "OrgModel", "extract_all", "load_org_lexicon", "load_org_model"]


def extract_all(article: ParsedArticle, lexicon: OrgLexicon,
                lap: Callable[[str], None] | None = None,
                model: OrgModel | None = None) -> tuple[tuple[Quote, ...], tuple[Organization, ...]]:
    """ParsedArticle -> (quotes, organizations), all spans indexing article.body.

    (`pressroom.process` takes a batch through the same two steps, stage by stage.)

    `lap(stage)`, if given, is called after each step ("organizations",
    "quotes") so that callers can time them apart.
    """
    organizations = find_organizations(article.body, lexicon, model)
    if lap:
        lap("organizations")
    quotes = find_quotes(article.body, organizations)
    if lap:
        lap("quotes")
    return quotes, organizations
