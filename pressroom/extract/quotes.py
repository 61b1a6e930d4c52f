"""Quotes and reported speech: find statements in a body and attribute them.

The algorithm, one sentence at a time (sentences never break inside quote
marks, see `sentences.py`):
1. every cue outside quote marks (`cues.CUE_RE`, `according to`) is tried in
   the attribution frames of `patterns.py`: postposed `..., X said.`,
   inverted `..., said X.`, preposed `X said (that) ...`, `According to X, ...`;
   a sentence-opening participle (`Stressing that A, X said B`) and a trailing
   `, adding that B` give extra statements by the same speaker;
2. the content span decides the kind: all inside one pair of quote marks is
   `direct`, partly quoted speech is `mixed`, otherwise `indirect`; quoted
   terms (`the "two sessions"`) do not make a statement mixed;
3. a sentence that is only a quotation continues the previous direct quote's
   speaker (same or next paragraph); quote marks with no cue nearby are terms.
Speakers are resolved by `speakers.Resolver`. Pure: str in, records out.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from pressroom.extract import patterns as P
from pressroom.extract.cues import ACCORDING_RE, ADDING_RE, CUE_RE, PARTICIPLE_CUES, cue_lemma_needs_complement, is_tell_verb
from pressroom.extract.sentences import ABBREVIATIONS, PARAGRAPH_SEP, Sentence, split_sentences
from pressroom.extract.speakers import PRONOUNS, SPEAKER_HEAD_RE, SPEAKER_TAIL_RE, Resolver, is_speaker_phrase, trim_speaker
from pressroom.records import Organization, Quote

# Characters stripped from the edges of a statement.
_EDGE = " \t\n,;:\u2014\u2013-'"
_MARKS = "\"\u201c\u201d\u2018\u2019'"
# A quotation no frame claims still counts as speech from this many words
# on: a sentence-long quotation in news is nearly always somebody's words,
# while short ones are terms, titles and nicknames.
LEFTOVER_MIN_WORDS = 6
# A statement shorter than this many words is a fragment, not a quote.
MIN_WORDS = 2
# How far back (characters) a speaker phrase may start before its cue.
SPEAKER_WINDOW = 260
# Most words a name's appositive may have ("Smith, a senior fellow at ..., said").
APPOSITIVE_MAX_WORDS = 30
# Most words in front of a speaker phrase that still belong to it ("Top donor Sheldon Adelson").
PREFIX_MAX_WORDS = 7
# Most words a speaker phrase (plus adverbs before its cue) may have.
TAIL_WORDS = 16
# How far back (characters) the speaker phrase itself may reach.
SPEAKER_TAIL_CHARS = 110
# How far back adverbs and time phrases between speaker and cue may reach.
BETWEEN_CHARS = 60
_WORD_START_RE = re.compile(r"(?<!\S)\S|(?<=[\"\u201c\u201d(])\S")
_SPACE_RUN_RE = re.compile(r"\s+|,")


class Found(NamedTuple):
    """One attribution found in a sentence: content span, speaker span, cue span."""

    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None


def find_quotes(body: str, organizations: Sequence[Organization] = ()) -> tuple[Quote, ...]:
    """Quotes in `body`, in order, attributed; organizations help resolve speakers. '' -> ()."""
    if not body.strip():
        return ()
    sentences, all_quotes = split_sentences(body)
    resolver = Resolver(body, organizations)
    out: list[Quote] = []
    pending: list[tuple[int, int, int]] = []  # open-ended quotes awaiting a later attribution
    colon: Found | None = None                # "X said:" waiting for its quotation
    for sent in sentences:
        found = _analyse(body, sent)
        if not found:
            cont = _continuation(body, sent, out, colon)
            if cont is not None:
                out.append(cont)
            elif _is_open_quote_paragraph(body, sent):
                pending.append((sent.start, sent.end, sent.paragraph))
            colon = _colon_cue(body, sent) or (colon if colon and not sent.quotes else None)
            continue
        colon = None
        for f in found:
            spk = resolver.resolve(f.speaker, f.speaker_start) if f.speaker else None
            for p_start, p_end, _ in pending:
                q = _make(body, p_start, p_end, f, spk, all_quotes)
                if q is not None and q.kind == "direct":
                    out.append(q)
            pending = []
            q = _make(body, f.start, f.end, f, spk, all_quotes)
            if q is not None:
                out.append(q)
            for extra in _tail_quotes(body, sent, f):
                q = _make(body, extra[0], extra[1], f, spk, all_quotes)
                if q is not None:
                    out.append(q)
    out.extend(_leftover_quotations(body, sentences, out, resolver))
    out.sort(key=lambda q: q.start)
    return tuple(out)


def _leftover_quotations(body: str, sentences: list[Sentence], out: list[Quote], resolver: Resolver) -> list[Quote]:
    """Long quotations no frame claimed: speech when a speaker or cue is near (its sentence, the quote before)."""
    extra: list[Quote] = []
    taken = sorted((q.start, q.end) for q in out)
    for sent in sentences:
        for o, c in sent.quotes:
            if len(body[o + 1:c].split()) < LEFTOVER_MIN_WORDS or any(a < c and o < b for a, b in taken):
                continue
            start, end = _strip_span(body, o + 1, c)
            f = _sentence_attribution(body, sent, o)
            if f is not None:
                spk = resolver.resolve(f.speaker, f.speaker_start) if f.speaker else None
                q = _make(body, start, end, f, spk, sent.quotes)
                if q is not None:
                    extra.append(replace(q, kind="direct"))
                continue
            prev = next((q for q in reversed(out) if q.start < start and q.speaker and q.paragraph_index >= sent.paragraph - 1), None)
            if prev is None:
                continue  # no speaker and no cue nearby: a title or a slogan, not a quote
            extra.append(Quote(
                start=start, end=end, text=body[start:end], kind="direct", paragraph_index=sent.paragraph,
                speaker=prev.speaker, speaker_name=prev.speaker_name, speaker_kind=prev.speaker_kind,
                speaker_title=prev.speaker_title, speaker_org_id=prev.speaker_org_id,
                speaker_start=prev.speaker_start, speaker_end=prev.speaker_end,
                cue=prev.cue, cue_start=prev.cue_start, cue_end=prev.cue_end,
            ))
    return extra


def _sentence_attribution(body: str, sent: Sentence, o: int) -> Found | None:
    """Speaker and cue for a quotation inside a sentence: the subject before it and the last cue or colon."""
    if o <= sent.start + 1:
        return None
    h = SPEAKER_HEAD_RE.match(body, sent.start, o)
    if h is None or not is_speaker_phrase(h.group("spk")):
        return None
    cue = None
    for m in CUE_RE.finditer(body, h.end(), o):
        cue = m
    colon = P.COLON_CUE_RE.search(body, max(sent.start, o - 40), o + 1)
    if cue is None and colon is None:
        return None
    text = trim_speaker(h.group("spk"))
    if cue is not None:
        return Found(o, o, text, h.end("spk") - len(text), cue.group(), cue.start(), cue.end())
    return Found(o, o, text, h.end("spk") - len(text), ":", colon.start(), colon.start() + 1)


# --- frames ------------------------------------------------------------------


def _analyse(body: str, sent: Sentence) -> list[Found]:
    s, e = sent.start, sent.end
    found: list[Found] = []
    taken_until = s
    for m in CUE_RE.finditer(body, s, e):
        if _in_quote(m.start(), sent.quotes):
            continue
        if m.start() < taken_until:
            second = _coordinated(body, sent, m, found[-1]) if found else None
            if second:
                found[-1] = found[-1]._replace(end=second[0])
                found.append(second[1])
                taken_until = second[1].end
            continue
        if m.group()[:1].isupper() and body[s:m.start()].strip(" " + _MARKS):
            continue  # "State", "Post": a capitalised cue word mid-sentence is a name
        f = _postposed(body, sent, m) or _inverted(body, sent, m) or _preposed(body, sent, m)
        if f is None:
            continue
        found.append(f)
        taken_until = max(f.end, m.end())
    for m in ACCORDING_RE.finditer(body, s, e):
        if not _in_quote(m.start(), sent.quotes) and not any(x.start <= m.start() < x.end for x in found):
            f = _according(body, sent, m)
            if f:
                found.append(f)
    found = _split_adding(body, found)
    opener = _participle_opener(body, sent, found)
    if opener:
        found.insert(0, opener)
    return found


@lru_cache(maxsize=256)
def _speaker_before(body: str, s: int, pos: int) -> tuple[int, str] | None:
    """The speaker phrase ending at `pos` (adverbs and time phrases skipped) -> (start, text)."""
    lo = max(s, pos - SPEAKER_WINDOW)
    window = body[lo:pos]
    last = window[-24:].split()
    if not last:
        return None
    word = last[-1].lower()
    # Fast paths: most cues follow their speaker directly, often a pronoun.
    if word.endswith(",") or word in P.BETWEEN_WORDS or word.endswith("ly"):
        cut = _tail_match(P.BETWEEN_TAIL_RE, window[-BETWEEN_CHARS:], spaces=True)
        if cut:
            window = window[: len(window) - min(len(window), BETWEEN_CHARS) + cut.start()]
    elif word in PRONOUNS and (len(last) == 1 and lo == s or not last[-2][-1:].isalnum()
                               or last[-2].lower() in P.OPENER_WORDS):
        return pos - len(last[-1]) - (len(window) - len(window.rstrip())), last[-1]
    if window.endswith(","):
        app = _appositive(window)
        return (lo + app[0], app[1]) if app else None
    m = SPEAKER_TAIL_RE.search(window, max(0, len(window) - SPEAKER_TAIL_CHARS))
    if not m or not is_speaker_phrase(m.group("spk")):
        return None
    start = m.start("spk")
    if not P.CLAUSE_OPENER_RE.search(window, max(0, start - 16), start):
        start = _extend_prefix(window, start)
    text = window[start: m.end("spk")]
    trimmed = trim_speaker(text)
    return lo + start + len(text) - len(trimmed), trimmed


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


def _extend_prefix(window: str, start: int) -> int:
    """Grow a speaker leftwards over a few name-like words back to a clause start ("Top donor X")."""
    opener = max(window.rfind(c, 0, start) for c in ",;:(\u2014\"\u201c\u201d'")
    words = window[opener + 1: start].split()
    if len(words) <= PREFIX_MAX_WORDS and not any(w.lower() in P.CLAUSE_WORDS for w in words):
        return opener + 1 + (len(window[opener + 1: start]) - len(window[opener + 1: start].lstrip()))
    return start


def _appositive(window: str) -> tuple[int, str] | None:
    """`Name, appositive,` ending a window -> (start, 'Name'); None when no name precedes."""
    end = len(window) - 1
    for _ in range(3):
        comma = window.rfind(",", 0, end)
        if comma < 0:
            return None
        app = window[comma + 1: len(window) - 1]
        if any(ch in _MARKS for ch in app) or len(app.split()) > APPOSITIVE_MAX_WORDS:
            return None
        m = SPEAKER_TAIL_RE.search(window, max(0, comma - SPEAKER_TAIL_CHARS), comma)
        if m and m.group("spk")[:1].isupper() and is_speaker_phrase(m.group("spk")):
            text = trim_speaker(m.group("spk"))
            return m.end("spk") - len(text), text
        end = comma
    return None


def _coordinated(body: str, sent: Sentence, m, prev: Found) -> tuple[int, Found] | None:
    """A cue inside prev's content after `and`/`but` starts a second statement -> (cut, Found)."""
    if not prev.start < m.start() < prev.end or (prev.cue_start or 0) > prev.start:
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


def _shared_subject(body: str, s: int, pos: int) -> tuple[int, str] | None:
    """`Rubio thanked Miami and said ...`: the cue shares the clause subject -> (start, text)."""
    if not P.COORDINATED_RE.search(body, max(s, pos - 12), pos):
        return None
    h = SPEAKER_HEAD_RE.match(body, s, pos)
    if h is None or not is_speaker_phrase(h.group("spk")):
        return None
    text = trim_speaker(h.group("spk"))
    return h.end("spk") - len(text), text


def _postposed(body: str, sent: Sentence, m) -> Found | None:
    s, e = sent.start, sent.end
    sp = _speaker_before(body, s, m.start())
    if sp is None or sp[0] <= s:
        return None
    before = body[max(s, sp[0] - 8): sp[0]]
    if not P.CONTENT_SEP_RE.search(before):
        return None
    # `"...," X said <anything>`: a closing mark before the speaker is proof
    # enough; otherwise the tail must be a short phrase, not a new clause.
    if not (P.CLOSED_QUOTE_RE.search(before) and _starts_with_quote(body, s, sent)) and not _tail_ok(body, m.end(), e, m.group()):
        return None
    return Found(s, sp[0], sp[1], sp[0], m.group(), m.start(), m.end())


def _inverted(body: str, sent: Sentence, m) -> Found | None:
    s, e = sent.start, sent.end
    if m.start() <= s or not P.CONTENT_SEP_RE.search(body, max(s, m.start() - 8), m.start()):
        return None
    h = SPEAKER_HEAD_RE.match(body, m.end(), e)
    if not h or not is_speaker_phrase(h.group("spk")):
        return None
    quoted = P.CLOSED_QUOTE_RE.search(body, max(s, m.start() - 8), m.start()) and _starts_with_quote(body, s, sent)
    if not quoted and not _tail_ok(body, h.end(), e, m.group(), appositive=True):
        return None
    return Found(s, m.start(), _clean_head(h.group("spk")), h.start("spk"), m.group(), m.start(), m.end())


def _preposed(body: str, sent: Sentence, m) -> Found | None:
    s, e = sent.start, sent.end
    sp = _speaker_before(body, s, m.start()) or _shared_subject(body, s, m.start())
    if sp is None:
        return None
    pos = m.end()
    if is_tell_verb(m.group()):
        lm = P.LISTENER_RE.match(body, pos, e)
        if lm:
            pos = lm.end()
    tm = P.PP_THEN_THAT_RE.match(body, pos, e)
    if tm:
        pos = tm.end()
    elif cue_lemma_needs_complement(m.group()) and not body[pos:e].lstrip()[:1] in _MARKS:
        return None
    else:
        lt = P.LEADING_TIME_RE.match(body, pos, e)
        if lt:
            pos = lt.end()
    end = _content_end(body, pos, e, sent)
    if len(body[pos:end].split()) < MIN_WORDS:
        return None
    return Found(pos, end, sp[1], sp[0], m.group(), m.start(), m.end())


def _content_end(body: str, pos: int, e: int, sent: Sentence) -> int:
    """End of reported content that starts at pos: the sentence end or a writer's tail clause."""
    if body[pos:pos + 2].lstrip()[:1] in _MARKS:
        return e  # a quotation runs to its closing mark
    for c in P.CONTENT_CUT_RE.finditer(body, pos, e):
        if not _in_quote(c.start(), sent.quotes) and len(body[pos:c.start()].split()) >= 3:
            return c.start()
    return e


def _according(body: str, sent: Sentence, m) -> Found | None:
    s, e = sent.start, sent.end
    if m.start() == s or P.CLAUSE_OPENER_RE.search(body, max(s, m.start() - 16), m.start()):
        h = P.ACCORDING_HEAD_RE.match(body, m.end(), e)
        if h and len(body[h.end():e].split()) >= MIN_WORDS:
            spk = SPEAKER_HEAD_RE.match(body, m.end(), h.end())
            spk_text, spk_start = (_clean_head(spk.group("spk")), spk.start("spk")) if spk else (None, None)
            return Found(h.end(), e, spk_text, spk_start, m.group(), m.start(), m.end())
    if body[s: m.start()].rstrip().endswith(","):
        spk = SPEAKER_HEAD_RE.match(body, m.end(), e)
        if spk and len(body[s: m.start()].split()) >= MIN_WORDS:
            return Found(s, m.start(), _clean_head(spk.group("spk")), spk.start("spk"), m.group(), m.start(), m.end())
    return None


def _split_adding(body: str, found: list[Found]) -> list[Found]:
    """`..., adding that B` inside or after a statement -> a second statement, same speaker."""
    out: list[Found] = []
    for f in found:
        lo = f.start if f.cue_start is None or f.cue_start < f.start else f.cue_end
        end = f.end if lo == f.start else _sentence_end_after(body, f)
        a = ADDING_RE.search(body, lo, end)
        if a is None:
            out.append(f)
            continue
        if lo == f.start:
            out.append(f._replace(end=a.start()))
        else:
            out.append(f)
        out.append(Found(a.end(), end, f.speaker, f.speaker_start, a.group("cue"), a.start("cue"), a.end("cue")))
    return out


def _sentence_end_after(body: str, f: Found) -> int:
    end = body.find("\n\n", f.cue_end or f.end)
    end = len(body) if end < 0 else end
    stop = body.find(". ", f.cue_end or f.end, end)
    return end if stop < 0 else stop + 1


def _participle_opener(body: str, sent: Sentence, found: list[Found]) -> Found | None:
    """`Stressing in the letters that A, the department said ...` -> A by the department."""
    first = CUE_RE.match(body, sent.start)
    if not first or first.group().lower() not in PARTICIPLE_CUES or not found:
        return None
    main = next((f for f in found if f.speaker_start and f.speaker_start > first.end()), None)
    tm = P.PP_THEN_THAT_RE.match(body, first.end(), sent.end)
    if main is None or tm is None or tm.end() >= main.speaker_start:
        return None
    return Found(tm.end(), main.speaker_start, main.speaker, main.speaker_start, first.group(), first.start(), first.end())


# --- helpers -----------------------------------------------------------------


def _tail_ok(body: str, pos: int, end: int, cue: str = "", appositive: bool = False) -> bool:
    rest = body[pos:end]
    if P.TAIL_QUOTE_RE.match(rest) or ADDING_RE.match(rest):
        return True
    if len(rest.split()) > P.TAIL_MAX_WORDS:
        return False
    if P.TAIL_OK_RE.fullmatch(rest):
        return True
    if appositive and P.APPOSITIVE_TAIL_RE.fullmatch(rest):
        return True
    return is_tell_verb(cue) and bool(P.TELL_TAIL_OK_RE.fullmatch(rest))


def _tail_quotes(body: str, sent: Sentence, f: Found) -> list[tuple[int, int]]:
    """Quotations right after a postposed/inverted cue in the same sentence (`"A," he said, "B."`)."""
    if f.cue_start is None or f.cue_start < f.end:
        return []
    out, pos = [], f.cue_end
    for o, c in sent.quotes:
        if o > pos and P.TAIL_QUOTE_RE.match(body, pos, o + 1):
            out.append((o, min(c + 1, sent.end)))
            pos = c + 1
    return out


def _clean_head(text: str) -> str:
    """Drop a sentence-final period from a speaker phrase unless it ends an abbreviation."""
    if text.endswith("."):
        last = text.rsplit(None, 1)[-1][:-1]
        if len(last) > 2 and "." not in last and last.lower() not in ABBREVIATIONS:
            return text[:-1]
    return text


def _starts_with_quote(body: str, s: int, sent: Sentence) -> bool:
    return bool(sent.quotes) and sent.quotes[0][0] <= s + 2


def _in_quote(pos: int, spans) -> bool:
    return any(o < pos < c for o, c in spans)


def _is_open_quote_paragraph(body: str, sent: Sentence) -> bool:
    # A paragraph-opening quotation left open at the paragraph end: its
    # speaker is named in a later paragraph.
    return bool(sent.quotes) and sent.quotes[0][0] == sent.start and sent.quotes[-1][1] >= sent.end


def _colon_cue(body: str, sent: Sentence) -> Found | None:
    """`X said:` closing a sentence with nothing after: the next quotation is X's."""
    text = body[sent.start: sent.end].rstrip()
    if not text.endswith(":"):
        return None
    for m in CUE_RE.finditer(body, sent.start, sent.end):
        if body[m.end(): sent.end].strip() in (":", ""):
            sp = _speaker_before(body, sent.start, m.start())
            if sp:
                return Found(sent.end, sent.end, sp[1], sp[0], m.group(), m.start(), m.end())
    return None


def _continuation(body: str, sent: Sentence, out: list[Quote], colon: Found | None) -> Quote | None:
    """A sentence that is only a quotation continues the previous speaker's direct quote."""
    if not sent.quotes or sent.quotes[0][0] != sent.start:
        return None
    o, c = sent.quotes[0]
    if body[min(c + 1, sent.end): sent.end].strip(" .?!,'") or len(body[o + 1: c].split()) < MIN_WORDS:
        return None
    if colon is not None:
        prev = colon
        spk = Resolver(body).resolve(prev.speaker, prev.speaker_start) if prev.speaker else None
        return _make(body, sent.start, sent.end, prev, spk, sent.quotes)
    if not out or out[-1].kind == "indirect" or out[-1].paragraph_index < sent.paragraph - 1:
        return None
    last = out[-1]
    text_start, text_end = _strip_span(body, o + 1, min(c, sent.end))
    if text_end - text_start <= 0:
        return None
    return last.__class__(
        start=text_start, end=text_end, text=body[text_start:text_end], kind="direct",
        paragraph_index=sent.paragraph, speaker=last.speaker, speaker_name=last.speaker_name,
        speaker_kind=last.speaker_kind, speaker_title=last.speaker_title, speaker_org_id=last.speaker_org_id,
        speaker_start=last.speaker_start, speaker_end=last.speaker_end, cue=last.cue,
        cue_start=last.cue_start, cue_end=last.cue_end,
    )


def _strip_span(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start] in _EDGE:
        start += 1
    while end > start and body[end - 1] in _EDGE:
        end -= 1
    return start, end


def _kind(body: str, start: int, end: int, spans) -> tuple[str, int, int]:
    """Kind of the statement body[start:end] and its final span (marks removed for direct)."""
    inner = [(o, c) for o, c in spans if start <= o < end or o < start < c]
    if inner:
        o, c = inner[0]
        if len(inner) == 1 and o <= start and not body[c + 1:end].strip(" .,?!;:" + _MARKS):
            s2, e2 = _strip_span(body, o + 1, min(c, end))
            return "direct", s2, e2
        for o, c in inner:
            words = body[o + 1:c].split()
            if len(words) > P.TERM_MAX_WORDS or not P.TERM_LEAD_RE.search(body[max(0, o - 20):o]):
                return "mixed", start, end
    return "indirect", start, end


def _make(body: str, start: int, end: int, f: Found, spk, spans) -> Quote | None:
    start, end = _strip_span(body, start, end)
    if end > start and body[end - 1] == "." and not any(o < end - 1 < c for o, c in spans):
        end -= 1
        start, end = _strip_span(body, start, end)
    kind, start, end = _kind(body, start, end, spans)
    if len(body[start:end].split()) < MIN_WORDS:
        return None
    return Quote(
        start=start, end=end, text=body[start:end], kind=kind,
        paragraph_index=body.count("\n\n", 0, start),
        speaker=spk.text if spk else None, speaker_name=spk.name if spk else None,
        speaker_kind=spk.kind if spk else None, speaker_title=spk.title if spk else None,
        speaker_org_id=spk.org_id if spk else None,
        speaker_start=f.speaker_start, speaker_end=(f.speaker_start + len(f.speaker)) if f.speaker_start is not None and f.speaker else None,
        cue=f.cue, cue_start=f.cue_start, cue_end=f.cue_end,
    )
