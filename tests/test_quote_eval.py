"""`pressroom eval quotes`: gold loading, the fixed fit/held split and scoring, on a corpus written here."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from pressroom.evaluate.quotes import in_split, load_gold, predict, score

TEXT = (
    "Harbour council votes on ferry fares\n\n"
    "The mayor said the ferry fares would stay the same next year.\n\n"
    '"We will not raise them," said councillor Ida Berg. "Not this year."\n\n'
    "Harbour added two goals in the third period.\n"
)


def _ann(text: str, items: list[tuple[tuple[str, ...], str, str]]) -> str:
    """brat lines for (content parts, cue, source) triples, each found after the previous one."""
    lines, t, pos = [], 0, text.index("\n\n")
    for n, (parts, cue, source) in enumerate(items, 1):
        spans = []
        for part in parts:
            c = text.index(part, spans[-1][1] if spans else pos)
            spans.append((c, c + len(part)))
        q = text.index(cue, pos)
        s = text.index(source, pos)
        pos = min(spans[0][0], q, s) + 1
        ranges = ";".join(f"{a} {b}" for a, b in spans)
        lines += [f"T{t + 1}\tContent {ranges}\t{' '.join(parts)}",
                  f"T{t + 2}\tCue {q} {q + len(cue)}\t{cue}",
                  f"T{t + 3}\tSource {s} {s + len(source)}\t{source}",
                  f"T{t + 4}\tAttribution {q} {q + len(cue)}\t{cue}",
                  f"E{n}\tAttribution:T{t + 4} Content:T{t + 1} Cue:T{t + 2} Source:T{t + 3}"]
        t += 4
    return "\n".join(lines) + "\n"


def _corpus(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "harbour.txt").write_text(TEXT, encoding="utf-8")
    items = [(("the ferry fares would stay the same next year",), "said", "The mayor"),
             (("We will not raise them,", "Not this year."), "said", "Ida Berg")]
    (root / "attributions" / "harbour_a.ann").write_text(_ann(TEXT, items), encoding="utf-8")
    return root


def test_quote_eval_gold_kinds_and_a_perfect_score(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c")
    gold = load_gold(corpus)
    assert [(g["kind"], g["source"]) for g in gold["harbour.txt"]] == [("indirect", "The mayor"), ("direct", "Ida Berg")]
    res, _ = score(gold, predict(corpus))
    r3 = res["at_0.3"]
    # The split quotation's two rows match its one gold statement together; the goals row must not exist.
    assert (r3["precision"], r3["recall"], r3["speaker_acc"]) == (1.0, 1.0, 1.0)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz_-0123456789", min_size=1, max_size=30))
def test_quote_eval_split_is_a_partition(name: str) -> None:
    name += ".txt"
    assert in_split(name, "all")
    assert in_split(name, "fit") != in_split(name, "held")


def test_quote_eval_held_split_is_about_a_fifth() -> None:
    names = [f"article-{i}.txt" for i in range(2000)]
    held = sum(in_split(n, "held") for n in names)
    assert 300 < held < 500


def test_quote_eval_split_filters_gold(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c")
    side = "held" if in_split("harbour.txt", "held") else "fit"
    other = "fit" if side == "held" else "held"
    assert set(load_gold(corpus, side)) == {"harbour.txt"}
    assert load_gold(corpus, other) == {}
