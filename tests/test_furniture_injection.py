"""Property: page furniture injected above the headline or below the last paragraph of a
news page never changes the article's body or headline.

The pages are news layouts written for this test (headline, stamp, byline,
dateline, prose); the furniture is drawn from the kinds the parser must
recognise on pages nobody tuned it for: skip links, menus with separators,
section paths, share buttons, sign-up prompts, lists of other stories under a
label, staff credit lines, copyright lines.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pressroom.parse import parse_article
from pressroom.records import ParsedArticle
from pressroom.text.normalize import normalize

PAGES = [
    "\n".join([
        "Port city opens new ferry terminal",
        "By Ann Roe",
        "Updated: 2023-05-02 10:15",
        "",
        "NINGBO, May 2 (Xinhua) -- A new ferry terminal opened on Tuesday in the port city of Ningbo, "
        "cutting the crossing to the islands by half an hour, local officials said.",
        "",
        "\"The old pier could not take the larger boats,\" said Chen Yu, who manages the terminal.",
        "",
        "The terminal will handle up to 8,000 passengers a day in summer.",
    ]),
    "\n".join([
        "Farm exports rise for third month",
        "Published: Jun 12, 2022 08:30 PM",
        "",
        "Exports of farm goods rose for a third month in May as shipping costs fell, customs data showed on "
        "Sunday, with fruit and tea leading the gains.",
        "",
        "Traders said demand from neighbouring markets had picked up after the spring holiday.",
        "",
        "The customs office will publish its full figures next week.",
    ]),
]
HEAD_FURNITURE = [
    "Skip to main content", "Skip to main contentSkip to navigation", "Accessibility links", "Home | World | Business",
    "Help | Sitemap | Archive", "WORLD / ASIA", "Share", "Subscribe", "Sign in", "Menu", "Search", "",
    "Read news as it happens", "View your basket", "Free for members", "- Politics & Government",
    "Sign up for our morning briefing",
]
TAIL_FURNITURE = [
    "", "Related Stories", "Related Stories\nRail line to link two ports\nMuseum reopens after repairs",
    "Reporting by Ann Roe; Editing by Tom Hale", "Copyright 2024 Example News. All rights reserved.",
    "Share", "Comments", "Read more\nCity plans new bridge", "Back to top",
]


def _parsed(text: str) -> ParsedArticle:
    result = parse_article(normalize(text))
    assert isinstance(result, ParsedArticle), result
    return result


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(range(len(PAGES))), st.lists(st.sampled_from(HEAD_FURNITURE), max_size=4),
       st.lists(st.sampled_from(TAIL_FURNITURE), max_size=4))
def test_injected_furniture_leaves_body_and_headline(page: int, head: list[str], tail: list[str]) -> None:
    clean = _parsed(PAGES[page])
    dirty = _parsed("\n".join([*head, PAGES[page], *tail]))
    assert dirty.body == clean.body
    assert dirty.title == clean.title
