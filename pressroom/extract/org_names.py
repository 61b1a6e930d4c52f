"""Organization names found by their shape, without a curated list.

A name is a run of capitalised words (connectors like `of`, `for`, `and`
allowed inside) that is headed by an institution word: `National Health
Commission`, `Ministry of Commerce`, `University of Chicago`, `Shanghai Academy
of Social Sciences`. The word lists in `org_words` are the rules; `find_name_spans`
applies them to a body and returns spans. Precision first: people, places,
works and awards rarely end in an institution word, and runs are cut at role
titles (`Spokesperson`), possessors (`China's`), dates and sentence openers.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache
from typing import NamedTuple

from pressroom.extract.org_words import (
    CONNECTORS,
    CENTRE_HEADS,
    COORDINATORS,
    FOREIGN_HEADS,
    HEAD_TYPES,
    HEAD_WORDS,
    INTERCAP_PREFIXES,
    KEEP_POSSESSIVE,
    NOT_INTERCAP_NAMES,
    NOT_ORG_NAMES,
    ROMANCE_CONNECTORS,
    SEGMENT_CONNECTORS,
    STOP_WORDS,
    TAIL_HEADS,
    TITLE_WORDS,
    WEAK_HEADS,
)
from pressroom.extract.wordtrie import trie_pattern

# --- token shapes ------------------------------------------------------------

_CHUNK = re.compile(r"\S+")
# Capitalised runs: capitalised words (edge punctuation and possessives
# included; `_tokens` sorts them out) joined by single spaces or connectors.
# Institution words are found first (one regex pass, in C), and a run is only
# looked for just before each of them, which keeps the per-article cost small.
_NAME_WORD = r"[A-Z(][\w\-&'\u2019.)]*"
_JOIN = r"(?: (?:of|for|and|&|de|du|des|la|le)(?: the)?)? "
RUN = re.compile(rf"{_NAME_WORD}(?:{_JOIN}{_NAME_WORD})*")
# no leading \b: it would disable re's first-character scan; checked in code
HEAD = re.compile(rf"(?:{trie_pattern(HEAD_WORDS | WEAK_HEADS)})(?![\w\-])")
# ", Ltd." after a company name belongs to it (the comma would end the run).
LEGAL_SUFFIX = re.compile(r",? (?:Ltd\.?|Inc\.?|LLC|PLC|plc|Co\., Ltd\.?|S\.A\.|AG|GmbH)(?![\w])")
# How far before an institution word a run may start (chars).
_RUN_REACH = 160
INNER_ACRONYM = re.compile(r"^\([A-Z][A-Za-z0-9&.\-]{1,9}\)$")
_LEADING = "(\"'\u201c\u2018["
_TRAILING = ",;:!?)]\"'\u201d\u2019"
# Abbreviations whose final dot is part of the word, not a sentence end.
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$|^(?:Inc|Co|Corp|Ltd|St|Jr|Bros|Dept|Univ)\.$")
_POSSESSIVE = re.compile(r"^(.+?)(?:['\u2019]s|s['\u2019])$")
# "University of Texas at Austin": a campus after "at" belongs to the name.
CAMPUS = re.compile(r" at ((?:[A-Z][a-z]+)(?:[ \-][A-Z][a-z]+){0,2})(?![\w\-]| [A-Z]| (?:of|for|and|de)\b)")
# One intercapped word: "ResearchGate", "JetBlue", "SiriusXM", "LibriVox"
# Found from its seam (a cheap scan), then checked whole.
# possessive `{2,}+`: a shorter lower-case run cannot be followed by a capital,
# so giving back letters is wasted work at every capitalised word
_SEAM = re.compile(r"[A-Z][a-z]{2,}+[A-Z]")
INTERCAP = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,}|[A-Z]{2,}(?![a-z]))+")
_WORD_CHARS = re.compile(r"[\w\-.@/']*")
_SEAM_REST = r"([a-z]{2,}+[A-Z])"      # _SEAM after its first capital, captured: marks a seam match


def _head_or_seam_pattern() -> re.Pattern[str]:
    """HEAD and _SEAM in one pass over the body; a seam match captures a group (`lastindex`).

    Every alternative opens with its capital letter, so `re` keeps its fast
    first-character scan (a plain HEAD|_SEAM alternation loses it). Exact: no
    institution word holds a seam, and none but "FC" and "F.C." holds an inner
    capital, so a match of one kind never hides a match of the other - except an
    institution word inside a seam's word, which is preceded by a letter and skipped anyway.
    """
    heads = HEAD_WORDS | WEAK_HEADS
    branches = []
    for first in sorted({w[0] for w in heads} | set(string.ascii_uppercase)):
        rest = [w[1:] for w in heads if w[0] == first]
        alternatives = [f"(?:{trie_pattern(rest)})(?![\\w\\-])"] if rest else []
        if first in string.ascii_uppercase:
            alternatives.append(_SEAM_REST)
        branches.append(re.escape(first) + "(?:" + "|".join(alternatives) + ")")
    return re.compile("|".join(branches))


HEAD_OR_SEAM = _head_or_seam_pattern()
# A run of plain capitalised words ("National Health Commission"): the common
# case, named without building tokens.
_SIMPLE_RUN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+$")


class _Tok(NamedTuple):
    """A word of a run (a tuple: cheap to build, and many are built)."""

    text: str
    start: int
    end: int
    gap_before: bool   # punctuation or a line break separates it from the previous token


class NameSpan(NamedTuple):   # a tuple, like _Tok: far cheaper to build than a frozen dataclass
    """A shape-found organization name: `body[start:end] == text`."""

    start: int
    end: int
    text: str


def _tokens(body: str, start: int, end: int) -> list[_Tok]:
    """Words of body[start:end], edge punctuation removed; punctuation marks a gap."""
    toks: list[_Tok] = []
    pending_gap = True
    prev_end = start
    for m in _CHUNK.finditer(body, start, end):
        raw, at = m.group(), m.start()
        gap = pending_gap or "\n" in body[prev_end:at]
        prev_end = m.end()
        if raw[0] == "(" and INNER_ACRONYM.match(raw):
            toks.append(_Tok(raw, at, prev_end, gap))
            pending_gap = False
            continue
        lead = len(raw) - len(raw.lstrip(_LEADING))
        word = raw[lead:].rstrip(_TRAILING)
        pending_gap = len(word) + lead < len(raw)
        if word.endswith(".") and not _DOTTED.match(word):
            word, pending_gap = word[:-1], True
        at += lead
        if ("'" in word or "\u2019" in word) and word not in KEEP_POSSESSIVE:
            possessive = _POSSESSIVE.match(word)
            if possessive:
                # a possessor ends its run ("China's", "the Ministry's"): keep
                # the name without the 's, then a marker that closes the run
                bare = possessive.group(1)
                toks.append(_Tok(bare, at, at + len(bare), gap or lead > 0))
                toks.append(_Tok("'s", at + len(bare), at + len(word), True))
                pending_gap = True
                continue
        if word:
            toks.append(_Tok(word, at, at + len(word), gap or lead > 0))
        else:
            pending_gap = True
    return toks


def _is_name_word(text: str) -> bool:
    return (text[0].isupper() or text[0].isdigit() and any(c.isupper() for c in text)) \
        and text not in STOP_WORDS and text not in TITLE_WORDS


def _runs(toks: list[_Tok]) -> list[list[_Tok]]:
    """Maximal runs: name words joined by single spaces, with connectors inside."""
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    for tok in toks:
        joinable = cur and not tok.gap_before
        if tok.text == "'s":
            cur = _flush(cur, runs)
            continue
        # a role title after "of (the)" is part of the name ("Office of the Commissioner")
        complement = joinable and cur[-1].text in ("of", "for", "the") and tok.text in TITLE_WORDS
        if _is_name_word(tok.text) or complement or (INNER_ACRONYM.match(tok.text) and joinable):
            if not joinable:
                cur = _flush(cur, runs)
            cur.append(tok)
        elif tok.text in CONNECTORS and joinable and (tok.text != "the" or cur[-1].text in ("of", "for")):
            cur.append(tok)
        else:
            cur = _flush(cur, runs)
    _flush(cur, runs)
    return runs


def _flush(cur: list[_Tok], runs: list[list[_Tok]]) -> list[_Tok]:
    """Close a run: drop trailing connectors and a dangling inner acronym."""
    while cur and (cur[-1].text in CONNECTORS or INNER_ACRONYM.match(cur[-1].text)):
        cur.pop()
    if cur:
        runs.append(cur)
    return []


def _is_head(run: list[_Tok], i: int) -> bool:
    """Institution word at run[i]; weak heads only when an of/for complement follows."""
    text = run[i].text
    if text in TAIL_HEADS:
        return i + 1 == len(run) or run[i + 1].text in CONNECTORS
    if text in HEAD_WORDS:
        return True
    if text not in WEAK_HEADS:
        return False
    # "Center for Strategic Studies"; "Centre International de Formation" (head-first)
    return (i + 1 < len(run) and run[i + 1].text in ("of", "for")) or \
        any(tok.text in ROMANCE_CONNECTORS for tok in run[i + 1:])


def _has_head(run: list[_Tok]) -> bool:
    return any(_is_head(run, i) for i in range(len(run)))


def _first_chunk(run: list[_Tok]) -> list[_Tok]:
    """Words up to the first connector ("Ohio State University" of "... and Ohio State University")."""
    for i, tok in enumerate(run):
        if tok.text in CONNECTORS:
            return run[:i]
    return run


def _split_coordination(run: list[_Tok]) -> list[list[_Tok]]:
    """Split "A Foundation and B", "X University and Y University", "House and Senate"."""
    if not any(tok.text in COORDINATORS for tok in run):
        return [run]
    for i, tok in enumerate(run):
        if tok.text in COORDINATORS and 0 < i < len(run) - 1 and (
                _is_head(run, i - 1) or run[i - 1].text in WEAK_HEADS
                or (i == len(run) - 2 and run[-1].text in HEAD_WORDS)
                or (_has_head(run[:i]) and _has_head(_first_chunk(run[i + 1:])))):
            return [run[:i]] + _split_coordination(run[i + 1:])
    return [run]


def _trim_to_head(run: list[_Tok]) -> list[_Tok] | None:
    """Cut the run to the institution name in it; None when unheaded.

    Leading of/for-segments without an institution word are not part of the
    name ("Troy Smith of Slate Magazine", "Award of the Linguistic Society"):
    X-of-Y names carry their institution word in X. At the other end the name
    stops after its last institution word's chunk.
    """
    first = 0
    for i, tok in enumerate(run):
        if tok.text in SEGMENT_CONNECTORS and i > first:
            if _has_head(run[first:i]) or (not _has_head(run[i + 1:]) and any(
                    run[j].text in CENTRE_HEADS and _is_head(run, j) for j in range(first, i))):
                break
            first = i + 1
    run = run[first:]
    while run and run[0].text in CONNECTORS:
        run = run[1:]
    chunks: list[list[int]] = [[]]
    for i, tok in enumerate(run):
        if tok.text in CONNECTORS:
            chunks.append([])
        else:
            chunks[-1].append(i)
    headed = [c for c in chunks if any(_is_head(run, i) for i in c)]
    if not headed:
        return None
    last = headed[-1]
    head_at = max(i for i in last if _is_head(run, i))
    head_first = run[head_at].text in FOREIGN_HEADS or any(t.text in ROMANCE_CONNECTORS for t in run)
    if head_at != last[-1] and not head_first:
        # "Beijing Normal University Chen Li": the chunk goes on past its head,
        # so later words are not part of the name, nor are later chunks
        return run[: head_at + 1]
    return run


# the same names recur article after article: memoised (pure, bounded)
@lru_cache(maxsize=4096)
def guess_org_type(name: str) -> str:
    """org_type for a name from its institution words; "other" when none is typed."""
    words = set(name.split())
    for org_type, heads in HEAD_TYPES:
        if words & heads:
            return org_type
    return "other"


@lru_cache(maxsize=4096)   # pure; called per acronym definition, and definitions recur
def is_org_shaped(name: str) -> bool:
    """True when `name` (title-case words) contains an institution word and is not a known place/event."""
    words = [w.rstrip(".,") for w in name.split()]
    return name not in NOT_ORG_NAMES and any(
        w in HEAD_WORDS or (w in WEAK_HEADS and words[i + 1:i + 2] in (["of"], ["for"]))
        for i, w in enumerate(words))


def find_name_spans(body: str) -> list[NameSpan]:
    """Institution-headed capitalised names in `body`, in text order (may contain "(ABC)")."""
    return find_names_and_intercaps(body)[0]


def find_intercap_names(body: str) -> list[NameSpan]:
    """Intercapped one-word names ("ResearchGate", "WestJet"), in text order; products and surnames left out."""
    return find_names_and_intercaps(body)[1]


def find_names_and_intercaps(body: str) -> tuple[list[NameSpan], list[NameSpan]]:
    """`find_name_spans` and `find_intercap_names` of `body`."""
    spans: list[NameSpan] = []
    intercaps: list[NameSpan] = []
    covered = 0
    for head in HEAD_OR_SEAM.finditer(body):
        at = head.start()
        if head.lastindex:   # an intercap seam
            named = _intercap_at(body, at)
            if named is not None and (not intercaps or intercaps[-1].start != named.start):
                intercaps.append(named)
            continue
        if at < covered or (at and (body[at - 1].isalnum() or body[at - 1] == "-")):
            continue
        line = body.rfind("\n", 0, at) + 1
        ws = max(line, covered, at - _RUN_REACH)
        if ws > line and ws > covered:
            ws = body.find(" ", ws, at) + 1 or at   # start on a word
        run = _run_reaching(body, ws, at)
        if run is not None and run.start() <= at:
            spans.extend(_spans_in_run(body, run.start(), run.end()))
            covered = run.end()
    return spans, intercaps


def _run_reaching(body: str, ws: int, at: int) -> re.Match[str] | None:
    """First capitalised run found scanning from `ws` that ends after `at` (None if none).

    Successive `search` calls visit the same runs as `finditer` (a run is
    never empty) without building an iterator per institution word.
    """
    run = RUN.search(body, ws)
    while run is not None and run.end() <= at:
        run = RUN.search(body, run.end())
    return run


def _spans_in_run(body: str, start: int, end: int) -> list[NameSpan]:
    """Names in one capitalised run of `body`, plus a legal suffix (", Ltd.") that follows them."""
    spans: list[NameSpan] = []
    for lo, hi in _named_parts(body[start:end]):
        lo, hi = start + lo, start + hi
        legal = LEGAL_SUFFIX.match(body, hi)
        if legal:   # "Huawei Technologies Co., Ltd."
            hi = legal.end()
        elif body.startswith("University of ", lo):
            campus = CAMPUS.match(body, hi)
            if campus and not any(w in STOP_WORDS or w in TITLE_WORDS for w in campus.group(1).split()):
                hi = campus.end()
        text = body[lo:hi]
        if text not in NOT_ORG_NAMES:
            spans.append(NameSpan(lo, hi, text))
    return spans


# A run's names depend on the run's text alone, and the same names recur in
# article after article, so this pure function is memoised (bounded; the cache
# is invisible to callers). It is most of the name-shape cost.
@lru_cache(maxsize=8192)
def _named_parts(run_text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets in `run_text` of the names its run, coordination and head rules keep."""
    if _SIMPLE_RUN.match(run_text):
        return _simple_parts(run_text)
    return _complex_parts(run_text)


def _complex_parts(run_text: str) -> tuple[tuple[int, int], ...]:
    """The general token path of `_named_parts` (connectors, punctuation, possessives, titles)."""
    parts: list[tuple[int, int]] = []
    for run in _runs(_tokens(run_text, 0, len(run_text))):
        for part in _split_coordination(run):
            named = _trim_to_head(part)
            if not named:
                continue
            while named and (named[-1].text in CONNECTORS or INNER_ACRONYM.match(named[-1].text)):
                named.pop()
            words = [t for t in named if t.text not in CONNECTORS]
            if len(words) >= 2:   # a bare "Ministry" or "University" is a description, not a name
                parts.append((named[0].start, named[-1].end))
    return tuple(parts)


def _simple_parts(run_text: str) -> tuple[tuple[int, int], ...]:
    """`_named_parts` for a run of plain capitalised words (most runs): the same rules, without tokens."""
    words = run_text.split(" ")
    if any(w in STOP_WORDS or w in TITLE_WORDS for w in words):
        return _complex_parts(run_text)
    last = len(words) - 1
    for i in range(last, -1, -1):
        w = words[i]
        if w in FOREIGN_HEADS:
            # head-first names run to the end: "Vrije Universiteit Amsterdam", "Banco Santander"
            return ((0, len(run_text)),)
        if i and ((w in TAIL_HEADS and i == last) or (w in HEAD_WORDS and w not in TAIL_HEADS)):
            # a name stops after its institution word ("Eastland Normal University Chen Li")
            return ((0, sum(map(len, words[:i + 1])) + i),)
    return ()


def _intercap_at(body: str, at: int) -> NameSpan | None:
    """The intercapped name whose word contains offset `at`, or None (products, surnames, e-mail addresses)."""
    start = at
    while start and (body[start - 1].isalnum() or body[start - 1] in "-.@/_"):
        start -= 1
    tail = _WORD_CHARS.match(body, at)  # never None: the pattern may match empty
    word = body[start:tail.end() if tail else at].rstrip(".'")
    if word.endswith("'s"):
        word = word[:-2]
    if INTERCAP.fullmatch(word) and word not in NOT_INTERCAP_NAMES and not word.startswith(INTERCAP_PREFIXES):
        return NameSpan(start, start + len(word), word)
    return None
