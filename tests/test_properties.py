"""Invariants under random input (hypothesis): nothing escapes, nothing is lost,
every span points into its body, ids depend on content only."""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressroom import io, storage
from pressroom.extract import load_org_lexicon
from pressroom.process import ExtractOptions, process_file
from pressroom.records import ExtractedArticle, Reject

SAMPLES = sorted((Path(__file__).parents[1] / "raw").glob("*.txt"))
SAMPLE_BYTES = [p.read_bytes() for p in SAMPLES]
LEXICON = load_org_lexicon()
STRICT = ExtractOptions(raise_errors=True)  # any exception is a bug and fails the test
_counter = itertools.count()


# Fragments that stress decoding, normalisation, quotes and dates.
INSERTS = [
    b"\r\n", b"\x00", "\u00a0".encode(), "\u201c".encode(), b'"', b"\n\n\n", b"said", b"(WHO)",
    "\u2019".encode(), b"\xff", b" -- ", b"Updated 99:99, 31-Feb-2023\n",
]


@st.composite
def mutated_sample(draw) -> bytes:
    """A sample article with random cuts, insertions and byte flips."""
    data = bytearray(draw(st.sampled_from(SAMPLE_BYTES)))
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["cut", "insert", "flip", "truncate"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "cut":
            del data[at:at + draw(st.integers(1, 400))]
        elif op == "insert":
            piece = draw(st.sampled_from(INSERTS))
            data[at:at] = piece * draw(st.integers(1, 3))
        elif op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        else:
            del data[at:]
    return bytes(data)


ANY_INPUT = st.one_of(st.binary(max_size=3000), mutated_sample(),
                      st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")))


def _process(tmp_path: Path, data: bytes, name: str = "a.txt"):
    folder = tmp_path / f"case{next(_counter)}"
    folder.mkdir()
    (folder / name).write_bytes(data)
    [raw] = io.discover(folder)
    return process_file(raw, STRICT, LEXICON)


def _check_invariants(result) -> None:
    assert isinstance(result, (ExtractedArticle, Reject))
    if isinstance(result, Reject):
        assert result.message and result.reason
        return
    body = result.article.body
    assert result.article.title.strip()
    assert "\n\n\n" not in body and body == body.strip()
    assert all(p and p == p.strip() and "\n" not in p for p in body.split("\n\n")) or body == ""
    for q in result.quotes:
        assert body[q.start:q.end] == q.text and q.text
        assert body[:q.start].count("\n\n") == q.paragraph_index
    for org in result.organizations:
        for m in org.mentions:
            assert body[m.start:m.end] == m.text


@settings(max_examples=300)
@given(data=ANY_INPUT)
def test_properties_any_bytes_become_article_or_reject(tmp_path_factory, data: bytes) -> None:
    _check_invariants(_process(tmp_path_factory.mktemp("p"), data))


@settings(max_examples=50)
@given(data=mutated_sample(), name=st.from_regex(r"[a-z0-9_]{1,12}\.txt", fullmatch=True))
def test_properties_ids_independent_of_file_name(tmp_path_factory, data: bytes, name: str) -> None:
    root = tmp_path_factory.mktemp("ids")
    one, two = _process(root, data, "first.txt"), _process(root, data, name)
    if isinstance(one, ExtractedArticle):
        assert isinstance(two, ExtractedArticle) and one.article_id == two.article_id
        assert [q.text for q in one.quotes] == [q.text for q in two.quotes]
    else:
        assert isinstance(two, Reject) and two.reason == one.reason


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
@settings(max_examples=6)
@given(files=st.lists(ANY_INPUT, min_size=1, max_size=4))
def test_properties_flow_accounts_for_every_file(tmp_path_factory, files: list[bytes]) -> None:
    from flows.pipeline import pressroom_run
    from pressroom.revalidate import revalidate

    root = tmp_path_factory.mktemp("flow")
    raw = root / "raw"
    raw.mkdir()
    for i, data in enumerate(files):
        (raw / f"f{i}.txt").write_bytes(data)
    out = root / "out"
    summary = pressroom_run(raw=str(raw), output=str(out), progress=False)
    assert summary["articles_written"] + summary["rejects_written"] == len(files)
    articles = storage.read(str(out), "articles")
    rejects = storage.read(str(out), "rejects")
    assert articles.height + rejects.height == len(files)
    from datetime import datetime, timezone

    result, _ = revalidate(str(out), datetime.now(timezone.utc))
    assert result.ok, {t: r.failures for t, r in result.tables.items() if r.failures}
