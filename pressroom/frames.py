"""Batch -> Arrow tables with the exact contract types, one function per table.

Rows are built column by column (no per-row dicts), straight into the Arrow
schemas that `schemas/` declares, so what is validated is what is written.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import pyarrow as pa

from pressroom import EXTRACTOR_VERSION, ids
from pressroom.records import Batch, ExtractedArticle, Reject
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


def quotes_table(items: Sequence[ExtractedArticle], run_id: str) -> pa.Table:
    """One row per quote, in article then quote order."""
    cols: dict[str, list] = {f.name: [] for f in QUOTES_ARROW}
    for item in items:
        for index, q in enumerate(item.quotes):
            cols["quote_id"].append(ids.quote_id(item.article_id, q.start, q.end))
            cols["article_id"].append(item.article_id)
            cols["quote_index"].append(index)
            cols["text"].append(q.text)
            cols["kind"].append(q.kind)
            cols["speaker"].append(q.speaker)
            cols["speaker_name"].append(q.speaker_name)
            cols["speaker_kind"].append(q.speaker_kind)
            cols["cue"].append(q.cue)
            cols["paragraph_index"].append(q.paragraph_index)
            cols["start_char"].append(q.start)
            cols["end_char"].append(q.end)
            cols["speaker_title"].append(q.speaker_title)
            cols["speaker_org_id"].append(q.speaker_org_id)
            cols["speaker_start"].append(q.speaker_start)
            cols["speaker_end"].append(q.speaker_end)
            cols["cue_start"].append(q.cue_start)
            cols["cue_end"].append(q.cue_end)
            cols["run_id"].append(run_id)
    return pa.Table.from_pydict(cols, schema=QUOTES_ARROW)


def organizations_table(items: Sequence[ExtractedArticle], run_id: str) -> pa.Table:
    """One row per (article, organization)."""
    cols: dict[str, list] = {f.name: [] for f in ORGANIZATIONS_ARROW}
    for item in items:
        for org in item.organizations:
            cols["article_id"].append(item.article_id)
            cols["org_id"].append(org.org_id)
            cols["name"].append(org.name)
            cols["acronym"].append(org.acronym)
            cols["mention_count"].append(len(org.mentions))
            cols["mentions"].append([{"start": m.start, "end": m.end, "text": m.text} for m in org.mentions])
            cols["org_type"].append(org.org_type)
            cols["country"].append(org.country)
            cols["run_id"].append(run_id)
    return pa.Table.from_pydict(cols, schema=ORGANIZATIONS_ARROW)


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
    return BatchTables(
        articles=articles_table(batch.articles, run_id),
        quotes=quotes_table(batch.articles, run_id),
        organizations=organizations_table(batch.articles, run_id),
        rejects=rejects_table(batch.rejects, run_id, at),
        seconds=dict(batch.seconds),
    )
