"""Reporting cues as named data: speech verbs, cue phrases and the regexes built from them.

Everything here is data plus compiled patterns; the algorithm that uses them
lives in `quotes.py`. Verb forms are listed per lemma so a reviewer can see
exactly which inflections count as a cue.
"""
from __future__ import annotations

import re

# --- speech verbs, one lemma per line: base, -s, past, -ing -----------------
# Verbs that take a reported clause or a quoted object. Thought verbs
# ("believe", "want", "think") are left out on purpose: they attribute
# opinions, not statements, and the quotes table is about what was said.
SPEECH_VERB_FORMS = """
say says said saying
tell tells told telling
add adds added adding
note notes noted noting
write writes wrote writing
stress stresses stressed stressing
emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising
argue argues argued arguing
claim claims claimed claiming
insist insists insisted insisting
warn warns warned warning
state states stated stating
declare declares declared declaring
announce announces announced announcing
tweet tweets tweeted tweeting
ask asks asked asking
reply replies replied replying
respond responds responded responding
answer answers answered answering
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
deny denies denied denying
confirm confirms confirmed confirming
suggest suggests suggested suggesting
reiterate reiterates reiterated reiterating
repeat repeats repeated repeating
recall recalls recalled recalling
predict predicts predicted predicting
promise promises promised promising
pledge pledges pledged pledging
vow vows vowed vowing
urge urges urged urging
complain complains complained complaining
allege alleges alleged alleging
assert asserts asserted asserting
maintain maintains maintained maintaining
contend contends contended contending
conclude concludes concluded concluding
caution cautions cautioned cautioning
concede concedes conceded conceding
remark remarks remarked remarking
observe observes observed observing
mention mentions mentioned mentioning
report reports reported reporting
testify testifies testified testifying
explain explains explained explaining
continue continues continued continuing
joke jokes joked joking
quip quips quipped quipping
boast boasts boasted boasting
counter counters countered countering
retort retorts retorted retorting
reveal reveals revealed revealing
disclose discloses disclosed disclosing
estimate estimates estimated estimating
write writes wrote writing
post posts posted posting
propose proposes proposed proposing
recommend recommends recommended recommending
demand demands demanded demanding
charge charges charged charging
accuse accuses accused accusing
describe describes described describing
lament laments lamented lamenting
cite cites cited citing
call calls called calling
criticize criticizes criticized criticizing
praise praises praised praising
blame blames blamed blaming
defend defends defended defending
dismiss dismisses dismissed dismissing
question questions questioned questioning
slam slams slammed slamming
blast blasts blasted blasting
tout touts touted touting
decry decries decried decrying
hail hails hailed hailing
insist insists insisted insisting
assure assures assured assuring
remind reminds reminded reminding
hold holds held holding
""".split()

ASK_FORMS = ("ask", "asks", "asked", "asking")
# Multi-word cues: phrasal reporting verbs, kept whole so `cue` reads as written.
PHRASAL_CUES = (
    "pointed out", "points out", "point out", "pointing out",
    "went on to say", "goes on to say",
    "made clear", "makes clear", "making clear",
    "spelled out",
) + tuple(f"{verb} {prep}" for verb, prep in (
    (v, "about") for v in "talk talks talked talking spoke speak speaks spoken speaking wrote write writes "
                          "written joked joke jokes complained complain complains complaining".split()
)) + tuple(f"{v} {prep}" for v in "call calls called calling".split() for prep in ("for", "on")) + tuple(
    f"{v} to" for v in "point points pointed pointing".split()) + tuple(f"{v} about" for v in ASK_FORMS)

# Cue words that are also nouns ("the state", "some states remained", "the
# report"): only a preposed cue with a complement counts, never `..., X states.`
NOUN_HOMOGRAPHS = frozenset("""
state states note notes claim claims post posts tweet tweets report reports answer answers
promise promises pledge pledges vow vows call calls quote quotes estimate estimates charge charges
question questions praise praises blast blasts slam slams defend blame blames
""".split())

# Cues whose content is the object that follows ("talked about the budget",
# "called for a recount", "urged voters to stay home", "accused the council of
# waste"): without `that`, the reported content is the rest of the clause.
TOPIC_CUES = frozenset(f for f in PHRASAL_CUES if f.endswith((" about", " for", " to", " on"))
                       and f.split()[0] not in ASK_FORMS)  # "asked about X" opens a sentence, see frames
OBJECT_CUES = frozenset(w for w in """
urge urges urged urging accuse accuses accused accusing describe describes described describing
criticize criticizes criticized criticizing praised praising defended defending
propose proposes proposed proposing announced announcing
blamed blaming questioned questioning slammed slamming blasted blasting
tout touts touted touting dismiss dismisses dismissed dismissing promised vowed vowing
recalled recalling cited citing
""".split() if w not in NOUN_HOMOGRAPHS)

# Verbs that need an explicit complement marker (`that`, a colon or a quote)
# to count: bare "explained China's communication with ..." or "described the
# plan" reports a topic, not a statement. (`reported` is not here: news uses it
# with a bare clause, "CNN reported six planes filled the skies", nor is `revealed`:
# each measured a gain on PolNeAR, where the other forms of these verbs measured none.)
NEEDS_COMPLEMENT = frozenset("""
explain explains explained explaining describe describes described describing
continue continues continued continuing report reports reporting
mention mentions mentioned mentioning post posts posted posting
answer answers answered answering repeat repeats repeated repeating
recall recalls recalled recalling ask asks asked asking
propose proposes proposed proposing recommend recommends recommended recommending
demand demands demanded demanding charge charges charged charging
accuse accuses accused accusing lament laments lamented lamenting
estimate estimates estimated estimating maintain maintains maintained maintaining
counter counters countered countering observe observes observed observing
remark remarks remarked remarking urge urges urged urging
reveal reveals revealing disclose discloses disclosed disclosing
respond responds responded responding reply replies replied replying
remind reminds reminded reminding
hold holds held holding
""".split() + [f"{v} about" for v in ASK_FORMS]) | NOUN_HOMOGRAPHS

# Verbs that report only with a `that` clause right after them (a short phrase
# may come first): "Zhang held that the escalation ...", "the court held that
# ..."; otherwise they are about meetings, hands and office ("the summit held in
# Beijing", "..., held up a sign").
THAT_CLAUSE_ONLY = frozenset("hold holds held holding".split())

# Verbs whose indirect object (the listener) sits between cue and clause:
# "told reporters that ...", "assured investors the plan ...".
TELL_VERBS = frozenset("tell tells told telling assure assures assured assuring remind reminds reminded reminding".split())
# Verbs of asking: `asked X whether ...` (the listener is skipped), `asked X to ...`
# (the listener belongs to the content), `asked about X`.
ASK_VERBS = frozenset(ASK_FORMS)

# Participles that open a sentence ("Stressing that ..., the department said").
PARTICIPLE_CUES = frozenset(f for f in SPEECH_VERB_FORMS if f.endswith("ing")) | {"pointing out"}

# Adverbs and auxiliaries allowed between speaker and cue ("has also said").
# An -ly adverb is lower-case: "Kelly said", "Daly said" end in a name.
CUE_ADVERBS = (
    r"(?:also|further|then|later|earlier|again|once|previously|recently|repeatedly|publicly|privately|"
    r"reportedly|separately|similarly|additionally|specifically|explicitly|has|have|had|would|will|"
    r"did|does|do|could|might|may|must|should|can|is|are|was|were|been|being|not|n't|"
    r"never|always|often|even|only|just|[a-z]\w*ly)"
)



def trie_pattern(words: list[str]) -> str:
    """Regex alternation for `words` folded into a prefix trie (fast to scan; '' for no words)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch).replace(r"\ ", r"\s+") + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if ends else body

    return build(trie)


# One pass over a body finds every candidate cue; context decides the rest.
# Speed matters here (this scan touches every character of every article):
# a prefix trie, an explicit capitalised variant instead of IGNORECASE, and a
# letter lookahead so that most positions fail on their first character.
_CUE_FORMS = sorted({w.lower() for w in SPEECH_VERB_FORMS} | set(PHRASAL_CUES))
_FIRST_LETTERS = "[" + "".join(sorted({w[0] for w in _CUE_FORMS} | {w[0].upper() for w in _CUE_FORMS})) + "]"
CUE_RE = re.compile(
    r"(?=" + _FIRST_LETTERS + r")(?<![\w'’-])"
    + trie_pattern(sorted(set(_CUE_FORMS) | {w[0].upper() + w[1:] for w in _CUE_FORMS}))
    + r"(?![\w'’-])"
)

# The scan of a whole body for cues (see `cue_matches`): the same words after the
# non-word character that precedes them. A pattern that opens by consuming a
# character class lets `re` skip to its next candidate in a tight loop, where
# CUE_RE's look-arounds are tried at every character (a third fewer instructions).
_CUE_SCAN_RE = re.compile(
    r"[^\w'’-](?=" + _FIRST_LETTERS + r")"
    + trie_pattern(sorted(set(_CUE_FORMS) | {w[0].upper() + w[1:] for w in _CUE_FORMS}))
    + r"(?![\w'’-])"
)

# "According to X, ..." / "..., according to X." (match starts after the `A`).
# The scan pattern starts with a literal, which `re` finds fast; each hit is
# then confirmed with the full pattern one character earlier (see `according_matches`).
ACCORDING_SCAN_RE = re.compile(r"ccording\s+to(?![\w-])")
ACCORDING_RE = re.compile(r"(?<![\w-])[Aa]ccording\s+to(?![\w-])")

# "..., adding that ...": a second statement by the same speaker in one sentence.
# Any speech participle may open it ("..., joking that", "..., recalling how");
# these few are left out because after a comma they mostly continue an action,
# not a statement ("..., continuing a trend", "..., reporting a loss").
# `before/while/by` may join it without a comma ("told reporters before insisting ..."),
# and the comma may sit inside a closing quote mark (`praised its "spirit," noting ...`).
NOT_ADDING_PARTICIPLES = frozenset("""
continuing reporting posting charging estimating answering writing holding
""".split())
ADDING_PARTICIPLES = sorted((PARTICIPLE_CUES - NOT_ADDING_PARTICIPLES) | {"noted", "added"})
# The pattern opens by consuming one character of a class (the comma or the
# first space), then tells the two openings apart by look-behind: `re` then
# skips to its next candidate in a tight loop instead of trying the whole
# pattern at every character. Same language and same match order as
# `,(mark)? (and)? | ,? \s+ (before|while|by) \s+`.
_ADDING_OPENING = (
    r"[,\s](?:(?<=,)(?P<mark>[\"\u201d]|'')?\s*(?:and\s+)?|(?<=,)\s+(?:before|while|by)\s+"
    r"|(?<=\s)\s*(?:before|while|by)\s+)"
)
ADDING_RE = re.compile(
    _ADDING_OPENING + r"(?P<cue>" + trie_pattern(ADDING_PARTICIPLES) + r")(?![\w'\u2019-])\s*(?:that\b|:)?\s*",
    re.IGNORECASE,
)


def cue_matches(body: str) -> list[re.Match]:
    """Every CUE_RE match of body, in order: the same matches as `CUE_RE.finditer(body)`, found faster."""
    first = CUE_RE.match(body)  # a cue opening the body has no character before it
    out = [first] if first else []
    # Each scan hit is one character before its cue; CUE_RE.match there gives the cue's own match.
    # (Never None: the scan only stops where CUE_RE matches.)
    out.extend(CUE_RE.match(body, m.start() + 1) for m in _CUE_SCAN_RE.finditer(body, first.end() if first else 0))  # type: ignore[misc]
    return out


def according_matches(body: str) -> list[re.Match]:
    """Every `according to` in body as full matches (from the `A`), in order."""
    out = []
    for m in ACCORDING_SCAN_RE.finditer(body):
        full = ACCORDING_RE.match(body, m.start() - 1) if m.start() else None
        if full:
            out.append(full)
    return out


def cue_lemma_needs_complement(cue: str) -> bool:
    """True when the cue word only counts with `that`, a colon or a quote after it."""
    return cue.lower() in NEEDS_COMPLEMENT


def is_tell_verb(cue: str) -> bool:
    """True for cues that take a listener before the clause (`told reporters ...`)."""
    return cue.lower() in TELL_VERBS


def takes_object_content(cue: str) -> bool:
    """True for cues whose object is the content (`talked about X`, `urged X to ...`)."""
    low = " ".join(cue.lower().split())
    return low in TOPIC_CUES or low in OBJECT_CUES


def is_ask_verb(cue: str) -> bool:
    """True for `ask` and its forms."""
    return cue.lower() in ASK_VERBS
