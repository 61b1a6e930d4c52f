"""Property tests: parsing never raises and always yields a well-formed body.

Inputs: arbitrary text, and random mutations (line drops, duplications,
swaps, junk insertions) of the golden fixtures. Bounded for CI speed.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pressroom.parse import parse_article
from pressroom.parse.dates import HANDLERS, parse_stamp
from pressroom.parse.stamps import read_stamp_line
from pressroom.records import Failure, ParsedArticle
from pressroom.text.normalize import normalize

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "articles").glob("*/*.txt"))
FIXTURE_TEXTS = [p.read_text(encoding="utf-8") for p in FIXTURES]
JUNK_LINES = ["", " ", "Share", "Updated 16:26, 07-Jan-2023", "RELATED STORIES", "By X Y", "\u4e2d\u6587",
              "2020-05-20 14:58:39", "BEIJING, May 19 (Xinhua) -- ", "(With inputs from Xinhua)", "Photo: VCG"]
BOUNDED = settings(max_examples=200, deadline=None)


def _check(result: ParsedArticle | Failure) -> None:
    assert isinstance(result, (ParsedArticle, Failure))
    if isinstance(result, Failure):
        return
    body = result.body
    assert result.title and result.title.strip()
    assert body, "an article always has a body"
    assert "\n\n\n" not in body
    assert body == body.strip()
    paragraphs = body.split("\n\n")
    assert all(p and p == p.strip() and "\n" not in p for p in paragraphs)
    assert len(paragraphs) == body.count("\n\n") + 1
    for value in (result.published_at, result.updated_at):
        assert value is None or value.utcoffset().total_seconds() == 0


@BOUNDED
@given(st.text(max_size=2000))
def test_parse_properties_arbitrary_text(text: str) -> None:
    _check(parse_article(normalize(text)))


@BOUNDED
@given(st.lists(st.sampled_from(JUNK_LINES + ["A headline for a test page", "Some prose that ends here."]), max_size=40))
def test_parse_properties_line_soup(lines: list[str]) -> None:
    _check(parse_article(normalize("\n".join(lines))))


@st.composite
def mutated_fixture(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(FIXTURE_TEXTS)).split("\n")
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["drop", "dup", "swap", "junk", "cut"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "junk":
            lines.insert(i, draw(st.sampled_from(JUNK_LINES)))
        else:
            lines[i] = lines[i][: draw(st.integers(0, max(0, len(lines[i]))))]
    return "\n".join(lines)


@BOUNDED
@given(mutated_fixture())
def test_parse_properties_mutated_fixtures(text: str) -> None:
    _check(parse_article(normalize(text)))


@BOUNDED
@given(st.text(max_size=120))
def test_parse_properties_date_handlers_never_raise(raw: str) -> None:
    for _name, handle in HANDLERS:
        handle(raw)
    parse_stamp(raw, "Asia/Shanghai")
    read_stamp_line(raw)


@BOUNDED
@given(st.text(alphabet="0123456789-:.,/ APMGTUpdate", max_size=40))
def test_parse_properties_date_like_strings_never_raise(raw: str) -> None:
    value = parse_stamp(raw, "Asia/Shanghai")
    assert value is None or (value.year >= 1900 and value.utcoffset().total_seconds() == 0)


def test_parse_properties_fixtures_parse() -> None:
    assert FIXTURE_TEXTS, "fixtures exist"
    for text in FIXTURE_TEXTS:
        assert isinstance(parse_article(normalize(text)), ParsedArticle)
