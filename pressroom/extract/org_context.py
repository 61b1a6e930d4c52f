"""Organizations known by their context: names no list holds and no institution word heads.

Business and sport copy names most organizations by a bare name (`Heineken`,
`Vale`, `the Mets`) that neither the lexicon nor the name shapes of
`org_names` can know, and the learned tagger, trained on little news, does
not dare to tag. What marks them is the company they keep in the article:

- a corporate noun before the name (`Danish brewer Carlsberg`, `lender Barclays`);
- an apposition that says what it is (`Vale, the Brazilian miner`);
- the name owning corporate things (`Heineken's chief executive`, `Toshiba's largest shareholder`, `Apple CEO Tim Cook`);
- corporate things of it (`shares of Rio Tinto`, `chief executive of Anglo American`, `an analyst at Jefferies`),
  and the names listed after it (`shares of Orange and Bouygues`);
- a team's plural name around a game (`the Mets beat the Cardinals`, `played for the Rice Owls`).

A name with such evidence is an organization in the whole article (one
decision per string per article): every stand-alone occurrence is a
mention. A single word the article also writes after a first name or a
title (`John Vale`, `Mr. Vale`) is a person's, and a country or a weekday is
never taken. The cue words are named data below; `orgs.find_organizations`
adds these spans where the rules and the tagger found nothing.
"""
from __future__ import annotations

import re

from pressroom.extract.countries import country_name
from pressroom.extract.org_words import HEAD_WORDS, NATIONALITY_DESCRIPTORS, PERSON_TITLES, STOP_WORDS, TITLE_WORDS

# Nouns that say a name is a company or an institution; a `-maker` compound counts too.
CORPORATE_NOUNS = frozenset("""
company companies firm firms bank banks lender lenders insurer insurers miner miners brewer brewers
retailer retailers airline airlines carrier carriers conglomerate refiner refiners utility
chain chains supermarket supermarkets grocer operator manufacturer manufacturers
producer producers supplier suppliers distributor exporter importer shipper
broker brokerage brokerages bookmaker
publisher publishers broadcaster broadcasters newspaper network studio studios label
startup start-up giant giants franchise club clubs team teams
exchange regulator watchdog agency charity party
""".split())
# Corporate nouns that also name a person's trade ("theater producer Charles Frohman"):
# evidence only in an apposition ("Echo Point Books, a small Vermont publisher"), never before a name.
PERSON_ROLE_NOUNS = frozenset("""
operator manufacturer manufacturers producer producers supplier suppliers distributor exporter importer
shipper broker publisher publishers broadcaster broadcasters
""".split())
# All-caps common nouns that are no name ("the super PAC's chairman").
NOT_NAMES = frozenset("PAC PACs CEO CFO COO IPO GDP TV LLC".split())
# What follows a corporate noun when it ends its phrase ("Vale, the Brazilian miner, said"),
# unlike "a company spokesman", where the noun describes a person.
_NOUN_ENDS = r"(?=\s*[,.;:)]|\s+(?:that|which|whose|with|in|of|by|based)\b)"
# Things a company has: after its possessive (`Heineken's profit`), or its name (`Apple CEO`).
OWNED_AFTER_POSSESSIVE = (
    r"chief\s+executive|chief\s+financial\s+officer|CEO|CFO|chairman|chairwoman|shareholders?|shares|stock|"
    r"profits?|revenues?|earnings|sales|subsidiary|subsidiaries|unit|headquarters|board\s+of\s+directors|"
    r"share\s+price|market\s+value"
)
# Up to two modifiers between the possessive and the thing ("Toshiba's third-largest shareholder").
# (adjective-shaped only: "Washington's ban on sales" owns no sales)
_MODIFIERS = r"(?:(?:[a-z]+-[a-z-]+|[a-z]+(?:est|ing|ial|al|ent|ive))\s+){0,2}?"
OWNED_AFTER_NAME = r"chief\s+executive|chief\s+financial\s+officer|CEO|CFO|COO|shareholders"
# Roles at a company (`an analyst at Jefferies`) and things of one (`shares of Rio Tinto`).
ROLE_AT = r"analysts?|economists?|strategists?|traders?"
THINGS_OF = (
    r"chief\s+executive|chief\s+financial\s+officer|CEO|CFO|chairman|chairwoman|shares|shareholders?|"
    r"takeover|acquisition|subsidiary|unit|owner|owners"
)
# Verbs of a game between two teams, and of a player's club.
GAME_VERBS = r"beat|beats|defeated|defeat|edged|routed|blanked|swept|downed|hosted|hosts|visited"
PLAYER_VERBS = r"played|plays|playing|signed|signs|drafted|re-signed"
# Plural names that are people, not teams ("the Democrats beat", "the Americans").
NOT_TEAMS = frozenset("Democrats Republicans Conservatives Liberals Tories Socialists Greens Communists".split())
# Regions that own markets and shares ("Asia's stock markets") and are no organization.
REGIONS = frozenset((
    "Asia", "Europe", "Africa", "America", "Americas", "Latin America", "Middle East", "Oceania", "Arctic",
    "Gulf", "Pacific", "Atlantic", "Caribbean", "Balkans", "Wall Street", "Main Street", "Silicon Valley",
    "Hollywood",
))

# A name: capitalised words (`Rio Tinto`, `AB InBev`, `Anheuser-Busch`, `J.P. Morgan`, `Procter & Gamble`).
# (It opens with a character class, its look-behind after the first character: `re` skips
# from capital to capital in a tight loop. The evidence is then read around each name
# found, the word before it deciding whether a pattern is tried at all, instead of by one
# pattern per kind that each tried every position: 2.4 ms -> 0.6 ms per PolNeAR article,
# the same spans on 2,603 of 2,605 documents of every corpus we have.)
_WORD = r"[A-Z][\w'’.&-]*[\w&]|[A-Z]"
_FIRST_WORD = r"[A-Z](?<![\w'’.&-].)(?:[\w'’.&-]*[\w&])?"
NAME = rf"(?P<name>{_FIRST_WORD}(?:\s(?:(?:of|for|de|del|du)\s(?:the\s)?|&\s)?(?:{_WORD})){{0,5}})"
_NAME_RE = re.compile(NAME)
_NEXT_CAPITAL_RE = re.compile(r"(?<=\s)[A-Z]")
# Between the members of a list of names.
_COORD_RE = re.compile(r",?\s+(?:and|&)\s+|,\s+")
# Capitalised cue words that open a sentence before the name ("Shares of Vantorix rose").
_CUE_CAPITALS = frozenset("Shares Analysts Analyst Economist Economists Strategist Strategists Traders Stake Takeover".split())
_WORD_END_RE = re.compile(r"\S+")
# What can follow an inner word of a name and be evidence: a possessive, or a role
# written in capitals (`Apple CEO Tim Cook`: the name run swallows `CEO`).
_INNER_CUE_RE = re.compile(r"['\u2019]s | C[EFO]O\b")
_POSSESSIVES = ("'s", "\u2019s")
_POSS = r"(?:'s|’s|')"
_NOUNS = "|".join(sorted(CORPORATE_NOUNS, key=len, reverse=True))
_PREFIX_NOUNS = "|".join(sorted(CORPORATE_NOUNS - PERSON_ROLE_NOUNS, key=len, reverse=True))
# Evidence before a name, read on the lower-cased 48 characters before it.
_BEFORE_RE = re.compile(
    rf"(?:^|(?<=[^\w-]))(?:(?:{_PREFIX_NOUNS})|[a-z]+maker|(?:{THINGS_OF.lower()})\s+of|(?:{ROLE_AT})\s+at|"
    rf"[a-z]+-based|(?:{PLAYER_VERBS})\s+(?:for|with|by)(?=\s+the\s))\s+(?:the\s+)?$"
)
_BEFORE_CHARS = 48
# Evidence after a name (or after one of its first words).
_AFTER_RES = (
    # Vale, the Brazilian miner ... ; Carlsberg, the world's third-largest brewer
    re.compile(rf",\s+(?:the|a|an|its|their)\s+(?:(?!(?:for|of|at|with|in|to|who|whose|which|that|and)\s)[\w'’-]+\s+){{0,4}}?"
               rf"(?:{_NOUNS}|\w+maker){_NOUN_ENDS}"),
    # Heineken's chief executive; Apple CEO Tim Cook
    re.compile(rf"{_POSS}\s+{_MODIFIERS}(?:{OWNED_AFTER_POSSESSIVE})\b(?!\s+(?:market|markets|exchange|index|indices))"),
    re.compile(rf"\s+(?:{OWNED_AFTER_NAME})\b"),
)
# Which of them can follow, by the character after the name.
_AFTER_BY_CHAR = {",": _AFTER_RES[0], "'": _AFTER_RES[1], "\u2019": _AFTER_RES[1], " ": _AFTER_RES[2]}
# The last word before a name that _BEFORE_RE can end with (besides a -maker).
_BEFORE_LAST = (CORPORATE_NOUNS - PERSON_ROLE_NOUNS) | {"of", "at", "for", "with", "by", "the"}
# A name that owns what follows is not the company meant ("CEO of Donald Trump's campaign").
# A name followed by a year or number and more name words is part of a longer name
# ("the Cleveland 2016 Host Committee").
_OWNER_RE = re.compile(r"[\w'’&-]|\.\w|\s+\d[\d,.]*\s+[A-Z]")
# The Mets beat the Cardinals.
_GAME_AFTER_RE = re.compile(rf"\s+(?:{GAME_VERBS})\b")
_GAME_BEFORE = frozenset(GAME_VERBS.split("|"))
# Words that end a name found by these patterns (`Heineken Chief Executive`, `Monday`).
_NOT_NAME_WORDS = STOP_WORDS | TITLE_WORDS | frozenset("""
Shares Stock Inc Inc. Corp Corp. Ltd Ltd. Plc PLC Group
Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir
""".split())
# The capitalised word right before a name: a title (`Mr.`, `President`) or perhaps a first name.
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\.?\s+$")
_MIN_CHARS = 2
_TITLES = frozenset(w.rstrip(".") for w in TITLE_WORDS) | PERSON_TITLES


def _clean(name: str) -> str:
    """The name without role words, dates and legal tails at its edges ('' when nothing is left, or a
    title opens it: `President Florentino Perez` is a person)."""
    words = name.split()
    if words and words[0].rstrip(".") in _TITLES:
        return ""
    while words and (words[-1] in _NOT_NAME_WORDS or words[-1] == "&"):
        words.pop()
    while words and (words[0] in _NOT_NAME_WORDS or words[0] == "&"):
        words.pop(0)
    return " ".join(words)


def _is_person_word(body: str, word: str, name: str) -> bool:
    """The name's last word is a person's: the article writes it after a title or a capitalised
    first name (a one-word name), or alone (a written-out name: `Ron Unz` ... `Unz said`)."""
    if word.isupper() or not word.isalpha():
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", body):
        before = body[max(0, m.start() - 24):m.start()]
        if name == word and body[m.end():m.end() + 1] == " " and body[m.end() + 1:m.end() + 2].isupper():
            continue   # inside a longer name ("New Keldgaard Holdings"), not after a first name
        if name != word:
            if not before.endswith(name[:-len(word)]):
                return True   # the surname alone
            continue
        p = _WORD_BEFORE.search(before)
        if p is None:
            continue
        first = p.group(1)
        if first in PERSON_TITLES:
            return True
        if ("." not in p.group() and first not in STOP_WORDS and first not in HEAD_WORDS
                and first not in CORPORATE_NOUNS and not before.rstrip().endswith((".", ",", ";", ":"))):
            return True   # a first name
    return False


def _names(body: str):
    """(where the name's phrase starts, NAME match): each match begun after its leading cue or
    sentence words ("Shares of Vantorix" -> "Vantorix", "chairman of Our Principles Pac" -> "Principles Pac")."""
    for m in _NAME_RE.finditer(body):
        first = m.group().split(None, 1)[0]
        if first not in _NOT_NAME_WORDS and first not in _CUE_CAPITALS:
            yield m.start(), m
            continue
        nxt = _NEXT_CAPITAL_RE.search(body, m.start() + len(first), m.end())
        if nxt is not None:
            sub = _NAME_RE.match(body, nxt.start())
            if sub is not None:
                yield sub.start(), sub
                if first in STOP_WORDS:
                    yield m.start(), sub   # "chairman of Our Principles Pac": the cue is before `Our`


def _coordinated(body: str, end: int) -> list[str]:
    """The names listed after a name that ends at `end` ("Orange, SFR and Bouygues"): they share its evidence."""
    out = []
    while (c := _COORD_RE.match(body, end)) is not None:
        m = _NAME_RE.match(body, c.end())
        if m is None or _OWNER_RE.match(body, m.end()):
            break
        out.append(m.group())
        if c.group().strip(" ,") in ("and", "&"):
            return out   # the list's last member
        end = m.end()
    return []   # no `and`: not a list ("analysts at Jefferies, Ann Roe said")


def _evidence(body: str) -> list[str]:
    """Every name some evidence marks (before cleaning and filtering)."""
    out = []
    for phrase, m in _names(body):
        s, e = m.span()
        name = m.group()
        # the word before the name decides whether _BEFORE_RE can match: most names are not tried
        window = body[max(0, phrase - 24):phrase]
        words = window.split() if window[-1:].isspace() else ()
        last = words[-1].lower() if words else ""
        if (last in _BEFORE_LAST or last.endswith(("maker", "-based"))) and last \
                and _BEFORE_RE.search(body[max(0, phrase - _BEFORE_CHARS):phrase].lower()) and not _OWNER_RE.match(body, e):
            out.append(name)
            out.extend(_coordinated(body, e))   # "shares of Orange and Bouygues"
        # the name, or its first words, followed by an apposition or corporate things
        # (a word with a possessive ends before it: "Huawei's CFO Meng Wanzhou")
        # (inner word ends only where an inner possessive or role can follow: most names have none)
        ends = [w.end() - 2 if body.endswith(_POSSESSIVES, w.start(), w.end()) else w.end()
                for w in _WORD_END_RE.finditer(body, s, e)] if " " in name and _INNER_CUE_RE.search(name) \
            else [e - 2 if name.endswith(_POSSESSIVES) else e]
        for end in ends:
            rx = _AFTER_BY_CHAR.get(body[end:end + 1])
            if rx is not None and rx.match(body, end):
                out.append(body[s:end])
                break
        # the Mets beat the Cardinals: a one-word plural after `the`, by a game verb
        if last == "the" and name[-1:] == "s" and " " not in name and name[1:].islower():
            if (_GAME_AFTER_RE.match(body, e) or (len(words) > 1 and words[-2].lower() in _GAME_BEFORE)
                    or " ".join(words[-3:-1]).lower() in ("lost to", "losing to")):
                out.append(name)
    return out


def evidenced_names(body: str) -> set[str]:
    """Names the article's context marks as organizations."""
    found: set[str] = set()
    for raw in _evidence(body):
        if raw.endswith(_POSSESSIVES):
            continue   # an owner: "CEO of Donald Trump's campaign"
        name = _clean(raw)
        if len(name) < _MIN_CHARS or not name[:1].isupper():
            continue
        if (country_name(name) is not None or country_name(name + ".") is not None or name in REGIONS
                or (name.isupper() and len(name) <= 2) or name in NOT_NAMES or name in NOT_TEAMS
                or name.split()[0] in NATIONALITY_DESCRIPTORS or name.endswith(("ans", "ese"))):
            continue
        found.add(name)
    return {n for n in found if not _is_person_word(body, n.rsplit(None, 1)[-1], n)}


def is_common_or_person_word(body: str, word: str) -> bool:
    """The article writes `word` in lower case too (a common word), or as a person's name."""
    return (re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", body) is not None
            or _is_person_word(body, word, word))


def context_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of every stand-alone occurrence of an evidenced name, in text order.

    Stand-alone: not part of a longer capitalised run (`Vale` in `Vale Inco`
    is not taken; `Vale's` is, without the possessive).
    """
    spans = []
    for name in evidenced_names(body):
        for m in re.finditer(rf"(?<![\w&'’.-]){re.escape(name)}(?![\w&-])", body):
            s, e = m.start(), m.end()
            before, after = body[max(0, s - 30):s], body[e:e + 30]
            prev = before.split()[-1] if before.endswith(" ") and before.split() else ""
            if prev[:1].isupper() and prev not in STOP_WORDS and not prev.endswith((".", ",")) and prev not in ("A", "An"):
                continue   # "New Heineken": another, longer name
            if after[:1] == " " and after[1:2].isupper() and not after[1:].startswith(tuple(STOP_WORDS)):
                nxt = after[1:].split()[0] if after[1:].split() else ""
                if nxt not in STOP_WORDS and nxt not in TITLE_WORDS and nxt.rstrip(".,;:") not in _NOT_NAME_WORDS:
                    continue   # "Vale Inco"
            spans.append((s, e))
    return sorted(spans)
