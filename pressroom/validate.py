"""Validate a run's frames: Pandera models (lazy) plus cross-table relations.

Hard failures route rows out: a failing article takes its quotes and
organizations with it; a failing quote or organization row goes alone. Every
routed row becomes a reject naming its checks. Soft checks (pressroom.quality)
only count. Nothing unvalidated is returned as valid.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandera.polars as pa
import polars as pl

from pressroom import quality
from pressroom.records import Reason, Reject, Stage
from schemas import TABLES
from schemas.relations import RELATION_CHECKS, organization_failures, quote_failures

MAX_SAMPLES = 5
# Pandera names a column's uniqueness check this way; we report it as "unique".
_PANDERA_ALIASES = {"field_uniqueness": "unique"}
# Polars' default ("auto") engine runs each lazy query on its streaming engine,
# whose start-up (0.2-0.5 ms of CPU) outweighs the work of a batch-sized query,
# and Pandera collects some 220 times per batch (about three times per check).
# The in-memory engine computes the same frames without that start-up.
_PANDERA_ENGINE = {"engine_affinity": "in-memory"}


@dataclass
class TableReport:
    """Validation outcome of one table."""

    table: str
    rows_checked: int = 0
    rows_skipped: int = 0      # rows not checked: they belong to articles that failed their own checks
    rows_failed: int = 0
    checks: list[str] = field(default_factory=list)           # every hard check run
    failures: dict[str, int] = field(default_factory=dict)    # check -> failing rows
    samples: dict[str, list[str]] = field(default_factory=dict)
    warnings: dict[str, int] = field(default_factory=dict)    # soft check -> flagged rows


@dataclass
class ValidationResult:
    """Per-table reports of one validation pass."""

    tables: dict[str, TableReport] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no hard check failed anywhere."""
        return all(not t.failures for t in self.tables.values())

    @property
    def hard_failures(self) -> int:
        """Failing rows over all tables."""
        return sum(t.rows_failed for t in self.tables.values())

    def merge(self, other: ValidationResult) -> ValidationResult:
        """Add another batch's counts into this result (samples capped) -> self."""
        for name, t in other.tables.items():
            mine = self.tables.setdefault(name, TableReport(table=name, checks=list(t.checks)))
            mine.rows_checked += t.rows_checked
            mine.rows_skipped += t.rows_skipped
            mine.rows_failed += t.rows_failed
            for key, count in t.failures.items():
                mine.failures[key] = mine.failures.get(key, 0) + count
            for key, count in t.warnings.items():
                mine.warnings[key] = mine.warnings.get(key, 0) + count
            for key, values in t.samples.items():
                bucket = mine.samples.setdefault(key, [])
                bucket.extend(values[: MAX_SAMPLES - len(bucket)])
        return self


@dataclass
class Validated:
    """Valid frames ready to write, rejected rows, and the report."""

    articles: pl.DataFrame
    quotes: pl.DataFrame
    organizations: pl.DataFrame
    rejects: list[Reject]
    result: ValidationResult


def check_names(table: str) -> list[str]:
    """Every hard check of a table, in the names failures are reported under."""
    schema = TABLES[table][0].to_schema()
    names: list[str] = []
    for col_name, col in schema.columns.items():
        names.append(f"{col_name}.dtype")
        if not col.nullable:
            names.append(f"{col_name}.not_nullable")
        if col.unique:
            names.append(f"{col_name}.unique")
        names.extend(f"{col_name}.{c.name}" for c in col.checks)
    names.extend(c.name for c in schema.checks)
    prefix = {"quotes": "quote_", "organizations": "org_"}.get(table)
    if prefix:
        names.extend(n for n in RELATION_CHECKS if n.startswith(prefix))
    return names


def model_failures(table: str, frame: pl.DataFrame) -> tuple[dict[str, set[int]], dict[str, list[str]]]:
    """Run one table's Pandera model lazily -> (check -> failing rows, check -> samples)."""
    model = TABLES[table][0]
    try:
        with pl.Config(**_PANDERA_ENGINE):
            model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    else:
        return {}, {}
    rows: dict[str, set[int]] = {}
    samples: dict[str, list[str]] = {}
    for context, column, check, value, index in cases.select(
        "schema_context", "column", "check", "failure_case", "index"
    ).iter_rows():
        base = str(check).split("(", 1)[0]
        name = base if context == "DataFrameSchema" else f"{column}.{_PANDERA_ALIASES.get(base, base)}"
        # A failure without a row (wrong dtype, missing column) fails every row.
        hit = set(range(frame.height)) if index is None else {int(index)}
        rows.setdefault(name, set()).update(hit)
        bucket = samples.setdefault(name, [])
        if len(bucket) < MAX_SAMPLES:
            where = "" if index is None else f" ({_row_name(table, frame, int(index))})"
            bucket.append(str(value)[:200] + where)
    return rows, samples


def validate_frames(articles: pl.DataFrame, quotes: pl.DataFrame, organizations: pl.DataFrame,
                    run_id: str) -> Validated:
    """Validate the three article-derived frames together -> Validated."""
    result = ValidationResult()
    rejects: list[Reject] = []
    paths = dict(zip(articles["article_id"].to_list(), articles["source_path"].to_list()))
    shas = dict(zip(articles["article_id"].to_list(), articles["source_sha256"].to_list()))

    bad_articles = _run_table("articles", articles, {}, result)
    for row, checks in bad_articles.items():
        aid = articles["article_id"][row]
        rejects.append(Reject(articles["source_path"][row], articles["source_sha256"][row], Stage.VALIDATE,
                              Reason.SCHEMA, f"article row failed {', '.join(checks)}", tuple(checks), aid))
    dropped = {articles["article_id"][row] for row in bad_articles}
    articles = _drop_rows(articles, bad_articles)
    # quotes and organizations of rejected articles leave with them
    heights = {"quotes": quotes.height, "organizations": organizations.height}
    quotes = quotes.filter(~pl.col("article_id").is_in(list(dropped)))
    organizations = organizations.filter(~pl.col("article_id").is_in(list(dropped)))

    for table, frame, relation in (("quotes", quotes, quote_failures),
                                   ("organizations", organizations, organization_failures)):
        bad = _run_table(table, frame, relation(frame, articles), result)
        result.tables[table].rows_skipped = heights[table] - frame.height
        for row, checks in bad.items():
            aid = frame["article_id"][row]
            rejects.append(Reject(paths.get(aid, "?"), shas.get(aid), Stage.VALIDATE, Reason.SCHEMA,
                                  f"{table} row {row} of article {aid} failed {', '.join(checks)}",
                                  tuple(checks), aid))
        if table == "quotes":
            quotes = _drop_rows(frame, bad)
        else:
            organizations = _drop_rows(frame, bad)

    result.tables["articles"].warnings = quality.count_flags(articles, quality.ARTICLE_WARNINGS)
    result.tables["quotes"].warnings = quality.quote_warnings(quotes, articles)
    result.tables["organizations"].warnings = quality.count_flags(organizations, quality.ORGANIZATION_WARNINGS)
    return Validated(articles, quotes, organizations, rejects, result)


def validate_table(table: str, frame: pl.DataFrame, result: ValidationResult) -> dict[int, list[str]]:
    """Validate one frame with its model only (rejects, runs) -> failing row -> checks."""
    return _run_table(table, frame, {}, result)


def _run_table(table: str, frame: pl.DataFrame, relation_rows: dict[str, list[int]],
               result: ValidationResult) -> dict[int, list[str]]:
    report = TableReport(table=table, rows_checked=frame.height, checks=check_names(table))
    rows, samples = model_failures(table, frame)
    for name, positions in relation_rows.items():
        rows.setdefault(name, set()).update(positions)
        samples.setdefault(name, [_row_name(table, frame, p) for p in positions[:MAX_SAMPLES]])
    by_row: dict[int, list[str]] = {}
    for name, positions in sorted(rows.items()):
        report.failures[name] = len(positions)
        for p in positions:
            by_row.setdefault(p, []).append(name)
    report.samples = samples
    report.rows_failed = len(by_row)
    result.tables[table] = report
    return by_row


# The column that names a row of each table in reports (a sample says which
# row failed by its id, not by its position in a batch nobody can see).
ROW_IDS = {"articles": "article_id", "quotes": "quote_id", "organizations": "org_id",
           "rejects": "source_path", "runs": "run_id"}


def _row_name(table: str, frame: pl.DataFrame, position: int) -> str:
    """`quote_id q-... of article a-...`, or `row N` for a frame without its id column."""
    column = ROW_IDS.get(table)
    if column not in frame.columns:
        return f"row {position}"
    name = f"{column} {frame[column][position]}"
    if column != "article_id" and "article_id" in frame.columns:
        name += f" of article {frame['article_id'][position]}"
    return name


def _drop_rows(frame: pl.DataFrame, bad: dict[int, list[str]]) -> pl.DataFrame:
    if not bad:
        return frame
    return frame.with_row_index("_row").filter(~pl.col("_row").is_in(list(bad))).drop("_row")
