"""The README's reader examples, run as written over tables a real run wrote.

Each block runs in its own process (as an analyst's script would), so its
exit status is the real one.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).parents[1]
PRESSROOM = str(Path(sys.executable).parent / "pressroom")


def _reader_blocks() -> dict[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Reading the tables", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    return {b.splitlines()[0].lstrip("# ").split(",")[0].split()[0]: b
            for b in blocks if not b.startswith("# Spark")}


BLOCKS = _reader_blocks()
# After each block: every frame it left must have rows (a DuckDB relation: its result).
CHECK = """
import polars as _pl, pandas as _pd
_frames = {k: v for k, v in dict(globals()).items() if isinstance(v, (_pl.DataFrame, _pd.DataFrame))}
_rels = {k: v.fetchall() for k, v in dict(globals()).items() if type(v).__name__ == "DuckDBPyRelation"}
assert _frames or _rels, "the block left nothing to read"
assert all(len(v) for v in _frames.values()) and all(_rels.values()), "an empty result"
print("rows:", {k: len(v) for k, v in {**_frames, **_rels}.items()})
"""


def test_readme_has_the_reader_blocks() -> None:
    assert set(BLOCKS) == {"pandas", "Polars", "DuckDB"}


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("readers")
    done = subprocess.run([PRESSROOM, "run", "--raw", str(ROOT / "raw"), "--output", str(root / "output"),
                           "--no-progress"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return root


@pytest.mark.parametrize("reader", sorted(BLOCKS))
def test_readme_reader_block_runs_as_written(tables: Path, reader: str) -> None:
    done = subprocess.run([sys.executable, "-c", BLOCKS[reader] + CHECK], cwd=tables, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "rows:" in done.stdout
