"""Organization names found by their shape, without a curated list.

A name is a run of capitalised words (connectors like `of`, `for`, `and`
allowed inside) that is headed by an institution word: `National Health
Commission`, `Ministry of Commerce`, `University of Chicago`, `Shanghai Academy
of Social Sciences`. The word lists below are the rules; `find_name_spans`
applies them to a body and returns spans. Precision first: people, places,
works and awards rarely end in an institution word, and runs are cut at role
titles (`Spokesperson`), possessors (`China's`), dates and sentence openers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pressroom.extract.wordtrie import trie_pattern

# --- word lists --------------------------------------------------------------

# Institution words: a name whose (last) chunk ends in one of these is an
# organization. Kept to nouns that head organization names far more often
# than place, event or work names (no Museum, Airport, Hospital, Conference).
HEAD_WORDS = frozenset("""
Ministry Ministries Department Commission Committee Council Agency Bureau Office Administration
Secretariat Cabinet Directorate Inspectorate Procuratorate Tribunal Court Authority Board
Parliament Congress Senate Assembly Legislature Chamber Consulate Embassy
University Universities College Institute Institution Academy School Library Libraries
Laboratory Laboratories Lab Observatory Observatories
Organization Organisation Association Federation Confederation Union Party League Alliance Coalition Society Foundation Fund Forum Trust
Bank Company Corp Corp. Corporation Inc Inc. Ltd Ltd. Co. Group Holdings Industries
Technologies Enterprises Partners Exchange Airlines Airways Motors Pharmaceuticals
Army Navy Police Force Forces Corps Guard Command Brigade Regiment Fleet
Times Post Daily Herald Journal Tribune Gazette Magazine Press Broadcasting Television Radio
Network Studios Pictures Records Orchestra Club Service Services Lines
""".split())

# org_type guessed from a shape-found name's institution words (first hit wins,
# in this order: "Communist Party Committee" is a party body, not "other").
HEAD_TYPES: tuple[tuple[str, frozenset[str]], ...] = (
    ("party", frozenset({"Party"})),
    ("legislature", frozenset({"Parliament", "Congress", "Senate", "Assembly", "Legislature"})),
    ("military", frozenset({"Army", "Navy", "Force", "Forces", "Corps", "Guard", "Command", "Brigade",
                            "Regiment", "Fleet"})),
    ("education", frozenset({"University", "Universities", "College", "School", "Academy", "Institute"})),
    ("media", frozenset({"Times", "Post", "Daily", "Herald", "Journal", "Tribune", "Gazette", "Magazine",
                         "Press", "Broadcasting", "Television", "Radio", "Network", "Media"})),
    ("company", frozenset({"Bank", "Company", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.",
                           "Co.", "Group", "Holdings", "Industries", "Technologies", "Enterprises",
                           "Airlines", "Airways", "Motors", "Pharmaceuticals", "Studios", "Pictures"})),
    ("government", frozenset({"Ministry", "Ministries", "Department", "Commission", "Bureau", "Office",
                              "Administration", "Agency", "Cabinet", "Court", "Procuratorate", "Police",
                              "Consulate", "Embassy", "Directorate", "Inspectorate", "Authority"})),
    ("ngo", frozenset({"Foundation", "Fund", "Society", "Association", "Federation", "Trust"})),
)

# Role titles end a run: "NHC Spokesperson Mi Feng" names the NHC, then a person.
TITLE_WORDS = frozenset("""
Spokesperson Spokesman Spokeswoman Spokespersons President Vice Vice-President Premier
Vice-Premier Minister Vice-Minister Chairman Chairwoman Chairperson Chair Director
Director-General Secretary Secretary-General Under-Secretary-General Ambassador Envoy Chief
Head Deputy Professor Prof. Dr. Mr. Mrs. Ms. Researcher Fellow Dean Governor Mayor CEO CFO
Senator Sen. Representative Rep. Gen. Commissioner Consul Counselor Councilor Editor
Editor-in-Chief Reporter Correspondent Analyst Expert Founder Member Lawmaker Judge Captain
Colonel Lieutenant Admiral Sergeant Leader King Queen Prince Princess Pope Officer Official
Officials Chancellor Coach Manager Executive Adviser Advisor Economist Scholar Student
""".split())

# Capitalised words that open sentences or clauses, and dates: never part of a name.
STOP_WORDS = frozenset("""
The A An This That These Those In On At By For From With Without To Of And But Or Nor As If
When While After Before During Since Under Over Among Between Through Across Against
According Meanwhile However Also Last Next Earlier Later Then Now Today Yesterday Tomorrow
It He She They We I You His Her Their Our Its My Your Both Each Every All Some Many Most
Several Other Such Former Ex Only Even Still Yet Thus So Why What Which Who Whom Whose Where
Here There Not No Yes Although Though Because Unlike Like Despite Amid Following Including
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June
July August September October November December Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct.
Nov. Dec.
""".split())

# Possessive words that belong inside names (plural nouns), unlike possessors
# such as "China's" which end a run.
KEEP_POSSESSIVE = frozenset("""
People's Women's Children's Men's Workers' Farmers' Veterans' Writers' Journalists'
Teachers' Employers' Nations' King's Queen's Lawyers' Peasants' Students' Consumers'
""".split())

# Lower-case connectors allowed inside a run; "the" only right after of/for.
CONNECTORS = frozenset({"of", "for", "and", "&", "de", "du", "des", "la", "le", "the"})
COORDINATORS = frozenset({"and", "&"})
# Connectors that open a complement ("Ministry *of* Commerce").
SEGMENT_CONNECTORS = CONNECTORS - COORDINATORS - {"the"}

# Institution words that are as often places ("Johnson Space Center"): heads
# only with a complement ("Center for Strategic Studies").
WEAK_HEADS = frozenset({"Center", "Centre", "Hall", "House"})

# Institution-headed names that are places or events, not organizations.
NOT_ORG_NAMES = frozenset("""
Soviet Union|Oval Office|World Trade Center|Party Congress|Times Square|Union Square
|Union Station|Post Office|Kennedy Center|Lincoln Center|Rockefeller Center|Press Conference
|News Conference
""".replace("\n", "").split("|"))

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
# How far before an institution word a run may start (chars).
_RUN_REACH = 160
INNER_ACRONYM = re.compile(r"^\([A-Z][A-Za-z0-9&.\-]{1,9}\)$")
_LEADING = "(\"'\u201c\u2018["
_TRAILING = ",;:!?)]\"'\u201d\u2019"
# Abbreviations whose final dot is part of the word, not a sentence end.
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$|^(?:Inc|Co|Corp|Ltd|St|Jr|Bros|Dept|Univ)\.$")
_POSSESSIVE = re.compile(r"^(.+?)(?:['\u2019]s|s['\u2019])$")


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    start: int
    end: int
    gap_before: bool   # punctuation or a line break separates it from the previous token


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A shape-found organization name: `body[start:end] == text`."""

    start: int
    end: int
    text: str


def _tokens(body: str) -> list[_Tok]:
    """Whitespace chunks with edge punctuation removed; punctuation marks a gap."""
    toks: list[_Tok] = []
    pending_gap = True
    prev_end = 0
    for m in _CHUNK.finditer(body):
        raw, start = m.group(), m.start()
        gap = pending_gap or "\n" in body[prev_end:start]
        prev_end = m.end()
        if INNER_ACRONYM.match(raw):
            toks.append(_Tok(raw, start, m.end(), gap))
            pending_gap = False
            continue
        lead = len(raw) - len(raw.lstrip(_LEADING))
        word = raw[lead:].rstrip(_TRAILING)
        pending_gap = len(word) + lead < len(raw)
        if word.endswith(".") and not _DOTTED.match(word):
            word, pending_gap = word[:-1], True
        possessive = _POSSESSIVE.match(word)
        if possessive and word not in KEEP_POSSESSIVE:
            # a possessor ends its run ("China's", "the Ministry's"): keep the
            # name without the 's, then a marker that closes the run
            bare = possessive.group(1)
            toks.append(_Tok(bare, start + lead, start + lead + len(bare), gap or lead > 0))
            toks.append(_Tok("'s", start + lead + len(bare), start + lead + len(word), True))
            pending_gap = True
            continue
        if word:
            toks.append(_Tok(word, start + lead, start + lead + len(word), gap or lead > 0))
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
        complement = joinable and cur[-1].text in CONNECTORS and tok.text in TITLE_WORDS
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
    if text in HEAD_WORDS:
        return True
    return text in WEAK_HEADS and i + 1 < len(run) and run[i + 1].text in ("of", "for")


def _has_head(run: list[_Tok]) -> bool:
    return any(_is_head(run, i) for i in range(len(run)))


def _split_coordination(run: list[_Tok]) -> list[list[_Tok]]:
    """Split "A Foundation and B" or "X University and Y University" at the coordinator."""
    for i, tok in enumerate(run):
        if tok.text in COORDINATORS and 0 < i < len(run) - 1 and (
                _is_head(run, i - 1) or (_has_head(run[:i]) and _has_head(run[i + 1:]))):
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
            if _has_head(run[first:i]):
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
    if head_at != last[-1]:
        # "Beijing Normal University Chen Li": the chunk goes on past its head,
        # so later words are not part of the name, nor are later chunks
        return run[: head_at + 1]
    return run


def guess_org_type(name: str) -> str:
    """org_type for a name from its institution words; "other" when none is typed."""
    words = set(name.split())
    for org_type, heads in HEAD_TYPES:
        if words & heads:
            return org_type
    return "other"


def is_org_shaped(name: str) -> bool:
    """True when `name` (title-case words) contains an institution word and is not a known place/event."""
    words = [w.rstrip(".,") for w in name.split()]
    return name not in NOT_ORG_NAMES and any(w in HEAD_WORDS for w in words)


def find_name_spans(body: str) -> list[NameSpan]:
    """Institution-headed capitalised names in `body`, in text order (may contain "(ABC)")."""
    spans: list[NameSpan] = []
    covered = 0
    for head in HEAD.finditer(body):
        at = head.start()
        if at < covered or (at and (body[at - 1].isalnum() or body[at - 1] == "-")):
            continue
        line = body.rfind("\n", 0, at) + 1
        ws = max(line, covered, at - _RUN_REACH)
        if ws > line and ws > covered:
            ws = body.find(" ", ws, at) + 1 or at   # start on a word
        for run in RUN.finditer(body, ws):
            if run.end() > at:
                if run.start() <= at:
                    spans.extend(_spans_in_run(body, run.start(), run.end()))
                    covered = run.end()
                break
    return spans


def _spans_in_run(body: str, start: int, end: int) -> list[NameSpan]:
    """Apply the run, coordination and head rules to one capitalised run of `body`."""
    spans: list[NameSpan] = []
    toks = [_Tok(t.text, t.start + start, t.end + start, t.gap_before) for t in _tokens(body[start:end])]
    for run in _runs(toks):
        for part in _split_coordination(run):
            named = _trim_to_head(part)
            if not named:
                continue
            while named and (named[-1].text in CONNECTORS or INNER_ACRONYM.match(named[-1].text)):
                named.pop()
            words = [t for t in named if t.text not in CONNECTORS]
            if len(words) < 2:
                continue  # a bare "Ministry" or "University" is a description, not a name
            start, end = named[0].start, named[-1].end
            text = body[start:end]
            if text not in NOT_ORG_NAMES:
                spans.append(NameSpan(start, end, text))
    return spans
