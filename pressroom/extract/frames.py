"""Attribution frames: the statements one sentence reports, with speaker and cue spans.

`attributions(body, sentence, cues, accordings)` tries every cue outside quote
marks in the frames described in `patterns.py`: postposed `..., X said.`,
inverted `..., said X.`, preposed `X said (that) ...`, `According to X, ...`,
a sentence-opening participle (`Stressing that A, X said B`), a participle
tail after another verb (`She criticized the plan, saying ...`), a second
cue joined by `and` (`X said A and added B`) and `..., adding that B`.
It returns `Found` spans only; kinds, texts and names are set in `quotes.py`.
"""
from __future__ import annotations

import re

from typing import NamedTuple

from pressroom.extract import patterns as P
from pressroom.extract.cues import (ADDING_RE, CUE_RE, NOUN_HOMOGRAPHS, PARTICIPLE_CUES, THAT_CLAUSE_ONLY, TOPIC_CUES,
                                    cue_lemma_needs_complement,
                                    is_ask_verb, is_tell_verb, takes_object_content)
from pressroom.extract.senses import IDIOM_CUES, is_idiom, is_non_speech, is_passive_cue, is_passive_non_speech, tail_holds_clause
from pressroom.extract.sentences import ABBREVIATIONS, MARK_CHARS, Sentence, strip_span
from pressroom.extract.speakers import PRONOUNS, RELATIVE_PRONOUNS, SPEAKER_HEAD_RE, is_speaker_phrase, trim_speaker
from pressroom.extract.subjects import speaker_before

# Cues that open a sentence with the question put to its speaker ("Asked whether ...,").
ASKED_OPENERS = frozenset(("asked", "asked about"))
# Tell verbs' past participles: after `was`/`were` their subject listened ("was told by X that ...").
PASSIVE_TELL_FORMS = frozenset(("told", "assured", "reminded"))
# Participles that give a reason after an object (`urged hikers to ..., citing the fog`), not a second statement.
REASON_PARTICIPLES = frozenset(("citing",))
# A statement shorter than this many words is a fragment, not a quote ...
MIN_WORDS = 2
# ... except the object of a topic cue, which may be one word ("talked about immigration").
TOPIC_MIN_WORDS = 1
# `_tail_ok` counts the words after a cue only up to one past its largest limit: enough for every test.
_TAIL_WORDS_COUNTED = max(P.APPOSITIVE_TAIL_MAX_WORDS, P.TAIL_MAX_WORDS, P.TELL_TAIL_MAX_WORDS)


class Found(NamedTuple):
    """One attribution found in a sentence: content span, speaker span, cue span."""

    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None


def is_name_not_cue(body: str, sent_start: int, m: re.Match) -> bool:
    """A capitalised cue word after the sentence's start is part of a name ("the United States",
    "The Washington Post"), not a cue."""
    return m.group()[:1].isupper() and bool(body[sent_start:m.start()].strip(" " + MARK_CHARS))


def min_words(cue: str | None) -> int:
    """The fewest words a statement reported with this cue may have."""
    if not cue or " " not in cue:
        return MIN_WORDS  # topic cues are phrases ("talked about"): most cues end here
    return TOPIC_MIN_WORDS if " ".join(cue.lower().split()) in TOPIC_CUES else MIN_WORDS


def attributions(body: str, sent: Sentence, cues: list, accordings: list) -> list[Found]:
    """Attributions of one sentence, given the cue and `according to` matches inside it."""
    s = sent.start
    found: list[Found] = []
    taken_until = s
    for m in cues:
        at, word = m.start(), m.group()
        if _in_quote(at, sent.quotes):
            continue
        if at < taken_until:
            second = _coordinated(body, sent, m, found[-1]) if found else None
            if second:
                found[-1] = found[-1]._replace(end=second[0])
                found.append(second[1])
                taken_until = second[1].end
            continue
        if is_name_not_cue(body, s, m) or (word in IDIOM_CUES and is_idiom(body, m.start(), m.end())):
            continue  # a name ("The Washington Post"), or an idiom ("All told, ...", "adds up to")
        homograph = word.lower() in NOUN_HOMOGRAPHS
        if (homograph or word.endswith("ed")) and P.POSSESSIVE_BEFORE_RE.search(body, max(s, at - 8), at):
            continue  # "his proposed ban", "Editor's note:": an adjective or a noun after a possessive
        if homograph:
            # A verb only with a complement, or closing its sentence after a speaker ("..., the paper reports.").
            f = _preposed(body, sent, m)
            if f is None and P.SENTENCE_CLOSE_RE.fullmatch(body, m.end(), sent.end):
                f = _postposed(body, sent, m)
        elif word.lower() in THAT_CLAUSE_ONLY:
            f = _preposed(body, sent, m)  # only with `that` after it (see there)
        elif word.lower() == "asked" and (at == s or P.WHEN_ASKED_BEFORE_RE.search(body, max(s, at - 8), at)):
            f = _when_asked(body, sent, m)
        else:
            f = (_as_frame(body, sent, m) or _postposed(body, sent, m) or _inverted(body, sent, m)
                 or _preposed(body, sent, m))
        if f is None:
            continue
        head = _parenthetical_head(body, sent, f, taken_until)
        if head is not None:
            found.append(head)
        found.append(f)
        taken_until = max(f.end, at + len(word))
    for m in accordings:
        if not _in_quote(m.start(), sent.quotes) and not any(x.start <= m.start() < x.end for x in found):
            f = _according(body, sent, m)
            if f:
                found.append(f)
    if not found:
        found = _participle_tail(body, sent, cues)
    found = _split_adding(body, sent, found)
    opener = _participle_opener(body, sent, found)
    if opener:
        found.insert(0, opener)
    return found


def _postposed(body: str, sent: Sentence, m) -> Found | None:
    s, e = sent.start, sent.end
    sp = speaker_before(body, s, m.start())
    if sp is None or sp[0] <= s:
        return None
    before = body[max(s, sp[0] - 8): sp[0]]
    sep = P.CONTENT_SEP_RE.search(body, max(s, sp[0] - 8), sp[0])
    if sep is None:
        return None
    # `"...," X said <anything>`: a closing mark before the speaker is proof
    # enough; otherwise the tail must be a short phrase, not a new clause.
    closed = P.CLOSED_QUOTE_RE.search(before)
    if closed and not _starts_with_quote(body, s, sent):
        # `Scene-setting: "A," X said.`: the quotation after a colon is the statement.
        o = next((o for o, c in sent.quotes if sp[0] - 8 <= c < sp[0]), None)
        if o is not None and P.COLON_BEFORE_QUOTE_RE.search(body, max(s, o - 4), o):
            return Found(o, sp[0], sp[1], sp[0], m.group(), m.start(), m.end())
    if not (closed and _starts_with_quote(body, s, sent)) and not _tail_ok(body, m.end(), e, m.group()):
        return None
    if not closed and sp[0] - s <= P.LEAD_MAX_CHARS and P.NOT_CONTENT_LEAD_RE.fullmatch(body, s, sep.start()):
        return None  # `In his response, X said on Tuesday that ...`: a scene-setting phrase, not the statement
    return Found(s, sp[0], sp[1], sp[0], m.group(), m.start(), m.end())


def _inverted(body: str, sent: Sentence, m) -> Found | None:
    s, e = sent.start, sent.end
    if m.start() <= s or not P.CONTENT_SEP_RE.search(body, max(s, m.start() - 8), m.start()):
        return None
    if is_tell_verb(m.group()):
        return None  # "One delegate, Kelly Smith, told reporters ...": the phrase after `told` is its listener
    quoted = P.CLOSED_QUOTE_RE.search(body, max(s, m.start() - 8), m.start()) and _starts_with_quote(body, s, sent)
    h = SPEAKER_HEAD_RE.match(body, m.end(), e)
    if (not h or not is_speaker_phrase(h.group("spk"))) and quoted:
        # `"...," said one district GOP leader.`: after a quotation, any short noun phrase with a speaker head.
        h = P.LOOSE_SPEAKER_HEAD_RE.match(body, m.end(), e)
        if not h or not is_speaker_phrase(h.group("spk")):
            h = P.NAMED_SPEAKER_HEAD_RE.match(body, m.end(), e)
    elif quoted and h is not None and not P.SPEAKER_PHRASE_END_RE.match(body, h.end(), e):
        # `said St. Louis Blues forward David Perron.`: the phrase goes on past an affiliation to the name.
        h = P.NAMED_SPEAKER_HEAD_RE.match(body, m.end(), e) or h
    if not h or not is_speaker_phrase(h.group("spk")):
        return None
    if not quoted and not _tail_ok(body, h.end(), e, m.group(), appositive=True):
        return None
    if h.group("spk").lower() in PRONOUNS and not P.PRONOUN_AFTER_CUE_RE.match(body, h.end(), e):
        return None  # "..., said he was sure": a pronoun then a verb is a new clause, not an inverted speaker
    if P.INFINITIVE_AFTER_RE.match(body, h.end(), e):
        return None  # "..., asked a federal judge to block ...": the listener of a request, not an inverted speaker
    return Found(s, m.start(), _clean_head(h.group("spk")), h.start("spk"), m.group(), m.start(), m.end())


def _as_frame(body: str, sent: Sentence, m) -> Found | None:
    """`As X reported, A.` / `As reported by X, A.` / `A, as X said.` -> A by X."""
    s, e = sent.start, sent.end
    lo = max(s, m.start() - P.AS_WINDOW)
    if body.find("as ", lo, m.start()) < 0 and body.find("As ", lo, m.start()) < 0:
        return None  # cheap test first: most cues have no `as` before them
    pos = m.end()
    if P.AS_BEFORE_RE.search(body, max(s, m.start() - 4), m.start()):
        by = P.BY_AGENT_RE.match(body, pos, e)
        h = SPEAKER_HEAD_RE.match(body, by.end(), e) if by else None
        if h is None or not is_speaker_phrase(h.group("spk")):
            return None
        as_at = m.start() - len(body[max(s, m.start() - 4):m.start()].split()[-1]) - 1
        spk, spk_start, pos = _clean_head(h.group("spk")), h.start("spk"), h.end("spk")
    else:
        sp = speaker_before(body, s, m.start())
        if sp is None:
            return None
        a = P.AS_BEFORE_RE.search(body, max(s, sp[0] - 4), sp[0])
        if a is None:
            return None
        as_at, spk, spk_start = a.start() + len(a.group()) - len(a.group().lstrip(" ,")), sp[1], sp[0]
    lead = body[s:as_at].strip(" " + MARK_CHARS)
    if not lead:  # `As X reported, A.`
        t = P.AS_TAIL_RE.match(body, pos, e)
        if t is None or len(body[t.end():e].split()) < MIN_WORDS:
            return None
        return Found(t.end(), _content_end(body, t.end(), e, sent), spk, spk_start, m.group(), m.start(), m.end())
    if lead.endswith(",") and P.TAIL_OK_RE.fullmatch(body, pos, e) and len(lead.split()) >= MIN_WORDS:
        return Found(s, as_at, spk, spk_start, m.group(), m.start(), m.end())  # `A, as X said.`
    return None


def _preposed(body: str, sent: Sentence, m) -> Found | None:
    s, e = sent.start, sent.end
    if body[m.end():m.end() + 2].lstrip().startswith((";", ".")):
        return None  # nothing reported after the cue
    sp = speaker_before(body, s, m.start())
    if sp is None and (q := P.QUOTED_AS_BEFORE_RE.search(body, max(s, m.start() - 40), m.start())):
        sp = speaker_before(body, s, q.start())  # "He was quoted as saying ...": the subject said it
    if sp is None:
        sp = _shared_subject(body, s, m.start())
        if sp is None or (m.group().lower() in NOUN_HOMOGRAPHS and not _that_follows(body, m.end(), e)):
            return None  # "speeches and promises to ...": a noun after `and`, not a second verb of the subject
    pos = m.end()
    if m.group().lower() in PASSIVE_TELL_FORMS and is_passive_cue(body, m.start()):
        # "The mayor was told by the fire chief that ...": the agent speaks, the subject listened.
        h = P.PASSIVE_AGENT_RE.match(body, pos, e)
        if h is not None and is_speaker_phrase(h.group("spk")):
            sp, pos = (h.start("spk"), _clean_head(h.group("spk"))), h.end("spk")
        else:
            # "X had been told that ...": a statement whose speaker is not written.
            tm = P.PP_THEN_THAT_RE.match(body, pos, e) or _distant_that(body, pos, e, sent)
            if tm is None or not (tm.group("mark") or "").startswith("that"):
                return None
            end = _content_end(body, tm.end(), e, sent)
            if len(body[tm.end():end].split()) < MIN_WORDS:
                return None
            return Found(tm.end(), end, None, None, m.group(), m.start(), m.end())
    elif is_tell_verb(m.group()):
        lm = P.LISTENER_RE.match(body, pos, e)
        if lm:
            pos = lm.end()
        elif P.SUBORDINATOR_AFTER_RE.match(body, pos, e):
            return None  # "Ireland's quality told as Lowe crossed over": `told` with no listener, no speech
    elif is_ask_verb(m.group()):
        lm = P.LISTENER_RE.match(body, pos, e)
        if lm and P.WH_RE.match(body, lm.end(), e):
            pos = lm.end()
        elif aw := P.ASK_LISTENER_WH_RE.match(body, pos, e):
            pos = aw.end()  # "asked the students if ...": the shortest listener before the question word
        elif P.ASK_TO_RE.match(body, pos, e):
            end = _object_end(body, pos, e, sent)
            if len(body[pos:end].split()) >= MIN_WORDS:
                return Found(pos, end, sp[1], sp[0], m.group(), m.start(), m.end())
    am = P.ASIDE_ADVERB_RE.match(body, pos, e)
    if am:
        pos = am.end()
    tm = P.PP_THEN_THAT_RE.match(body, pos, e)
    if tm is None and (is_tell_verb(m.group()) or P.NOT_OBJECT_RE.match(body, pos, e)):
        # "told shareholders at the company's meeting in Waterloo, Ont., that ...": a listener or a
        # place too long for the short-phrase pattern, then the that-clause.
        tm = _distant_that(body, pos, e, sent)
    if m.group().lower() in THAT_CLAUSE_ONLY and not (tm and (tm.group("mark") or "").startswith("that")):
        return None  # "held" reports only with a that-clause ("the summit held in ...")
    if tm:
        pos = tm.end()
    elif takes_object_content(m.group()) or (m.group().lower() in P.NAMING_CUES and _quote_in(sent, pos, _object_end(body, pos, e, sent))):
        end = _object_end(body, pos, e, sent)
        if (len(body[pos:end].split()) < min_words(m.group()) or P.NOT_OBJECT_RE.match(body, pos, end)
                or P.BARE_PRONOUN_OBJECT_RE.match(body, pos, end) or _says_nothing(body, sp[1], m, pos, end)):
            return None
        return Found(pos, end, sp[1], sp[0], m.group(), m.start(), m.end())
    elif cue_lemma_needs_complement(m.group()) and not body[pos:e].lstrip()[:1] in MARK_CHARS:
        return None
    elif m.group().lower() in P.NAMING_CUES and P.NAMED_AFTER_NOUN_RE.search(body, max(s, m.start() - 30), m.start()) \
            and body[pos:pos + 2].strip()[:1].isupper():
        return None  # "a firm called Cambridge Analytica": a common noun named, no words reported
    elif m.group().lower() in P.NAMING_CUES and P.PHONE_CALL_RE.match(body, pos, e):
        return None  # "called Sanders shortly after ...": a telephone call
    else:
        lt = P.LEADING_TIME_RE.match(body, pos, e)
        if lt:
            pos = lt.end()
    end = _content_end(body, pos, e, sent)
    if sp[1].lower() in RELATIVE_PRONOUNS and body[max(s, sp[0] - 3):sp[0]].rstrip().endswith(","):
        # `X, who said A, said B`: the relative clause ends where the main predicate (a cue) resumes.
        end = _first_break(P.RELATIVE_CLOSE_RE, body, pos, end, sent, then=CUE_RE)
    elif P.SUBORDINATE_LEAD_RE.match(body, s, sp[0]) and body.find(",", s, sp[0]) < 0:
        # `While X said A, he appears ...`: a subordinate clause's statement ends before the main clause.
        end = _first_break(P.MAIN_CLAUSE_RE, body, pos, end, sent)
    if len(body[pos:end].split()) < MIN_WORDS or (not tm and _says_nothing(body, sp[1], m, pos, end)):
        return None
    return Found(pos, end, sp[1], sp[0], m.group(), m.start(), m.end())


def _says_nothing(body: str, subject: str, m, pos: int, end: int) -> bool:
    """A bare content (no `that`, colon or quotation) in a sense of the cue where nobody speaks (see senses.py)."""
    if body[pos:pos + 2].lstrip()[:1] in MARK_CHARS:
        return False
    t = P.LEADING_TIME_RE.match(body, pos, end)
    if t is not None and not body[t.end():end].strip(" .,;"):
        return True  # only a time ("the trustees dismissed last October"): nothing reported
    return (is_non_speech(body, subject, m.group(), pos, end, takes_object_content(m.group()))
            or is_passive_non_speech(body, m.start(), m.group()))


def _distant_that(body: str, pos: int, e: int, sent: Sentence) -> re.Match | None:
    """The `that` opening a reported clause within DISTANT_THAT_CHARS after pos, when the words
    before it are a listener or a place: no auxiliary, relative word, quotation or semicolon."""
    t = P.DISTANT_THAT_RE.search(body, pos, min(e, pos + P.DISTANT_THAT_CHARS))
    if t is None or _in_quote(t.start(), sent.quotes):
        return None
    gap = body[pos:t.start()]
    if any(ch in gap for ch in ';"\u201c\u201d') or P.DISTANT_THAT_BLOCK_RE.search(gap):
        return None
    return t


def _first_break(regex, body: str, pos: int, end: int, sent: Sentence, then=None) -> int:
    """Start of regex's first match in body[pos:end] outside quote marks (and followed by `then`), else end."""
    for c in regex.finditer(body, pos, end):
        if not _in_quote(c.start(), sent.quotes) and (then is None or then.match(body, c.end())):
            return c.start()
    return end


def _that_follows(body: str, pos: int, e: int) -> bool:
    """A `that` or a colon opens the clause after pos (a short phrase may come first)."""
    rest = body[pos:e]
    if "that" not in rest and ":" not in rest and "," not in rest:
        return False  # none of PP_THEN_THAT_RE's marks: a cheap test before the pattern
    tm = P.PP_THEN_THAT_RE.match(body, pos, e)
    return tm is not None and tm.group("mark") is not None


def _parenthetical_head(body: str, sent: Sentence, f: Found, lo: int) -> Found | None:
    """`A, X said, B.`: the words before a parenthetical attribution are said too -> Found for A."""
    if f.speaker_start is None or f.cue_start is None or f.cue_end is None or f.cue_start > f.start:
        return None
    if not P.PARENTHETICAL_AFTER_RE.match(body, f.cue_end, f.end) or _in_quote(f.start, sent.quotes):
        return None
    pre = P.PARENTHETICAL_BEFORE_RE.search(body, max(lo, f.speaker_start - 4), f.speaker_start)
    if pre is None:
        return None
    start = max(lo, sent.start)
    if len(body[start:pre.start()].split()) < P.PARENTHETICAL_MIN_WORDS or P.NOT_CONTENT_LEAD_RE.fullmatch(body, start, pre.start()):
        return None
    return Found(start, pre.start(), f.speaker, f.speaker_start, f.cue, f.cue_start, f.cue_end)


def _object_end(body: str, pos: int, e: int, sent: Sentence) -> int:
    """End of an object content (`talked about X, ...`): the first clause break outside quote marks."""
    return _first_break(P.OBJECT_END_RE, body, pos, e, sent)


def _content_end(body: str, pos: int, e: int, sent: Sentence) -> int:
    """End of reported content that starts at pos: the sentence end or a writer's tail clause."""
    if body[pos:pos + 2].lstrip()[:1] in MARK_CHARS:
        return e  # a quotation runs to its closing mark
    for c in P.CONTENT_CUT_RE.finditer(body, pos, e):
        if not _in_quote(c.start(), sent.quotes) and len(body[pos:c.start()].split()) >= 3:
            return c.start()
    for c in P.TAIL_ASIDE_RE.finditer(body, pos, e):
        if c.group("rel") and not body[pos:c.start()].rsplit(None, 1)[-1][:1].isupper():
            continue  # `who`/`which` after a common noun defines it ("people who ..."): content
        if not _in_quote(c.start(), sent.quotes) and len(body[pos:c.start()].split()) >= 3:
            return c.start()
    return e


def _according(body: str, sent: Sentence, m) -> Found | None:
    """`According to X, ...` or `... (,) according to X.`: X is any short phrase up to a comma or the end."""
    s, e = sent.start, sent.end
    tail = P.ACCORDING_TAIL_RE.match(body, m.end(), e)
    if m.start() == s or P.CLAUSE_OPENER_RE.search(body, max(s, m.start() - 16), m.start()):
        h = P.ACCORDING_HEAD_RE.match(body, m.end(), e)
        if h and len(body[h.end():e].split()) >= MIN_WORDS and not _according_closes(body, sent, m, h.end(), tail):
            spk_start, spk_end = strip_span(body, m.end(), h.end())
            return Found(h.end(), e, body[spk_start:spk_end] or None, spk_start, m.group(), m.start(), m.end())
    if tail and len(body[s:m.start()].split()) >= MIN_WORDS + 1:
        spk_start, spk_end = strip_span(body, m.end(), tail.end("src"))
        return Found(s, m.start(), _clean_head(body[spk_start:spk_end]), spk_start, m.group(), m.start(), m.end())
    return None


def _according_closes(body: str, sent: Sentence, m, after: int, tail) -> bool:
    """`A, according to X, but B` / `A, according to X, who ...`: mid-sentence, the source closes A.

    The words before decide when they are a clause of their own: as many as
    after, or what follows the source only continues the sentence (a conjunction
    or a relative clause about X).
    """
    if m.start() == sent.start or tail is None or not body[sent.start:m.start()].rstrip().endswith(","):
        return False
    before = len(body[sent.start:m.start()].split())
    return before >= P.ACCORDING_CLAUSE_MIN_WORDS and (
        before >= len(body[after:sent.end].split()) or P.ACCORDING_AFTER_CONT_RE.match(body, after, sent.end) is not None)


def _coordinated(body: str, sent: Sentence, m, prev: Found) -> tuple[int, Found] | None:
    """A cue with its own subject inside prev's content starts a second statement -> (cut, Found).

    The subject follows `and`/`but`/`while`/`whereas` or a comma: `X said A and Y said B`,
    `While X said A, he said B`, `X said A, whereas Y acknowledged B`.
    """
    if not prev.start < m.start() < prev.end or (prev.cue_start or 0) > prev.start:
        return None
    # COORD_BEFORE_RE below needs one of these words before the cue: a cheap test before the frame.
    if not any(body.find(w, prev.start, m.start()) >= 0 for w in P.COORD_WORDS):
        return None
    f = _preposed(body, sent, m)
    if f is None:
        return None
    boundary = f.speaker_start if f.speaker_start is not None and f.speaker_start > prev.start else m.start()
    c = P.COORD_BEFORE_RE.search(body, max(prev.start, boundary - 12), boundary)
    if c is None or len(body[prev.start:c.start()].split()) < MIN_WORDS:
        return None
    if f.speaker_start is None or f.speaker_start < prev.start:
        f = f._replace(speaker=prev.speaker, speaker_start=prev.speaker_start)
    return c.start(), f


def _sentence_subject(body: str, s: int, pos: int) -> re.Match | None:
    """The subject phrase opening the clause at s (before pos), as a SPEAKER_HEAD_RE match: after an
    opening phrase and its comma when the clause opens with one ("In an interview with CNN, Trump ...",
    "In China, the authorities ...")."""
    h = SPEAKER_HEAD_RE.match(body, s, pos)
    if h is not None and is_speaker_phrase(trim_speaker(h.group("spk"))) and not P.OPENING_PREPOSITION_RE.match(body, s, pos):
        return h
    comma = body.find(",", s, pos)
    h = SPEAKER_HEAD_RE.match(body, comma + 1, pos) if 0 <= comma < pos - 2 else None
    return h if h is not None and is_speaker_phrase(trim_speaker(h.group("spk"))) else None


def _shared_subject(body: str, s: int, pos: int) -> tuple[int, str] | None:
    """`Rubio thanked Miami and said ...`: the cue shares the clause subject -> (start, text)."""
    if not P.COORDINATED_RE.search(body, max(s, pos - 12), pos):
        return None
    h = _sentence_subject(body, s, pos)
    if h is None:
        return None
    text = trim_speaker(h.group("spk"))
    start = h.end("spk") - len(text)
    return start, _clean_head(text)


def _split_adding(body: str, sent: Sentence, found: list[Found]) -> list[Found]:
    """`..., adding that B` inside or after a statement -> a second statement, same speaker."""
    out: list[Found] = []
    cue_starts = {f.cue_start for f in found}  # a participle the cue loop already read is not added twice
    for f in found:
        lo = f.start if f.cue_start is None or f.cue_end is None or f.cue_start < f.start else f.cue_end
        end = f.end if lo == f.start else _sentence_end_after(body, f)
        a = ADDING_RE.search(body, lo, end)
        if a is None and lo == f.start and f.end < sent.end:
            # An object content cut at a comma (`criticized the plan, calling it ...`).
            a = ADDING_RE.match(body, f.end, sent.end)
            if a is not None and a.group("cue").lower() in REASON_PARTICIPLES:
                a = None
            end = sent.end
        if a is None or a.start("cue") in cue_starts:
            out.append(f)
            continue
        if lo == f.start:
            out.append(f._replace(end=min(f.end, a.end("mark") if a.group("mark") else a.start())))
        else:
            out.append(f)
        out.append(Found(a.end(), _content_end(body, a.end(), end, sent) if end == sent.end else end,
                         f.speaker, f.speaker_start, a.group("cue"), a.start("cue"), a.end("cue")))
    return out


def _sentence_end_after(body: str, f: Found) -> int:
    end = body.find("\n\n", f.cue_end or f.end)
    end = len(body) if end < 0 else end
    stop = body.find(". ", f.cue_end or f.end, end)
    return end if stop < 0 else stop + 1


def _participle_tail(body: str, sent: Sentence, cues: list) -> list[Found]:
    """`She criticized the plan, saying (that) it ...`: the sentence subject said what follows."""
    for m in cues:
        word = m.group()
        if not word.endswith("ing") or not body[sent.start:m.start()].rstrip().rstrip(MARK_CHARS).endswith(","):
            continue
        h = _sentence_subject(body, sent.start, m.start())
        if h is None:
            return []
        pos = m.end()
        if is_tell_verb(word):
            lm = P.LISTENER_RE.match(body, pos, sent.end)
            pos = lm.end() if lm else pos
        tm = P.PP_THEN_THAT_RE.match(body, pos, sent.end)
        if tm:
            pos = tm.end()
        elif cue_lemma_needs_complement(word):
            return []
        if len(body[pos:sent.end].split()) < MIN_WORDS:
            return []
        text = trim_speaker(_clean_head(h.group("spk")))
        return [Found(pos, _content_end(body, pos, sent.end, sent), text, h.end("spk") - len(text) if text == h.group("spk")[-len(text):] else h.start("spk"),
                      word, m.start(), m.end())]
    return []


def _participle_opener(body: str, sent: Sentence, found: list[Found]) -> Found | None:
    """`Stressing in the letters that A, the department said ...` -> A by the department."""
    if not found:
        return None  # an opener only joins a main attribution
    lead = P.ASKED_LEAD_RE.match(body, sent.start, sent.end)
    first = CUE_RE.match(body, lead.end() if lead else sent.start)
    if not first:
        return None
    word = " ".join(first.group().lower().split())
    if word in ASKED_OPENERS:
        if any(f.cue_start == first.start() for f in found):
            return None  # already read as a question (`_when_asked`)
        return _asked_opener(body, sent, found, first)
    if word not in PARTICIPLE_CUES:
        return None
    main = next((f for f in found if f.speaker_start and f.speaker_start > first.end()), None)
    tm = P.PP_THEN_THAT_RE.match(body, first.end(), sent.end)
    if main is None or main.speaker_start is None or tm is None or tm.end() >= main.speaker_start:
        return None
    return Found(tm.end(), main.speaker_start, main.speaker, main.speaker_start, first.group(), first.start(), first.end())


def _asked_opener(body: str, sent: Sentence, found: list[Found], first) -> Found | None:
    """`Asked whether A, X said ...` / `Asked about A, ...`: the question A, put to the main speaker (asker unnamed)."""
    main = next((f for f in found if f.speaker_start and f.speaker_start > first.end()), None)
    if main is None or main.speaker_start is None:
        return None
    pos, at = first.end(), main.speaker_start
    if first.group().lower() == "asked":
        lm = P.LISTENER_RE.match(body, pos, at)
        if lm and P.WH_RE.match(body, lm.end(), at):
            pos = lm.end()
        wh = P.WH_RE.match(body, pos, at)
        if wh is None:
            return None
        pos = wh.start() + len(wh.group()) - len(wh.group().lstrip(" ,"))
    end = _object_end(body, pos, at, sent)
    if len(body[pos:end].split()) < MIN_WORDS:
        return None
    # The asker is not named: the main speaker answered the question, did not ask it.
    return Found(pos, end, None, None, first.group(), first.start(), first.end())


def _when_asked(body: str, sent: Sentence, m) -> Found | None:
    """`..., X said when asked whether A` / `Asked why A, X ...`: the question A, its asker unnamed."""
    q = P.ASKED_CLAUSE_RE.match(body, m.end(), sent.end)
    if q is None:
        return None
    end = _object_end(body, q.end(), sent.end, sent)
    if len(body[q.end():end].split()) < MIN_WORDS + 1:
        return None
    return Found(q.end(), end, None, None, m.group(), m.start(), m.end())


def _tail_ok(body: str, pos: int, end: int, cue: str = "", appositive: bool = False) -> bool:
    rest = body[pos:end]
    if P.TAIL_QUOTE_RE.match(rest) or ADDING_RE.match(rest) or rest.lstrip().startswith(";"):
        return True  # (after a semicolon a new clause starts: `A, analysts say; in 2012, ...`)
    if _that_follows(rest, 0, len(rest)):
        return False  # "told POLITICO last fall that ...": the cue takes a that-clause, nothing is postposed
    n = len(rest.split(None, _TAIL_WORDS_COUNTED))
    if appositive and n <= P.APPOSITIVE_TAIL_MAX_WORDS and P.APPOSITIVE_TAIL_RE.fullmatch(rest):
        return True
    if n > P.TAIL_MAX_WORDS:
        return False
    if P.TAIL_OK_RE.fullmatch(rest):
        # "..., Lauzon said in his opinion the structure is sound.": a clause follows the cue.
        return not tail_holds_clause(rest)
    # "he told CNN." / "she told the Times on Friday": a listener, not a clause.
    return is_tell_verb(cue) and n <= P.TELL_TAIL_MAX_WORDS and bool(P.TELL_TAIL_OK_RE.fullmatch(rest))


def _clean_head(text: str) -> str:
    """Drop a sentence-final period (unless it ends an abbreviation) and a swallowed time phrase."""
    t = P.SPEAKER_TIME_TAIL_RE.search(text)
    if t and t.start() > 0:
        text = text[:t.start()]
    if text.endswith("."):
        last = text.rsplit(None, 1)[-1][:-1]
        if len(last) >= 2 and "." not in last and last.lower() not in ABBREVIATIONS:  # "said Ma." -> Ma
            return text[:-1]
    return text


def _starts_with_quote(body: str, s: int, sent: Sentence) -> bool:
    return bool(sent.quotes) and sent.quotes[0][0] <= s + 2


def _quote_in(sent: Sentence, start: int, end: int) -> bool:
    """True when a quotation opens in body[start:end] (`called the plan "a disaster"`)."""
    return any(start <= o < end for o, _ in sent.quotes)


def _in_quote(pos: int, spans) -> bool:
    # A plain loop: called for every cue and clause break, where a generator costs more than the test.
    for o, c in spans:
        if o < pos < c:
            return True
    return False
