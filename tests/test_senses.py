"""senses.py: when a cue's bare content says nothing, as case tables."""
from __future__ import annotations

import pytest

from pressroom.extract.senses import is_count_object, is_market_subject, opens_without_clause, tail_holds_clause

# (bare object, cue takes a clause, is a count, why)
COUNT_CASES = [
    ("two goals in the third period", True, True, "a number and a score noun"),
    ("an empty-net goal with 1:12 left", True, True, "a score noun after a modifier; a participle closes it"),
    ("a dividend of 25 cents per share", False, True, "a business result, even after an object cue"),
    ("0.3 per cent to close at 20,145", True, True, "an amount after a clause cue"),
    ("a well-earned 22-7 victory at the stadium", True, True, "a game's score"),
    ("a two-run home run, picking up his first hit", True, True, "the noun phrase ends at its comma"),
    ("two men were arrested near the harbour", True, False, "a number opening a clause"),
    ("the goal was offside", True, False, "a score noun as a clause's subject"),
    ("the main goal of the effort is to reach every voter", True, False, "a subject with its verb further on"),
    ("four of his kids will also speak", True, False, "a number, then the verb"),
    ("he expected a rebound", True, False, "a pronoun opens a clause"),
    ("runs the risk of leaving voters behind", True, False, "a verb whose subject is left out"),
    ("four years ago about the phrase", True, False, "a number before a unit of time"),
    ("$90 million in incentives", False, False, "an amount after an object cue (promised) is what was promised"),
    ("a 2013 memo by the inspector general", True, False, "a year is no count"),
]


@pytest.mark.parametrize(("text", "clause_cue", "expected", "why"), COUNT_CASES, ids=[c[3] for c in COUNT_CASES])
def test_senses_count_objects(text: str, clause_cue: bool, expected: bool, why: str) -> None:
    assert is_count_object(text, clause_cue) is expected, why


def test_senses_report_keeps_its_results() -> None:
    assert is_count_object("a profit of $1.78 per share", True, results=False) is False


@pytest.mark.parametrize(("text", "expected"), [
    ("from Washington", True), ("by the council on other issues", True), ("in April while promoting a film", True), ("to the mayor of Port Ellis", True),
    ("to ban all imports", False), ("in a column, doing interviews gives her an edge", False),
    ("on acting now", False), ("in his opinion the structure is sound", False),
])
def test_senses_place_time_or_addressee(text: str, expected: bool) -> None:
    assert opens_without_clause(text) is expected


@pytest.mark.parametrize(("subject", "expected"), [
    ("The composite index", True), ("Oil prices", True), ("Gold", False), ("Ms. Price", False), ("The minister", False),
])
def test_senses_market_subjects(subject: str, expected: bool) -> None:
    assert is_market_subject(subject) is expected


@pytest.mark.parametrize(("tail", "expected"), [
    (" in his opinion the structure is sound.", True), (" in a statement on Tuesday.", False),
    (" at a meeting where he was asked about it.", False), (" on Friday.", False),
])
def test_senses_tail_holds_clause(tail: str, expected: bool) -> None:
    assert tail_holds_clause(tail) is expected
