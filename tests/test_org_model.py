"""The learned organization tagger: tokens, name runs, decoding, training, the shipped weights.

Every sentence and the small training corpus here are invented for the tests.
"""
from __future__ import annotations

import gzip
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressroom.cli import main as cli_main
from pressroom.extract import load_org_lexicon, load_org_model
from pressroom.extract.acronyms import find_acronym_definitions
from pressroom.extract.org_features import DocContext, rule_marks, shape
from pressroom.extract.org_model import B, I, O, OrgModel, model_from_dict, model_to_dict, read_model
from pressroom.extract.org_tokens import RUN_CONNECTORS, name_runs, tokenize
from pressroom.extract.org_words import STOP_WORDS
from pressroom.extract.orgs import find_organizations


def _unique(cases):
    bodies = [c[0] for c in cases]
    assert len(bodies) == len(set(bodies)), "duplicate case"
    return cases


# --- tokens and runs ---------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab c.D'’s&-\n(1)\u00e9Z,")), max_size=80))
def test_org_tokens_cover_the_text_in_order(body):
    toks = tokenize(body)
    last = 0
    for t in toks:
        assert body[t.start:t.end] == t.text
        assert t.start >= last and t.text.strip() == t.text and t.text
        last = t.end
    # nothing but whitespace is left out
    assert "".join(body[a.end:b.start] for a, b in zip(toks, toks[1:])).strip() == ""


_REFERENCE_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:[&'\u2019\-.][^\W_]+)*|\S")


def _reference_tokens(body):
    """The tokens by their definition: each match, a final possessive split off."""
    out = []
    for m in _REFERENCE_TOKEN.finditer(body):
        s, e = m.span()
        if e - s > 2 and m.group()[-2:] in ("'s", "\u2019s", "'S", "\u2019S"):
            out += [(s, e - 2), (e - 2, e)]
        else:
            out.append((s, e))
    return out


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab sS.'\u2019&-_ \n1")), max_size=60))
def test_org_tokens_match_their_definition(body):
    # the one-pass tokenizer (findall, then offsets by find) splits exactly as
    # matching word by word and cutting a final possessive does
    assert [(t.start, t.end) for t in tokenize(body)] == _reference_tokens(body)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab c.D'of the\nZ,")), max_size=80))
def test_org_tokens_runs_start_and_end_capitalised_within_a_line(body):
    toks = tokenize(body)
    for a, b in name_runs(body, toks):
        assert toks[a].text[0].isupper() and toks[b - 1].text[0].isupper()
        assert toks[a].text not in STOP_WORDS
        assert toks[b - 1].text not in RUN_CONNECTORS
        assert "\n" not in body[toks[a].start:toks[b - 1].end]


RUNS = _unique([
    ("The Council on American-Islamic Relations said so.", ["Council on American-Islamic Relations"],
     "connectors inside a name; a sentence-opening word is off the run"),
    ("But Miner Vantorix said so.", ["Vantorix"], "opening words and descriptors are off the run's start"),
    ("Shares of Vantorix rose.", ["Shares of Vantorix"], "a connector followed by a capital joins"),
    ("Vantorix of the year", ["Vantorix"], "connectors not followed by a capital end a run"),
    ("Enron's board met.", ["Enron"], "the possessive is split off and ends the run"),
    ("Bank of\nAmerica", ["Bank", "America"], "a run never crosses a line"),
    ("the U.S. Senate Banking Committee voted", ["U.S. Senate Banking Committee"], "initials are one token"),
])


@pytest.mark.parametrize("body,expected,why", RUNS)
def test_org_tokens_name_runs(body, expected, why):
    toks = tokenize(body)
    assert [body[toks[a].start:toks[b - 1].end] for a, b in name_runs(body, toks)] == expected, why


def test_org_model_fast_scores_equal_the_feature_strings(model, lexicon):
    body = ("Shares of Vantorix Holdings rose. President Dana Whitfield said the World Health Organization (WHO) "
            "and Morvale Capital agreed.\n\nThe Coastal Fisheries Bureau said Vantorix would hire.")
    from pressroom.extract.org_features import token_features
    from pressroom.extract.orgs import rule_spans
    toks = tokenize(body)
    marks = rule_marks(toks, rule_spans(body, lexicon))
    ctx = DocContext(toks, frozenset({"WHO"}), marks)
    for a, b in name_runs(body, toks):
        slow = [model.emissions(token_features(toks, i, a, b, marks, ctx)) for i in range(a, b)]
        fast = model.run_scores(toks, a, b, marks, ctx)
        assert all(abs(x - y) < 1e-9 for s, f in zip(slow, fast) for x, y in zip(s, f))


def test_org_features_shape():
    assert [shape(w) for w in ("Xinhua", "WHO", "U.S.", "3M", "McDonald")] == ["Xx", "X", "X.X.", "dX", "XxXx"]


def test_org_features_person_titles_mark_names_elsewhere():
    toks = tokenize("President Dana Whitfield spoke. Whitfield said Whitfield Foods grew.")
    ctx = DocContext(toks, frozenset())
    assert {"Dana", "Whitfield"} <= ctx.persons and "Foods" not in ctx.persons


def test_org_features_rule_marks_begin_and_inside():
    body = "The Coastal Fisheries Bureau met."
    toks = tokenize(body)
    marks = rule_marks(toks, [(4, 28, 3)])
    assert marks == [0, 3 | 4, 3, 3, 0, 0]


# --- decoding ------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(*[st.floats(-5, 5)] * 3), min_size=1, max_size=8),
       st.lists(st.floats(-3, 3), min_size=9, max_size=9), st.lists(st.floats(-3, 3), min_size=3, max_size=3))
def test_org_model_decode_never_opens_with_inside(scores, trans, start):
    m = OrgModel({}, [trans[0:3], trans[3:6], trans[6:9]], start, {})
    tags = m.decode(scores)
    assert len(tags) == len(scores) and tags[0] != I
    assert all(not (a == O and b == I) for a, b in zip(tags, tags[1:]))


def test_org_model_decode_finds_the_best_path():
    # emissions favour B I O; a transition penalty on B->I is outweighed
    m = OrgModel({}, [[0, 0, 0], [0, 0, -1], [0, 0, 0]], [0, 0, 0], {})
    assert m.decode([(0, 5, 0), (0, 0, 5), (5, 0, 0)]) == [B, I, O]


def test_org_model_round_trips_through_its_file(tmp_path):
    m = OrgModel({"w=acme": (0.0, 1.5, -0.5)}, [[0.0] * 3] * 3, [0.0, 0.1, -9.0], {"seed": 1})
    path = tmp_path / "m.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(model_to_dict(m), fh)
    again = read_model(str(path))
    assert again.weights == m.weights and again.start == m.start and again.meta == {"seed": 1}
    with pytest.raises(ValueError, match="format"):
        model_from_dict({"format": 99})


# --- the shipped model -----------------------------------------------------------

def test_org_model_shipped_weights_say_where_they_came_from(model):
    assert model is load_org_model()   # loaded once per process
    assert model.meta["corpus"] == "orgs-train" and model.meta["seed"] == 13
    assert model.meta["documents"] == 1671 and len(model.weights) > 10_000


LEARNED = _unique([
    ("Analysts at Morvale Capital said the deal was priced well.",
     {"Morvale Capital": ["Morvale Capital"]}, "a firm named by context, no institution word"),
    ("The Council on American-Islamic Relations condemned the attack.",
     {"Council on American-Islamic Relations": ["Council on American-Islamic Relations"]},
     "a name whose head is not an institution word"),
    ("China's Ministry of Commerce said on Tuesday.", {"Ministry of Commerce": ["Ministry of Commerce"]},
     "the possessive of a country is not part of the name"),
])


@pytest.mark.parametrize("body,expected,why", LEARNED)
def test_org_model_finds_names_the_rules_miss(body, expected, why, lexicon, model):
    found = {o.name: [m.text for m in o.mentions] for o in find_organizations(body, lexicon, model)}
    assert found == expected, why


NOT_ORGS = _unique([
    ("President Obama met Mr. Kellerman in Ohio. Obama said the talks went well.", "people named after titles"),
    ("Mary Lee (CEO) spoke at length about the plan.", "a person and a role acronym"),
])


@pytest.mark.parametrize("body,why", NOT_ORGS)
def test_org_model_people_are_not_organizations(body, why, lexicon, model):
    assert find_organizations(body, lexicon, model) == (), why


# Known misses of the shipped model (issue 20's kinds); strict: a fix must move them up.
# (`Shares of Vantorix rose ...`, a one-word company nobody listed, is found since the
# context evidence of org_context: tests/test_org_context.py.)
KNOWN_MISSES = _unique([
    ("A spokesman for Brennholt Brewing declined to comment.", "Brennholt Brewing", "a brewer by its trade word"),
    ("Members of Civic Passion marched to the government offices on Sunday.", "Civic Passion",
     "a party with no institution word"),
    ("He joined the Church of Scientology in 1990.", "Church of Scientology", "a church"),
    ("The Irving Independent School District closed its schools.", "Irving Independent School District",
     "the boundary stops at School"),
])


@pytest.mark.xfail(strict=True, reason="known misses of the learned tagger (README, Quality)")
@pytest.mark.parametrize("body,name,why", KNOWN_MISSES)
def test_org_model_known_misses(body, name, why, lexicon, model):
    assert name in {o.name for o in find_organizations(body, lexicon, model)}, why


# --- acronyms on top of the tagger ---------------------------------------------------

ACRONYM_CASES = _unique([
    ("He led the National Alliance (AN) for years. AN won.",
     {"National Alliance": ("AN", ["National Alliance", "AN", "AN"])},
     "letters from another language beside an organization-shaped name"),
    ("USI students rallied on Monday. The University of Southern Indiana said the USI campus was closed.",
     {"University of Southern Indiana": ("USI", ["USI", "University of Southern Indiana", "USI"])},
     "an undefined acronym spelling the initials of a named organization, before and after it"),
    ("John Smith (AP) wrote a story.", {"Associated Press": ("AP", ["AP"])},
     "a person's name is no long form of an agency credit"),
    ("The University of Southern Indiana and the USA.",
     {"University of Southern Indiana": (None, ["University of Southern Indiana"])},
     "other capitals are not an initialism"),
])


@pytest.mark.parametrize("body,expected,why", ACRONYM_CASES)
def test_org_model_acronyms(body, expected, why, lexicon, model):
    found = {o.name: (o.acronym, [m.text for m in o.mentions]) for o in find_organizations(body, lexicon, model)}
    assert found == expected, why


def test_org_model_short_form_and_a_word_before_its_long_form():
    body = "Teams entered the FIRST competition (For Inspiration and Recognition of Science and Technology)."
    [d] = find_acronym_definitions(body)
    assert (d.short, d.long) == ("FIRST", "For Inspiration and Recognition of Science and Technology")
    assert find_acronym_definitions("They entered the FIRST round (Group Stage).") == []


# --- training ---------------------------------------------------------------------

_COMPANIES = ["Arlenta", "Brovik", "Calmer Works", "Dastry Group", "Eskel", "Fennimore Labs"]
_PEOPLE = ["Ada Brooks", "Ben Osei", "Cara Lind", "Dev Patel", "Eli Moss", "Fay Wong"]


def _write_corpus(root):
    (root / "text").mkdir(parents=True)
    (root / "gold").mkdir()
    for n, (org, person) in enumerate(zip(_COMPANIES * 3, _PEOPLE[1:] * 3 + _PEOPLE[:1] * 3)):
        body = f"Shares of {org} rose on Monday. Ms. {person} said {org} would hire more staff.\n"
        spans = [(body.index(org), body.index(org) + len(org)), (body.rindex(org), body.rindex(org) + len(org))]
        (root / "text" / f"doc{n}.txt").write_text(f"Title {n}\n\n{body}", encoding="utf-8")
        gold = {"source_path": f"doc{n}.txt", "organizations": [
            {"name": org, "acronym": None, "surface_forms": [org],
             "mentions": [{"start": s, "end": e, "text": org} for s, e in spans]}]}
        (root / "gold" / f"doc{n}.json").write_text(json.dumps(gold), encoding="utf-8")


def test_org_model_training_is_deterministic_and_fits(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus)
    a, b = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    assert cli_main(["train", "orgs", "--corpus", str(corpus), "--out", str(a), "--epochs", "10"]) == 0
    assert cli_main(["train", "orgs", "--corpus", str(corpus), "--out", str(b), "--epochs", "10"]) == 0
    assert a.read_bytes() == b.read_bytes()
    trained = read_model(str(a))
    assert trained.meta["documents"] == 18 and trained.meta["epochs"] == 10
    body = "Shares of Eskel rose on Monday. Ms. Cara Lind said Eskel would hire more staff.\n"
    names = {o.name for o in find_organizations(body, load_org_lexicon(), trained)}
    assert names == {"Eskel"}


def test_org_model_cross_validation_reports_both_systems(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus)
    assert cli_main(["train", "orgs", "--corpus", str(corpus), "--folds", "3", "--epochs", "3"]) == 0
    out = capsys.readouterr().out
    assert "3-fold all" in out and "model P=" in out and "rules P=" in out


@pytest.mark.parametrize("args", [
    ["train", "orgs", "--corpus", "{tmp}", "--folds", "0"],
    ["train", "orgs", "--corpus", "{tmp}/nowhere", "--out", "{tmp}/m.json.gz"],
    ["train", "orgs", "--corpus", "{tmp}"],
])
def test_org_model_train_usage_errors(args, tmp_path, capsys):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    try:
        code = cli_main(argv)
    except SystemExit as exc:
        code = exc.code
    assert code == 2
    assert not (tmp_path / "m.json.gz").exists()
