"""Typed errors of the run level. Per-file problems are data (records.Reject), not these."""
from __future__ import annotations


class PressroomError(Exception):
    """Base class: a run-level problem with a message meant for the operator."""

    def __init__(self, message: str, *, path: str | None = None, stage: str | None = None) -> None:
        self.path, self.stage = path, stage
        where = " ".join(x for x in (f"[{stage}]" if stage else "", path or "") if x)
        super().__init__(f"{message}{' (' + where + ')' if where else ''}")


class RunLockedError(PressroomError):
    """Another run holds the output folder's lock."""


class ValidationFailedError(PressroomError):
    """Hard validation failures with --fail-on-invalid."""


class SnapshotNotFoundError(PressroomError):
    """No run with that run_id in output/runs."""
