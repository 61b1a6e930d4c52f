"""Quotes and reported speech: find statements in a body, attribute them, emit `Quote` rows.

The algorithm, one sentence at a time (sentences never break inside quote
marks, see `sentences.py`):
1. the cues of the sentence go through the attribution frames of `frames.py`
   (`X said (that) ...`, `..., X said.`, `..., said X.`, `According to X, ...`,
   participles, `adding that`), which return content, speaker and cue spans;
2. the content span decides the kind: all inside one pair of quote marks is
   `direct`, partly quoted speech is `mixed`, otherwise `indirect`; quoted
   terms (`the "two sessions"`) do not make a statement mixed;
3. a sentence that is only a quotation continues the previous direct quote's
   speaker (same or next paragraph); a quotation left open at a paragraph end
   takes the speaker of the next paragraph's attributed quotation; a long
   quotation no frame claimed is kept when its sentence has a subject and a
   cue or colon, or a quote just before it has a speaker; other quote marks
   (terms, titles, nicknames) are not quotes.
Speakers are resolved by `speakers.Resolver`. Pure: str in, records out.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import accumulate

from pressroom.extract import patterns as P
from pressroom.extract.cues import CUE_RE, according_matches, cue_matches
from pressroom.extract.frames import MIN_WORDS, Found, attributions, is_name_not_cue, min_words
from pressroom.extract.sentences import MARK_CHARS, Sentence, paragraph_starts, split_sentences, strip_span
from pressroom.extract.speakers import (PERSON_ROLES, SPEAKER_HEAD_RE, Resolver, head_word, is_person_name,
                                       is_speaker_phrase, trim_speaker)
from pressroom.extract.subjects import speaker_before
from pressroom.records import Organization, Quote, QuoteKind

# A quotation no frame claims still counts as speech from this many words
# on: a sentence-long quotation in news is nearly always somebody's words,
# while short ones are terms, titles and nicknames.
LEFTOVER_MIN_WORDS = 6
# Such a quotation continues the speaker of a statement at most this many paragraphs back (the
# one before it, or two when the paragraph between names nobody and quotes nothing).
CONTINUATION_PARAGRAPHS = 2


def find_quotes(body: str, organizations: Sequence[Organization] = ()) -> tuple[Quote, ...]:
    """Quotes in `body`, in order, attributed; organizations help resolve speakers. '' -> ()."""
    if not body.strip():
        return ()
    sentences, all_quotes = split_sentences(body)
    paras = paragraph_starts(body)
    resolver = Resolver(body, organizations)
    # One scan of the body for cues; each sentence takes its slice by bisection.
    cues = cue_matches(body)
    cue_starts = [m.start() for m in cues]
    accordings = according_matches(body)
    according_starts = [m.start() for m in accordings]
    out: list[Quote] = []
    pending: list[tuple[int, int, int]] = []  # open-ended quotes awaiting a later attribution
    colon: Found | None = None                # "X said:" waiting for its quotation
    lead: Sentence | None = None              # the sentence before, when it had no quote marks and no cue frame
    for sent in sentences:
        lo, hi = bisect_left(cue_starts, sent.start), bisect_left(cue_starts, sent.end)
        here = accordings[bisect_left(according_starts, sent.start):bisect_left(according_starts, sent.end)]
        found = attributions(body, sent, cues[lo:hi], here) if hi > lo or here else []
        if not found:
            cont = _continuation(body, sent, out, colon, lead, resolver, paras)
            if cont is not None:
                out.append(cont)
            elif _is_open_quote_paragraph(body, sent):
                pending.append((sent.start, sent.end, sent.paragraph))
            colon = _colon_cue(body, sent) or (colon if colon and not sent.quotes else None)
            lead = None if sent.quotes else sent
            continue
        colon = lead = None
        for f in found:
            spk = resolver.resolve(f.speaker, f.speaker_start) if f.speaker else None
            for p_start, p_end, _ in pending:
                q = _make(body, p_start, p_end, f, spk, all_quotes, paras)
                if q is not None and q.kind == "direct":
                    out.append(q)
            pending = []
            q = _make(body, f.start, f.end, f, spk, all_quotes, paras)
            if q is not None:
                out.append(q)
            for extra in _tail_quotes(body, sent, f):
                q = _make(body, extra[0], extra[1], f, spk, all_quotes, paras)
                if q is not None:
                    out.append(q)
    out.extend(_transcript_turns(body, out, resolver, all_quotes, paras))
    out.extend(_leftover_quotations(body, sentences, out, resolver, paras))
    out.sort(key=lambda q: q.start)
    return tuple(out)


def _transcript_turns(body: str, out: list[Quote], resolver: Resolver, spans, paras: list[int]) -> list[Quote]:
    """`CLINTON: ...` / `Q: ...` paragraphs (interview transcripts): the label said the rest of the paragraph."""
    extra = []
    taken = [(q.start, q.end) for q in out]
    turns = [t for t in map(lambda para: P.TRANSCRIPT_LABEL_RE.match(body, para), _label_paragraph_starts(body, paras))
             if t is not None and _is_name_shaped_label(t.group("label"))]
    if not turns or not _transcript_speakers(body, [(t.group("label"), t.start()) for t in turns]):
        return []
    for t in turns:
        label = t.group("label")
        if label.lower() in P.NOT_TRANSCRIPT_LABELS:
            continue  # "Q:" shows an interview; its turns are questions put to the speaker
        start, end = t.end(), body.find("\n\n", t.end())
        end = len(body) if end < 0 else end
        if any(a <= start < b for a, b in taken):
            continue
        f = Found(start, end, label, t.start("label"), ":", t.end("label"), t.end("label") + 1)
        # A capitals label is a name written loud ("MORALES"), not an acronym: resolve it title-cased.
        spk = resolver.resolve(label.title(), t.start("label"))
        spk = spk._replace(text=label) if spk is not None else None
        q = _make(body, start, end, f, spk, spans, paras)
        if q is not None:
            extra.append(q)
    return extra


def _is_name_shaped_label(label: str) -> bool:
    """A capitals label before a colon that may name a speaker ("CLINTON:", "JAKE TAPPER:", "Q:").

    Headings, link prompts and summaries ("THE TAKEAWAY:", "READ MORE:", "MARKET
    WATCH:", "STAT OF THE WEEK:") hold words a name never has.
    """
    if label in P.INTERVIEW_LABELS:
        return True
    words = label.lower().replace("\u2019", "'").split()
    return not any(w.strip(".'") in P.HEADING_LABEL_WORDS or w.endswith("'s") for w in words)


def _transcript_speakers(body: str, labels: list[tuple[str, int]]) -> bool:
    """Whether the name-shaped labels of an article are a transcript's speakers.

    A speaker's label shows itself: an interview repeats it ("JAKE TAPPER:", then
    "TAPPER:") or has "Q:" turns, or the article names the person in ordinary
    case ("Mayor Ana Morales"). One label shown to be a name makes the exchange a
    transcript, its other labels included ("HOST:" beside "MORALES:"). A one-off
    capitals phrase the text never names otherwise is a heading ("BROADWAY
    BEAT:"), and a lone one opening the story is its dateline ("NEW DELHI: ...").
    """
    surnames = Counter(label.split()[-1] for label, _ in labels)
    if any(label in P.INTERVIEW_LABELS for label, _ in labels) or any(n >= 2 for n in surnames.values()):
        return True
    for label, at in labels:
        if at == 0:
            continue
        last = label.split()[-1].strip(".")
        named = last[:1] + last[1:].lower()
        if any(not _opens_sentence(body, m.start()) for m in re.finditer(
                r"(?<![\w'\u2019-])(?:" + re.escape(named) + "|" + re.escape(last) + r")(?![\w'\u2019-])(?!:)", body)):
            return True
    return False


def _opens_sentence(body: str, pos: int) -> bool:
    """Whether pos starts the body, a paragraph or a sentence (a capital there proves no name)."""
    before = body[max(0, pos - 3):pos].rstrip(" " + MARK_CHARS)
    return not before or before[-1] in ".!?\n"


def _label_paragraph_starts(body: str, paras: list[int]):
    """Offsets of the paragraphs that may open with a capitals label: a capital, then no lower-case letter.

    (A cheap test before TRANSCRIPT_LABEL_RE: "The ..." opens most paragraphs.)
    """
    for pos in paras:
        if body[pos:pos + 1].isupper() and not body[pos + 1:pos + 2].islower():
            yield pos


def _leftover_quotations(body: str, sentences: list[Sentence], out: list[Quote], resolver: Resolver,
                         paras: list[int]) -> list[Quote]:
    """Long quotations no frame claimed: speech when a speaker or cue is near (its sentence, the quote before)."""
    extra: list[Quote] = []
    taken = sorted((q.start, q.end) for q in out)
    # Overlap test by bisection: the spans starting before c overlap (o, c) when the largest end among them passes o.
    taken_ends = list(accumulate((b for _, b in taken), max))
    for sent in sentences:
        for o, c in sent.quotes:
            if len(body[o + 1:c].split(None, LEFTOVER_MIN_WORDS - 1)) < LEFTOVER_MIN_WORDS:  # stop splitting at the minimum
                continue
            k = bisect_left(taken, (c,))
            if k and taken_ends[k - 1] > o:
                continue
            start, end = strip_span(body, o + 1, c)
            f = _sentence_attribution(body, sent, o)
            if f is not None:
                spk = resolver.resolve(f.speaker, f.speaker_start) if f.speaker else None
                q = _make(body, start, end, f, spk, sent.quotes, paras)
                if q is not None:
                    extra.append(replace(q, kind="direct"))
                continue
            prev = next((q for q in reversed(out) if q.start < start and q.speaker
                         and q.paragraph_index >= sent.paragraph - CONTINUATION_PARAGRAPHS), None)
            if prev is None or (prev.paragraph_index < sent.paragraph - 1
                                and not _quiet_between(body, prev.end, sent.start, resolver)):
                continue  # no speaker and no cue nearby: a title or a slogan, not a quote
            extra.append(Quote(
                start=start, end=end, text=body[start:end], kind="direct", paragraph_index=sent.paragraph,
                speaker=prev.speaker, speaker_name=prev.speaker_name, speaker_kind=prev.speaker_kind,
                speaker_title=prev.speaker_title, speaker_org_id=prev.speaker_org_id,
                speaker_start=prev.speaker_start, speaker_end=prev.speaker_end,
                cue=prev.cue, cue_start=prev.cue_start, cue_end=prev.cue_end,
            ))
    return extra


def _quiet_between(body: str, start: int, end: int, resolver: Resolver) -> bool:
    """No quotation, cue or person's name in body[start:end]: a narrating paragraph between a
    speaker's statement and a quotation leaves the quotation with that speaker."""
    gap = body[start:end]
    return (not any(ch in gap for ch in '"\u201c\u201d') and CUE_RE.search(gap) is None
            and resolver.people_between(start, end) == 0)


def _sentence_attribution(body: str, sent: Sentence, o: int) -> Found | None:
    """Speaker and cue for a quotation inside a sentence: the subject before it and the last cue or colon."""
    if o <= sent.start + 1:
        return None
    h = SPEAKER_HEAD_RE.match(body, sent.start, o)
    if h is None or not is_speaker_phrase(h.group("spk")):
        return None
    cue = None
    for m in CUE_RE.finditer(body, h.end(), o):
        if not is_name_not_cue(body, sent.start, m):
            cue = m
    colon = P.COLON_CUE_RE.search(body, max(sent.start, o - 40), o + 1)
    text = trim_speaker(h.group("spk"))
    if cue is not None:
        return Found(o, o, text, h.end("spk") - len(text), cue.group(), cue.start(), cue.end())
    if colon is not None:
        return Found(o, o, text, h.end("spk") - len(text), ":", colon.start(), colon.start() + 1)
    start = h.end("spk") - len(text)
    lead = CUE_RE.match(body, start)
    if lead is not None and text[:1].isupper():
        # `Said Dorothy Poynter: "..."`: a sentence-opening cue, then the speaker.
        name = text[lead.end() - start:].lstrip()
        return Found(o, o, name, h.end("spk") - len(name), lead.group(), lead.start(), lead.end()) if name else None
    if is_person_name(text) or head_word(text) in PERSON_ROLES:
        # "The spokesman, Geng Shuang, expressed hope Washington will "...": the person the sentence is about.
        return Found(o, o, text, start, None, None, None)
    return None


def _tail_quotes(body: str, sent: Sentence, f: Found) -> list[tuple[int, int]]:
    """Quotations right after a postposed/inverted cue in the same sentence (`"A," he said, "B."`)."""
    if f.cue_start is None or f.cue_end is None or f.cue_start < f.end:
        return []
    out, pos = [], f.cue_end
    for o, c in sent.quotes:
        if o > pos and P.TAIL_QUOTE_RE.match(body, pos, o + 1):
            out.append((o, min(c + 1, sent.end)))
            pos = c + 1
    return out


def _is_open_quote_paragraph(body: str, sent: Sentence) -> bool:
    # A paragraph-opening quotation left open at the paragraph end: its
    # speaker is named in a later paragraph.
    return bool(sent.quotes) and sent.quotes[0][0] == sent.start and sent.quotes[-1][1] >= sent.end


def _colon_cue(body: str, sent: Sentence) -> Found | None:
    """`X said:` closing a sentence with nothing after: the next quotation is X's."""
    if not body.endswith(":", sent.start, sent.end):  # sentences end at their last non-space character
        return None
    for m in CUE_RE.finditer(body, sent.start, sent.end):
        if body[m.end(): sent.end].strip() in (":", ""):
            sp = speaker_before(body, sent.start, m.start())
            if sp:
                return Found(sent.end, sent.end, sp[1], sp[0], m.group(), m.start(), m.end())
    return None


def _continuation(body: str, sent: Sentence, out: list[Quote], colon: Found | None, lead: Sentence | None,
                  resolver: Resolver, paras: list[int]) -> Quote | None:
    """A sentence that is only a quotation: the speaker of a lead-in just before it, else the previous direct quote's."""
    if not sent.quotes or sent.quotes[0][0] != sent.start:
        return None
    o, c = sent.quotes[0]
    if body[min(c + 1, sent.end): sent.end].strip(" .?!,'") or len(body[o + 1: c].split()) < MIN_WORDS:
        return None
    if colon is not None:
        prev = colon
        spk = resolver.resolve(prev.speaker, prev.speaker_start) if prev.speaker else None
        return _make(body, sent.start, sent.end, prev, spk, sent.quotes, paras)
    f = _lead_in(body, lead, sent) if lead is not None else None
    if f is not None and f.speaker:
        return _make(body, sent.start, sent.end, f, resolver.resolve(f.speaker, f.speaker_start), sent.quotes, paras)
    if not out or out[-1].kind == "indirect" or out[-1].paragraph_index < sent.paragraph - 1:
        return None
    last = out[-1]
    text_start, text_end = strip_span(body, o + 1, min(c, sent.end))
    if text_end - text_start <= 0:
        return None
    return replace(last, start=text_start, end=text_end, text=body[text_start:text_end], kind="direct",
                   paragraph_index=sent.paragraph)


def _lead_in(body: str, lead: Sentence, sent: Sentence) -> Found | None:
    """`Wang Zhan, director of X, took a similar line. "A."`: a sentence about a named person, then a
    quotation with no cue in the same paragraph: the quotation is that person's (no cue word; `cue` stays empty)."""
    if lead.paragraph != sent.paragraph or body[lead.end - 1] not in ".:":
        return None
    h = SPEAKER_HEAD_RE.match(body, lead.start, lead.end)
    if h is None:
        return None
    name = trim_speaker(h.group("spk"))
    if not is_person_name(name):
        return None
    return Found(sent.start, sent.end, name, h.end("spk") - len(name), None, None, None)


def _spans_over(spans, start: int, end: int) -> list[tuple[int, int]]:
    """The quote spans opening in [start, end) or open across `start`, in order.

    Quote spans are sorted and disjoint (each closes before the next opens), so
    bisection finds them, and only the span just before `start` can straddle it.
    """
    lo, hi = bisect_left(spans, (start,)), bisect_left(spans, (end,))
    inner = list(spans[lo:hi])
    if lo and spans[lo - 1][1] > start:
        inner.insert(0, spans[lo - 1])
    return inner


def _inside_quote(spans, pos: int) -> bool:
    """True when pos is strictly inside a quote span (sorted, disjoint spans: only one can hold it)."""
    k = bisect_left(spans, (pos,))
    return k > 0 and spans[k - 1][1] > pos


def _kind(body: str, start: int, end: int, spans) -> tuple[QuoteKind, int, int]:
    """Kind of the statement body[start:end] and its final span (marks removed for direct)."""
    inner = _spans_over(spans, start, end)
    if inner:
        o, c = inner[0]
        if len(inner) == 1 and o <= start and not body[c + 1:end].strip(" .,?!;:" + MARK_CHARS):
            s2, e2 = strip_span(body, o + 1, min(c, end))
            return "direct", s2, e2
        for o, c in inner:
            words = body[o + 1:c].split(None, P.TERM_MAX_WORDS)  # stop splitting past the limit
            if len(words) > P.TERM_MAX_WORDS or not P.TERM_LEAD_RE.search(body[max(0, o - 20):o]):
                return "mixed", start, end
    return "indirect", start, end


def _make(body: str, start: int, end: int, f: Found, spk, spans, paras: list[int]) -> Quote | None:
    start, end = strip_span(body, start, end)
    if end > start and body[end - 1] == "." and not _inside_quote(spans, end - 1):
        end -= 1
        start, end = strip_span(body, start, end)
    kind, start, end = _kind(body, start, end, spans)
    text = body[start:end]
    least = min_words(f.cue)
    if len(text.split(None, least - 1)) < least:  # stop splitting at the minimum
        return None
    return Quote(
        start=start, end=end, text=text, kind=kind,
        paragraph_index=bisect_right(paras, start) - 1,  # = body.count("\n\n", 0, start)
        speaker=spk.text if spk else None, speaker_name=spk.name if spk else None,
        speaker_kind=spk.kind if spk else None, speaker_title=spk.title if spk else None,
        speaker_org_id=spk.org_id if spk else None,
        speaker_start=f.speaker_start, speaker_end=(f.speaker_start + len(f.speaker)) if f.speaker_start is not None and f.speaker else None,
        cue=f.cue, cue_start=f.cue_start, cue_end=f.cue_end,
    )
