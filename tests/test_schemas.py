"""Schemas: each accepts a good frame and names the check a bad row violates;
the Pandera models and the Arrow schemas written to Delta agree."""
from __future__ import annotations

from datetime import datetime, timezone

import polars as pl
import pytest

from pressroom import arrow_tables, ids
from pressroom.records import ExtractedArticle, Organization, OrgMention, ParsedArticle, Quote, Reason, Reject, Stage
from pressroom.validate import check_names, model_failures, validate_frames
from schemas import TABLES

BODY = "The bureau said on Monday that exports rose.\n\n\u201cWe are pleased,\u201d Wang Li said."
QUOTE_TEXT = "We are pleased,"


def _item() -> ExtractedArticle:
    article = ParsedArticle(title="Exports rise", body=BODY, authors=("Li Na",), outlet="Xinhua",
                            published_at=datetime(2024, 1, 2, 3, 4, tzinfo=timezone.utc))
    start = BODY.index(QUOTE_TEXT)
    quote = Quote(start=start, end=start + len(QUOTE_TEXT), text=QUOTE_TEXT, kind="direct",
                  paragraph_index=1, speaker="Wang Li", speaker_name="Wang Li", speaker_kind="person", cue="said")
    org = Organization(org_id=ids.org_id("Bureau"), name="Bureau", mentions=(OrgMention(4, 10, "bureau"),),
                       org_type="government")
    return ExtractedArticle(ids.article_id("Exports rise", BODY), "a/b.txt", "0" * 64, article, (quote,), (org,))


def good_frames() -> dict[str, pl.DataFrame]:
    item = _item()
    at = datetime(2024, 1, 3, tzinfo=timezone.utc)
    reject = Reject("c.txt", None, Stage.DECODE, Reason.BINARY, "binary content: PNG image")
    return {
        "articles": pl.from_arrow(arrow_tables.articles_table([item], "run-1")),
        "quotes": pl.from_arrow(arrow_tables.quotes_table([item], "run-1")),
        "organizations": pl.from_arrow(arrow_tables.organizations_table([item], "run-1")),
        "rejects": pl.from_arrow(arrow_tables.rejects_table([reject], "run-1", at)),
    }


@pytest.mark.parametrize("table", ["articles", "quotes", "organizations", "rejects"])
def test_schemas_accept_good_frame(table: str) -> None:
    rows, _ = model_failures(table, good_frames()[table])
    assert rows == {}


@pytest.mark.parametrize("table", list(TABLES))
def test_schemas_model_and_arrow_agree(table: str) -> None:
    model, arrow = TABLES[table]
    schema = model.to_schema()
    assert list(schema.columns) == arrow.names
    for f in arrow:
        assert schema.columns[f.name].nullable == f.nullable, f.name
    empty = pl.from_arrow(arrow.empty_table())
    rows, samples = model_failures(table, empty)
    assert rows == {}, samples


VIOLATIONS = [
    ("articles", {"title": ""}, "title.str_length", "empty headline"),
    ("articles", {"title": "   "}, "title_not_blank", "blank headline"),
    ("articles", {"source_sha256": "xyz"}, "source_sha256.str_matches", "not a hex digest"),
    ("articles", {"body": "One.\n\n\nTwo."}, "body_paragraph_separator", "two blank lines"),
    ("articles", {"body": "One.\nTwo."}, "body_paragraph_separator", "a lone line break"),
    ("articles", {"paragraph_count": 5}, "paragraph_count_matches_body", "count disagrees with body"),
    ("articles", {"word_count": 1}, "word_count_matches_body", "word count disagrees"),
    ("articles", {"article_id": None}, "article_id.not_nullable", "null id"),
    ("quotes", {"kind": "rumour"}, "kind.isin", "kind outside the vocabulary"),
    ("quotes", {"speaker_kind": "animal"}, "speaker_kind.isin", "speaker_kind outside the vocabulary"),
    ("quotes", {"text": ""}, "text.str_length", "empty quote"),
    ("quotes", {"end_char": 3}, "span_is_ordered", "end before start"),
    ("organizations", {"mention_count": 4}, "mention_count_matches", "count disagrees with mentions"),
    ("organizations", {"org_type": "club"}, "org_type.isin", "type outside the vocabulary"),
    ("rejects", {"reason": "bad_luck"}, "reason.isin", "unknown reason code"),
    ("rejects", {"stage": "dream"}, "stage.isin", "unknown stage"),
]


@pytest.mark.parametrize("table,change,check,why", VIOLATIONS, ids=[v[-1] for v in VIOLATIONS])
def test_schemas_name_the_violated_check(table: str, change: dict, check: str, why: str) -> None:
    frame = good_frames()[table]
    frame = frame.with_columns(*(pl.lit(v, dtype=frame.schema[k]).alias(k) for k, v in change.items()))
    rows, _ = model_failures(table, frame)
    assert check in rows, f"{why}: got {sorted(rows)}"
    assert check in check_names(table), "every reported check is listed for the reports"


def test_schemas_duplicate_ids_fail_unique() -> None:
    a = good_frames()["articles"]
    rows, _ = model_failures("articles", pl.concat([a, a]))
    assert rows["article_id.unique"] == {0, 1}


RELATIONS = [
    ("quotes", {"text": "We are pleased!"}, "quote_span_matches_body", "text differs from body span"),
    ("quotes", {"paragraph_index": 0}, "quote_paragraph_matches_body", "wrong paragraph"),
    ("quotes", {"article_id": "missing"}, "quote_article_exists", "dangling article id"),
    ("organizations", {"article_id": "missing"}, "org_article_exists", "dangling organization article id"),
]


@pytest.mark.parametrize("table,change,check,why", RELATIONS, ids=[v[-1] for v in RELATIONS])
def test_schemas_relations_route_bad_rows(table: str, change: dict, check: str, why: str) -> None:
    f = good_frames()
    f[table] = f[table].with_columns(*(pl.lit(v, dtype=f[table].schema[k]).alias(k) for k, v in change.items()))
    v = validate_frames(f["articles"], f["quotes"], f["organizations"], "run-1")
    assert v.result.tables[table].failures.get(check) == 1, why
    assert getattr(v, table).height == 0, "the failing row is not written"
    assert v.articles.height == 1, "the article itself stays"
    assert len(v.rejects) == 1 and check in v.rejects[0].checks


def test_schemas_mention_span_mismatch_rejected() -> None:
    f = good_frames()
    f["organizations"] = f["organizations"].with_columns(
        pl.lit([{"start": 0, "end": 6, "text": "bureau"}], dtype=f["organizations"].schema["mentions"]).alias("mentions"))
    v = validate_frames(f["articles"], f["quotes"], f["organizations"], "run-1")
    assert v.result.tables["organizations"].failures == {"org_mentions_match_body": 1}


def test_schemas_bad_article_takes_its_quotes_and_orgs() -> None:
    f = good_frames()
    f["articles"] = f["articles"].with_columns(pl.lit("").alias("title"))
    v = validate_frames(f["articles"], f["quotes"], f["organizations"], "run-1")
    assert (v.articles.height, v.quotes.height, v.organizations.height) == (0, 0, 0)
    assert len(v.rejects) == 1 and v.rejects[0].reason == Reason.SCHEMA and v.rejects[0].source_path == "a/b.txt"


def test_schemas_violation_cases_unique() -> None:
    whys = [v[-1] for v in VIOLATIONS + RELATIONS]
    assert len(whys) == len(set(whys))


def test_schemas_report_the_same_on_every_polars_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """model_failures runs Pandera on Polars' in-memory engine (cheaper to start
    than the default); the failing rows, checks and samples are those of the
    default and streaming engines."""
    import pressroom.validate as validate

    for table in ("articles", "quotes", "organizations", "rejects"):
        good = good_frames()[table]
        rows = [good]
        for t, change, _, _ in [*VIOLATIONS, *RELATIONS]:
            if t == table:
                rows.append(good.with_columns(*(pl.lit(v, dtype=good.schema[k]).alias(k) for k, v in change.items())))
        frame = pl.concat(rows * 2)  # duplicates too: the unique checks fail
        reports = {}
        for engine in ("in-memory", "auto", "streaming"):
            monkeypatch.setattr(validate, "_PANDERA_ENGINE", {"engine_affinity": engine})
            reports[engine] = model_failures(table, frame)
        assert reports["in-memory"][0], table
        assert reports["in-memory"] == reports["auto"] == reports["streaming"], table


def test_batch_tables_leave_the_garbage_collector_as_they_found_it() -> None:
    """batch_tables pauses the cyclic collector while it builds (see arrow_tables._collector_paused)."""
    import gc

    from pressroom.records import Batch

    batch = Batch(articles=(_item(),))
    at = datetime(2024, 1, 3, tzinfo=timezone.utc)
    assert gc.isenabled()
    arrow_tables.batch_tables(batch, "run-1", at)
    assert gc.isenabled()
    gc.disable()
    try:
        arrow_tables.batch_tables(batch, "run-1", at)
        assert not gc.isenabled(), "a caller's pause is left alone"
    finally:
        gc.enable()
