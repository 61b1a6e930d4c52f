"""Speaker spans and their resolution: who a speaker span refers to, and what kind it is.

`SPEAKER_TAIL_RE` finds the noun phrase or pronoun that ends right before a
cue; `SPEAKER_HEAD_RE` the one right after an inverted cue (`said Smith`).
`Resolver` walks an article in reading order, remembering who spoke, and maps
each span to a name: pronouns and nominals (`it`, `the department`) to the
nearest compatible earlier speaker or organization, surnames to the full name
introduced earlier, `Title Name` to the name with the title kept apart.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

from pressroom.extract.countries import country_name
from pressroom.extract.cues import trie_pattern
from pressroom.extract.sentences import ABBREVIATIONS
from pressroom.records import Organization

# --- word lists --------------------------------------------------------------
PRONOUNS = frozenset("he she it they we i you".split())
PERSON_PRONOUNS = frozenset("he she i".split())
# Relative pronouns that may be a speaker (`X, who said ...`): they name the phrase before them,
# found within this many characters.
RELATIVE_PRONOUNS = frozenset(("who",))
ANTECEDENT_CHARS = 120
# Heads that name an organization when used as a nominal ("the ministry said").
ORG_NOUNS = frozenset("""
department ministry commission committee government agency company campaign party office bureau
administration council court embassy university group organization organisation association union
house senate congress police army military firm bank network newspaper paper magazine station
authority authorities institute center centre foundation coalition alliance league federation
board team cabinet parliament legislature state city county county's agency's network's
""".split())
# Heads that name a document or message: speaker_kind `other`.
DOC_NOUNS = frozenset("""
message messages letter letters statement statements report reports document documents memo memos
study survey poll polls data email emails website site post posts tweet tweets release ruling
article editorial filing complaint lawsuit indictment book paper circular notice announcement
communique communiqué plan proposal order resolution declaration guidelines draft transcript
""".split())
# Role nouns that may head a speaker phrase ("a senior official", "the spokesperson").
ROLE_NOUNS = frozenset("""
spokesman spokeswoman spokesperson spokespeople spokesmen official officials aide aides adviser advisers
advisor advisors source sources expert experts analyst analysts officer officers lawmaker lawmakers
senator senators leader leaders president minister chairman chairwoman chair director secretary
ambassador governor mayor candidate candidates nominee nominees police prosecutor prosecutors
attorney attorneys lawyer lawyers judge justices people residents voters supporters critics opponents
democrats republicans members member staff staffer staffers executive executives researchers
scientists economist economists manager founder owner head representative representatives
delegate delegates diplomat diplomats observers activists organizers investigators doctors
officials' spokesperson's insiders allies donors strategist strategists pollster pollsters percent
scholar scholars professor professors researcher researchers fellow fellows commentator commentators
columnist columnists journalist journalists reporter reporters editor editors author authors historian
historians consultant consultants specialist specialists lecturer lecturers envoy envoys correspondent
correspondents witness witnesses negotiator negotiators economist's observer
employee employees worker workers volunteer volunteers student students teacher teachers parent parents
farmer farmers citizen citizens attendee attendees participant participants respondent respondents
protester protesters demonstrators organizer veteran veterans physician physicians nurse nurses
recorder clerk treasurer auditor comptroller registrar chief chiefs
premier premiers minister's ministers councillor councillors councilor councilors trustee trustees
resident owners investigator detective detectives constable constables sergeant sergeants inspector inspectors
firefighter firefighters paramedic paramedics doctor scientist superintendent principal principals
coach coaches player players captain captains goalie goalies goaltender goaltenders forward forwards
defenceman defencemen defenseman defensemen pitcher pitchers quarterback quarterbacks striker strikers
midfielder midfielders batter batters bowler bowlers skip umpire umpires referee referees athlete athletes
teammate teammates manager's managers president's presidents ceo ceos chairperson
""".split()) | ORG_NOUNS | DOC_NOUNS
# The role nouns that name a person, not an organization or a document.
PERSON_ROLES = ROLE_NOUNS - ORG_NOUNS - DOC_NOUNS
# Lower-case words that may sit inside a speaker phrase ("senior administration official").
ROLE_MODIFIERS = frozenset("""
senior former top chief deputy vice foreign defense defence state federal local press campaign
party health white house senior-level unnamed anonymous other some many several two three both
republican democratic conservative liberal military administration government department
security justice education national international regional city county""".split())
# Words in front of a name that form its title ("NHC Spokesperson Mi Feng").
TITLE_WORDS = frozenset("""
spokesperson spokesman spokeswoman president vice-president minister secretary senator sen. rep.
representative gov. governor mayor chairman chairwoman chair director ambassador premier chancellor
judge justice general gen. lt. col. adm. commissioner chief ceo founder deputy mr. mrs. ms. dr. prof.
mr mrs ms dr
professor leader speaker attorney candidate nominee sheriff rev. pastor coach sgt. capt. maj.
congressman congresswoman councilman councilwoman councillor councilor lawmaker counsel adviser advisor strategist
""".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Capitalised words that open a sentence without being part of a speaker.
SENTENCE_ADVERBS = frozenset("""
but and yet so then now also still later earlier meanwhile however instead indeed yesterday today
tonight recently previously afterward afterwards moreover furthermore last this in on at when while
after before since as if though although because where asked speaking responding writing
""".split()) | WEEKDAYS
# Words that date a phrase: alone (or after a party tag) never a speaker ("in June, telling reporters ...").
TIME_HEADS = WEEKDAYS | frozenset("""
january february march april may june july august september october november december
""".split())
# A head that names a person by age ("the 46-year-old said").
AGE_HEAD_SUFFIX = "-year-old"
# Single words that cannot be a whole speaker phrase on their own.
NOT_SPEAKERS = SENTENCE_ADVERBS | frozenset("""
the a an his her its their our this that these those there here what which who whom whose
""".split())

# --- speaker phrase regexes, built from named fragments -----------------------
_CAP = r"(?:[A-Z][\w.&'\u2019-]*|\([A-Z][\w.\s-]{0,12}\)|[A-Z]\.)"
_POSS_MARK = r"(?:['\u2019]s?)?"
_LOWER_UNIT = r"(?:" + trie_pattern(sorted(ROLE_MODIFIERS | ROLE_NOUNS)) + r")" + _POSS_MARK + r"(?![\w'\u2019-])"
_NUMBER = r"(?:\d(?:[\d.]|,(?=\d))*%?)"  # a comma only between digits ("1,409"): "In 2008, X said" is X
_TOKEN = r"(?:" + _CAP + r"|" + _LOWER_UNIT + r"|" + _NUMBER + r")"
_DET = r"(?i:the|a|an|this|that|these|those|its|his|her|their|our|one|another|some|many|several|both|two|three|four|other)"
_CONNECTOR = r"(?:(?:of|for|at|from|to|on|and|&|in)\s+(?:(?i:the)\s+)?)"
# Possessive repetition: a phrase is a run of tokens, matched without
# backtracking (the cost stays linear even on long windows); the head check
# (last word a name or role noun) is done in code, see `is_speaker_phrase`.
_NP = r"(?:" + _DET + r"\s+)?" + _TOKEN + r"(?:\s+" + _CONNECTOR + r"?" + _TOKEN + r")*+"
_PRONOUN = r"(?i:he|she|it|they|we|i|you)(?![\w'\u2019-])"

# The speaker that ends a text (the text before a cue, adverbs already removed).
SPEAKER_TAIL_RE = re.compile(r"(?:^|(?<=[\s,(\"\u201c\u201d]))(?P<spk>" + _PRONOUN + r"|" + _NP + r")\s*$")
# The speaker that opens a text (after an inverted cue: `said the spokesman`).
SPEAKER_HEAD_RE = re.compile(r"\s*(?P<spk>" + _PRONOUN + r"|" + _NP + r")(?![\w'-])")
# Capitalised name sequences in the body: candidates for antecedents.
# (The look-behind sits after the first capital: a pattern that opens with a
# character class lets `re` skip the lower-case letters between names fast.)
NAME_SEQ_RE = re.compile(
    r"[A-Z](?<![\w'\u2019][A-Z])[\w'\u2019.-]*(?:\s+(?:(?:of|for|the|and|&)\s+)*(?:[A-Z][\w'\u2019.-]*|\([A-Z]+\)))+"
)
_WORD_RE = re.compile(r"[\w'\u2019.-]+")
_WORDS_RE = re.compile(r"\S+")
# "sent letters", "issued a statement": who authored the documents that later "said" things.
SENT_DOCS_RE = re.compile(r"\b(?:sent|issued|released|published|wrote)\s+(?:a\s+|the\s+)?(?:letters?|messages?|statements?)\b")
_NAME_BREAK_RE = re.compile(r"(?<=[a-z]{2})\.\s+")
# The `of/for ...` tail after a phrase's head word, and a possessive or dot ending it.
_HEAD_TAIL_RE = re.compile(r"\s+(?:of|for|at|from|to|on|in)\s+")
_HEAD_END_RE = re.compile(r"(?:['\u2019]s?|\.)$")
# A determiner opening a nominal ("the department", "its spokesman").
_NOMINAL_DET_RE = re.compile(r"(?i)(the|its|this|that|these|those|his|her|their)\s")
_LEADING_THE_RE = re.compile(r"^(?:the|The)\s+")


_TOKEN_RE = re.compile(_TOKEN)
_DET_WORDS = frozenset("the a an this that these those its his her their our one another some many several both "
                       "two three four other".split())
_CONNECTORS = frozenset("of for at from to on and & in".split())
_TAIL_MAX_WORDS = 16
_TAIL_CHARS = 160   # a speaker phrase ends a window: only its last stretch is read


# The same words ("the", "said", names) come back sentence after sentence.
@lru_cache(maxsize=8192)
def _is_token(word: str) -> bool:
    return _TOKEN_RE.fullmatch(word) is not None


def tail_speaker(window: str) -> tuple[int, str] | None:
    """The speaker phrase that ends `window` -> (offset in window, phrase); None if none.

    Same language as SPEAKER_TAIL_RE (tokens joined by connectors, an optional
    determiner first, or a pronoun alone), read right to left over whitespace
    words: a regex search would retry at every character of the window.
    """
    lo = max(0, len(window) - _TAIL_CHARS)
    tail = window[lo:]
    # The last word alone first: about half the windows end in a non-token and need no more.
    parts = tail.rsplit(None, 1)
    if not parts:
        return None
    last = parts[-1]
    last_at = window.rfind(last, lo)
    if last.lower() in PRONOUNS:
        return last_at, last
    if not _is_token(last):
        return None
    # rsplit keeps at most _TAIL_MAX_WORDS words (plus the unsplit rest in front, dropped)
    words = tail.rsplit(None, _TAIL_MAX_WORDS)[-_TAIL_MAX_WORDS:]
    start, k = len(words) - 1, len(words) - 2
    while k >= 0:
        w = words[k]
        if _is_token(w):
            start, k = k, k - 1
        elif w.lower() == "the" and k >= 2 and words[k - 1] in _CONNECTORS and _is_token(words[k - 2]):
            start, k = k - 2, k - 3
        elif w in _CONNECTORS and k >= 1 and _is_token(words[k - 1]):
            start, k = k - 1, k - 2
        else:
            break
    if k >= 0 and words[k].lower() in _DET_WORDS:
        start = k
    # Offsets right to left: each word is the last occurrence before the next one.
    at = last_at
    for w in reversed(words[start:-1]):
        at = window.rfind(w, lo, at)
    return at, window[at: last_at + len(last)]


class Speaker(NamedTuple):
    """A resolved speaker: span as written, name, title, kind and organization id."""

    text: str
    name: str | None
    title: str | None
    kind: str
    org_id: str | None


# Speaker phrases recur ("he", "the ministry", names): the pure word tests below are cached.
@lru_cache(maxsize=8192)
def is_speaker_phrase(phrase: str) -> bool:
    """True when a matched phrase ends in a name, a role noun or a number (not a bare modifier)."""
    words = phrase.split()
    if len(words) > 1 and words[-1][:1] == "(" and words[-1][-1:] == ")":
        words = words[:-1]  # "Sen. Mary Stone (D-Mo.)": the party tag is no head
    if not words:
        return False
    if len(words) == 1 and (words[0].lower().strip(",") in NOT_SPEAKERS or words[0].endswith("ing")):
        return False  # "When said ...", "Holding ...": a clause opener, not a speaker
    last = words[-1].rstrip("'\u2019s").lower() or words[-1].lower()
    if last in TIME_HEADS and (len(words) == 1 or words[-2][-1:] == ")"):
        return False  # "Tuesday", "(R-Texas) Wednesday"; "Yin Myint May" stays a name
    # A bare number is not a speaker ("by 271 said ..."); "55 percent" ends in a role noun.
    return (words[-1][:1].isupper() or words[-1].lower() in PRONOUNS
            or last in ROLE_NOUNS or words[-1].lower() in ROLE_NOUNS or last.endswith(AGE_HEAD_SUFFIX))


@lru_cache(maxsize=8192)
def head_word(phrase: str) -> str:
    """Last word of a phrase before any `of/for` tail, lower-cased ('' for none)."""
    core = _HEAD_TAIL_RE.split(phrase, maxsplit=1)[0]
    words = _WORD_RE.findall(core)
    return _HEAD_END_RE.sub("", words[-1].lower()) if words else ""


@lru_cache(maxsize=8192)
def trim_speaker(phrase: str) -> str:
    """Drop capitalised sentence adverbs at the front (`But Smith` -> `Smith`); a suffix of phrase."""
    phrase = phrase.strip()
    while True:
        parts = phrase.split(None, 1)  # keeps the rest as written, so it stays a slice of the body
        if len(parts) < 2 or parts[0].lower().strip(",") not in SENTENCE_ADVERBS:
            return phrase
        phrase = parts[1]


# Names and phrases recur within and across articles; both functions are pure.
@lru_cache(maxsize=8192)
def split_title(phrase: str) -> tuple[str | None, str]:
    """`NHC Spokesperson Mi Feng` -> ('NHC Spokesperson', 'Mi Feng'); no title -> (None, phrase)."""
    words = phrase.split()
    # A title word, or a lower-case role noun ("senior politics editor Steven Ginsberg").
    last = max((i for i, w in enumerate(words) if w.lower() in TITLE_WORDS or w in ROLE_NOUNS), default=-1)
    if last < 0 or last == len(words) - 1 or not words[last + 1][:1].isupper():
        return None, phrase
    if any(w.lower() in ("of", "for") for w in words[last + 1:]):
        return None, phrase  # "President of the Senate": a role, not a title + name
    if _object_of_role(words[:last], ("to",)):
        return None, phrase  # "a spokesman for House Speaker Paul Ryan": the name is not the speaker's
    return " ".join(words[: last + 1]), " ".join(words[last + 1:])


# A word of a person's name: capitalised, not an acronym ("WHO", "U.S."), not a possessive.
_NAME_WORD_RE = re.compile(r"[A-Z][a-z\u00e0-\u00ff'\u2019]*(?:[-'\u2019][A-Za-z\u00e0-\u00ff]+)*")
# Prepositions after a role that make the name at the end its object ("a spokesman for X", "lawyers
# with X"); `to` only before a title ("an aide to Senator X", but "Ambassador to the U.S. Cui Tiankai").
_OBJECT_PREPOSITIONS = frozenset(("for", "with"))
# Words of a trailing name: at least two (a lone capitalised word may be a place), at most four.
_NAME_TAIL_WORDS = (2, 4)


@lru_cache(maxsize=8192)
def titled_name(phrase: str) -> tuple[str, str] | None:
    """A person's name after a title or role that may itself name an organization:
    `Foreign Ministry Vice-Minister Xie Feng` -> ('Foreign Ministry Vice-Minister', 'Xie Feng'),
    `Chief of the World Health Organization (WHO) Lee Jong-Wook` -> ('Chief of ... (WHO)', 'Lee Jong-Wook'),
    `The Washington Post's Ed O'Keefe` -> ("The Washington Post's", "Ed O'Keefe").
    None when the phrase does not end in a name, or no title, role or possessive comes before it."""
    words = phrase.split()
    k = len(words)
    if k <= _NAME_TAIL_WORDS[0]:
        return None  # a title or role, then a name of two words at least: three words or more
    if words[-1].endswith(("'s", "\u2019s")):
        return None  # "Secretary of State Hillary Clinton's ...": a possessive, not a speaker's name
    while (k > 0 and len(words) - k < _NAME_TAIL_WORDS[1] and _NAME_WORD_RE.fullmatch(words[k - 1])
           and not _is_role_word(words[k - 1]) and words[k - 1].lower() not in ORG_NOUNS
           and not words[k - 1].endswith(("'s", "\u2019s"))):
        k -= 1
    if len(words) - k < _NAME_TAIL_WORDS[0] or k == 0:
        return None
    before = words[k - 1]
    # An unlisted lower-case noun right before the name is a role too, after an affiliation
    # ("Ottawa lawyer Jane Roe", "St. Louis Blues forward David Perron", "BGC Financial senior
    # technology analyst Colin Gillis"): the name is the speaker, the rest its title.
    role_before = _is_role_word(before) or (_is_common_word(before) and any(w[:1].isupper() for w in words[:k - 1]))
    if not (role_before or any(_is_role_word(w) for w in words[:k]) or before.endswith(("'s", "\u2019s"))):
        return None  # no title, role or affiliation ("The Post's Chris Cillizza") before the name
    if _object_of_role(words[:k - 1], ("to",) if _is_role_word(before) else ()):
        return None  # "lawyers with the X Project", "an aide to Senator Ann Lee": the name is the object's
    if before[:1].islower() and not role_before:
        return None  # "People in Fort Pierce": a name after a preposition
    return " ".join(words[:k]), " ".join(words[k:])


# Lower-case words that are no role: a name after them is not titled by them.
_FUNCTION_WORDS = frozenset("""
of for at from to on in with by as and or but nor the a an this that these those his her its their our
who whom whose which what said says told than then also about after before near into over under
""".split())


def _is_common_word(word: str) -> bool:
    """A lower-case content word (`lawyer`, `forward`, `analyst`): may be a role nobody listed."""
    return word.isalpha() and word.islower() and word not in _FUNCTION_WORDS


def _object_of_role(words: list[str], also: tuple[str, ...] = ()) -> bool:
    """True when a role word comes before a preposition that makes the rest its object
    (`a spokesman for ...`, `lawyers with ...`; `also` adds prepositions such as `to`)."""
    for i, w in enumerate(words):
        if (w in _OBJECT_PREPOSITIONS or w in also) and any(_is_role_word(x) for x in words[:i]):
            return True
    return False


def _is_role_word(word: str) -> bool:
    """A title or role word, also inside a compound (`Vice-Minister`, `Director-General`)."""
    parts = word.lower().rstrip(",").removesuffix("'s").removesuffix("\u2019s").split("-")
    return any(p in TITLE_WORDS or p in PERSON_ROLES for p in parts)


def _strip_det(phrase: str) -> str:
    return _LEADING_THE_RE.sub("", phrase)


@lru_cache(maxsize=8192)
def _is_org_name(name: str) -> bool:
    if not (any(w.lower() in ORG_NOUNS for w in _WORD_RE.findall(name)) or (name.isupper() and len(name) > 1)):
        return False
    return titled_name(name) is None  # "Foreign Ministry Vice-Minister Xie Feng": a person, the organization in the title


# `and` joining two names in one run ("Hillary Clinton and Bernie Sanders").
_NAME_AND_RE = re.compile(r"\s+(?:and|&)\s+")
# Lower-case words inside personal names ("Ludwig van Beethoven", "Osama bin Laden").
_NAME_PARTICLES = frozenset("de del della di da van von der den la le bin al el ibn dos das du".split())
# What may close the last word of a name run: a possessive, or a full stop (not an initial's).
_NAME_END_RE = re.compile(r"(?:['\u2019]s?|(?<=[a-z]{2})\.)$")
# Name runs that are not one person: two joined ("Germany and China", "Trump and Ryan"), a
# determiner first ("The United States'"), or a plural possessive.
_NOT_ONE_PERSON_RE = re.compile(r"\s(?:and|&)\s|^(?:The|A|An)\s|s'$")


@lru_cache(maxsize=8192)
def _person_words(name: str) -> tuple[str, ...] | None:
    """Words of a multi-word person-like name, title removed (`Sen. Mary Stone` -> Mary, Stone); else None."""
    if " " not in name or _is_org_name(name) or _NOT_ONE_PERSON_RE.search(name):
        return None
    titled = titled_name(name)
    words = tuple((titled[1] if titled else split_title(name)[1]).split())
    while words and words[0].lower() in _OPENERS_NOT_NAMES:
        words = words[1:]  # "While Comey said ...": the capital is the sentence's, not the name's
    if len(words) < 2 or any(w[:1].islower() and w not in _NAME_PARTICLES for w in words):
        return None  # "One of Trump's": a phrase around a name, not a name
    # "Donald Trump's proposal", "... Bernie Sanders.": the surname as it is referred to later.
    last = _NAME_END_RE.sub("", words[-1])
    return words[:-1] + (last,) if last else None


def _name_parts(run: str) -> list[str]:
    """A name run split at the sentence ends inside it ("Lena Okafor. Okafor" -> both), not after a
    title or an abbreviation ("Texas Sen. Ted Cruz" stays whole), and at `and` between two names."""
    parts, start = [], 0
    for stop in _NAME_BREAK_RE.finditer(run):
        word = run[:stop.start()].rsplit(None, 1)[-1].lower()
        if word + "." in TITLE_WORDS or word in ABBREVIATIONS:
            continue
        parts.append(run[start:stop.start()])
        start = stop.end()
    parts.append(run[start:])
    # "Hillary Clinton and Bernie Sanders": two names joined are two names.
    return [name for part in parts for name in ([part] if _is_org_name(part) else _NAME_AND_RE.split(part))]



@lru_cache(maxsize=8192)
def is_person_name(phrase: str) -> bool:
    """True for a written-out name of two or more capitalised words that reads as a person's
    (`Wang Zhan`, `Sen. Mary Stone`); not `The judge`, `The ACLU` or a possessive."""
    words = _person_words(phrase)
    return (words is not None and phrase.split()[0].lower() not in _DET_WORDS
            and all(w[:1].isupper() and not w.isupper() for w in words) and not phrase.endswith(("'s", "\u2019s")))


# A party and state tag after a name ("(D-Mo.)", "(R)").
_PARTY_TAG_RE = re.compile(r"\s*\([A-Z][\w.\s-]{0,12}\)$")
# A named person and an affiliation after `of`/`from`/`at`/`with` ("Jane Roe of the Harbour Party").
_AFFILIATION_RE = re.compile(r"(?P<who>.+?)\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z]")
_AFFILIATION_WORD_RE = re.compile(r" (?:of|from|at|with) ")  # a cheap test first: most speakers have none
# Capitalised sentence openers that a run of capitalised words may start with.
_OPENERS_NOT_NAMES = frozenset("""
while when but and as if after before though although because since yet so then also however meanwhile
""".split())

_offset = itemgetter(0)  # (offset, ...) records sorted by offset: the bisection key


class Resolver:
    """Maps speaker spans of one article to names, in reading order (state is per article)."""

    def __init__(self, body: str, organizations: Sequence[Organization] = ()):
        self.body = body
        self.mentions = sorted(
            (m.start, m.end, org) for org in organizations for m in org.mentions
        )
        # For `_org_at`: mention starts, and the largest end among each prefix of mentions.
        self._mention_starts = [s for s, _, _ in self.mentions]
        self._max_ends = list(accumulate((e for _, e, _ in self.mentions), max))
        # Name sequences of the body, read lazily and only as far as a lookup needs
        # (lookups look back from a speaker): (offset, name) and the person-like ones.
        self._next_name = NAME_SEQ_RE.search(body)  # the first name sequence not read yet
        self._names: list[tuple[int, str]] = []
        self._people: list[tuple[int, tuple[str, ...]]] = []
        self._sender: tuple[int, str | None] | None = None
        self.last_person: str | None = None
        self.persons: list[str] = []          # people who spoke, most recent last
        self.gender: dict[str, str] = {}      # learnt from he/she that referred to them
        self.titles: dict[str, str] = {}      # lower-cased title each person was introduced with
        self.last_org: tuple[str, str | None] | None = None
        self.last_thing: str = "other"  # kind of the last speaker that was no person (`it` agrees with it)

    def _read_names(self, pos: int) -> None:
        """Read the body's name sequences (each once, in order) until one starts at or after pos."""
        m = self._next_name
        while m is not None and m.start() < pos:
            # "led by Lena Okafor. Okafor said": a sentence end inside the run; each part is a name.
            run = m.group()
            split = ("." in run and _NAME_BREAK_RE.search(run)) or " and " in run or "&" in run
            parts = _name_parts(run) if split else [run]
            start = m.start()
            for name in parts:
                start = self.body.index(name, start)
                self._names.append((start, name))
                words = _person_words(name)
                if words is not None and self._org_at(start, name) is None:  # "Acme Corp." is nobody's `he`
                    self._people.append((start, words))
                start += len(name)
            m = NAME_SEQ_RE.search(self.body, m.end())
        self._next_name = m

    def _names_before(self, pos: int) -> int:
        """How many name sequences start before pos."""
        self._read_names(pos)
        return bisect_left(self._names, pos, key=_offset)

    def people_between(self, start: int, end: int) -> int:
        """How many person-like names start in body[start:end]."""
        return self._people_before(end) - self._people_before(start)

    def _people_before(self, pos: int) -> int:
        """How many person-like names start before pos."""
        self._read_names(pos)
        return bisect_left(self._people, pos, key=_offset)

    def resolve(self, text: str, start: int | None) -> Speaker:
        """Speaker span (and its body offset) -> Speaker; updates who spoke last."""
        found = self._resolve(text, start)
        if found.kind != "person" and text.lower() not in PRONOUNS:
            self.last_thing = found.kind  # what a later `it` refers to: "The company said ... It said ..."
        return found

    def _resolve(self, text: str, start: int | None) -> Speaker:
        pos = start if start is not None else len(self.body)
        low = text.lower()
        aff = _AFFILIATION_RE.match(text) if _AFFILIATION_WORD_RE.search(text) else None
        if aff and is_person_name(aff.group("who")):
            # "Lt. Col. Jane Roe of the Canadian Armed Forces": the person speaks, the organization is her affiliation.
            return self._resolve(aff.group("who"), start)._replace(text=text)
        org = self._org_at(start, text)
        if org is not None:
            self.last_org = (org.name, org.org_id)
            return Speaker(text, org.name, None, "organization", org.org_id)
        country = country_name(text)
        if country is not None and (" " in text or self._full_name(text, pos) == text):
            # "China urged ...": the state speaks ("Jordan said" after "Rep. Jim Jordan" is the person).
            self.last_org = (country, None)
            return Speaker(text, country, None, "organization", None)
        if low in PRONOUNS:
            return self._pronoun(text, low, pos)
        if low in RELATIVE_PRONOUNS and start is not None:
            return self._antecedent(text, start)
        head = head_word(text)
        det = _NOMINAL_DET_RE.match(text)
        if head in DOC_NOUNS:
            return Speaker(text, self._doc_author(pos), None, "other", None)
        if det and head in ORG_NOUNS:
            name, oid = self._nearest_org(pos, head)
            return Speaker(text, name, None, "organization", oid)
        if det and (head in ROLE_NOUNS or _is_role_word(head)) and not any(w[:1].isupper() for w in text.split()[1:]):
            # "the spokesperson": the latest speaker introduced with that title.
            name = next((p for p in reversed(self.persons) if head in self.titles.get(p, "")), None)
            return Speaker(text, name, None, "person", None)
        titled = titled_name(text)
        if titled is not None:
            return self._person(text, titled[1], titled[0], pos)
        # A role noun heading the phrase, or ending it ("A Ministry of External Affairs spokesperson"), is a person.
        if _is_org_name(text) and head not in PERSON_ROLES and text.rsplit(None, 1)[-1].lower() not in PERSON_ROLES:
            name = _strip_det(text)
            self.last_org = (name, None)
            return Speaker(text, name, None, "organization", None)
        title, name = split_title(text)
        if head in ROLE_NOUNS and not title:
            return Speaker(text, _strip_det(text), None, "person", None)
        return self._person(text, name, title, pos)

    def _person(self, text: str, name: str, title: str | None, pos: int) -> Speaker:
        """A named person (a lone surname resolved to the full name); remembers the title and who spoke."""
        name = self._full_name(_PARTY_TAG_RE.sub("", name), pos)  # "Mary Stone (D-Mo.)" is Mary Stone
        if title:
            self.titles[name] = title.lower()
        self._spoke(name)
        return Speaker(text, name, title, "person", None)

    def _antecedent(self, text: str, start: int) -> Speaker:
        """`Podesta, who said ...` / `critics who say ...`: the relative pronoun names the phrase before it."""
        lo = max(0, start - ANTECEDENT_CHARS)
        m = tail_speaker(self.body[lo:start].rstrip().rstrip(",").rstrip())  # offsets from lo: only the end is stripped
        if m is None or not is_speaker_phrase(m[1]):
            return Speaker(text, None, None, "person", None)
        phrase = trim_speaker(m[1])
        found = self.resolve(phrase, lo + m[0] + len(m[1]) - len(phrase))
        return found._replace(text=text)

    def _spoke(self, name: str) -> None:
        self.last_person = name
        if name in self.persons:
            self.persons.remove(name)
        self.persons.append(name)

    def _pronoun(self, text: str, low: str, pos: int) -> Speaker:
        if low in ("he", "she"):
            # The latest speaker not known to be of the other gender.
            other = "f" if low == "he" else "m"
            name = next((p for p in reversed(self.persons) if self.gender.get(p) != other), None)
            name = name or self._nearest_person(pos)
            if name:
                self.gender.setdefault(name, "m" if low == "he" else "f")
                self._spoke(name)
            return Speaker(text, name, None, "person", None)
        if low in PERSON_PRONOUNS:
            return Speaker(text, self.last_person, None, "person", None)
        if low == "it" or (low == "they" and self.last_org):
            name, oid = self._nearest_org(pos, "")
            return Speaker(text, name, None, "organization" if name else self.last_thing, oid)
        return Speaker(text, self.last_person, None, "person", None)

    def _org_at(self, start: int | None, text: str) -> Organization | None:
        if start is None:
            return None
        # The mention must cover the phrase's last word: "NHC Spokesperson
        # Mi Feng" names a person even though it contains "NHC". The first
        # mention (by start) that ends past the last word wins if it starts
        # before the phrase ends; running maxima of the ends find it by bisection.
        end = start + len(text)
        last = start + text.rstrip().rfind(" ") + 1
        k = bisect_right(self._max_ends, last)
        if k < len(self.mentions) and self._mention_starts[k] < end:
            return self.mentions[k][2]
        return None

    def _nearest_org(self, pos: int, head: str) -> tuple[str | None, str | None]:
        # Discourse salience first: the organization that spoke last, if compatible.
        if self.last_org and (not head or head in self.last_org[0].lower()):
            return self.last_org
        before = bisect_left(self._mention_starts, pos)  # mentions are sorted by start
        for k in range(before - 1, -1, -1):
            org = self.mentions[k][2]
            if not head or head in org.name.lower():
                self.last_org = (org.name, org.org_id)
                return self.last_org
        for k in range(self._names_before(pos) - 1, -1, -1):
            name = self._names[k][1]
            if _is_org_name(name) and (not head or head in name.lower()):
                self.last_org = (_strip_det(name), None)
                return self.last_org
        if before:
            org = self.mentions[before - 1][2]
            return org.name, org.org_id
        return (self.last_org or (None, None)) if not head else (None, None)

    def _nearest_person(self, pos: int) -> str | None:
        k = self._people_before(pos)
        return " ".join(self._people[k - 1][1]) if k else None

    def _full_name(self, name: str, pos: int) -> str:
        # A lone surname (or a Chinese family name, written first) refers back
        # to the full name introduced earlier in the article.
        if " " in name or not name[:1].isupper():
            return name
        # Earlier speakers first: cheap, and the likeliest referent.
        for person in reversed(self.persons):
            words = person.split()
            if len(words) >= 2 and (words[0] == name or words[-1] == name):
                return person
        for k in range(self._people_before(pos) - 1, -1, -1):
            known = self._people[k][1]
            if known[0] == name or known[-1] == name:
                return " ".join(known)
        return name

    def _doc_author(self, pos: int) -> str | None:
        # "X sent messages/letters ...": the organization named last before
        # the first such verb authored the documents (looked up once).
        if self._sender is None:
            self._sender = (-1, None)
            m = SENT_DOCS_RE.search(self.body)
            if m:
                org = next((o for s, _, o in reversed(self.mentions) if s < m.start()), None)
                self._sender = (m.start(), org.name if org else None)
        return self._sender[1] if 0 <= self._sender[0] < pos else None
