"""The build backend's choice: compiled where a compiler and headers exist, pure otherwise, as asked."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
import build_backend  # noqa: E402


@pytest.mark.parametrize(("asked", "can", "want"), [
    (None, True, "1"), (None, False, "0"), ("0", True, "0"), ("1", False, "1"),
])
def test_wheel_build_compiles_where_it_can_unless_told(monkeypatch, asked, can, want) -> None:
    monkeypatch.delenv(build_backend._AUTO, raising=False)
    if asked is None:
        monkeypatch.delenv(build_backend.COMPILE_ENV, raising=False)
    else:
        monkeypatch.setenv(build_backend.COMPILE_ENV, asked)
    monkeypatch.setattr(build_backend, "_can_compile", lambda: can)
    assert build_backend._decide_wheel() == want
    assert build_backend.compiling() is (want == "1"), "setup.py sees the same choice"
    import os

    assert (os.environ.get(build_backend._AUTO) == "1") is (asked is None), "only a chosen build may fall back"


def test_can_compile_needs_a_compiler(monkeypatch) -> None:
    monkeypatch.setattr(build_backend.shutil, "which", lambda name: None)
    assert build_backend._can_compile() is False


def test_editable_build_stays_pure(monkeypatch) -> None:
    monkeypatch.delenv(build_backend.COMPILE_ENV, raising=False)
    assert build_backend.compiling() is False
