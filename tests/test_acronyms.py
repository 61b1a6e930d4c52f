"""Acronym shapes and Schwartz-Hearst definitions (pressroom.extract.acronyms)."""
from __future__ import annotations

import pytest

from pressroom.extract.acronyms import best_long_form, find_acronym_definitions, is_acronym


def _unique(cases):
    """Guard against copy-paste duplicates in a case table."""
    inputs = [c[0] for c in cases]
    assert len(inputs) == len(set(inputs)), "duplicate case"
    return cases


IS_ACRONYM = _unique([
    ("CPC", True, "plain capitals"),
    ("U.N.", True, "dotted capitals"),
    ("G20", True, "a capital plus digits"),
    ("AT&T", True, "ampersand inside"),
    ("PBoC", True, "mostly capitals"),
    ("Who", False, "a capitalised word is not an acronym"),
    ("I", False, "one letter"),
    ("Beijing", False, "a name"),
    ("UNPRECEDENTED", False, "too long for the acronym shape"),
])


@pytest.mark.parametrize(("token", "expected", "why"), IS_ACRONYM)
def test_acronyms_is_acronym(token, expected, why):
    assert is_acronym(token) is expected, why


LONG_FORMS = _unique([
    ("NHC", "the National Health Commission", "National Health Commission", "articles are left out"),
    ("CPC", "Department of the Communist Party of China", "Communist Party of China", "shortest suffix wins"),
    ("ASEAN", "the Association of Southeast Asian Nations", "Association of Southeast Asian Nations",
     "letters may come from inside words"),
    ("NASA", "by the National Aeronautics and Space Administration", "National Aeronautics and Space Administration",
     "connector words are skipped"),
    ("XYZ", "the Ministry of Commerce", None, "letters that do not spell the acronym"),
])


@pytest.mark.parametrize(("short", "text", "expected", "why"), LONG_FORMS)
def test_acronyms_best_long_form(short, text, expected, why):
    start = best_long_form(short, text)
    assert (None if start is None else text[start:]) == expected, why


DEFINITIONS = _unique([
    ("Officials of the Water Resources Agency (WRA) met.", [("WRA", "Water Resources Agency")],
     "Full Name (ABC)"),
    ("The WRA (Water Resources Agency) said so.", [("WRA", "Water Resources Agency")], "ABC (Full Name)"),
    ("Cases of severe acute respiratory syndrome (SARS) fell.", [], "a lower-case term is not a name"),
    ("It grew 5 percent (GDP) last year.", [], "letters that do not match"),
    ("The Office of the Harbour Trust (OHT) Board met.", [("OHT", "Office of the Harbour Trust")],
     "a definition inside a longer name still counts"),
    ("He spoke (briefly) to the press.", [], "ordinary parentheses"),
    ("A Lakeland-Harbour Safety Board (HSB) team arrived.", [("HSB", "Harbour Safety Board")],
     "a hyphenated prefix before the name is not part of the long form"),
    ("The Coastal Council on Trade and Development (CCTD) met.",
     [("CCTD", "Coastal Council on Trade and Development")],
     "word initials beat letters taken from inside a word"),
])


@pytest.mark.parametrize(("body", "expected", "why"), DEFINITIONS)
def test_acronyms_find_definitions(body, expected, why):
    defs = find_acronym_definitions(body)
    assert [(d.short, d.long) for d in defs] == expected, why
    for d in defs:
        assert body[d.short_start:d.short_end] == d.short
        assert body[d.long_start:d.long_end] == d.long
