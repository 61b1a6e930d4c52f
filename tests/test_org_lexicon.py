"""The curated organization list: TSV parsing, packaged data, matching."""
from __future__ import annotations

from pathlib import Path

import pytest

from pressroom.extract.org_lexicon import load_org_lexicon, parse_lexicon
from pressroom.records import ORG_TYPES

SMALL_TSV = "\n".join([
    "# a comment line",
    "",
    "Harbour Trust of Eastland\tHTE\tEastland Harbour Trust|Harbour Trust\tgovernment\tEastland",
    "Lakeside Broadcasting Company\tLBC\t\tmedia\t",
    "\tNONAME\t\tother\t",                       # no name: skipped
    "Bad Type Society\t\t\tclub\t",               # unknown org_type: skipped
    "Eastland Harbour Trust Museum\t\t\t\t",      # only a name
])


@pytest.fixture(scope="module")
def small():
    return parse_lexicon(SMALL_TSV)


@pytest.fixture(scope="module")
def packaged():
    return load_org_lexicon()


def test_org_lexicon_parse_skips_comments_and_malformed_lines(small):
    assert [e.name for e in small.entries] == [
        "Harbour Trust of Eastland", "Lakeside Broadcasting Company", "Eastland Harbour Trust Museum"]
    first = small.entries[0]
    assert (first.acronym, first.aliases, first.org_type, first.country) == (
        "HTE", ("Eastland Harbour Trust", "Harbour Trust"), "government", "Eastland")


LOOKUPS = [
    ("HTE", "Harbour Trust of Eastland", "acronym"),
    ("Eastland Harbour Trust", "Harbour Trust of Eastland", "alias"),
    ("harbour trust of eastland", "Harbour Trust of Eastland", "canonical name, any case"),
    ("hte", None, "acronyms are case-sensitive"),
    ("Harbour", None, "a partial name is unknown"),
]


@pytest.mark.parametrize(("text", "expected", "why"), LOOKUPS)
def test_org_lexicon_entry_for(small, text, expected, why):
    entry = small.entry_for(text)
    assert (entry.name if entry else None) == expected, why


SCANS = [
    ("The Eastland Harbour Trust said", [("Eastland Harbour Trust", "Harbour Trust of Eastland")],
     "an alias"),
    ("the Eastland Harbour Trust Museum opened", [("Eastland Harbour Trust Museum", "Eastland Harbour Trust Museum")],
     "longest form at a position wins"),
    ("who said HTE would", [("HTE", "Harbour Trust of Eastland")], "case-sensitive acronym"),
    ("HTEX and HTE-run and xHTE", [], "no match inside a longer word or before a hyphen"),
    ("LBC and the Harbour Trust", [("LBC", "Lakeside Broadcasting Company"), ("Harbour Trust", "Harbour Trust of Eastland")],
     "several forms, in text order"),
]


@pytest.mark.parametrize(("body", "expected", "why"), SCANS)
def test_org_lexicon_scan(small, body, expected, why):
    found = small.scan(body)
    assert [(body[s:e], entry.name) for s, e, entry in found] == expected, why


def test_org_lexicon_scan_folds_curly_apostrophes():
    lex = parse_lexicon("Workers' Union of Eastland\t\t\tngo\t")
    body = "the Workers\u2019 Union of Eastland met"
    [(start, end, entry)] = lex.scan(body)
    assert body[start:end] == "Workers\u2019 Union of Eastland" and entry.name == "Workers' Union of Eastland"


def test_org_lexicon_packaged_list_is_large_and_well_formed(packaged):
    assert len(packaged.entries) >= 300
    assert all(e.org_type in ORG_TYPES for e in packaged.entries)
    names = [e.name.casefold() for e in packaged.entries]
    assert len(names) == len(set(names)), "duplicate canonical names"
    # a possessor is never part of a name ("China's National Health Commission")
    forms = [f for e in packaged.entries for f in (e.name, *e.aliases)]
    assert not [f for f in forms if "'s " in f and f.split("'s ")[0].split()[-1] in {"China", "Japan", "Russia"}]


PACKAGED = [
    ("UN", "United Nations", "acronym"),
    ("U.N.", "United Nations", "dotted acronym"),
    ("Chinese Communist Party", "Communist Party of China", "alias"),
    ("CPC", "Communist Party of China", "party acronym"),
    ("WHO", "World Health Organization", "agency acronym"),
    ("Xinhua", "Xinhua News Agency", "short media name"),
]


@pytest.mark.parametrize(("text", "expected", "why"), PACKAGED)
def test_org_lexicon_packaged_identities(packaged, text, expected, why):
    assert packaged.entry_for(text).name == expected, why


def test_org_lexicon_user_file_replaces_packaged(tmp_path: Path):
    path = tmp_path / "mine.tsv"
    path.write_text(SMALL_TSV, encoding="utf-8")
    lex = load_org_lexicon(str(path))
    assert len(lex.entries) == 3 and lex.entry_for("WHO") is None
