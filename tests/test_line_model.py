"""The line model: features, trimming, the trainer's labels and determinism, `eval pages`.

The pages under tests/fixtures/pages/ are written for these tests in the
news-pages format (raw/NAME.txt, gold/NAME.json): two invented outlets,
`harbor` and `valley`, with the furniture real pages carry.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressroom.cli import main
from pressroom.evaluate.pages import load_pages, outlet_of, score_page
from pressroom.parse import body_region, parse_article
from pressroom.parse.line_features import LineStats, RegionContext, line_features
from pressroom.parse.line_model import LineModel, read_line_model, shipped_line_model
from pressroom.parse.line_words import MAY_ADDRESS_READER
from pressroom.records import ParsedArticle
from pressroom.train.lines import label_region, train_line_model

PAGES = Path(__file__).parent / "fixtures" / "pages"
RAW, GOLD = PAGES / "raw", PAGES / "gold"

TEXTS = [
    "Sign up for our newsletter",
    "PORT TOWN, May 2 (Xinhua) -- A ferry terminal opened on Tuesday in the port town, officials said.",
    "\"The old pier could not take the larger boats,\" said Chen Yu, who manages the terminal.",
    "Photo gallery",
    "The terminal will handle up to 8,000 passengers a day in summer, the port authority said.",
    "Hot Reads",
    "Museum reopens after repairs",
]
# A hand-set model: prose is text, a short unpunctuated line is not.
HAND = LineModel({"bias": -1.0, "prose": 4.0, "w3": -1.0, "end-": -1.0})


def _ctx(texts: list[str]) -> RegionContext:
    return RegionContext(texts, texts, "Ferry terminal opens")


def test_line_model_trims_both_edges_and_drops_furniture_inside() -> None:
    kept = HAND.keep(_ctx(TEXTS))
    assert [TEXTS[i] for i in kept] == [TEXTS[1], TEXTS[2], TEXTS[4]]


def test_a_line_talking_to_the_reader_or_opening_with_an_imperative_is_named_so() -> None:
    texts = ["Our mission is to deliver reporting that holds power to account and tells the truth.",
             "Follow the port authority on social media for ferry times and notices.",
             "\"We will open the pier next week,\" the harbour master said on Monday afternoon.",
             "The US and Canada signed the ferry agreement at the harbour office on Monday."]
    ctx = _ctx(texts)
    assert "reader" in line_features(ctx, 0) and "imperative" not in line_features(ctx, 0)
    assert "imperative" in line_features(ctx, 1)
    assert "reader" not in line_features(ctx, 2)        # a quoted speaker's "we"
    assert "reader" not in line_features(ctx, 3)        # "US" is the country


def test_a_long_sentence_talking_to_the_reader_at_an_edge_is_left_to_the_model() -> None:
    texts = ["Your donation allows us to keep sending reporters to the harbour and the ferry routes.", *TEXTS[1:3]]
    model = LineModel({"bias": -1.0, "prose": 4.0, "reader": -6.0})
    assert [texts[i] for i in model.keep(_ctx(texts))] == texts[1:]
    assert [texts[i] for i in HAND.keep(_ctx(texts))] == texts        # no reader weight: a sentence stays


def test_line_model_keeps_everything_when_no_line_reaches_the_edge_threshold() -> None:
    texts = ["Hot Reads", "Museum reopens after repairs"]
    assert HAND.keep(_ctx(texts)) == [0, 1]


def test_line_features_name_the_evidence() -> None:
    ctx = _ctx(TEXTS)
    first, dateline, last = line_features(ctx, 0), line_features(ctx, 1), line_features(ctx, 6)
    assert "n:dateline" in first and "first" in first and "end-" in first
    assert "dateline" in dateline and "prose" in dateline and "end." in dateline
    assert "last" in last and "n:none" in last and "p:short" in last
    assert "title" in line_features(RegionContext(["Ferry terminal opens"], [], "Ferry terminal opens"), 0)


def test_trainer_labels_lines_between_the_gold_edges_without_excluded_strings() -> None:
    page = next(p for p in load_pages(RAW, GOLD) if p.name.startswith("01_"))
    ctx = body_region(page.text)
    assert ctx is not None
    labels = label_region(ctx, page.article)
    assert labels is not None
    text_lines = [t for t, y in zip(ctx.texts, labels) if y]
    assert text_lines[0].startswith("NINGBO, May 2 (Xinhua) -- A new ferry terminal")
    assert text_lines[-1].endswith("the port authority said.")
    assert not any("Museum reopens" in t or "Hot Reads" in t for t in text_lines)
    assert sum(1 - y for y in labels) >= 2


def test_train_pages_writes_the_same_file_twice(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    for out in (a, b):
        assert main(["train", "pages", "--pages", str(RAW), str(GOLD), "--out", str(out)]) == 0
    assert a.read_bytes() == b.read_bytes()
    model = read_line_model(a)
    assert model.weights and model.meta["pages"] == 4 and model.meta["outlets"] == ["harbor", "valley"]


def test_train_pages_refuses_a_folder_as_its_output_file(tmp_path: Path) -> None:
    assert main(["train", "pages", "--pages", str(RAW), str(GOLD), "--out", str(tmp_path)]) == 2


def test_shipped_line_model_loads_and_names_its_training_pages() -> None:
    model = shipped_line_model()
    assert len(model.weights) > 10
    assert model.meta["pages"] >= 30 and len(model.meta["outlets"]) >= 10
    assert 0 < model.drop < model.edge < 1


def test_clean_article_files_never_reach_the_line_model() -> None:
    text = "A headline\n\nFirst paragraph of a clean file.\n\nShort line\n\nLast paragraph, as printed."
    everything_off = LineModel({"bias": -50.0})
    result = parse_article(text, line_model=everything_off)
    assert isinstance(result, ParsedArticle)
    assert result.body == parse_article(text, rules_only=True).body


def test_a_model_that_rejects_every_line_leaves_the_rules_region() -> None:
    page = next(p for p in load_pages(RAW, GOLD) if p.name.startswith("02_"))
    ruled = parse_article(page.text, rules_only=True)
    modelled = parse_article(page.text, line_model=LineModel({"bias": -50.0}))
    assert isinstance(ruled, ParsedArticle) and isinstance(modelled, ParsedArticle)
    assert modelled.body == ruled.body


def test_outlet_groups_come_from_the_file_name() -> None:
    assert outlet_of("07_xinhua_us_no_position") == "xinhua"
    assert {p.outlet for p in load_pages(RAW, GOLD)} == {"harbor", "valley"}


def test_leave_one_outlet_out_trains_without_the_held_out_outlet(monkeypatch: pytest.MonkeyPatch) -> None:
    from pressroom.evaluate import pages as evaluate_pages

    seen: list[set[str]] = []

    def spy(pages):
        seen.append({p.outlet for p in pages})
        return train_line_model(pages)

    scores = evaluate_pages.leave_one_outlet_out(load_pages(RAW, GOLD), spy)
    assert seen == [{"valley"}, {"harbor"}]
    assert len(scores) == 4


def test_eval_pages_scores_every_field_of_every_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pages.json"
    assert main(["eval", "pages", "--pages", str(RAW), str(GOLD), "--rules-only", "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["mode"] == "rules" and report["pages"] == 4 and report["fields_scored"] == 36
    assert set(report["outlets"]) == {"harbor", "valley"}
    assert "pages (rules): pages=4" in capsys.readouterr().out


def test_score_page_counts_a_rejected_page_as_all_misses(tmp_path: Path) -> None:
    raw, gold = tmp_path / "raw", tmp_path / "gold"
    raw.mkdir()
    gold.mkdir()
    (raw / "01_x_empty.txt").write_text("Share\nSearch Trends\n")
    article = json.loads((GOLD / "02_harbor_farm_exports.json").read_text())["article"]
    (gold / "01_x_empty.json").write_text(json.dumps({"source_path": "01_x_empty.txt", "article": article}))
    score = score_page(load_pages(raw, gold)[0])
    assert score.right == 0 and score.scored == 9 and score.misses[0].startswith("REJECTED")


def test_eval_pages_refuses_a_missing_folder(tmp_path: Path) -> None:
    assert main(["eval", "pages", "--pages", str(tmp_path / "nope"), str(GOLD)]) == 2


def test_a_glued_wire_sign_off_does_not_make_the_last_paragraph_furniture() -> None:
    texts = ["The terminal opened on Tuesday, officials said.",
             "The port will add a second pier next year, the first sign that traffic could double. REUTERS"]
    feats = line_features(_ctx(texts), 1)
    assert "prose" in feats and "end." in feats


_WORDS = ["you", "You", "YOU", "our", "Ours", "us", "Us", "US", "we", "WE", "follow", "Follow", "SUBSCRIBE",
          "the", "pier", "ferries", "said", "\u201c", "\u201d", "\u2022", ",", "."]


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(" ".join))
def test_the_blurb_precheck_never_hides_a_line_the_stats_call_a_blurb(text: str) -> None:
    stats = LineStats(text)
    if stats.reader or stats.imperative:
        assert MAY_ADDRESS_READER.search(text), text
