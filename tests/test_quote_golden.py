"""Golden quote fixtures: tests/fixtures/quotes/<case>.txt (a body) beside <case>.json.

Each JSON lists the quotes that must be found (text, kind, speaker, speaker_name,
speaker_kind, cue; `required: false` marks a statement that may or may not be
reported), the `not_quotes` that must never appear, and the organizations to
hand to `find_quotes` (built here as the organizations extractor would).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pressroom.extract.quotes import find_quotes
from pressroom.ids import org_id
from pressroom.records import Organization, OrgMention, Quote

CASES = Path(__file__).parent / "fixtures" / "quotes"
WORD = re.compile(r"\w+")
MATCH_AT = 0.8  # both sides must share 80% of their tokens, as in the seed check


def load_case(name: str) -> tuple[str, dict, tuple[Organization, ...]]:
    """Body, expectations and hand-built organizations of one fixture."""
    body = (CASES / f"{name}.txt").read_text(encoding="utf-8").strip()
    body = "\n\n".join(p.strip() for p in body.split("\n\n"))
    spec = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    orgs, taken = [], []
    for o in spec.get("organizations", []):
        mentions = []
        for form in sorted(o["forms"], key=len, reverse=True):
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", body):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    taken.append((m.start(), m.end()))
                    mentions.append(OrgMention(m.start(), m.end(), m.group()))
        mentions.sort(key=lambda x: x.start)
        orgs.append(Organization(org_id(o["name"]), o["name"], tuple(mentions), o.get("acronym")))
    return body, spec, tuple(orgs)


def overlap(a: str, b: str) -> float:
    """Smaller of the two shares of shared lower-cased tokens (0.0 if either is empty)."""
    ta, tb = WORD.findall(a.lower()), WORD.findall(b.lower())
    if not ta or not tb:
        return 0.0
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    return min(common / len(ta), common / len(tb))


def best(quotes: tuple[Quote, ...], text: str) -> Quote | None:
    """The found quote closest to text, if it matches at MATCH_AT."""
    q = max(quotes, key=lambda q: overlap(q.text, text), default=None)
    return q if q is not None and overlap(q.text, text) >= MATCH_AT else None


NAMES = sorted(p.stem for p in CASES.glob("*.json"))


@pytest.mark.parametrize("name", NAMES)
def test_quote_golden_expected_quotes(name: str) -> None:
    body, spec, orgs = load_case(name)
    quotes = find_quotes(body, orgs)
    for want in (w for w in spec["quotes"] if w["required"]):
        got = best(quotes, want["text"])
        assert got is not None, f"missed {want['text'][:60]!r}"
        for key in ("kind", "speaker", "speaker_name", "speaker_kind", "cue"):
            assert getattr(got, key) == want[key], f"{want['text'][:40]!r}: {key} {getattr(got, key)!r}"


@pytest.mark.parametrize("name", NAMES)
def test_quote_golden_no_false_quotes(name: str) -> None:
    body, spec, orgs = load_case(name)
    quotes = find_quotes(body, orgs)
    for q in quotes:
        assert any(overlap(q.text, w["text"]) >= MATCH_AT for w in spec["quotes"]), f"unexpected {q.text[:60]!r}"
    for term in spec["not_quotes"]:
        assert all(q.text.strip('"“”‘’') != term for q in quotes), f"term {term!r} taken as a quote"


@pytest.mark.parametrize("name", NAMES)
def test_quote_golden_spans_index_body(name: str) -> None:
    body, _, orgs = load_case(name)
    for q in find_quotes(body, orgs):
        assert body[q.start:q.end] == q.text
        assert q.paragraph_index == body.count("\n\n", 0, q.start)
        if q.speaker_start is not None:
            assert body[q.speaker_start:q.speaker_end] == q.speaker
        if q.cue_start is not None:
            assert body[q.cue_start:q.cue_end] == q.cue


KNOWN_FAILURES = json.loads((Path(__file__).parent / "quote_known_failures.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", KNOWN_FAILURES, ids=[c["why"][:40] for c in KNOWN_FAILURES])
@pytest.mark.xfail(strict=True, reason="pattern not handled yet (tests/quote_known_failures.json)")
def test_quote_golden_known_failures(case: dict) -> None:
    want = case["quote"]
    got = best(find_quotes(case["body"]), want["text"])
    assert got is not None
    assert (got.kind, got.speaker, got.cue) == (want["kind"], want["speaker"], want["cue"])
