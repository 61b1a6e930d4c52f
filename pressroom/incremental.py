"""Which raw files a run must process: new, changed, or everything.

A file is skipped when the last successful state already accounts for its
exact bytes (same path and SHA-256 in `articles`, or in `rejects` for files
that were turned away) and the extraction code has not changed since. Only
files whose path the output knows are hashed here: a new path is processed
whatever its bytes, and its worker hashes the bytes it reads anyway (on a
first run of 100,000 files that was 4 s of serial hashing before any work).
`plan` is pure apart from the hash function it is given; `load_state` reads
the little it needs (three columns) from the tables.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import polars as pl

from pressroom import EXTRACTOR_VERSION, storage
from pressroom.records import RawFile


@dataclass(frozen=True)
class State:
    """What the output already holds, keyed by source path."""

    article_by_path: dict[str, tuple[str, str]] = field(default_factory=dict)  # path -> (sha, article_id)
    rejected: frozenset[tuple[str, str | None]] = frozenset()                   # (path, sha) rejected before
    extractor_version: str | None = None                                        # of the last completed run


@dataclass(frozen=True)
class Plan:
    """The work of one run."""

    to_process: tuple[RawFile, ...]
    unchanged: int
    replaced_ids: frozenset[str]   # article_ids whose file changed or is reprocessed
    pruned_ids: frozenset[str]     # article_ids whose file is gone (only with prune)
    full: bool


def load_state(output: str) -> State:
    """Read the current source_path/sha/article_id columns and the last run's version."""
    articles = storage.read(output, "articles", columns=["source_path", "source_sha256", "article_id"])
    by_path: dict[str, tuple[str, str]] = {}
    if articles is not None:
        for path, sha, aid in articles.iter_rows():
            by_path[path] = (sha, aid)
    rejected: set[tuple[str, str | None]] = set()
    rejects = storage.read(output, "rejects", columns=["source_path", "source_sha256", "stage"])
    if rejects is not None:
        # files turned away at validation are retried when the code changes, like any file
        rejected = {(p, s) for p, s, _ in rejects.iter_rows()}
    version = None
    runs = storage.read(output, "runs", columns=["extractor_version", "finished_at", "status"])
    if runs is not None and runs.height:
        done = runs.filter(pl.col("status") != "failed_validation").sort("finished_at")
        version = done["extractor_version"][-1] if done.height else None
    return State(by_path, frozenset(rejected), version)


def plan(files: Sequence[RawFile], state: State, sha_of: Callable[[RawFile], str | None],
         full: bool = False, prune: bool = False) -> Plan:
    """Files + State -> Plan: what to process, what to replace, what to prune.

    `sha_of(file)` (SHA-256 of its bytes, None if unreadable) is called only
    for files the state holds by path, and not at all on a full run.
    """
    full = full or (state.extractor_version is not None and state.extractor_version != EXTRACTOR_VERSION)
    rejected_paths = {path for path, _ in state.rejected}
    todo: list[RawFile] = []
    replaced: set[str] = set()
    seen_paths = set()
    for raw in files:
        path = raw.rel_path
        seen_paths.add(path)
        known = state.article_by_path.get(path)
        if not full and (known is not None or path in rejected_paths):
            sha = sha_of(raw)
            if (known is not None and known[0] == sha) or (path, sha) in state.rejected:
                continue
        todo.append(raw)
        if known is not None:
            replaced.add(known[1])
    pruned = frozenset(aid for path, (_, aid) in state.article_by_path.items()
                       if prune and path not in seen_paths)
    return Plan(tuple(todo), len(files) - len(todo), frozenset(replaced), pruned, full)
