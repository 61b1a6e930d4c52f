"""Paragraphs, quote-mark spans and quote-aware sentences of an article body.

All offsets index the body. A quote span is (open, close): the positions of
the opening and closing marks, so the quoted words are body[open+1:close].
Sentences never break inside a quote span, so a multi-sentence quotation
stays in one sentence together with its attribution.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from pressroom.extract.cues import CUE_RE

PARAGRAPH_SEP = "\n\n"

# Marks that open and the mark that closes each; a straight double quote
# closes itself. Single curly marks count only at word edges (apostrophes
# inside words such as "don’t" are the same character).
OPENERS = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "''": "''"}
# Every quote-mark token; two apostrophes stand for a double mark (some wires).
# A lone ' is an apostrophe: no token (the pattern still opens with a character
# class, which `re` scans for fast).
MARK_RE = re.compile("['\"\u201c\u201d\u2018\u2019](?:(?<=')'|(?<!')'?)")
# Characters after which a single mark can open a quotation.
SINGLE_OPEN_AFTER = " \t\n([{\u201c\"\u2014\u2013-/"

# Abbreviations whose period does not end a sentence (titles, initials, months).
ABBREVIATIONS = frozenset("""
mr mrs ms dr sen rep gov gen lt col maj capt sgt st jr sr inc co corp ltd no vs etc
jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e a.m p.m
prof rev pres supt ft mt d r i calif fla ill mass mich minn penn tenn wash va
ariz colo conn del ga ind kan ky la md miss mo mont neb nev okla ore pa wis wyo
""".split())

# A terminator, optional closing marks/brackets, space, then a likely sentence start.
# (`[.?!][.?!]*`, not `[.?!]+`: a pattern that opens with a character class
# lets `re` skip to the next terminator in a tight loop.)
# Pages copied from the web sometimes lose the space after a full stop ("on Monday.According
# to ..."): a stop between a lower-case word and a capitalised word ends a sentence too (not
# "St.Louis" or "www.CNN.com": two lower-case letters before, two after the capital).
SENTENCE_END_RE = re.compile(
    r"[.?!][.?!]*[\"\u201d\u2019')\]]*(?:\s+(?=(?:''|[\"\u201c\u2018'(\[])?[A-Z0-9])|(?<=[a-z][a-z][.?!])(?=[A-Z][a-z][a-z]))"
)


# A quotation ending in ? or ! runs on into its attribution when a speaker of
# at most this many words and a cue follow within this many characters.
ATTRIBUTION_MAX_WORDS = 6
ATTRIBUTION_CHARS = 80

# Quote-mark characters, and what is trimmed from the edges of a statement.
MARK_CHARS = "\"\u201c\u201d\u2018\u2019'"
EDGE_CHARS = " \t\n,;:\u2014\u2013-'"


class Sentence(NamedTuple):
    """A sentence: body[start:end], its paragraph, and the quote spans inside it."""

    start: int
    end: int
    paragraph: int
    quotes: tuple[tuple[int, int], ...]


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each `\\n\\n`-separated paragraph of body; [] for an empty body."""
    spans, pos = [], 0
    for part in body.split(PARAGRAPH_SEP):
        spans.append((pos, pos + len(part)))
        pos += len(part) + len(PARAGRAPH_SEP)
    return spans


def paragraph_starts(body: str) -> list[int]:
    """Offsets where the paragraphs of body start (those of `paragraph_spans`).

    The paragraph of offset x is `bisect_right(starts, x) - 1`, which equals `body.count("\\n\\n", 0, x)`.
    """
    return [start for start, _ in paragraph_spans(body)]


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paired quote marks in text[start:end] as (open, close); an unclosed mark closes at `end`.

    `open` is the last character of the opening mark and `close` the first of
    the closing one, so the quoted words are always text[open+1:close].
    """
    spans: list[tuple[int, int]] = []
    opened, closer = -1, ""
    for m in MARK_RE.finditer(text, start, end):
        i, mark = m.start(), m.group()
        if len(mark) == 2 and mark != "''":
            mark = mark[0]  # a mark followed by an apostrophe (`"'`): the mark alone
        if opened < 0:
            if mark == "\u2019" or mark == "\u201d" and i > start and not text[i - 1].isspace():
                continue  # a closing mark with nothing open: an apostrophe or stray mark
            if mark == "\u2018" and i > start and text[i - 1] not in SINGLE_OPEN_AFTER:
                continue  # an apostrophe written with the opening character
            opened, closer = m.end() - 1, OPENERS.get(mark, mark)
        elif mark == closer or (closer in '"\u201d' and mark in '"\u201d'):
            if closer == "\u2019" and m.end() < end and text[m.end()].isalpha():
                continue  # an apostrophe inside a word, not the closing mark
            spans.append((opened, i))
            opened = -1
    if opened >= 0 and closer not in ("\u2019", "''"):
        spans.append((opened, end))  # runs to the paragraph end (multi-paragraph quote)
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    # Spans are sorted and disjoint: only the last one opening before pos can hold it.
    k = bisect_left(spans, (pos,))
    return k > 0 and spans[k - 1][1] >= pos


def split_sentences(body: str) -> tuple[list[Sentence], list[tuple[int, int]]]:
    """Quote-aware sentences of body plus all quote spans; never splits inside quote marks."""
    sentences: list[Sentence] = []
    all_quotes: list[tuple[int, int]] = []
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(body)):
        spans = quote_spans(body, p_start, p_end)
        all_quotes.extend(spans)
        cut = p_start
        for m in SENTENCE_END_RE.finditer(body, p_start, p_end):
            stop = m.start()
            if body[stop] == ".":
                word = body[max(body.rfind(" ", p_start, stop), p_start - 1) + 1: stop].lstrip("(\"\u201c'")
                if _abbreviated(word):
                    continue
            # A terminator inside quote marks only ends the sentence when the
            # quotation closes right there (`... end." He said`).
            if spans and _inside(stop, spans) and not _closes_at(m, spans):
                continue
            if body[stop] in "?!" and _attribution_follows(body, m.end(), p_end):
                continue  # `"Why not?" she asked.`: the attribution belongs to the quotation
            sentences.append(_make(body, cut, m.end(), p_index, spans))
            cut = m.end()
        if cut < p_end:
            sentences.append(_make(body, cut, p_end, p_index, spans))
    return sentences, all_quotes


def _attribution_follows(body: str, pos: int, end: int) -> bool:
    """True when body[pos:] opens with a short speaker and a cue (`Clinton said ...`)."""
    m = CUE_RE.search(body, pos, min(end, pos + ATTRIBUTION_CHARS))
    if m is None:
        return False
    between = body[pos:m.start()]
    words = between.split()
    return (0 < len(words) <= ATTRIBUTION_MAX_WORDS and not any(c in between for c in ",;:?!\"\u201c\u201d")
            and all(_abbreviated(w) for w in words if "." in w))


def _abbreviated(word: str) -> bool:
    """A word whose periods mark an abbreviation or an initial (`Mrs.`, `J.`, `U.S.`), not a sentence end."""
    core = word.rstrip(".")
    return core.lower() in ABBREVIATIONS or (len(core) == 1 and core.isupper())


def _closes_at(m: re.Match, spans: list[tuple[int, int]]) -> bool:
    # The quote closes between the terminator and the following space.
    return any(m.start() < c < m.end() for _, c in spans)


def _make(body: str, start: int, end: int, paragraph: int, spans: list[tuple[int, int]]) -> Sentence:
    while end > start and body[end - 1].isspace():
        end -= 1
    # The spans opening in [start, end): spans are sorted by their opening mark.
    inside = tuple(spans[bisect_left(spans, (start,)):bisect_left(spans, (end,))]) if spans else ()
    return Sentence(start, end, paragraph, inside)


def strip_span(body: str, start: int, end: int) -> tuple[int, int]:
    """Shrink body[start:end] past edge spaces and punctuation (commas, colons, dashes)."""
    while start < end and body[start] in EDGE_CHARS:
        start += 1
    while end > start and body[end - 1] in EDGE_CHARS:
        end -= 1
    return start, end
