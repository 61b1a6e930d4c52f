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


class TooManyRejectsError(PressroomError):
    """More rejected files than --max-rejects allows (the tables were written)."""




class UsageError(PressroomError):
    """A setting or argument the command cannot take (exit 2, like argparse's own)."""


class OutputPathError(UsageError):
    """The output location is not a usable pressroom output folder (a file, read-only, or empty where tables were expected)."""


class TableDamagedError(PressroomError):
    """A table's files or Delta log cannot be read: damage, not a validation failure (exit 3)."""


class SnapshotNotFoundError(UsageError):
    """No run with that run_id in output/runs."""
