"""Golden articles: every tests/fixtures/articles/<family>/<case>.txt parsed and compared
with the partial expectations in <case>.json (exact header fields present in the
JSON, body_starts_with/ends_with/excludes, body_equals, paragraph_count, warnings).
Cases listed in tests/known_failures.json run under xfail(strict=True).
"""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from pressroom.parse import parse_article
from pressroom.records import Failure, ParsedArticle, Reason
from pressroom.text.normalize import normalize

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "articles"
KNOWN_FAILURES_FILE = HERE / "known_failures.json"
EXACT_FIELDS = ("title", "authors", "outlet", "dateline", "agency", "family")
DATE_FIELDS = ("published_at", "updated_at")


def _known_failures() -> set[str]:
    if not KNOWN_FAILURES_FILE.exists():
        return set()
    return {entry["case"] for entry in json.loads(KNOWN_FAILURES_FILE.read_text(encoding="utf-8"))}


def _cases() -> list:
    known = _known_failures()
    params = []
    for txt in sorted(FIXTURES.glob("*/*.txt")):
        case = f"{txt.parent.name}/{txt.stem}"
        marks = [pytest.mark.xfail(strict=True, reason="known failure")] if case in known else []
        params.append(pytest.param(txt, id=case, marks=marks))
    return params


def _parse(txt: Path) -> ParsedArticle:
    result = parse_article(normalize(txt.read_text(encoding="utf-8")))
    assert isinstance(result, ParsedArticle), f"{txt.name}: {result}"
    return result


@pytest.mark.parametrize("txt", _cases())
def test_golden_articles_match_expectations(txt: Path) -> None:
    expected = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    art = _parse(txt)
    for name in EXACT_FIELDS:
        if name in expected:
            got = list(getattr(art, name)) if name == "authors" else getattr(art, name)
            assert got == expected[name], name
    for name in DATE_FIELDS:
        if name in expected:
            want = datetime.fromisoformat(expected[name]) if expected[name] else None
            assert getattr(art, name) == want, name
    body = art.body
    if "body_equals" in expected:
        assert body == expected["body_equals"]
    if "body_starts_with" in expected:
        assert body.startswith(expected["body_starts_with"])
    if "body_ends_with" in expected:
        assert body.endswith(expected["body_ends_with"])
    for junk in expected.get("body_excludes", []):
        assert junk not in body, junk
    if "paragraph_count" in expected:
        assert body.count("\n\n") + 1 == expected["paragraph_count"]
    for warning in expected.get("warnings_include", []):
        assert warning in art.warnings


def test_golden_articles_known_failures_exist() -> None:
    cases = {f"{p.parent.name}/{p.stem}" for p in FIXTURES.glob("*/*.txt")}
    assert _known_failures() <= cases


def test_golden_articles_every_family_has_two_cases() -> None:
    counts: dict[str, int] = {}
    for txt in FIXTURES.glob("*/*.txt"):
        counts[txt.parent.name] = counts.get(txt.parent.name, 0) + 1
        assert txt.with_suffix(".json").exists(), txt
    assert counts and min(counts.values()) >= 2, counts


FAILURE_CASES = [
    ("", Reason.EMPTY, "nothing at all"),
    ("   \n\n  \n", Reason.EMPTY, "whitespace only"),
    ("12 34\n\n--- ***", Reason.FURNITURE_ONLY, "no letters"),
    ("A headline standing alone on the page\n", Reason.NO_BODY, "headline without text"),
    ("Share\nSearch Trends\nRELATED STORIES\n", Reason.FURNITURE_ONLY, "widgets only"),
]


@pytest.mark.parametrize(("text", "reason", "why"), FAILURE_CASES, ids=[c[2] for c in FAILURE_CASES])
def test_golden_articles_failures_are_data(text: str, reason: Reason, why: str) -> None:
    result = parse_article(normalize(text))
    assert isinstance(result, Failure), why
    assert result.reason == reason, why


def test_golden_articles_failure_cases_unique() -> None:
    assert len({c[0] for c in FAILURE_CASES}) == len(FAILURE_CASES)
