"""pressroom: raw news-article files in, validated and versioned tables out.

The library is pure where it reads text (`text`, `parse`, `extract`, `ids`)
and does I/O in two places only (`io` for raw files, `storage` for tables).
Prefect lives in the top-level `flows` package; Pandera models in `schemas`.
"""
__version__ = "0.1.0"

# Bump when a change to parsing or extraction changes any output row: an
# incremental run then reprocesses every file. The one place it is defined.
EXTRACTOR_VERSION = "2026.12.08.2"


def build() -> str:
    """`compiled` when the extraction packages were built with mypyc (PRESSROOM_COMPILE=1, see
    build_backend.py), `pure` when they run as Python source."""
    from pressroom.extract import quotes

    return "pure" if quotes.__file__.endswith(".py") else "compiled"
