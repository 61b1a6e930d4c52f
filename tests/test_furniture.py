"""Case tables for text.furniture: each named group recognises its lines and leaves prose alone."""
from __future__ import annotations

import pytest

from pressroom.text import furniture as f

CASES = [
    ("Share - WeChat", "widget", "China Daily share widget"),
    ("Video PlayerClose", "widget", "Xinhua player"),
    ("1", "widget", "slide counter"),
    ("010020070750000000000000011100001234567890", "widget", "Xinhua page id"),
    ("watch Evening Headlines", "widget", "video promo"),
    ("Related: Another headline here", "widget", "inline related link"),
    ("Read More: Candidates for the valley council debate housing, transit and the new fire hall at the forum",
     "link_prompt", "a long link to another story"),
    ("READ MORE: Harbour school wins the robotics prize", "link_prompt", "a link prompt in capitals"),
    ("Read more about the forum in our guide to the valley.", None, "a sentence is no link prompt"),
    ("Home / World / Europe", "navigation", "breadcrumb"),
    ("Special> Summer Forum 2013> News", "navigation", "breadcrumb with '>'"),
    ("News \u00bb World \u00bb Asia", "navigation", "breadcrumb with guillemets"),
    ("Print This Page", "navigation", "page tool"),
    ("By continuing to browse our site you agree to our use of cookies, revised Privacy Policy and Terms of Use.",
     "navigation", "a cookie consent banner"),
    ("Our Privacy Statement & Cookie Policy", "navigation", "a privacy banner's heading"),
    ("I agree", "navigation", "a consent button"),
    ("The regulator said the cookie policy of the site broke the law, and the firm agreed to pay.", None,
     "prose about cookies"),
    ("Email this article", "navigation", "page tool, lower case"),
    ("HomeOpinionsBusinessMilitaryWorldSociety", "navigation", "glued menu"),
    ("CHINA / SOCIETY", "navigation", "section path"),
    ("Global EditionASIA \u4e2d\u6587", "navigation", "language switcher"),
    ("About | Jobs | Contact | Privacy", "navigation", "pipe menu"),
    ("Search Trends", "end", "CGTN widget"),
    ("RELATED STORIES", "end", "related list"),
    ("RELATED ARTICLES:", "end", "trailing colon"),
    ("Contact the writer at someone@example.com", "sign_off", "writer contact"),
    ("EDITOR\u2019S CHOICE", "end", "curly apostrophe folded"),
    ("Copyright \u00a9 2022 Example Media", "end", "copyright"),
    ("(Web editor: Zhou Lin, Gao Fei)", "end", "web editor credit"),
    ("Editor: huaxia", "end", "editor credit"),
    ("Comments (0)", "end", "comment counter"),
    ("A man walks by, May 9, 2022. [Photo/Agencies]", "caption", "China Daily caption"),
    ("Stalls on the river walk Photo: VCG", "caption", "Global Times caption"),
    ("Tea leaves Photo:VCG", "caption", "caption without space"),
    ("A ferry at dawn, March 12. /CFP", "caption", "CGTN credit after slash"),
    ("(Cover: A museum hall, May 2, 2023. /CFP)", "caption", "cover credit"),
    ("A speaker at the forum, March 5, 2020. (Xinhua/Li Ming)", "caption", "Xinhua photo credit"),
    ("ab/cd (Reuters, AFP, dpa)", "sign_off", "editor initials"),
    ("(With inputs from Xinhua)", "sign_off", "input credit"),
    ("Image caption, Ferry passengers wait at the north pier", "caption", "a caption label"),
    ("Get Harbour News in your Inbox:", "widget", "a newsletter prompt"),
    ("Sign up for our morning newsletter", "widget", "a sign-up prompt"),
    ("Your support helps us to tell the story", "widget", "a donation prompt"),
    ("Large Medium Small", "widget", "a text-size tool"),
    ("DOWNLOAD THE HARBOUR NEWS MOBILE APP", "widget", "an app promo"),
    ("Now available on", "widget", "an app store prompt"),
    ("TEXT AD: Revealed!!! The only way left to get a cheaper ferry ticket this summer and save up to half. "
     "Get the secret here", "link_prompt", "an advertiser's text of any length"),
    ("Watch video Harbour board reopens the north pier", "link_prompt", "a video link to another story"),
    ("Internet users at the harbour library, March 3, 2022.   (Xinhua Photo)", "caption", "a wire photo credit"),
    ("The harbour master opens the new pier on Monday. [Xinhua photo]", "caption", "a bracketed photo credit"),
    ("Now available on the north pier: ferries every ten minutes, the board said in its statement.", None,
     "prose opening like an app prompt"),
    ("Your support of the pier plan was clear, the mayor told the board.", None, "prose opening like a prompt"),
    ("Some information for this report came from Reuters", "sign_off", "a contributing source"),
    ("Source: PTI\u00a9 Copyright 2024 PTI. All rights reserved.", "end", "a source credit glued to the copyright"),
    ("Get the ferry in your car before noon, the captain said.", None, "prose opening like a prompt"),
    ("Source: the port authority's annual report", None, "a source note is no end"),
    ("The ministry said it would act quickly.", None, "prose"),
    ("Why did the talks stall?", None, "question subhead"),
    ("Controversial law", None, "crosshead"),
    ("Watch the full video below:", None, "prose mentioning watch"),
    ("He said 5 > 3 and 4 > 2 in the vote", None, "prose with comparison signs"),
    ("Print this page and the next one, the clerk said.", None, "prose opening like a page tool"),
]
PREDICATES = {
    "widget": f.is_widget, "navigation": f.is_navigation, "end": f.is_end_marker,
    "caption": f.is_caption, "sign_off": f.is_sign_off, "link_prompt": f.is_link_prompt,
}


def test_furniture_cases_unique() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize(("line", "group", "why"), CASES, ids=[c[2] for c in CASES])
def test_furniture_groups(line: str, group: str | None, why: str) -> None:
    hits = {name for name, pred in PREDICATES.items() if pred(line)}
    if group is None:
        assert not hits, why
    else:
        assert group in hits, why


def test_furniture_credit_agency() -> None:
    assert f.credit_agency("(With inputs from Xinhua)") == "Xinhua"
    assert f.credit_agency("(Xinhua News Agency December 26, 2016)") == "Xinhua News Agency"
    assert f.credit_agency("(AP 2022-03-03)") == "AP"
    assert f.credit_agency("(The council met March 3, 2022)") is None
    assert f.credit_agency("(With input from Reuters and AFP)") == "Reuters"
    assert f.credit_agency("With friends from home") is None


def test_furniture_drop_furniture_stops_at_end_marker() -> None:
    lines = ["Share", "First paragraph.", "", "Photo of a hill. [Photo/Xinhua]", "Second.", "RELATED STORIES", "Other"]
    assert f.drop_furniture(lines) == ["First paragraph.", "Second."]
