"""Attribution frames as named regexes: what may sit around a cue for it to count.

The frames (see `frames.py`): preposed `X said (that) ...`, postposed
`..., X said.`, inverted `..., said X.`, `According to X, ...`, and the
participle opener `Stressing that ..., X said ...`. These patterns only
describe the glue between speaker, cue and content; the speaker phrase itself
is in `speakers.py` and the cue words in `cues.py`.
"""
from __future__ import annotations

import re

from pressroom.extract.cues import CUE_ADVERBS
from pressroom.extract.senses import AUXILIARIES

_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)"
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?"
# Time phrases that may sit between speaker and cue or right after the cue.
TIME = (
    r"(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:" + _DAYS + r"(?:\s+(?:morning|afternoon|evening|night))?|" + _MONTHS
    + r"|(?:last|this|next)\s+(?:week|month|year|weekend|night|morning|fall|spring|summer|winter)"
    + r"|(?:in|during)\s+(?:an?|the|his|her|their|its)\s+(?:\w+\s+){0,2}(?:statement|interview|speech|letter|"
    + r"messages?|letters|post|tweet|email|remarks|appearance|briefing|conference|address|debate|op-ed|memo|call))"
)
# Last words before a cue that mean an adverb or time phrase sits between
# speaker and cue (a cheap test before running BETWEEN_TAIL_RE).
BETWEEN_WORDS = frozenset("""
also further then later earlier again once previously recently repeatedly has have had would will did does do
could might may must should can is are was were been being not n't never always often even only just
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week month year weekend night
morning statement interview speech letter letters message messages post tweet email remarks appearance briefing
conference address debate op-ed memo call fall spring summer winter
""".split())
# Words after which a pronoun starts a new clause ("and he said").
OPENER_WORDS = frozenset("and but while as because so when after though although where since if yet that".split())
# Discourse asides set off by commas: between a subject and its cue ("The fleet, however,
# suggests") and between a cue and its clause ("said, however, that ...").
ASIDES = (
    r"(?:however|though|too|also|nonetheless|moreover|meanwhile|instead|again|once\s+again|in\s+fact|in\s+turn|"
    r"for\s+example|of\s+course|for\s+(?:his|her|their|its|our)\s+part)"
)
# What may sit between the speaker and the cue ("has also", ", in a statement,").
BETWEEN_TAIL_RE = re.compile(
    r"(?:\s+(?:" + CUE_ADVERBS + r"|" + TIME + r")|\s*,\s*(?:" + TIME + r"|" + ASIDES + r")\s*,)*\s*$"
)
# Separators that may close the content before a postposed speaker: a comma,
# a closing quote mark (possibly after ? or !), a dash.
CONTENT_SEP_RE = re.compile(r"(?:[,;:]\s*(?:''|[\"\u201d\u2019])?|[?!.]?(?:''|[\"\u201d\u2019])\s*,?|\s[-\u2013\u2014]{1,2})\s*$")
# What may follow a postposed or inverted cue up to the sentence end: a short
# phrase with no new clause ("in a statement", "at a press conference held by
# the department on Friday"), then the terminator.
# An -ly adverb, not one of the -ly nouns that continue a noun phrase ("said the Khan family deserved ...").
_LY_ADVERB = r"(?!(?:family|ally|rally|assembly|supply|reply|anomaly|monopoly|Italy|July)\b)\w+ly"
_TAIL_LEAD = (
    r"(?:in|at|on|to|during|after|before|while|when|with|from|via|through|over|about|of|outside|inside|"
    r"last|this|earlier|later|recently|today|yesterday|tonight|afterward|again|then|also|as|because|" + _LY_ADVERB + r"|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + _MONTHS + r")"
)
TAIL_OK_RE = re.compile(
    r"(?:\s*,?\s+" + _TAIL_LEAD + r"\b[^\"\u201c\u201d;]{0,140}?)?\s*[.!?]*[\"\u201d\u2019']*\s*$"
)
# After `told`: the listener may be anyone ("he told CNN", "she told the Times").
TELL_TAIL_OK_RE = re.compile(r"\s+[^\"\u201c\u201d;,]{1,40}?\s*[.!?]*[\"\u201d\u2019']*\s*$")
TELL_TAIL_MAX_WORDS = 4
# An appositive after a name may also close an inverted cue ("said Smith, a spokesman").
APPOSITIVE_TAIL_RE = re.compile(r"\s*,\s*[^\"\u201c\u201d;]{1,160}?\s*[.!?]*[\"\u201d\u2019']*\s*$")
TAIL_MAX_WORDS = 16
# ... and after an inverted speaker's appositive ("said Guan Li, an economist and president of ..., in an interview").
APPOSITIVE_TAIL_MAX_WORDS = 30
# A continuation quote after the cue: `"A," he said, "B."`.
TAIL_QUOTE_RE = re.compile(r"[^\"\u201c]{0,60}?[,.:]\s*(?=[\"\u201c]|'')")
# (A `whether`/`if` clause after `asked` is content with its opener kept:
# "asked if they planned to attend".)
# `that` followed by a contraction or a finite verb is the clause's subject, not
# its complementizer, and stays in the content ("said that's untrue", "said that
# is unlikely").
THAT_AS_SUBJECT = (r"[\u2019']\w|\s+(?:is|was|isn't|wasn't|are|were|has|hasn't|have|had|will|won't|would|wouldn't|"
                   r"could|should|might|may|can|can't|does|doesn't|did|didn't|makes|made|means|meant|seems|seemed)\b")
# A short phrase between cue and content: a prepositional phrase or time ("in
# the letters", "on Tuesday", "at a rally in Ohio") ending at `that` or a comma.
PP_THEN_THAT_RE = re.compile(
    r"\s*,?\s*(?:(?:" + TIME + r"|(?:in|at|on|to|by|during|after|before|with|from|via|through|over|while|of|"
    r"about|earlier|later|again|also|repeatedly|publicly|privately)\b[^,;\"\u201c\u201d]{0,70}?)\s*,?\s*)?"
    r"(?:(?P<mark>that\b(?!" + THAT_AS_SUBJECT + r")|:|,(?=\s*[\"\u201c]))\s*|(?=(?P<wh>whether|if|why|how|what|when|who)\b))"
)
# A that-clause further after the cue than PP_THEN_THAT_RE reaches, after a listener or
# a place with commas ("told shareholders at the meeting in Waterloo, Ont., that ..."): the
# match ends after `that` and has PP_THEN_THAT_RE's `mark` group.
DISTANT_THAT_CHARS = 140
DISTANT_THAT_RE = re.compile(r",?\s+(?P<mark>that)\b(?!" + THAT_AS_SUBJECT + r")\s*")
# What the words before such a `that` never hold: a verb or a relative word (then `that` is no complementizer).
DISTANT_THAT_BLOCK_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(AUXILIARIES | frozenset(
    "which who whom whose where when while because if said says told".split())))) + r")\b", re.IGNORECASE)
# A preposition opening a sentence: what follows up to the comma is a scene, not the subject
# ("In China, the authorities ...", "At the briefing, Wang ...").
OPENING_PREPOSITION_RE = re.compile(r"\s*(?:In|At|On|After|During|Before|Since|From|Under|Amid|Despite|Following|Across|Throughout|Within)\s")
LEADING_TIME_RE = re.compile(r"\s*(?:" + TIME + r")\b\s*,?")
# Words that open a reported clause: after `told investors`, they show that the
# one word before them was the listener ("told investors the merger ...").
CLAUSE_STARTS = frozenset("that the a an he she it they we i his her its their this these there".split())
# The same words as a regex alternation: a listener phrase never runs over them ("told the council
# the budget would hold": the listener is "the council").
_CLAUSE_START_ALT = r"(?:" + "|".join(sorted(CLAUSE_STARTS)) + r")\b"
# The listener after `told`/`assured`: a pronoun, a name, or a short phrase.
LISTENER_RE = re.compile(
    r"\s+(?:him|her|them|me|us|you|reporters|journalists|supporters|the\s+crowd|the\s+audience|"
    r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[A-Z][\w.&'\u2019-]*\s*){1,4}|"
    r"(?:the|a|an|his|her|their)\s+(?:(?!" + _CLAUSE_START_ALT + r")\w+\s+){0,2}(?!" + _CLAUSE_START_ALT + r")\w+|"
    r"[a-z]+(?=\s+(?:" + "|".join(sorted(CLAUSE_STARTS)) + r")\b))(?=\s|,|$)"
)
# Words that cannot sit inside a speaker phrase: they show a clause, not a name.
CLAUSE_WORDS = frozenset("""
is was are were be been being has have had will would can could should do does did not that which who
whom whose there here it its what when where why how if than then so because after before said says
""".split())
# What may follow a pronoun after an inverted cue ("..., said he." / "said she, adding ..."):
# punctuation or the end, never a verb.
PRONOUN_AFTER_CUE_RE = re.compile(r"\s*(?:[,.;:!?\u2014\u2013)\"\u201d']|$)")
# The speaker after an inverted cue that follows a quotation: a determiner, at
# most four words, a head word, then the end of the phrase (`said one district
# GOP leader.`, `said a longtime adviser to Trump, who ...`, `said the 46-year-old.`).
LOOSE_SPEAKER_HEAD_RE = re.compile(
    r"\s*(?P<spk>(?:the|a|an|one|another)\s+(?:[\w'\u2019-]+\s+){0,4}?[\w.'\u2019-]*\w)"
    r"(?=\s*(?:[,;:!?]|\.(?:\s|$)|$|\s(?:who|whose|which|in|at|on|during|after)\b))"
)
# The speaker after an inverted cue that follows a quotation, when the phrase
# holds words no list has: a few words, then a capitalised name, then the end of
# the phrase (`said lead author Dr. Ann Roe, a cardiologist ...`, `said BGC
# Financial senior technology analyst Colin Gillis.`). The words before the name
# are no preposition or conjunction: those would start a new phrase.
# Title abbreviations: their full stop never ends a speaker phrase ("Lt. Gen. Michael Flynn", "Ms. Lee").
TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Lt", "Sen", "Rep", "Gov", "Gen", "Col", "Maj", "Sgt", "Capt",
                       "Prof", "Rev", "Adm", "Cpl", "Supt", "Insp", "Cst", "Det", "Hon", "Atty")
_NOT_AFTER_TITLE = "".join(r"(?<!\b" + a + ")" for a in TITLE_ABBREVIATIONS)
SPEAKER_PHRASE_END_RE = re.compile(r"\s*(?:[,;:!?]|\.(?:\s|$)|$|\s(?:who|whose|which|in|at|on|during|after)\b)")
NAMED_SPEAKER_HEAD_RE = re.compile(
    r"\s*(?P<spk>(?:(?!(?:by|in|on|at|with|from|to|that|who|which|and|but|or|when|while|after|before|during|"
    r"because|as|than)\s)[\w.&'\u2019-]+\s+){0,6}?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\w"
    + _NOT_AFTER_TITLE + r")"
    r"(?=" + SPEAKER_PHRASE_END_RE.pattern + r")"
)
# An infinitive right after a would-be inverted speaker ("asked a judge to block").
INFINITIVE_AFTER_RE = re.compile(r"\s+to\s+[a-z]")
# Nothing but closing punctuation up to the sentence end.
SENTENCE_CLOSE_RE = re.compile(r"\s*[.!?]*[\"\u201d\u2019']*\s*")
# A closing quote mark (after optional , ? !) right before a postposed speaker.
CLOSED_QUOTE_RE = re.compile(r"[,?!.]?(?:''|[\"\u201d\u2019])\s*,?\s*$")
# What joins a second reported clause with its own subject ("..., and she said ...",
# "..., whereas Y acknowledged ...", "While X said A, he said B", "...; 46 percent said ...").
COORD_BEFORE_RE = re.compile(r",?\s*\b(?:and|but|while|whereas)\s+$|[,;]\s*$")
COORD_WORDS = ("and", "but", ",", ";", "while", "whereas")  # what COORD_BEFORE_RE needs: a cheap test first
# A sentence opened by a subordinate clause (`While X said A, he appears ...`):
# its statement ends where the main clause starts (MAIN_CLAUSE_RE).
SUBORDINATE_LEAD_RE = re.compile(r"[\"\u201c]?(?:While|Although|Though|Whereas|As|When|If|Because|Since|After|Before|Even\s+as|Even\s+though)\s")
# The comma where the main clause starts after a subordinate one: a subject pronoun follows.
MAIN_CLAUSE_RE = re.compile(r",\s+(?=(?:he|she|they|we|I|it)\s)")
# A colon right before a quotation: the colon is the cue ("Kerry: \"...\"").
COLON_CUE_RE = re.compile(r":\s*(?:''|[\"\u201c\u2018])$")
# A cue right after `and`/`but`: it shares the subject of the clause.
COORDINATED_RE = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")
# Punctuation that ends the clause before a subject.
CLAUSE_PUNCT = ",;:(\u2014\u2013\"\u201c\u201d"
# Clause openers that may precede a preposed speaker in mid-sentence.
CLAUSE_OPENER_RE = re.compile(
    r"(?:^|[,;:\u2014\u2013(]|\b(?:and|but|while|as|because|so|when|after|though|although|where|since|if|yet)|"
    r"[\"\u201c])\s*$",
    re.IGNORECASE,
)
# `According to X, ...` at the sentence or clause start, and `..., according to X.`
ACCORDING_HEAD_RE = re.compile(r"[^,\"\u201c\u201d]{1,120}?,\s*")
# The source after a postposed `according to`: a short phrase to a comma or the end.
ACCORDING_TAIL_RE = re.compile(r"\s+(?P<src>[^,;\"\u201c\u201d]{1,120}?)\s*(?:[,;]|[.!?]*[\"\u201d']*\s*$)")
# `A, according to X, B` mid-sentence: A is the statement when it has this
# many words and is as long as B, or when B only continues the sentence.
ACCORDING_CLAUSE_MIN_WORDS = 4
ACCORDING_AFTER_CONT_RE = re.compile(r"\s*(?:but|and|while|though|although|who|which|whose|where|a|an)\b")
# Where reported content after a cue ends before the sentence does: a second
# source named at the end is the writer's aside. (Cutting at "which",
# "even though" or dashes was measured and hurt: annotators keep those.)
CONTENT_CUT_RE = re.compile(r",\s+according\s+to\b|,\s+(?:while|despite|compared\s+with|as\s+opposed\s+to|conceding|reflecting|pointing\s+to|citing|referring|drawing|putting|echoing|prompting|sparking|marking|signaling|signalling|underscoring|highlighting)\b")
# Writer's tails that end reported content at the sentence end (PolNeAR
# content stops before them): a relative clause about a name just mentioned
# (`..., Sanders, who also ...`), a closing appositive (`..., a swipe at ...`),
# and a second predicate of the speaker (`... but declined to say ...`).
# (Cutting at a closing dash aside or a trailing weekday was measured: no gain.)
# (Each of these patterns opens by consuming one character of a class and
# tells its openings apart by look-behind: `re` then skips to the next
# candidate in a tight loop instead of trying the pattern at every character.
# `[,\s](?<=\s)\s*` is `\s+`; `rel` holds the clause after its comma.)
TAIL_ASIDE_RE = re.compile(
    r"[,\s](?:(?<=,)(?P<rel>\s+(?:who|which)\b(?=[^\"\u201c\u201d]*$))|(?<=,)\s+(?:a|an)\s(?=[^\"\u201c\u201d,;]*$)|"
    r"(?:(?<=,)\s+|(?<=\s)\s*)(?:and|but)\s+(?:did\s+not|didn't|declined|refused|would\s+not\s+say|wouldn't\s+say|stopped\s+short|"
    r"has\s+repeatedly|has\s+also|had\s+also)\b)"
)
# The comma that closes a non-restrictive relative clause (`X, who said A, told B`),
# then adverbs: a speech cue must follow for the clause to end there.
RELATIVE_CLOSE_RE = re.compile(r",\s+(?:(?:also|later|then|has|had|have|again|on\s+\w+day)\s+)*")
# A possessive right before a cue word makes it a noun or an adjective ("his
# proposed ban", "the senator's call for", "Editor's note:"), not a verb.
POSSESSIVE_BEFORE_RE = re.compile(r"(?:\w['\u2019]s?|\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our))\s+$")
# Quoted words that are a term or a title, not speech: short and right after
# a determiner, a possessive or a naming verb (`the "two sessions"`).
TERM_LEAD_RE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those|so-called|dubbed|called|named|titled|"
    r"entitled|known\s+as|term|word|phrase|label|slogan)|['\u2019]s)\s*$",
    re.IGNORECASE,
)
TERM_MAX_WORDS = 4
# A parenthetical attribution inside its statement (`A, X said, B`): the comma
# before the speaker, and how many words A needs to be a statement part.
PARENTHETICAL_BEFORE_RE = re.compile(r",\s*$")
PARENTHETICAL_AFTER_RE = re.compile(r"(?:\s+" + TIME + r")?\s*,")
PARENTHETICAL_MIN_WORDS = 3
# Openers of a sentence-initial phrase that is scene-setting, not speech ("In a
# statement, X said, ..."; "On Tuesday, ...").
NOT_CONTENT_LEAD_RE = re.compile(
    r"\s*(?:(?i:in|at|on|during|speaking|asked|writing|responding|after|before|later|earlier|meanwhile|"
    r"separately|however|instead|still|now|then|also)\b[^,]{0,60}|" + TIME + r")\s*"
)
# Longest text NOT_CONTENT_LEAD_RE can match in full (a 60-character phrase, spaces, a
# time phrase or an opener word): longer text before a speaker is never a mere lead.
LEAD_MAX_CHARS = 100
# An aside between a cue and its clause ("said, however, that ...").
ASIDE_ADVERB_RE = re.compile(r"\s*,\s*" + ASIDES + r"\s*,\s*")
# Where an object content ends (`urged voters to stay home, saying ...`): a
# comma, semicolon, bracket or dash.
# (`\s*(?:[,;(]|\s[-\u2013\u2014]{1,2}\s)`, opened by a character class as TAIL_ASIDE_RE.)
OBJECT_END_RE = re.compile(r"[\s,;(](?:(?<=[,;(])|(?<=\s)\s*(?:[,;(]|\s[-\u2013\u2014]{1,2}\s)|(?<=\s)[-\u2013\u2014]{1,2}\s)")
# A question word opening reported content (`asked him whether ...`).
WH_RE = re.compile(r"\s*,?\s*(?:whether|if|why|how|what|when|who|whom|which|where)\b")
# `..., X said when asked whether A` / `Asked on TV why A, ...`: the question A put to an
# unnamed asker; a short phrase (`by reporters`, `on Fox News`) may come first.
WHEN_ASKED_BEFORE_RE = re.compile(r"\b(?i:when|after|before|once|while|as)\s+$")
ASKED_CLAUSE_RE = re.compile(
    r"\s+(?:(?:on|in|at|during|by|about|later|again|repeatedly|specifically)\b[^,;\"\u201c\u201d]{0,40}?\s+)?"
    r"(?=(?:whether|if|why|how|what|when|who|whom|which|where)\b)"
)
# `asked the students if ...`: a listener of a few words, then the question word.
ASK_LISTENER_WH_RE = re.compile(r"\s+(?:[\w.'\u2019-]+\s+){1,4}?(?=(?:whether|if|why|how|what|when|who|whom|which|where)\b)")
# `asked voters to ...`: a short object, then an infinitive (`asked not to be named` is no request reported).
ASK_TO_RE = re.compile(r"\s+(?!not\s)(?:[\w'\u2019.-]+\s+){1,5}?to\s+[a-z]")
# What may precede a sentence-opening `Asked` ("When asked whether ...").
ASKED_LEAD_RE = re.compile(r"(?:When|After|If|Once|Later|Also|Then)\s+(?=asked\b)")
# `As X reported, ...` / `..., as X said.`: the `as` right before a speaker or cue.
AS_WINDOW = 200  # how far before its cue the `as` may be (characters)
AS_BEFORE_RE = re.compile(r"(?:^|(?<=[\s,\"\u201c]))[Aa]s\s+$")
# `As reported by X`: the agent after a passive cue.
BY_AGENT_RE = re.compile(r"\s+by\s+")
# A subordinate clause right after a tell verb: `told` there means "had an effect", not speech.
SUBORDINATOR_AFTER_RE = re.compile(r"\s+(?:as|when|while|after|before|because|once|until)\b")
# `was quoted as` before `saying`: the subject before it said what follows.
QUOTED_AS_BEFORE_RE = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?quoted\s+as\s+$")
# The agent of a passive cue ("was told by the fire chief that ..."): a few words after `by`, up to
# `that`, a time or place phrase, or punctuation (its head is checked in code).
PASSIVE_AGENT_RE = re.compile(
    r"\s+by\s+(?P<spk>(?:[\w.'\u2019&-]+\s+){0,5}?[\w.'\u2019&-]+)"
    r"(?=\s+(?:that|in|on|at|during|last|this|earlier)\b|\s*[,;:]|\s*$)"
)
# After `As X reported`: an optional time or short phrase, then the comma that opens the content.
AS_TAIL_RE = re.compile(r"(?:\s+" + TIME + r"|\s+(?:in|on|at|last|earlier|this)\b[^,;\"\u201c\u201d]{0,60})?\s*,\s*")
# What cannot open an object content: a preposition or adverb shows a passive
# or intransitive use ("were criticized on social media", "cited in the report").
NOT_OBJECT_RE = re.compile(
    r"\s*(?:on|in|by|at|with|from|during|after|before|over|under|into|through|since|until|"
    r"and|or|but|which|who|when|while|because|if)\b"
)
# A one-word object that reports nothing on its own: a pronoun ("talked about it").
BARE_PRONOUN_OBJECT_RE = re.compile(r"\s*(?:it|this|that|them|him|her|me|us|you|these|those)\W*$", re.IGNORECASE)
# A time phrase the speaker pattern swallowed: after an inverted cue ("said a scholar on Tuesday"),
# or closing a subject before its verb ("Wang Wenbin on Thursday condemned ... and urged ...").
SPEAKER_TIME_TAIL_RE = re.compile(r"\s+(?:on|last|this|early|late|earlier|later)\s+(?:" + _DAYS + r"|" + _MONTHS + r")\b.*$", re.DOTALL)
# A transcript turn (matched at paragraph starts only): a paragraph opening with an all-capitals speaker label
# and a colon ("CLINTON: ...", "Q: ..."), at most four words, then words (a
# quotation after the colon is a cited text, left to the quotation rules).
TRANSCRIPT_LABEL_RE = re.compile(
    r"(?P<label>[A-Z][A-Z.'\u2019-]*(?:[ \t]+[A-Z][A-Z.'\u2019-]*){0,3}):[ \t]+"
    r"(?=[^\s\"\u201c\u2018'])"
)
# Labels that head a note or a section, not a turn.
NOT_TRANSCRIPT_LABELS = frozenset("""
update updated note correction clarification source sources photo video watch read related see also
disclosure warning breaking exclusive tags topics share abstract full text q a
""".split())
# The labels of an interview's questions and answers.
INTERVIEW_LABELS = frozenset(("Q", "A"))
# Words that never sit in a speaker's capitals label but make up headings, link
# prompts and market or sports summaries ("THE TAKEAWAY:", "READ MORE:", "WHY IT
# MATTERS:", "STAT OF THE WEEK:", "MARKET WATCH:"): function words, and the
# words of prompts and section heads. A label with one of them is not a turn.
HEADING_LABEL_WORDS = NOT_TRANSCRIPT_LABELS | frozenset("""
the a an of at its it in on for to from by with and or is are was what why how where when who which this that
these those next more most here there now my your our their his her about after before
listen click subscribe sign follow download contact editor editors advertisement sponsored
takeaway takeaways bottom line key points point summary highlights background context analysis
market markets watch stocks stock bonds currencies commodities score scores result results stat stats
week day today tonight morning evening weekend top news headlines latest live recap preview lineup
""".split())
# Naming cues: `called the plan "a disaster"` reports words only when a quotation follows.
NAMING_CUES = frozenset("called calls calling".split())
# `called Sanders shortly after ...`, `called Mr. Scott on Tuesday`: a name and then a
# time, place or purpose phrase (or nothing) is a telephone call, not a naming.
PHONE_CALL_RE = re.compile(
    r"\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]*(?:\s*(?:[,.;)]|$)|\s+(?:on|in|at|after|before|shortly|late|"
    r"early|last|this|to|from|back|again|twice|yesterday|today|tonight|during|while|when|and|but)\b)"
)
# `a firm called X`: an indefinite noun phrase right before a naming cue.
NAMED_AFTER_NOUN_RE = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+$")
# A colon right before an opening quote mark (`... his job: "A," he said.`).
COLON_BEFORE_QUOTE_RE = re.compile(r":\s*$")
