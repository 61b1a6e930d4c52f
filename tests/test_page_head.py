"""Line predicates of a page head: the story's lead, captions printed twice, what can never be a headline,
and the tool lines that make a page a page dump. Lines are written for these tests."""
from __future__ import annotations

import pytest

from pressroom.parse import parse_article
from pressroom.parse.families._scan import Page
from pressroom.parse.families.generic import clean_title_block
from pressroom.parse.header import has_title_shape, repeats_with_credit
from pressroom.parse.lead import content_words, lead
from pressroom.records import ParsedArticle

PAGE = [
    "Sign up for our morning briefing",
    "Valley town reopens its flood-hit library",
    "By Tom Hale",
    "Published: 2023-09-12 08:40",
    "",
    "DALEFORD, Sept. 11 (Xinhua) -- The town library reopened on Monday, eight months after a flood "
    "filled its ground floor with mud and ruined some 20,000 books, the town council said.",
    "",
    "\"Readers brought back books they had borrowed before the flood, dry and safe,\" librarian Ada Brooks said.",
    "",
    "The council said donations from other libraries had replaced half of the lost books.",
]


def test_lead_is_the_first_run_of_prose_and_its_content_words() -> None:
    at, words = lead(Page(PAGE))
    assert at == 5
    assert {"library", "flood", "daleford"} <= words and "the" not in words and "said" not in words


def test_no_lead_without_two_prose_lines_in_a_row() -> None:
    assert lead(Page(["Headline", "One sentence of prose stands here alone on this page.", "Share"])) == (None, set())


def test_content_words_skip_function_words_and_short_words() -> None:
    assert content_words("The port of Ningbo said it is open") == {"port", "ningbo", "open"}


def test_a_sign_up_line_glued_above_the_headline_is_not_taken_for_it() -> None:
    result = parse_article("\n".join(PAGE))
    assert isinstance(result, ParsedArticle)
    assert result.title == "Valley town reopens its flood-hit library"
    assert result.body.startswith("The town library reopened on Monday")


@pytest.mark.parametrize(("line", "shape"), [
    ("- Politics & Government", False),
    ("\u2022 Markets", False),
    ("| Sport | Culture", False),
    ("Port city opens new ferry terminal", True),
])
def test_a_leading_dash_or_bullet_is_never_a_headline(line: str, shape: bool) -> None:
    assert has_title_shape(line) is shape


@pytest.mark.parametrize(("first", "second", "credited"), [
    ("Ferry passengers wait at the north pier", "Ferry passengers wait at the north pier Credit: Ann Roe", True),
    ("Ferry passengers wait at the north pier", "Ferry passengers wait at the north pier (By Ann Roe -- AP)", True),
    ("Short caption", "Short caption Credit: X", False),                    # too short to be sure
    ("The board met on Monday to vote on fares",
     "The board met on Monday to vote on fares, and members said the new prices would hold for a year.", False),
])
def test_a_caption_printed_again_with_its_credit(first: str, second: str, credited: bool) -> None:
    assert repeats_with_credit(first, second) is credited


CLEAN_HEAD = "Night buses to run every ten minutes"
PROSE = "The city will run night buses every ten minutes from next month, the transport bureau said."


@pytest.mark.parametrize(("after", "clean"), [
    (["Open this page as PDF", "Free for members", "View your basket"], False),      # page tools
    ([CLEAN_HEAD], False),                                                           # the headline again
    (["Buses wait at the depot on a wet night", "Buses wait at the depot on a wet night Credit: A. Roe"], False),
    (["Ann Roe", "ann.roe@example.org", "Harbor University, Harbortown"], True),     # an author block
    (["Born: 1 May 1950", "Died: 2 June 2010", "Occupation: Driver"], True),         # an infobox's facts
    (["Chen Zhuo", "2020-05-20"], True),                                             # an article file's author and date
    (["Chen Zhuo", "2020-05-20 14:58:39"], False),                                   # a timed stamp: a page's header
])
def test_what_makes_a_clean_looking_page_a_page_dump(after: list[str], clean: bool) -> None:
    lines = [CLEAN_HEAD, ""]
    for line in after:
        lines += [line, ""]
    lines += [PROSE, "", PROSE.replace("ten", "twelve")]
    assert (clean_title_block(lines) is not None) is clean


STORY = [
    "The harbour board voted on Monday to reopen the north pier to ferries after a year of repairs, "
    "its chair told reporters at the quay.",
    "",
    "\"The pier is safe again, and the ferries can use it from next week,\" chair Ada Brooks said.",
    "",
    "The repairs cost the town 4 million dollars, the board said in a statement.",
]


def _parse(head: list[str]) -> ParsedArticle:
    result = parse_article("\n".join(head + [""] + STORY))
    assert isinstance(result, ParsedArticle)
    return result


@pytest.mark.parametrize(("head", "title"), [
    (["Harbour board reopens the north pier", "",
      "The pier was closed for a year after a storm broke its deck and the town had to find the money.", "",
      "Written by Tom Hale | Harbortown | Updated: March 3, 2022 11:35 am"],
     "Harbour board reopens the north pier"),                   # a standfirst above the byline and stamp
    (["Harbour board reopens the north pier after repairs", "",
      "The harbour board is reopening the north pier after a year of repairs as the town urges ferry "
      "companies to bring back the summer routes that were cut in the storm", "",
      "Tom Hale", "Monday 06 February 2023 07:19 GMT"],
     "Harbour board reopens the north pier after repairs"),     # a long standfirst, a reporter beside the stamp
])
def test_a_standfirst_is_neither_the_headline_nor_the_story(head: list[str], title: str) -> None:
    article = _parse(head)
    assert article.title == title
    assert article.authors == ("Tom Hale",)
    assert article.body.startswith("The harbour board voted on Monday")


def test_a_headline_over_a_caption_printed_twice_and_a_date_dateline() -> None:
    caption = "Ferries wait at the north pier on Thursday before the vote.  Photo by Ann Roe/UPI"
    result = parse_article("\n".join([
        "Advertisement",
        "",
        "Harbour board reopens the north pier after a year",
        "",
        caption,
        caption + " |",
        "",
        "Mar. 3 (UPI) -- " + STORY[0],
        *STORY[1:],
    ]))
    assert isinstance(result, ParsedArticle)
    assert result.title == "Harbour board reopens the north pier after a year"
    assert (result.dateline, result.agency) == ("Mar. 3 (UPI)", "UPI")
    assert result.body.startswith("The harbour board voted on Monday")


def test_a_headline_glued_to_its_stamp_and_a_byline_under_teasers() -> None:
    article = _parse([
        "Harbour board reopens the north pier 2022-03-03 15:11:48   Print",
        "",
        "Ferry timetable for the spring season",
        "",
        "Profile: the harbour board",
        "",
        "By Xinhua writers Tom Hale and Ann Roe",
        "",
    ])
    assert article.title == "Harbour board reopens the north pier"
    assert article.published_at is not None and article.published_at.year == 2022
    assert (article.authors, article.agency) == (("Tom Hale", "Ann Roe"), "Xinhua")
    assert article.body.startswith("The harbour board voted on Monday")


@pytest.mark.parametrize(("head", "why"), [
    (["Markets Legal Harbour News Agency Risk Management Tax",
      "March 29, 2018 / 3:07 AM / Updated 11 hours ago", "",
      "Harbour board reopens the north pier after repairs", "", "Harbour Staff", "", "1 Min Read"],
     "a read-time tool and a desk credit under the headline"),
    (["Harbour board reopens the north pier after repairs", "",
      "Ferries wait at the north pier on Thursday before the vote of the board",
      "Ferries wait at the north pier on Thursday before the vote of the board",
      "By Tom Hale", "Harbour Gazette Foreign Service", "Friday, March 4, 2022"],
     "a caption printed twice between the headline and the byline, a desk under it"),
    ([" date 2018-03-01 Harbour board reopens the north pier after repairs", "", "House of Harbours"],
     "a tag of a few words under the headline"),
    (["Harbour board reopens the north pier after repairs",
      "Ferries return to the pier next week after a year away",
      "Your support helps us to tell the story"],
     "a standfirst and a donation prompt under the headline, no blank lines"),
])
def test_the_headline_is_not_a_tool_desk_tag_or_prompt_line(head: list[str], why: str) -> None:
    assert _parse(head).title == "Harbour board reopens the north pier after repairs", why


def test_a_clean_file_reads_a_date_paragraph_and_leaves_it_out_of_the_body() -> None:
    result = parse_article("\n".join(["Harbour board reopens the north pier", "", "March 3, 2022 - 3:17PM", "", *STORY]))
    assert isinstance(result, ParsedArticle)
    assert result.published_at is not None and (result.published_at.month, result.published_at.day) == (3, 3)
    assert result.body.startswith("The harbour board voted on Monday")


def test_a_block_of_labels_with_a_one_word_line_is_no_headline_block() -> None:
    lines = ["Filtered By: Topstories", "News", "TOTAL NOW 5", "", CLEAN_HEAD, "", PROSE, "", PROSE.replace("ten", "twelve")]
    assert clean_title_block(lines) is None
    assert clean_title_block(["Night buses to run", "every ten minutes", "", PROSE, "", PROSE.replace("ten", "twelve")]) == 2
