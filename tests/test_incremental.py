"""incremental.plan: which files a run processes, and which it has to hash to decide."""
from __future__ import annotations

from pressroom import EXTRACTOR_VERSION
from pressroom.incremental import State, plan
from pressroom.records import RawFile

FILES = [RawFile("/raw", name, 10) for name in ("a.txt", "b.txt", "c.txt", "d.txt")]
SHAS = {"a.txt": "sha-a", "b.txt": "sha-b2", "c.txt": "sha-c", "d.txt": "sha-d"}
STATE = State(article_by_path={"a.txt": ("sha-a", "id-a"), "b.txt": ("sha-b1", "id-b"), "gone.txt": ("x", "id-g")},
              rejected=frozenset({("c.txt", "sha-c")}), extractor_version=EXTRACTOR_VERSION)


class Hasher:
    """sha_of that records which files it was asked about."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, raw: RawFile) -> str:
        self.asked.append(raw.rel_path)
        return SHAS[raw.rel_path]


def test_plan_skips_unchanged_and_hashes_only_known_paths() -> None:
    hasher = Hasher()
    p = plan(FILES, STATE, hasher)
    assert [f.rel_path for f in p.to_process] == ["b.txt", "d.txt"], "changed b and new d; a and c unchanged"
    assert p.unchanged == 2 and p.replaced_ids == {"id-b"} and not p.pruned_ids and not p.full
    assert hasher.asked == ["a.txt", "b.txt", "c.txt"], "the new path d.txt is not hashed"


def test_plan_full_run_hashes_nothing_and_replaces_known_articles() -> None:
    hasher = Hasher()
    p = plan(FILES, STATE, hasher, full=True)
    assert len(p.to_process) == 4 and p.full and p.replaced_ids == {"id-a", "id-b"}
    assert hasher.asked == []


def test_plan_new_extractor_version_is_a_full_run() -> None:
    old = State(STATE.article_by_path, STATE.rejected, extractor_version="1999.01.01")
    hasher = Hasher()
    p = plan(FILES, old, hasher)
    assert p.full and len(p.to_process) == 4 and hasher.asked == []


def test_plan_prune_drops_articles_whose_file_is_gone() -> None:
    p = plan(FILES, STATE, Hasher(), prune=True)
    assert p.pruned_ids == {"id-g"}
    assert not plan(FILES, STATE, Hasher()).pruned_ids


def test_plan_unreadable_rejected_file_stays_skipped() -> None:
    state = State({}, frozenset({("a.txt", None)}), EXTRACTOR_VERSION)
    p = plan(FILES[:1], state, lambda raw: None)
    assert not p.to_process and p.unchanged == 1
