"""Raw-file discovery and size-limited reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from pressroom import io
from pressroom.records import Failure, Reason


def test_io_discover_recursive_sorted_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ("z.txt", "b/a.txt", ".DS_Store", ".git/x.txt", "b/.hidden"):
        (tmp_path / rel).write_text("x")
    assert [f.rel_path for f in io.discover(tmp_path)] == ["b/a.txt", "z.txt"]


def test_io_discover_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        io.discover(tmp_path / "nope")


def test_io_read_refuses_large_file_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.truncate(200 * 1024 * 1024)
    [raw] = io.discover(tmp_path)
    out = io.read_bytes(raw, max_bytes=1024 * 1024)
    assert isinstance(out, Failure) and out.reason == Reason.TOO_LARGE


def test_io_hash_is_sha256(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"abc")
    [raw] = io.discover(tmp_path)
    assert io.hash_file(raw, 10) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert io.hash_file(raw, 1) == io.hash_file(raw, 10), "streamed hash equals whole-file hash"


def test_io_read_sees_a_file_that_grew_since_discover(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"abc")
    [raw] = io.discover(tmp_path)
    (tmp_path / "a.txt").write_bytes(b"abcdefgh")
    assert io.read_bytes(raw, max_bytes=100) == b"abcdefgh"
    (tmp_path / "a.txt").write_bytes(b"x" * 101)
    out = io.read_bytes(raw, max_bytes=100)
    assert isinstance(out, Failure) and out.reason == Reason.TOO_LARGE


def test_io_read_sees_a_file_that_shrank_since_discover(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"abcdefgh")
    [raw] = io.discover(tmp_path)
    (tmp_path / "a.txt").write_bytes(b"ab")
    assert io.read_bytes(raw, max_bytes=100) == b"ab"


def test_io_read_reports_an_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"abc")
    [raw] = io.discover(tmp_path)
    (tmp_path / "a.txt").unlink()
    out = io.read_bytes(raw, max_bytes=100)
    assert isinstance(out, Failure) and out.reason == Reason.UNREADABLE and "FileNotFoundError" in out.message


def test_io_read_goes_on_after_short_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """os.read may return less than asked before the end of a file (network
    file systems, signals): the whole file is read all the same."""
    data = bytes(range(256)) * 40
    (tmp_path / "a.bin").write_bytes(data)
    [raw] = io.discover(tmp_path)
    real_read = io.os.read
    monkeypatch.setattr(io.os, "read", lambda fd, n: real_read(fd, min(n, 7)))
    assert io.read_bytes(raw, max_bytes=len(data)) == data
    out = io.read_bytes(raw, max_bytes=len(data) - 1)
    assert isinstance(out, Failure) and out.reason == Reason.TOO_LARGE
