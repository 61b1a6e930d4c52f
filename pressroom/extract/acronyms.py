"""Acronym definitions in running text (Schwartz & Hearst 2003, adapted to names).

Two shapes are recognised anywhere in a body:

    Full Name (ABC)      -> the long form is the shortest run of words before the
                            parenthesis whose letters spell ABC (SH's algorithm)
    ABC (Full Name)      -> the long form is the whole parenthesised text

and, where the letters do not align:

    Full Name (ABC)      -> a title-case name of 2+ words before an all-capitals
                            short form whose letters come from another language
                            (`National Alliance (AN)`); `spelled` is False and
                            the caller keeps it only for an organization-shaped name
    ABC word (Full Name) -> one lower-case word between the short form and a
                            long form spelled by its initials (`the FIRST
                            competition (For Inspiration and Recognition of ...)`)

Only title-case long forms are kept (`severe acute respiratory syndrome (SARS)`
is a term, not a name); deciding whether a name is an organization is left to
the caller. Pure functions over `str`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# --- shapes ------------------------------------------------------------------

# An acronym token: 2-10 characters, starting with a capital, at least two
# capitals in all ("CPC", "NATO", "G20" has one capital plus digits, so digits
# count too), optionally dotted ("U.N.") or with & and - ("AT&T", "SCO-RATS").
_ACRONYM_BODY = r"[A-Z][A-Za-z0-9&.\-]{1,9}"
ACRONYM = re.compile(rf"^{_ACRONYM_BODY}$")
# "(ABC)" with the text before it on the same line.
PAREN_SHORT = re.compile(rf"\(({_ACRONYM_BODY})\)")
# "ABC (Full Name)": an acronym word then a parenthesis of capitalised words.
SHORT_THEN_LONG = re.compile(rf"\b({_ACRONYM_BODY})\s\(([A-Z][^()\n]{{3,120}})\)")
# "FIRST competition (For Inspiration ...)": one lower-case word between them.
SHORT_WORD_THEN_LONG = re.compile(rf"\b({_ACRONYM_BODY}) [a-z]{{3,15}}\s\(([A-Z][^()\n]{{3,120}})\)")
# The title-case name right before a "(ABC)" whose letters it does not spell.
UNSPELLED_LONG = re.compile(r"(?:[A-Z][\w\-'\u2019&.]*\s(?:(?:of|for|and|the|on|de|di|del|della|du|des|la|le|&)\s)*){1,7}$")
# Words of a long form: connectors may be lower case, everything else not.
CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "&", "at", "to"})
# How far before "(ABC)" a long form may start (chars).
_REACH = 240


@dataclass(frozen=True, slots=True)
class AcronymDef:
    """`short` defined as `long`; both spans index the body."""

    short: str
    short_start: int
    short_end: int
    long: str
    long_start: int
    long_end: int
    spelled: bool = True   # False: the long form does not spell the short one (another language's letters)


@lru_cache(maxsize=4096)     # pure, and the same few acronyms recur article after article
def is_acronym(token: str) -> bool:
    """True for acronym-shaped tokens (CPC, U.N., G20, AT&T); False for words like `Who` or `I`."""
    if not ACRONYM.match(token) or token.endswith("-"):
        return False
    letters = [c for c in token if c.isalnum()]
    caps = sum(c.isupper() or c.isdigit() for c in letters)
    return len(letters) >= 2 and caps >= 2 and caps * 2 >= len(letters)


@lru_cache(maxsize=4096)
def _spelled(short: str) -> tuple[str, ...]:
    """The lower-cased letters and digits an acronym spells (the same acronyms recur: memoised)."""
    return tuple(c.lower() for c in short if c.isalnum())


@lru_cache(maxsize=4096)
def _initials(short: str) -> tuple[str, ...]:
    """The lower-cased letters of an all-capitals acronym, by initials; () for any other acronym."""
    return tuple(c.lower() for c in short if c.isalpha()) if short.isupper() else ()


def best_long_form(short: str, text: str) -> int | None:
    """Start offset in `text` of the shortest suffix spelling `short` (SH, capitalised first word); None if none."""
    chars = _spelled(short)
    if not chars:
        return None
    # An ASCII text lower-cases char for char, so str.rfind can look for each letter.
    low = text.lower() if text.isascii() else None
    s, pos = len(chars) - 1, len(text) - 1
    while s >= 0:
        pos = _letter_before(text, low, chars[s], pos, first=s == 0)
        if pos < 0:
            return None
        pos -= 1
        s -= 1
    if pos >= 0 and text[pos] == "-":
        # "China-World Health Organization (WHO)": the name starts after the hyphen
        return pos + 1
    return text.rfind(" ", 0, pos + 2) + 1


def _letter_before(text: str, low: str | None, c: str, pos: int, first: bool) -> int:
    """Last position <= pos whose character lower-cases to c (-1 if none).

    The acronym's first character must also start a capitalised word of the
    long form (names, not "of the Harbour Trust" for OHT).
    """
    while pos >= 0:
        if low is not None:
            pos = low.rfind(c, 0, pos + 1)
            if pos < 0:
                return -1
        elif text[pos].lower() != c:
            pos -= 1
            continue
        if not first or not ((pos > 0 and text[pos - 1].isalnum()) or text[pos].islower()):
            return pos
        pos -= 1
    return -1


def _title_case(words: list[str]) -> bool:
    """True when every non-connector word starts with a capital or a digit."""
    content = [w for w in words if w.lower() not in CONNECTORS]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content) and words[0] not in CONNECTORS


def _long_before(body: str, paren: int, short: str) -> tuple[int, int] | None:
    """Span of the long form ending just before `(` at `paren`, or None."""
    # the long form stays inside its sentence (a line, or after ". ")
    dot = body.rfind(". ", 0, paren)
    line_start = max(body.rfind("\n", 0, paren) + 1, dot + 2 if dot >= 0 else 0)
    span = _long_form_in(body[line_start:paren], short)
    return None if span is None else (line_start + span[0], line_start + span[1])


# The same definitions recur article after article ("World Health
# Organization (WHO)"), so the sentence-level search is memoised (pure, bounded).
@lru_cache(maxsize=4096)
def _long_form_in(head: str, short: str) -> tuple[int, int] | None:
    """Span in `head` (a sentence up to its "(ABC)") of the long form of `short`, or None."""
    paren = len(head)
    window_start = 0
    # names are far shorter than a paragraph: only the last stretch is read.
    # Words as plain strings (one C split); the few offsets needed are found
    # by `_word_start` instead of building a match object per word.
    words = head[max(0, paren - _REACH):].split()
    limit = min(len(short) + 5, len(short) * 2)   # SH's window: |A|+5 or 2|A| words
    if len(words) > limit:
        window_start = _word_start(head, paren, words, limit)
    end = paren
    while end > window_start and head[end - 1] == " ":
        end -= 1
    text = head[window_start:end]
    rel = best_long_form(short, text)
    if rel is None:
        return None
    initials = _initials_count(short, words)
    start = min(window_start + rel, end if initials is None else _word_start(head, paren, words, initials))
    long_words = head[start:end].split()
    if len(long_words) < 2 or not _title_case(long_words):
        return None
    return start, end


def _word_start(body: str, hi: int, words: list[str], count: int) -> int:
    """Offset in `body` of words[-count], where `words` is the split of a stretch ending at `hi`.

    Walks back word by word: only whitespace lies between a word and the
    next one, so the last occurrence before the next word is the word itself.
    """
    at = hi
    for word in reversed(words[-count:]):
        at = body.rfind(word, 0, at)
    return at


def _initials_count(short: str, words: list[str]) -> int | None:
    """How many of the last `words` (connectors included) spell `short` by initials; None if they do not.

    SH may take letters from inside words ("Council on Trade and Development"
    spells CCTD with the c of "Council"); initials of whole words are the
    better reading ("Coastal Council on Trade and Development").
    """
    letters = _initials(short)
    if not letters:
        return None
    n = len(letters)
    for count, text in enumerate(reversed(words), 1):
        if text.lower() in CONNECTORS:
            continue
        n -= 1
        if n < 0 or text[0].lower() != letters[n]:
            return None
        if n == 0:
            return count
    return None


def _spells_by_initials(short: str, words: list[str]) -> bool:
    """True when the initials of `words` (connectors skipped, but never the first word) are `short`'s letters."""
    letters = _initials(short)
    content = words[:1] + [w for w in words[1:] if w.lower() not in CONNECTORS]
    return bool(letters) and len(content) == len(letters) and _title_case(words[1:] or words) \
        and all(w[0].lower() == c for w, c in zip(content, letters))


def _unspelled_before(body: str, paren: int) -> tuple[int, int] | None:
    """Span of a title-case name of 2-7 words ending right before the `(` at `paren`, or None."""
    line_start = body.rfind("\n", 0, paren) + 1
    head = body[max(line_start, paren - 120):paren]
    m = UNSPELLED_LONG.search(head)
    if m is None:
        return None
    words = m.group().split()
    # the run may start at a sentence's first word ("In", "The"): names do not
    while words and words[0] in _OPENING_WORDS:
        words = words[1:]
    if len(words) < 2 or words[-1].lower() in CONNECTORS or not _title_case(words):
        return None
    end = paren - (len(head) - len(head.rstrip()))
    start = end - len(" ".join(words))
    if body[start:end].split() != words:
        return None
    return start, end


# Capitalised words that open a sentence, never a name.
_OPENING_WORDS = frozenset({"The", "A", "An", "In", "On", "At", "For", "By", "From", "With", "And", "But", "As"})


def _may_open_long_form(body: str, paren: int) -> bool:
    """True when `(` at `paren` can open an `ABC (Full Name)` long form: a space before it, a capital after.

    A cheap test that spares the pattern search at "(2023)", "(see ...)" and the like.
    """
    return body[paren - 1:paren].isspace() and "A" <= body[paren + 1:paren + 2] <= "Z"


def find_acronym_definitions(body: str) -> list[AcronymDef]:
    """Every `Long Name (ABC)` and `ABC (Long Name)` definition in `body`, in text order."""
    found: list[AcronymDef] = []
    paren = body.find("(")
    # parentheses are rare, so visit each one instead of running both
    # patterns over the whole body
    while paren >= 0:
        m = PAREN_SHORT.match(body, paren)
        if m is not None:
            short = m.group(1).rstrip(".") if m.group(1).count(".") == 1 else m.group(1)
            span = _long_before(body, paren, short) if is_acronym(short) else None
            if span is not None:
                found.append(AcronymDef(short, m.start(1), m.start(1) + len(short), body[span[0]:span[1]], *span))
            elif short.isalpha() and short.isupper() and len(short) <= 6:
                unspelled = _unspelled_before(body, paren)
                if unspelled is not None:
                    found.append(AcronymDef(short, m.start(1), m.start(1) + len(short),
                                            body[unspelled[0]:unspelled[1]], *unspelled, spelled=False))
        elif _may_open_long_form(body, paren):
            m = SHORT_THEN_LONG.search(body, max(0, paren - 12), paren + 124)
            if m is not None and m.start(2) == paren + 1:
                short, inner = m.group(1), m.group(2)
                words = inner.split()
                if is_acronym(short) and best_long_form(short, inner) == 0 and len(words) >= 2 \
                        and _title_case(words):
                    found.append(AcronymDef(short, m.start(1), m.end(1), inner, m.start(2), m.end(2)))
            else:
                m = SHORT_WORD_THEN_LONG.search(body, max(0, paren - 30), paren + 124)
                if m is not None and m.start(2) == paren + 1 and is_acronym(m.group(1)) \
                        and _spells_by_initials(m.group(1), m.group(2).split()):
                    found.append(AcronymDef(m.group(1), m.start(1), m.end(1), m.group(2), m.start(2), m.end(2)))
        paren = body.find("(", paren + 1)
    return found
