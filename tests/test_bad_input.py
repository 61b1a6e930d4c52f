"""Bad input never crashes and is never lost: each fixture becomes the article or
the reject that tests/fixtures/bad/cases.json says."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressroom import io
from pressroom.process import ExtractOptions, process_batch, process_file
from pressroom.records import ExtractedArticle, Reason, Reject, Stage

BAD = Path(__file__).parent / "fixtures" / "bad"
SAMPLES = Path(__file__).parents[1] / "raw"
CASES = json.loads((BAD / "cases.json").read_text(encoding="utf-8"))
OPTIONS = ExtractOptions(raise_errors=True)


def _raw(name: str):
    [raw] = [f for f in io.discover(BAD) if f.rel_path == name]
    return raw


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_case(name: str, lexicon) -> None:
    expected = CASES[name]
    result = process_file(_raw(name), OPTIONS, lexicon)
    if "reject" in expected:
        assert isinstance(result, Reject), f"{name} should be rejected, got an article"
        assert (result.stage.value, result.reason.value) == (expected["reject"]["stage"], expected["reject"]["reason"])
        assert result.message
        return
    assert isinstance(result, ExtractedArticle), f"{name}: {result}"
    want, art = expected["article"], result.article
    for piece in want["body_contains"]:
        assert piece in art.body, f"{name}: {piece!r} not in body"
    assert "\ufffd" not in art.body and "\x00" not in art.body and "\u00a0" not in art.body
    assert "\r" not in art.body
    if "encoding" in want:
        assert result.source_encoding == want["encoding"]
    if "title" in want:
        assert art.title == want["title"]
    if "paragraph_count" in want:
        assert art.body.count("\n\n") + 1 == want["paragraph_count"]
    if "updated_at" in want:
        assert art.updated_at is None and art.published_at is None
    if "warning_prefix" in want:
        assert any(w.startswith(want["warning_prefix"]) for w in art.warnings), art.warnings
    for q in result.quotes:
        assert art.body[q.start:q.end] == q.text


def test_bad_input_too_large_is_refused_unread(tmp_path: Path, lexicon) -> None:
    with (tmp_path / "huge.txt").open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    [raw] = io.discover(tmp_path)
    result = process_file(raw, ExtractOptions(max_file_bytes=20 * 1024 * 1024), lexicon)
    assert isinstance(result, Reject) and (result.stage, result.reason) == (Stage.READ, Reason.TOO_LARGE)


def test_bad_input_internal_error_becomes_reject(monkeypatch, lexicon) -> None:
    import pressroom.process as process

    def boom(*_args, **_kwargs):
        raise RuntimeError("simulated bug")

    for step in ("find_organizations", "find_quotes"):
        with monkeypatch.context() as patch:
            patch.setattr(process, step, boom)
            result = process_file(_raw("utf8.txt"), ExtractOptions(), lexicon)
            assert isinstance(result, Reject), step
            assert (result.stage, result.reason) == (Stage.EXTRACT, Reason.INTERNAL_ERROR)
            assert "simulated bug" in result.message
            with pytest.raises(RuntimeError):
                process_file(_raw("utf8.txt"), ExtractOptions(raise_errors=True), lexicon)


def test_bad_input_a_bug_in_one_file_of_a_batch_rejects_that_file_only(monkeypatch, lexicon) -> None:
    """A batch runs stage by stage; a file that fails in one stage is a reject, the others go on."""
    import pressroom.process as process

    files = [f for f in io.discover(BAD) if f.rel_path in CASES]
    expected = process_batch(files, ExtractOptions(), lexicon)
    bodies = [a.article.body for a in expected.articles]
    victim = next(a for a in expected.articles if bodies.count(a.article.body) == 1)
    real = process.find_organizations

    def fails_on_one_body(body, lex, model=None):
        if body == victim.article.body:
            raise RuntimeError("simulated bug")
        return real(body, lex, model)

    monkeypatch.setattr(process, "find_organizations", fails_on_one_body)
    batch = process_batch(files, ExtractOptions(), lexicon)
    [failed] = [r for r in batch.rejects if r.reason == Reason.INTERNAL_ERROR]
    assert (failed.source_path, failed.stage) == (victim.source_path, Stage.EXTRACT)
    assert batch.articles == tuple(a for a in expected.articles if a is not victim)
    assert batch.rejects == tuple(sorted(expected.rejects + (failed,), key=lambda r: files.index(
        next(f for f in files if f.rel_path == r.source_path))))


def test_bad_input_a_batch_gives_each_file_what_process_file_gives_it(lexicon) -> None:
    files = [f for f in io.discover(BAD)] + io.discover(SAMPLES)
    batch = process_batch(files, ExtractOptions(), lexicon)
    one_by_one = [process_file(f, ExtractOptions(), lexicon) for f in files]
    assert batch.articles == tuple(r for r in one_by_one if not isinstance(r, Reject))
    assert batch.rejects == tuple(r for r in one_by_one if isinstance(r, Reject))
    assert len(batch.articles) >= 2 and batch.rejects
    assert set(batch.seconds) == {"read", "decode", "parse", "organizations", "quotes"}


def test_bad_input_every_file_accounted_for(lexicon) -> None:
    files = [f for f in io.discover(BAD) if f.rel_path in CASES]
    batch = process_batch(files, ExtractOptions(), lexicon)
    assert len(batch.articles) + len(batch.rejects) == len(files) == len(CASES)
