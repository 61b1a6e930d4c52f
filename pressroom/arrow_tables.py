"""Batch -> Arrow tables with the exact contract types, one function per table.

Rows are built column by column (no per-row dicts), straight into the Arrow
schemas that `schemas/` declares, so what is validated is what is written.
"""
from __future__ import annotations

import contextlib
import gc
import itertools
import operator
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

import pyarrow as pa

from pressroom import EXTRACTOR_VERSION, ids
from pressroom.records import Batch, ExtractedArticle, OrgMention, Reject
from schemas import ARTICLES_ARROW, ORGANIZATIONS_ARROW, QUOTES_ARROW, REJECTS_ARROW


def paragraph_count(body: str) -> int:
    """Number of '\\n\\n'-separated paragraphs (0 for an empty body)."""
    return body.count("\n\n") + 1 if body else 0


def articles_table(items: Sequence[ExtractedArticle], run_id: str) -> pa.Table:
    """One row per article."""
    arts = [x.article for x in items]
    return pa.Table.from_pydict({
        "article_id": [x.article_id for x in items],
        "source_path": [x.source_path for x in items],
        "source_sha256": [x.source_sha256 for x in items],
        "outlet": [a.outlet for a in arts],
        "title": [a.title for a in arts],
        "authors": [list(a.authors) for a in arts],
        "published_at": [a.published_at for a in arts],
        "updated_at": [a.updated_at for a in arts],
        "dateline": [a.dateline for a in arts],
        "agency": [a.agency for a in arts],
        "body": [a.body for a in arts],
        "paragraph_count": [paragraph_count(a.body) for a in arts],
        "word_count": [len(a.body.split()) for a in arts],
        "extractor_version": [EXTRACTOR_VERSION] * len(items),
        "run_id": [run_id] * len(items),
        "family": [a.family for a in arts],
        "source_encoding": [x.source_encoding for x in items],
        "warnings": [list(a.warnings) for a in arts],
    }, schema=ARTICLES_ARROW)


# Contract column -> the Quote attribute it holds as is. Columns are built by
# transposing one attrgetter tuple per quote: 19 appends per quote were most
# of this function's cost.
QUOTE_COLUMNS = {
    "text": "text", "kind": "kind", "speaker": "speaker", "speaker_name": "speaker_name",
    "speaker_kind": "speaker_kind", "cue": "cue", "paragraph_index": "paragraph_index",
    "start_char": "start", "end_char": "end", "speaker_title": "speaker_title",
    "speaker_org_id": "speaker_org_id", "speaker_start": "speaker_start", "speaker_end": "speaker_end",
    "cue_start": "cue_start", "cue_end": "cue_end",
}
_QUOTE_VALUES = operator.attrgetter(*QUOTE_COLUMNS.values())
# Contract column -> Organization attribute (mentions are converted apart).
ORGANIZATION_COLUMNS = {"org_id": "org_id", "name": "name", "acronym": "acronym", "org_type": "org_type",
                        "country": "country"}
_ORGANIZATION_VALUES = operator.attrgetter(*ORGANIZATION_COLUMNS.values())
MENTIONS_TYPE = ORGANIZATIONS_ARROW.field("mentions").type  # list<struct<start, end, text>>


def _columns(names: Sequence[str], rows: list[tuple]) -> dict[str, Sequence]:
    """Row tuples -> column name -> values (empty lists when there are no rows)."""
    if not rows:
        return {name: [] for name in names}
    return dict(zip(names, zip(*rows)))


def quotes_table(items: Sequence[ExtractedArticle], run_id: str) -> pa.Table:
    """One row per quote, in article then quote order."""
    quotes = [q for item in items for q in item.quotes]
    owners = [item.article_id for item in items for _ in item.quotes]
    cols = _columns(list(QUOTE_COLUMNS), [_QUOTE_VALUES(q) for q in quotes])
    cols.update(
        quote_id=[ids.quote_id(aid, q.start, q.end) for aid, q in zip(owners, quotes)],
        article_id=owners,
        quote_index=[i for item in items for i in range(len(item.quotes))],
        run_id=[run_id] * len(quotes),
    )
    return pa.Table.from_pydict(cols, schema=QUOTES_ARROW)


def organizations_table(items: Sequence[ExtractedArticle], run_id: str) -> pa.Table:
    """One row per (article, organization)."""
    orgs = [org for item in items for org in item.organizations]
    cols = _columns(list(ORGANIZATION_COLUMNS), [_ORGANIZATION_VALUES(org) for org in orgs])
    cols.update(
        article_id=[item.article_id for item in items for _ in item.organizations],
        mention_count=[len(org.mentions) for org in orgs],
        mentions=_mentions_array([org.mentions for org in orgs]),
        run_id=[run_id] * len(orgs),
    )
    return pa.Table.from_pydict(cols, schema=ORGANIZATIONS_ARROW)


def _mentions_array(per_org: list[tuple[OrgMention, ...]]) -> pa.ListArray:
    """Mentions of each organization -> the `mentions` list<struct> column, built
    from flat columns and offsets (a dict per mention cost more than the rest
    of the organizations table)."""
    flat = [m for mentions in per_org for m in mentions]
    offsets = [0, *itertools.accumulate(len(mentions) for mentions in per_org)]
    struct = pa.StructArray.from_arrays(
        [pa.array([m.start for m in flat], pa.int32()), pa.array([m.end for m in flat], pa.int32()),
         pa.array([m.text for m in flat], pa.string())],
        fields=list(MENTIONS_TYPE.value_type))
    return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), struct, type=MENTIONS_TYPE)


def rejects_table(rejects: Sequence[Reject], run_id: str, at: datetime) -> pa.Table:
    """One row per reject."""
    return pa.Table.from_pydict({
        "run_id": [run_id] * len(rejects),
        "source_path": [r.source_path for r in rejects],
        "source_sha256": [r.source_sha256 for r in rejects],
        "stage": [r.stage.value for r in rejects],
        "reason": [r.reason.value for r in rejects],
        "message": [r.message for r in rejects],
        "checks": [list(r.checks) for r in rejects],
        "article_id": [r.article_id for r in rejects],
        "rejected_at": [at] * len(rejects),
    }, schema=REJECTS_ARROW)



@dataclass(frozen=True)
class BatchTables:
    """One batch as Arrow tables (what extraction workers send back) plus stage timings."""

    articles: pa.Table
    quotes: pa.Table
    organizations: pa.Table
    rejects: pa.Table
    seconds: dict[str, float]


def batch_tables(batch: Batch, run_id: str, at: datetime) -> BatchTables:
    """Batch -> BatchTables with the contract's Arrow types."""
    with _collector_paused():
        return BatchTables(
            articles=articles_table(batch.articles, run_id),
            quotes=quotes_table(batch.articles, run_id),
            organizations=organizations_table(batch.articles, run_id),
            rejects=rejects_table(batch.rejects, run_id, at),
            seconds=dict(batch.seconds),
        )


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the tables are built.

    Building them allocates tens of thousands of short-lived tuples and lists
    (no cycles: reference counting frees them all). Counted as allocations,
    they set off full collections, each walking every object of the worker
    (Prefect, Pandera, the lexicon, the batch: some 0.15 s each): in a worker
    these were over a third of the cost of building the tables.
    """
    if not gc.isenabled():  # someone up the stack paused it already
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
