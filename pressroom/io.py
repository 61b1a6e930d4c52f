"""Raw-file access: find the files under the raw root and read their bytes.

The only module that reads raw files. The root is a local folder or an
object-store URL (`s3://bucket/prefix`, through pyarrow.fs; credentials come
from the environment, never from flags). Hidden files and folders (names
starting with '.') are skipped: they are tool droppings (`.gitkeep`,
`.DS_Store`), not articles. Everything else is an input and ends up as an
article or a reject. Also here: small helpers to write run artifacts (staged
batches, reports) to the same kinds of locations.
"""
from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path

from pressroom.records import Failure, RawFile, Reason


def is_url(location: str) -> bool:
    """True for object-store URLs (s3://, gs://, ...), False for local paths."""
    return "://" in str(location)


def filesystem(location: str):
    """(pyarrow FileSystem, path inside it) for a local path or an object-store URL."""
    import pyarrow.fs as pafs

    if is_url(location):
        return _from_uri(str(location))
    return pafs.LocalFileSystem(), str(Path(location).resolve())


@functools.lru_cache(maxsize=64)
def _from_uri(location: str):
    """FileSystem.from_uri, once per location: reading every raw file of an
    s3:// root asks for the same root's filesystem each time, and building one
    resolves the region and credentials."""
    import pyarrow.fs as pafs

    return pafs.FileSystem.from_uri(location)


def discover(raw_root: str | os.PathLike[str]) -> list[RawFile]:
    """Every non-hidden regular file under raw_root, recursively, sorted by path."""
    if is_url(str(raw_root)):
        return _discover_remote(str(raw_root))
    root = Path(raw_root).resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"raw folder not found: {root}")
    found: list[RawFile] = []
    _scan(str(root), str(root), "", found)
    found.sort(key=lambda f: f.rel_path)
    return found


def has_files(root: str, n: int) -> bool:
    """Whether the local folder `root` holds at least `n` files (stops counting at n)."""
    count = 0
    for _, _, names in os.walk(root):
        count += len(names)
        if count >= n:
            return True
    return False


def _scan(root: str, folder: str, prefix: str, found: list[RawFile]) -> None:
    """Depth-first listing with os.scandir and plain strings: an unchanged
    rerun lists every raw file, so this loop is on its critical path (Path
    objects cost about 4x more per file). Symlinked folders are not followed."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = prefix + entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if not entry.is_symlink():
                    _scan(root, entry.path, rel + "/", found)
                continue
            try:
                size = entry.stat().st_size
            except OSError:
                size = -1  # reported as unreadable when read
            found.append(RawFile(root, rel, size))


# O_BINARY: on Windows a descriptor opened without it translates line ends.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)


def read_bytes(raw: RawFile, max_bytes: int) -> bytes | Failure:
    """The file's bytes, or Failure(too_large/unreadable) without reading a big file whole."""
    if raw.size > max_bytes:
        return Failure(Reason.TOO_LARGE, f"{raw.size} bytes is over the limit of {max_bytes}")
    try:
        if is_url(raw.root):
            with _open(raw) as fh:
                data = _read_sized(fh.read, raw.size, max_bytes)
        else:
            # A bare descriptor: for a news article (a few KB) a buffered file
            # object and its buffer cost twice the read itself.
            fd = os.open(os.path.join(raw.root, raw.rel_path), _READ_FLAGS)
            try:
                data = _read_sized(functools.partial(_read_upto, fd), raw.size, max_bytes)
            finally:
                os.close(fd)
    except OSError as exc:
        return Failure(Reason.UNREADABLE, f"{type(exc).__name__}: {exc}")
    if len(data) > max_bytes:
        return Failure(Reason.TOO_LARGE, f"over the limit of {max_bytes} bytes")
    return data


def _read_sized(read, size: int, max_bytes: int) -> bytes:
    """Read a file expected to hold `size` bytes with `read(n)` (up to n bytes,
    fewer only at its end), up to max_bytes + 1 if it grew.

    Asks for the size seen at discover plus one byte, not for max_bytes:
    read(n) allocates n bytes up front, and 20 MB per small file cost more
    than the read itself."""
    data = read(max(size, 0) + 1)
    if len(data) > size:
        data += read(max_bytes + 1 - len(data))
    return data


def _read_upto(fd: int, n: int) -> bytes:
    """Up to n bytes from a descriptor, fewer only at end of file (os.read
    may return less than asked before the end)."""
    chunks = []
    while n > 0:
        chunk = os.read(fd, n)
        if not chunk:
            break
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def sha256_hex(data: bytes) -> str:
    """Hex SHA-256 of bytes."""
    return hashlib.sha256(data).hexdigest()


def file_sha256(raw: RawFile, chunk: int = 1 << 20) -> str:
    """Hex SHA-256 of a file, streamed (for files too large to read whole)."""
    h = hashlib.sha256()
    with _open(raw) as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def hash_file(raw: RawFile, max_bytes: int) -> str | None:
    """SHA-256 of a file's bytes (streamed above max_bytes), or None if unreadable."""
    try:
        if raw.size > max_bytes:
            return file_sha256(raw)
        with _open(raw) as fh:
            return sha256_hex(fh.read())
    except OSError:
        return None


def _open(raw: RawFile):
    if is_url(raw.root):
        fs, base = filesystem(raw.root)
        return fs.open_input_stream(f"{base.rstrip('/')}/{raw.rel_path}")
    # a plain string path: building a Path per file cost as much as the read
    return open(os.path.join(raw.root, raw.rel_path), "rb")


def _discover_remote(root: str) -> list[RawFile]:
    import pyarrow.fs as pafs

    fs, base = filesystem(root)
    base = base.rstrip("/")
    info = fs.get_file_info(base)
    if info.type != pafs.FileType.Directory:
        raise FileNotFoundError(f"raw folder not found: {root}")
    found = []
    for f in fs.get_file_info(pafs.FileSelector(base, recursive=True)):
        rel = f.path[len(base) + 1:]
        if f.type == pafs.FileType.File and not any(part.startswith(".") for part in rel.split("/")):
            found.append(RawFile(root.rstrip("/"), rel, f.size))
    return sorted(found, key=lambda f: f.rel_path)


def write_bytes(location: str, data: bytes) -> None:
    """Write a file at a local path or object-store URL, creating folders."""
    fs, path = filesystem(location)
    parent = path.rsplit("/", 1)[0]
    fs.create_dir(parent, recursive=True)
    with fs.open_output_stream(path) as out:
        out.write(data)


def remove_tree(location: str) -> None:
    """Delete a folder (local or object store) if it exists."""
    import pyarrow.fs as pafs

    fs, path = filesystem(location)
    if fs.get_file_info(path).type == pafs.FileType.Directory:
        fs.delete_dir(path)
