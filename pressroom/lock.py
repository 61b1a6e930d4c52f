"""One run at a time per output folder: an advisory lock the OS releases on death.

`fcntl.flock` is released by the kernel when the holding process exits, even
on SIGKILL, so a crashed run never leaves a stale lock behind.

Object-store outputs (s3://...) have no run lock. Each Delta commit there is
still atomic (delta-rs writes the log entry with a put-if-absent, so two
writers never overwrite each other's version), but two runs that overlap in
time can both decide the same new files are new and both append them: keep one
run at a time per output (e.g. one deployment with a concurrency limit of 1).
"""
from __future__ import annotations

import fcntl
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from pressroom.errors import RunLockedError

LOCK_NAME = ".pressroom.lock"


def check_unlocked(output: str) -> None:
    """RunLockedError now if another run holds the lock (a command checks
    before it starts Prefect; the run itself takes the lock again)."""
    path = Path(output) / LOCK_NAME
    if "://" in output or not path.exists():
        return
    with path.open("r") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise _locked(Path(output), fh.read().strip()) from None


def _locked(folder: Path, holder: str) -> RunLockedError:
    return RunLockedError(f"another pressroom run is writing to {folder} ({holder or 'another process'}); "
                          "wait for it to finish and run again", path=str(folder))


@contextmanager
def output_lock(output: str) -> Iterator[None]:
    """Hold the output folder's lock for the block; RunLockedError if another run has it."""
    if "://" in output:
        yield
        return
    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_NAME
    fh = path.open("a+")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            raise _locked(folder, fh.read().strip()) from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} on {socket.gethostname()} since {datetime.now(timezone.utc).isoformat()}\n")
        fh.flush()
        yield
    finally:
        fh.close()  # closing releases the lock
