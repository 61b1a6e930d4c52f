"""Features of the tokens in name runs, for the learned organization tagger.

Each token of a run gets a list of feature strings; the model (`org_model`)
holds one weight per (feature, tag). The evidence, by group:

* the word itself: its lower-case form, shape (`Xx`, `XX`, `X.X.`, `dX`),
  prefix and suffixes, whether it is an institution head word, a title, a
  country or a nationality;
* its neighbours: two words either side (outside the run too: `shares of`,
  `, the miner`, `said`), their shapes, and the position in the run;
* the article: the same word written in lower case elsewhere (a common
  word, capitalised here only by position), the same word capitalised
  mid-sentence elsewhere (a name), an acronym the article defines;
* the rules: the curated lexicon's match and the shape rules' spans
  (`orgs.rule_spans`), as features the model weighs, never as overrides.

Pure functions over the body and its tokens; no I/O.
"""
from __future__ import annotations

from functools import lru_cache

from pressroom.extract.countries import COUNTRY_NAMES
from pressroom.extract.org_tokens import Token
from pressroom.extract.org_words import (
    HEAD_WORDS,
    NATIONALITY_DESCRIPTORS,
    PERSON_TITLES,
    STOP_WORDS,
    TITLE_WORDS,
    WEAK_HEADS,
)

# Rule evidence per token (`rule[i]`): which rule's span covers it, plus
# RULE_BEGIN on the span's first token.
RULE_NONE, RULE_LEXICON, RULE_DEFINED, RULE_SHAPE = 0, 1, 2, 3
RULE_BEGIN = 4
_RULE_NAMES = ("", "lex", "def", "shape")
_PAD = "<s>"
@lru_cache(maxsize=65536)   # pure; the same words recur article after article
def shape(text: str) -> str:
    """Collapsed character classes: `Xinhua` -> `Xx`, `WHO` -> `X`, `U.S.` -> `X.X.`, `3M` -> `dX`."""
    out: list[str] = []
    for ch in text:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    if len(out) > 6:
        out = out[:3] + ["~"] + out[-2:]
    return "".join(out)


def _word_class(text: str) -> str:
    """A coarse class of a neighbouring word (shape for capitalised ones, else the word)."""
    if not text:
        return _PAD
    if text[0].isupper():
        return "CAP" if not text.isupper() or len(text) == 1 else "ALLCAP"
    if text[0].isdigit():
        return "NUM"
    return text.lower()


class DocContext:
    """What the article says about its words, computed once per article."""

    __slots__ = ("lower_words", "mid_caps", "defined", "persons", "rule_words")

    def __init__(self, toks: list[Token], defined: frozenset[str], rule: list[int] | None = None) -> None:
        lower_words: set[str] = set()
        mid_caps: dict[str, int] = {}
        persons: set[str] = set()
        n = len(toks)
        for i, t in enumerate(toks):
            text = t.text
            c = text[0]
            if c.islower():
                lower_words.add(text)
            elif c.isupper():
                if not t.sentence_start:
                    mid_caps[text] = mid_caps.get(text, 0) + 1
                if text in PERSON_TITLES:
                    k = i + 2 if i + 1 < n and toks[i + 1].text == "." else i + 1
                    while k < n and k <= i + 4 and toks[k].text[0].isupper() and toks[k].text not in PERSON_TITLES:
                        persons.add(toks[k].text)
                        k += 1
        self.lower_words = lower_words
        self.mid_caps = mid_caps
        self.defined = defined
        self.persons = persons
        # capitalised words inside a rule's span somewhere in the article
        self.rule_words = frozenset(t.text for t, r in zip(toks, rule) if r and t.text[0].isupper()) \
            if rule else frozenset()


# Features come in groups by what they depend on, so that the tagger
# (`OrgModel.run_scores`) can cache the sum of a group's weights per word:
# a word's own features, each neighbour slot's, the run's; the rest
# (position, pairs, sentence, article, rules) are looked up per token.
# `token_features` is their union, the trainer's view of the same features.

def word_features(text: str) -> list[str]:
    """Features of the word itself."""
    low = text.lower()
    f = ["w=" + low, "sh=" + shape(text), "s3=" + low[-3:], "s4=" + low[-4:], "p3=" + low[:3]]
    if text in HEAD_WORDS or text in WEAK_HEADS:
        f.append("head")
    if text in TITLE_WORDS:
        f.append("title")
    if low in COUNTRY_NAMES:
        f.append("country")
    if text in NATIONALITY_DESCRIPTORS:
        f.append("nationality")
    if text in STOP_WORDS:
        f.append("stop")
    return f


def prev1_features(text: str) -> list[str]:
    return ["p1=" + (text.lower() if text else _PAD), "p1c=" + _word_class(text)]


def prev2_features(text: str) -> list[str]:
    return ["p2=" + (text.lower() if text else _PAD)]


def next1_features(text: str) -> list[str]:
    return ["n1=" + (text.lower() if text else _PAD), "n1c=" + _word_class(text)]


def next2_features(text: str) -> list[str]:
    return ["n2=" + (text.lower() if text else _PAD)]


def run_features(toks: list[Token], first: int, last: int) -> list[str]:
    """Features shared by every token of the run `toks[first:last]`."""
    f = ["b", "len=" + str(min(last - first, 6)), "lastw=" + toks[last - 1].text.lower(),
         "firstw=" + toks[first].text.lower()]
    if toks[last - 1].text in HEAD_WORDS:
        f.append("run_head_last")
    return f


def position(i: int, first: int, last: int) -> str:
    return "only" if last - first == 1 else ("first" if i == first else ("last" if i == last - 1 else "mid"))


def token_only_features(toks: list[Token], i: int, first: int, last: int, rule: list[int], doc: DocContext,
                        sh: str) -> list[str]:
    """Features of token `i` that no cached group holds: position, word pairs, sentence, article, rules."""
    t = toks[i]
    text = t.text
    low = text.lower()
    n = len(toks)
    p1 = toks[i - 1].text.lower() if i > 0 else ""
    p2 = toks[i - 2].text.lower() if i > 1 else ""
    n1 = toks[i + 1].text.lower() if i + 1 < n else ""
    n2 = toks[i + 2].text.lower() if i + 2 < n else ""
    pos = position(i, first, last)
    f = ["pos=" + pos, "pos|sh=" + pos + "|" + sh, "p1|w=" + p1 + "|" + low, "w|n1=" + low + "|" + n1,
         "n1|n2=" + n1 + "|" + n2, "p2|p1=" + p2 + "|" + p1]
    if t.sentence_start:
        f.append("sent0")
        f.append("sent0|w=" + low)
    if low in doc.lower_words:
        f.append("lower_elsewhere")
    mid = doc.mid_caps.get(text, 0) - (0 if t.sentence_start else 1)
    f.append("mid_caps=" + ("0" if mid <= 0 else ("1" if mid == 1 else "2+")))
    if text in doc.persons:
        f.append("person_elsewhere")
    if text in doc.defined:
        f.append("defined_acronym")
    r = rule[i]
    if not r and text in doc.rule_words:
        f.append("rule_elsewhere")
    if r:
        f.append("rule=" + _RULE_NAMES[r & 3] + ("|B" if r & RULE_BEGIN else "|I"))
        f.append("rule_any")
    return f


def token_features(toks: list[Token], i: int, first: int, last: int, rule: list[int],
                   doc: DocContext) -> list[str]:
    """Every feature string of token `i` in the run `toks[first:last]` (the trainer's view)."""
    n = len(toks)
    text = toks[i].text
    return (word_features(text)
            + prev1_features(toks[i - 1].text if i > 0 else "")
            + prev2_features(toks[i - 2].text if i > 1 else "")
            + next1_features(toks[i + 1].text if i + 1 < n else "")
            + next2_features(toks[i + 2].text if i + 2 < n else "")
            + run_features(toks, first, last)
            + token_only_features(toks, i, first, last, rule, doc, shape(text)))


def rule_marks(toks: list[Token], spans: list[tuple[int, int, int]]) -> list[int]:
    """`rule[i]` for every token: the source of the rule span covering it, plus RULE_BEGIN on its first token.

    `spans` are (start, end, source) character spans, flat and in text order.
    """
    marks = [RULE_NONE] * len(toks)
    k = 0
    n = len(spans)
    for i, t in enumerate(toks):
        while k < n and spans[k][1] <= t.start:
            k += 1
        if k < n and spans[k][0] <= t.start and t.end <= spans[k][1]:
            marks[i] = spans[k][2] | (RULE_BEGIN if t.start == spans[k][0] or
                                      (i > 0 and toks[i - 1].start < spans[k][0]) else 0)
    return marks
