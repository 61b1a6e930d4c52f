"""The curated organization list: parse the alias TSV and index it for matching.

The packaged file `data/organizations.tsv` (or a user's TSV with the same
columns) is read once, at the edge, by `load_org_lexicon`; the resulting
`OrgLexicon` is then passed down as an argument. Matching is a prefix index:
every surface form goes into one prefix-sharing regex (see `wordtrie`), so a
body is scanned in one pass of the regex engine.

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

from pressroom.extract.wordtrie import trie_pattern
from pressroom.records import ORG_TYPES

# Forms must start with an ASCII capital or a digit (names, acronyms, "G7").
_FORM_START = re.compile(r"[A-Z0-9]")
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
    # every form in one prefix-sharing regex, bounded by non-word characters
    pattern: re.Pattern[str] | None = None

    def entry_for(self, text: str) -> LexEntry | None:
        """Entry whose surface form or canonical name is `text`; None if unknown."""
        text = text.translate(_APOSTROPHES)
        idx = self.forms.get(text)
        if idx is None:
            idx = self.names.get(text.casefold())
        return None if idx is None else self.entries[idx]

    def scan(self, body: str) -> list[tuple[int, int, LexEntry]]:
        """Every lexicon form in `body` as (start, end, entry), longest at each start, left to right."""
        entries = self.entries
        return [(s, e, entries[idx]) for s, e, idx in self.scan_indices(body)]

    def scan_indices(self, body: str) -> list[tuple[int, int, int]]:
        """`scan` with each entry given by its index into `entries` (callers that keep per-entry data)."""
        if self.pattern is None:
            return []
        text = body.replace("\u2019", "'").replace("\u2018", "'")
        forms = self.forms
        # the left word boundary is checked here, not in the regex: a leading
        # look-behind would disable re's fast first-character scan
        return [(s, m.end(), forms[m.group()]) for m in self.pattern.finditer(text)
                if not (s := m.start()) or not text[s - 1].isalnum()]


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
            if form and _FORM_START.match(form):
                forms.setdefault(form, idx)
    # a form must not continue into a longer word ("UN" in "UNESCO", "UN-run")
    pattern = re.compile(rf"(?:{trie_pattern(tuple(forms))})(?![A-Za-z0-9\-])")
    return OrgLexicon(
        entries=tuple(entries),
        forms=MappingProxyType(forms),
        names=MappingProxyType(names),
        pattern=pattern,
    )


def load_org_lexicon(path: str | None = None) -> OrgLexicon:
    """Read the packaged organizations.tsv, or the user's TSV at `path` (read once; raises if missing)."""
    if path is None:
        text = resources.files("pressroom.extract").joinpath("data/organizations.tsv").read_text("utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    return parse_lexicon(text)
