"""Speaker phrases around a cue: where the speaker of a statement is written.

`speaker_before(body, s, pos)` finds the phrase that ends right before a cue
at `pos` (inside the sentence starting at `s`), skipping adverbs and time
phrases ("has also", "on Tuesday") and reading appositives ("Smith, a senior
fellow at ..., said" -> Smith). What the phrase refers to is `speakers.py`'s job.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat

from pressroom.extract import patterns as P
from pressroom.extract.sentences import MARK_CHARS
from pressroom.extract.speakers import (PRONOUNS, ROLE_NOUNS, is_person_name, is_speaker_phrase, tail_speaker,
                                       trim_speaker)

# How far back (characters) a speaker phrase may start before its cue.
SPEAKER_WINDOW = 260
# Most words a name's appositive may have ("Smith, a senior fellow at ..., said").
APPOSITIVE_MAX_WORDS = 30
# Most words in front of a speaker phrase that still belong to it ("Top donor Sheldon Adelson").
PREFIX_MAX_WORDS = 7
# Characters that open the clause a speaker prefix grows back to.
_PREFIX_OPENERS = ",;:(\u2014\"\u201c\u201d'"
# Most words an adverb or time phrase between speaker and cue may have.
TAIL_WORDS = 16
# Most words of a plain common-noun subject ("Nearly nine out of 10").
PLAIN_SUBJECT_MAX_WORDS = 6
# ... and of one opened by a determiner, which marks a noun phrase, not a clause
# ("a Turkish expert on the Asia Pacific region").
DET_SUBJECT_MAX_WORDS = 12
_SUBJECT_DETS = frozenset("a an the one another some several many two three four those these most all".split())
# Participles that may end a subject opened by a determiner ("those surveyed", "the people polled").
SURVEY_PARTICIPLES = frozenset("surveyed polled interviewed questioned sampled asked contacted".split())
# Comparatives that form a quantifier with `than` ("more than half", "fewer than 10").
_COMPARATIVES = frozenset("more less fewer".split())
# Nouns ending in -ing or -ed that may end a subject phrase ("a person familiar with the meeting").
ING_NOUNS = frozenset("""
meeting meetings briefing briefings hearing hearings building funding spending polling ruling rulings
morning evening training offering filing filings proceeding proceedings shooting shootings bombing
bombings uprising wedding gathering gatherings understanding thinking reporting
""".split())
# Longest relative clause between a subject and its cue ("critics who work in the industry say").
RELATIVE_MAX_CHARS = 70
# Longest `and <subject>` between a first statement and a second cue ("... and one in four said").
CONJOINED_MAX_CHARS = 70
# How far back adverbs and time phrases between speaker and cue may reach.
BETWEEN_CHARS = 60
# A poll figure (`67 percent`, `42%`, `a third`) in a comma-enclosed subject.
_FIGURE_RE = re.compile(r"\d|\b(?:percent|per\s+cent|half|third|thirds|quarter|majority|minority)\b", re.IGNORECASE)
# Dashes that enclose an aside between a subject and its cue.
_DASHES = ("--", "\u2014", "\u2013")
# -s endings of nouns, not of verbs ("boss", "politics", "the Post's").
NOT_VERB_S_ENDINGS = ("ss", "ics", "'s", "\u2019s")
# Words that cannot end a subject phrase.
_NOT_HEADS = frozenset("the a an of in to for on at by with and or but from as than".split())
# Fixed phrases that end a clause before a verb without being its subject
# ("..., let alone asserting ...", "..., not to mention claiming ...").
NOT_SUBJECT_ENDINGS = ("let alone", "not to mention", "as well as", "rather than", "instead of", "such as")
_WORD_START_RE = re.compile(r"(?<!\S)\S|(?<=[\"\u201c\u201d(])\S")
# A run of spaces, or a comma: `\s+|,` opened by a character class, which `re` scans for fast.
_SPACE_RUN_RE = re.compile(r"[\s,](?:(?<=\s)\s*)?")
_MARKS = frozenset(MARK_CHARS)
# A quote mark that is not an apostrophe inside or ending a word ("the mayor's office").
_QUOTE_MARK_RE = re.compile(r"[\"\u201c\u201d]|(?<!\w)['\u2018\u2019]|['\u2018\u2019](?![\ws])")


@lru_cache(maxsize=256)
def speaker_before(body: str, s: int, pos: int) -> tuple[int, str] | None:
    """The speaker phrase ending at `pos` (adverbs and time phrases skipped) -> (start, text)."""
    lo = max(s, pos - SPEAKER_WINDOW)
    window = body[lo:pos]
    last = window[-24:].split()
    if not last:
        return None
    word = last[-1].lower()
    # Fast paths: most cues follow their speaker directly, often a pronoun.
    if word.endswith(",") or word in P.BETWEEN_WORDS or word.endswith("ly"):
        window = window[: _between_start(window)]
    elif word in PRONOUNS and (len(last) == 1 and lo == s or not last[-2][-1:].isalnum()
                               or last[-2].lower() in P.OPENER_WORDS):
        return pos - len(last[-1]) - (len(window) - len(window.rstrip())), last[-1]
    if window.endswith(","):
        place = _PLACE_REGION_RE.search(window)
        if place:
            # "a woman in Worcester, Massachusetts, told ...": the speaker is the phrase before the place.
            head = window[:place.start()].rstrip()
            m = _appositive(head + ",") or tail_speaker(head)  # "Ann Lee, 67, a nurse in Allentown, Pa., said"
            m = m if m and is_speaker_phrase(m[1]) else _plain_subject(head)
            return (lo + m[0], m[1]) if m else None
        app = _appositive(window) or _clause_subject(window[:-1])
        return (lo + app[0], app[1]) if app else None
    window = window.rstrip()
    if window.endswith(_DASHES):
        aside = _dash_aside(window)
        return (lo + aside[0], aside[1]) if aside else None
    m = tail_speaker(window)
    if not m or not is_speaker_phrase(m[1]):
        m = _plain_subject(window) or _relative_subject(window) or _conjoined_subject(window)
        if m is None:
            return None
        return lo + m[0], m[1]
    start = m[0]
    if not P.CLAUSE_OPENER_RE.search(window, max(0, start - 16), start):
        start = _extend_prefix(window, start)
    text = window[start:]
    trimmed = trim_speaker(text)
    return lo + start + len(text) - len(trimmed), trimmed


def _plain_subject(window: str) -> tuple[int, str] | None:
    """A short common-noun subject from the clause start (`Abortion rights advocates`, `Two in three`)."""
    cut = max(map(window.rfind, P.CLAUSE_PUNCT))
    clause = window[cut + 1:]
    words = clause.split()
    low = clause.lower().split()  # the same words as `words`, lower-cased in one call
    if low and low[-1] == "who":
        # "..., who said" / "critics who say": the relative pronoun
        return cut + 1 + clause.rstrip().rfind(words[-1]), words[-1]
    # A clause opener may precede the subject ("when many voters said").
    while low and low[0] in P.OPENER_WORDS:
        words, low = words[1:], low[1:]
    # A determiner or a person noun first marks a noun phrase, which may run longer
    # ("people with direct knowledge of the talks").
    if not words or len(words) > (DET_SUBJECT_MAX_WORDS if low[0] in _SUBJECT_DETS or low[0] in ROLE_NOUNS
                                  else PLAIN_SUBJECT_MAX_WORDS):
        return None
    # "More than six in 10": a quantifier's `than` opens no clause.
    checked = low[2:] if low[1:2] == ["than"] and low[0] in _COMPARATIVES else low
    if not P.CLAUSE_WORDS.isdisjoint(checked) or not PRONOUNS.isdisjoint(low):
        return None
    # -ed/-ing words show a verb, except inside a phrase a determiner opened
    # ("a consultant on shipping routes", "the report released on Monday").
    verbal = ([w for w in low[-1:] if w not in SURVEY_PARTICIPLES]
              if low[0] in _SUBJECT_DETS or _role_headed(low) else low)
    if any(w.endswith(("ed", "ing")) and w not in ING_NOUNS for w in verbal) or low[-1].endswith("ly") or low[-1] in _NOT_HEADS:
        return None
    if " ".join(low[-3:]).endswith(NOT_SUBJECT_ENDINGS):
        return None
    if (not any(ch.isalpha() for ch in words[-1]) and not (len(low) >= 3 and low[-2] in ("of", "in"))
            and not words[-1].endswith("%")):
        return None  # a bare number is no subject, but "nine out of 10" and "42%" are
    text = clause[clause.index(words[0]):]
    return len(window) - len(text), text


def _conjoined_subject(window: str) -> tuple[int, str] | None:
    """`A said X and one in four said Y`: a short subject after the last `and`/`but` of the clause."""
    k = max(window.rfind(" and "), window.rfind(" but "))
    if k < 0 or len(window) - k > CONJOINED_MAX_CHARS:
        return None
    m = _plain_subject(window[k + 5:])  # " and " and " but " are both five characters
    return (k + 5 + m[0], m[1]) if m else None


def _clause_subject(window: str) -> tuple[int, str] | None:
    """`about two-thirds, 67 percent, say`: the clause after the last comma is the subject when it
    holds a poll figure or no verb."""
    clause = window[window.rfind(",") + 1:]
    if _FIGURE_RE.search(clause) or not any(map(_verb_like, clause.split())):
        return _plain_subject(window)
    return None


def _role_headed(low: list[str]) -> bool:
    """`people briefed on the move`, `a court document filed Thursday`: a role noun, then a participle phrase."""
    k = next((i for i, w in enumerate(low) if w.endswith(("ed", "ing"))), 0)
    return k > 0 and low[k - 1] in ROLE_NOUNS


def _relative_subject(window: str) -> tuple[int, str] | None:
    """`people who have battled online threats (say)` -> the noun phrase before `who`, when the clause is short."""
    k = window.rfind(" who ")
    if k < 0 or len(window) - k > RELATIVE_MAX_CHARS or any(c in window[k:] for c in P.CLAUSE_PUNCT):
        return None
    return _subject_ending(window[:k].rstrip())


def _subject_ending(head: str) -> tuple[int, str] | None:
    """The subject that ends `head`: a speaker phrase, else a plain common-noun subject."""
    m = tail_speaker(head)
    if m and is_speaker_phrase(m[1]):
        text = trim_speaker(m[1])
        return m[0] + len(m[1]) - len(text), text
    return _plain_subject(head)


def _verb_like(word: str) -> bool:
    """A lower-case word that looks like a finite verb or participle (`leads`, `published`)."""
    if not word[:1].islower() or word.lower() in ROLE_NOUNS:
        return False
    return word.endswith(("ed", "ing")) or (word.endswith("s") and not word.endswith(NOT_VERB_S_ENDINGS))


def _between_start(window: str) -> int:
    """Where the adverbs and time phrases ending `window` start (BETWEEN_TAIL_RE at the leftmost boundary).

    Before a closing comma only `, <time phrase>,` can be skipped, and it opens
    at the comma before (time phrases hold no commas): when BETWEEN_TAIL_RE
    fails there, only the trailing spaces go, and one match replaces a try at
    every boundary of the window.
    """
    tail = window[-BETWEEN_CHARS:]
    text_end = len(tail.rstrip())
    if tail.endswith(",", 0, text_end):
        prev = tail.rfind(",", 0, text_end - 1)
        if prev < 0 or P.BETWEEN_TAIL_RE.match(tail, prev) is None:
            return len(window) - len(tail) + text_end
    cut = _tail_match(P.BETWEEN_TAIL_RE, tail, spaces=True)
    return len(window) - len(tail) + cut.start()


def _tail_match(regex, window: str, spaces: bool = False):
    """Leftmost match of a `$`-anchored regex that starts at a word (or space) boundary.

    Trying only the last few boundaries keeps the cost linear: a plain
    `search` would retry the pattern at every character of the window.
    """
    starts = [m.start() for m in (_SPACE_RUN_RE if spaces else _WORD_START_RE).finditer(window)][-TAIL_WORDS:]
    if spaces:
        starts.append(len(window))
    for i in starts:
        m = regex.match(window, i)
        if m:
            return m
    return None


# Prepositions that a speaker's prefix never holds: what precedes them is another
# phrase ("This accusation came within two days of China ...": the speaker is at most
# "China"). `of`, `for`, `at`, `to` stay: "Secretary of State", "Ambassador to the U.S.".
_PREFIX_STOP_PREPOSITIONS = frozenset("""
within during after before since until into over about against between through despite amid
without among toward towards across behind beyond upon via
""".split())


def _extend_prefix(window: str, start: int) -> int:
    """Grow a speaker leftwards over a few name-like words back to a clause start ("Top donor X")."""
    # map over three iterables: one rfind per opener character without a generator's frame.
    opener = max(map(window.rfind, _PREFIX_OPENERS, repeat(0), repeat(start)))
    while opener > 0 and window[opener] in "'\u2019" and window[opener - 1].isalnum():
        # "the Post's senior editor": a possessive's apostrophe opens no clause
        opener = max(map(window.rfind, _PREFIX_OPENERS, repeat(0), repeat(opener)))
    prefix = window[opener + 1: start]
    words = prefix.split()
    if len(words) <= PREFIX_MAX_WORDS and not any(map(_ends_prefix, words, [""] + words[:-1])):
        return opener + 1 + (len(prefix) - len(prefix.lstrip()))
    return start


def _ends_prefix(word: str, before: str) -> bool:
    """A word a speaker prefix cannot hold: a clause word or a verb (an -s word after a determiner
    is a plural noun: "the rights group")."""
    if word.lower() in P.CLAUSE_WORDS or word in _PREFIX_STOP_PREPOSITIONS:
        return True
    return _verb_like(word) and not (word.endswith("s") and before.lower() in _SUBJECT_DETS)


def _dash_aside(window: str) -> tuple[int, str] | None:
    """`The justice -- who has been ... -- said`: the subject before a dash-enclosed aside -> (start, text)."""
    dash = window.rsplit(None, 1)[-1]
    opening = window.rfind(" " + dash + " ", 0, len(window) - len(dash) - 1)
    if opening < 0 or len(window[opening:].split()) > APPOSITIVE_MAX_WORDS:
        return None
    return _subject_ending(window[:opening].rstrip())


# "in Worcester, Massachusetts," closing a window: a place and its region set off by commas.
_PLACE_REGION_RE = re.compile(r"\b(?:in|at|from|near)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*,\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*,$")
# A preposition right before a name: the name is its object ("In China, the authorities ..."), not a subject.
_AFTER_PREPOSITION_RE = re.compile(r"(?:^|\s)(?i:in|at|on|from|for|with|by|of|to|during|under|amid|across)\s+$")


_NOMINAL_OPENERS = frozenset("the its his her their our a an one another this that".split())


def _is_nominal(phrase: str) -> bool:
    """A role described, not named: one capitalised word, then lower-case words ("Carter's press
    secretary", "JNF official"), or a determiner, then a lower-case word ("Its chief executive",
    "The mayor of St. Albert"); "Acme Corp.", "The Harbour Post" and "Mayor Ann Lee" are names."""
    words = phrase.split()
    return len(words) > 1 and (all(w[:1].islower() for w in words[1:])  # "Carter's press secretary"
                               or words[0].lower() in _NOMINAL_OPENERS and words[1][:1].islower())


def _appositive(window: str) -> tuple[int, str] | None:
    """`Name, appositive,` ending a window -> (start, 'Name'); None when no name precedes."""
    end = len(window) - 1
    if window[:end].rstrip().endswith(")"):
        # "Sen. Mary Stone (D-Mo.), said": a comma after the party tag, no appositive.
        m = tail_speaker(window[:end].rstrip())
        if m and m[1][:1].isupper() and " " in m[1] and is_speaker_phrase(m[1]):
            return m
    for _ in range(3):
        comma = window.rfind(",", 0, end)
        if comma < 0:
            return None
        app = window[comma + 1: len(window) - 1]
        if _QUOTE_MARK_RE.search(app) or len(app.split()) > APPOSITIVE_MAX_WORDS:
            return None
        m = tail_speaker(window[:comma].rstrip())
        if m and m[1][:1].isupper() and is_speaker_phrase(m[1]) and not (
                end == len(window) - 1 and _is_nominal(m[1]) and app.strip()[:1].isupper()
                and is_person_name(app.strip())):
            text = trim_speaker(m[1])
            start = m[0] + len(m[1]) - len(text)
            if _AFTER_PREPOSITION_RE.search(window, 0, start):
                return None  # "a woman in Worcester, Massachusetts, told": a place and its region
            return start, text
        if end == len(window) - 1:
            # "One delegate, Kelly Smith, told ...", "Its chief executive, John Doe, said ...":
            # the name is the last segment.
            name = app.strip()
            whole = tail_speaker(name)
            if name[:1].isupper() and whole and whole[0] == 0 and is_speaker_phrase(name):
                return comma + 1 + (len(app) - len(app.lstrip())), name
        end = comma
    return None
