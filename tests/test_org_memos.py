"""Memoised and fast-path helpers of organization extraction give the same results as the full path."""
from __future__ import annotations

from pressroom.extract.acronyms import find_acronym_definitions
from pressroom.extract.orgs import _canonical_text, _descriptor_length


def test_repeated_definition_gets_offsets_of_each_body():
    # the sentence-level search is memoised: offsets must still be this body's
    sentence = "The World Health Organization (WHO) said so."
    first = find_acronym_definitions(sentence)
    later = find_acronym_definitions("Earlier news.\n" + sentence)
    assert [(d.long, d.long_start) for d in first] == [("World Health Organization", 4)]
    assert [(d.long, d.long_start) for d in later] == [("World Health Organization", 18)]


def test_canonical_text_without_parenthesis_only_normalises_spaces():
    body = "Department of the Communist Party of China (CPC) Central Committee"
    defs = find_acronym_definitions(body)
    assert _canonical_text(body, 0, defs) == "Department of the CPC Central Committee"
    assert _canonical_text("National  Health\nCommission", 0, defs) == "National Health Commission"


def test_descriptor_length():
    assert _descriptor_length("Chinese Foreign Ministry") == len("Chinese ")
    assert _descriptor_length("Chinese Academy of Sciences") == 0
    assert _descriptor_length("Ministry") == 0
