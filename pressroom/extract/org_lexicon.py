"""The curated organization list: parse the alias TSV and index it for matching.

The packaged file `data/organizations.tsv` (or a user's TSV with the same
columns) is read once, at the edge, by `load_org_lexicon`; the resulting
`OrgLexicon` is then passed down as an argument. Matching is a prefix index:
every surface form is filed under its first alphanumeric run, so a body is
scanned with one dict lookup per word and a few `startswith` checks.

TSV columns (tab-separated, `#` starts a comment line, blank lines ignored):

    name    acronym    aliases (|-separated)    org_type    country

Only `name` is required. Surface forms are matched case-sensitively, so an
acronym `WHO` never matches the pronoun `who`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Mapping

from pressroom.records import ORG_TYPES

# First alphanumeric run of a form: the index key. Forms start with a capital
# or a digit, so the body scan only stops at such words (found in C).
_KEY = re.compile(r"[A-Za-z0-9]+")
_BODY_KEY = re.compile(r"(?<![A-Za-z0-9])[A-Z0-9][A-Za-z0-9]*")
# Curly apostrophes are folded to straight ones before matching (same length,
# so offsets into the body are unchanged).
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_COLUMNS = ("name", "acronym", "aliases", "org_type", "country")


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One curated organization: canonical name, acronym, aliases, type, country."""

    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    org_type: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class OrgLexicon:
    """Curated organizations, indexed by surface form and by first word."""

    entries: tuple[LexEntry, ...] = ()
    # exact surface form -> index into entries
    forms: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    # casefolded canonical name -> index into entries
    names: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    # first alphanumeric run -> forms starting with it, longest first
    by_key: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))

    def entry_for(self, text: str) -> LexEntry | None:
        """Entry whose surface form or canonical name is `text`; None if unknown."""
        text = text.translate(_APOSTROPHES)
        idx = self.forms.get(text)
        if idx is None:
            idx = self.names.get(text.casefold())
        return None if idx is None else self.entries[idx]

    def scan(self, body: str) -> list[tuple[int, int, LexEntry]]:
        """Every lexicon form in `body` as (start, end, entry), longest at each start, left to right."""
        text = body.replace("\u2019", "'").replace("\u2018", "'")
        found: list[tuple[int, int, LexEntry]] = []
        last_end = 0
        for word in _BODY_KEY.finditer(text):
            start = word.start()
            if start < last_end:
                continue
            for form in self.by_key.get(word.group(), ()):
                end = start + len(form)
                if text.startswith(form, start) and (end == len(text) or not _joins(form, text[end])):
                    found.append((start, end, self.entries[self.forms[form]]))
                    last_end = end
                    break
        return found


def _joins(form: str, nxt: str) -> bool:
    """True when `nxt` would continue the last word of `form` (no word boundary)."""
    return nxt.isalnum() or (nxt == "-" and form[-1].isalnum())


def parse_lexicon(text: str) -> OrgLexicon:
    """TSV text -> OrgLexicon; malformed lines (no name, unknown type) are skipped, later duplicates lose."""
    entries: list[LexEntry] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")] + [""] * len(_COLUMNS)
        name, acronym, aliases, org_type, country = cells[: len(_COLUMNS)]
        if not name or (org_type and org_type not in ORG_TYPES):
            continue
        entries.append(LexEntry(
            name=name.translate(_APOSTROPHES),
            acronym=acronym or None,
            aliases=tuple(a.strip().translate(_APOSTROPHES) for a in aliases.split("|") if a.strip()),
            org_type=org_type or None,
            country=country or None,
        ))
    return build_lexicon(entries)


def build_lexicon(entries: list[LexEntry] | tuple[LexEntry, ...]) -> OrgLexicon:
    """Index entries by surface form (first entry wins a clash) and by first word."""
    forms: dict[str, int] = {}
    names: dict[str, int] = {}
    for idx, entry in enumerate(entries):
        names.setdefault(entry.name.casefold(), idx)
        for form in (entry.name, entry.acronym, *entry.aliases):
            if form and _BODY_KEY.match(form):
                forms.setdefault(form, idx)
    keyed: dict[str, list[str]] = {}
    for form in forms:
        keyed.setdefault(_KEY.match(form).group(), []).append(form)
    by_key = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in keyed.items()}
    return OrgLexicon(
        entries=tuple(entries),
        forms=MappingProxyType(forms),
        names=MappingProxyType(names),
        by_key=MappingProxyType(by_key),
    )


def load_org_lexicon(path: str | None = None) -> OrgLexicon:
    """Read the packaged organizations.tsv, or the user's TSV at `path` (read once; raises if missing)."""
    if path is None:
        text = resources.files("pressroom.extract").joinpath("data/organizations.tsv").read_text("utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    return parse_lexicon(text)
