"""Typed records handed from stage to stage, and the contract's vocabularies.

This is the leaf of the package: standard library only, importable by everyone.
Each stage produces one frozen record; later stages hold offsets into
`ParsedArticle.body`, never copies of it, so `body[start:end] == text` holds by
construction.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Literal

# --- contract vocabularies -------------------------------------------------

QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organization", "other"]
OrgType = Literal[
    "party", "government", "legislature", "international", "media",
    "company", "education", "military", "ngo", "other",
]

QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
SPEAKER_KINDS: tuple[str, ...] = ("person", "organization", "other")
ORG_TYPES: tuple[str, ...] = (
    "party", "government", "legislature", "international", "media",
    "company", "education", "military", "ngo", "other",
)


class Stage(str, Enum):
    """Where in the chain a file was turned away."""

    READ = "read"
    DECODE = "decode"
    PARSE = "parse"
    EXTRACT = "extract"
    VALIDATE = "validate"


class Reason(str, Enum):
    """Stable reason codes for rejects (documented in the README)."""

    EMPTY = "empty"                    # zero bytes or whitespace only
    TOO_LARGE = "too_large"            # above Settings.max_file_bytes; never read whole
    UNREADABLE = "unreadable"          # the OS refused the read
    BINARY = "binary"                  # image, PDF, archive, ... under a text name
    HTML = "html"                      # a saved web page, not page text
    UNDECODABLE = "undecodable"        # no encoding in the ladder decodes it cleanly
    NO_TITLE = "no_title"              # no line qualifies as a headline
    NO_BODY = "no_body"                # a headline but no article text
    FURNITURE_ONLY = "furniture_only"  # only menus, widgets, copyright lines
    DUPLICATE = "duplicate"            # same article_id as another file in the run
    SCHEMA = "schema"                  # a row failed a hard schema/relation check
    INTERNAL_ERROR = "internal_error"  # a bug: kept as data, never a crash


# Files a run's reports list per reject reason (the rejects table has them all).
MAX_REJECT_FILES = 20


# --- per-stage records -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class RawFile:
    """A file found under the raw root: where it is and how big."""

    root: str          # absolute raw root (local path or URL)
    rel_path: str      # relative to root, '/'-separated
    size: int


class FileBatch:
    """The raw files of one extraction batch, in order (iterable, sized).

    Deliberately not a list, tuple or dataclass: orchestrators walk those
    element by element looking for futures to resolve (Prefect does so
    several times per task run: about 0.1 s for 2,000 files); an opaque
    object passes through untouched, on a process pool and on Dask alike.
    """

    __slots__ = ("files",)

    def __init__(self, files: Iterable[RawFile]) -> None:
        self.files = tuple(files)

    def __iter__(self) -> Iterator[RawFile]:
        return iter(self.files)

    def __len__(self) -> int:
        return len(self.files)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FileBatch) and self.files == other.files

    __hash__ = None  # type: ignore[assignment]  # equal by content, like the list it replaces

    def __repr__(self) -> str:
        return f"FileBatch({len(self.files)} files)"

    def __reduce__(self) -> tuple:
        # Pickled as three columns: a frozen slotted dataclass pickles field
        # by field through dataclasses.fields() (~12 ms for 2,000 files, each
        # way, per task); the columns take well under 1 ms.
        files = self.files
        return (_file_batch, (tuple(f.root for f in files), tuple(f.rel_path for f in files),
                              tuple(f.size for f in files)))


def _file_batch(roots: tuple[str, ...], rel_paths: tuple[str, ...], sizes: tuple[int, ...]) -> FileBatch:
    """FileBatch from its pickled columns."""
    return FileBatch(map(RawFile, roots, rel_paths, sizes))


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Unicode text of a raw file and how it was decoded."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Failure:
    """A stage's "no" as data: a stable reason code and a readable message."""

    reason: Reason
    message: str


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """Header fields plus the final body (paragraphs joined by exactly '\\n\\n').

    Datetimes are timezone-aware UTC or None. `family` names the layout
    module that parsed the page (`cgtn`, `xinhua`, ..., `generic`).
    """

    title: str
    body: str
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    published_at: datetime | None = None
    updated_at: datetime | None = None
    dateline: str | None = None
    agency: str | None = None
    family: str = "generic"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation or reported statement: a span of the body plus attribution.

    `start`/`end` index `ParsedArticle.body`; `speaker_start`/`cue_start` too,
    when the speaker or cue is in the body (None otherwise).
    """

    start: int
    end: int
    text: str
    kind: QuoteKind
    paragraph_index: int
    speaker: str | None = None
    speaker_name: str | None = None
    speaker_kind: SpeakerKind | None = None
    speaker_title: str | None = None
    speaker_org_id: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True, slots=True)
class OrgMention:
    """One mention of an organization: `body[start:end] == text`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Organization:
    """An organization named in one article, with every mention of it."""

    org_id: str
    name: str
    mentions: tuple[OrgMention, ...]
    acronym: str | None = None
    org_type: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Reject:
    """A file (or row) that did not become a valid record, and why."""

    source_path: str
    source_sha256: str | None
    stage: Stage
    reason: Reason
    message: str
    checks: tuple[str, ...] = ()
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class ExtractedArticle:
    """A parsed article with its ids and everything extracted from it."""

    article_id: str
    source_path: str
    source_sha256: str
    article: ParsedArticle
    quotes: tuple[Quote, ...] = ()
    organizations: tuple[Organization, ...] = ()
    source_encoding: str = "utf-8"


# A file becomes exactly one of these.
FileResult = ExtractedArticle | Reject


@dataclass(frozen=True, slots=True)
class Batch:
    """The outcome of a list of files: articles and rejects, in input order."""

    articles: tuple[ExtractedArticle, ...] = ()
    rejects: tuple[Reject, ...] = ()
    seconds: dict[str, float] = field(default_factory=dict)  # per-stage timings
