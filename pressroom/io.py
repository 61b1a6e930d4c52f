"""Raw-file access: find the files under the raw root and read their bytes.

The only module that reads raw files. Hidden files and folders (names
starting with '.') are skipped: they are tool droppings (`.gitkeep`,
`.DS_Store`), not articles. Everything else is an input and ends up as an
article or a reject.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from pressroom.records import Failure, RawFile, Reason


def discover(raw_root: str | os.PathLike[str]) -> list[RawFile]:
    """Every non-hidden regular file under raw_root, recursively, sorted by path."""
    root = Path(raw_root).resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"raw folder not found: {root}")
    found: list[RawFile] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(dirpath, name)
            try:
                stat = path.stat()
            except OSError:
                size = -1  # reported as unreadable when read
            else:
                size = stat.st_size
            found.append(RawFile(str(root), path.relative_to(root).as_posix(), size))
    found.sort(key=lambda f: f.rel_path)
    return found


def read_bytes(raw: RawFile, max_bytes: int) -> bytes | Failure:
    """The file's bytes, or Failure(too_large/unreadable) without reading a big file whole."""
    if raw.size > max_bytes:
        return Failure(Reason.TOO_LARGE, f"{raw.size} bytes is over the limit of {max_bytes}")
    path = Path(raw.root, raw.rel_path)
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # the file may have grown since discover
    except OSError as exc:
        return Failure(Reason.UNREADABLE, f"{type(exc).__name__}: {exc}")
    if len(data) > max_bytes:
        return Failure(Reason.TOO_LARGE, f"over the limit of {max_bytes} bytes")
    return data


def sha256_hex(data: bytes) -> str:
    """Hex SHA-256 of bytes."""
    return hashlib.sha256(data).hexdigest()


def file_sha256(raw: RawFile, chunk: int = 1 << 20) -> str:
    """Hex SHA-256 of a file, streamed (for files too large to read whole)."""
    h = hashlib.sha256()
    with Path(raw.root, raw.rel_path).open("rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def hash_file(raw: RawFile, max_bytes: int) -> str | None:
    """SHA-256 of a file's bytes (streamed above max_bytes), or None if unreadable."""
    try:
        if raw.size > max_bytes:
            return file_sha256(raw)
        return sha256_hex(Path(raw.root, raw.rel_path).read_bytes())
    except OSError:
        return None
