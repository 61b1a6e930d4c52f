"""Page furniture: the named pattern groups for everything that is not article text.

Groups (each a set of exact lines or a compiled regex, matched on a stripped line):
- WIDGETS: share/print/player/app buttons and lone counters, dropped anywhere;
- NAVIGATION: menus, breadcrumbs, language switchers, glued menu words;
- END_MARKERS: the first line of what follows an article (related stories,
  trends, comment boxes, copyright, editor credits); the body stops there;
- CAPTION_ENDINGS, CAPTION_OPENINGS: photo captions and credits (`[Photo/Xinhua]`, `Photo: VCG`, ` /CFP)`);
- SIGN_OFFS: editor initials and "(With inputs from Xinhua)" credit lines;
- JSON_LINE: a widget's data printed as a line.
`drop_furniture(lines)` applies them in that order. Matching is on
whitespace-folded, case-folded text so `EDITOR’S CHOICE` and `Editor's choice` agree.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

def fold(line: str) -> str:
    """Line -> whitespace-collapsed, case-folded key with typographic apostrophes unified."""
    return collapse(line).casefold().replace("\u2019", "'")


def collapse(line: str) -> str:
    """" ".join(line.split()), without splitting a line that is collapsed already (most lines).

    A printable line holds no whitespace but ASCII spaces (every other whitespace
    character is unprintable); with no double space and none at either end,
    splitting and joining it gives it back unchanged."""
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line
    return " ".join(line.split())


def collapses_longer_than(line: str, limit: int) -> bool:
    """True when `" ".join(line.split())` (and so fold(line)) is surely longer than limit.

    Told from the first limit + 2 characters alone, so a long paragraph is never split:
    when they hold no whitespace but single spaces (every other whitespace character is
    unprintable) and do not open with one, collapsing them keeps all but a trailing space,
    and they collapse to a prefix of the whole line. False means "maybe not": fold it.
    casefold() never shortens text, so the bound holds for fold() too."""
    head = line[: limit + 2]
    return len(head) == limit + 2 and head[0] != " " and "  " not in head and head.isprintable()


# Length limits: widgets, menus and footers are short; a longer line is prose
# (or a long caption, whose credit sits in its last characters).
WIDGET_MAX = 100
NAV_MAX = 200
END_MAX = 250
CAPTION_TAIL = 90


# --- widgets: buttons and players that never carry article text ------------
WIDGETS: frozenset[str] = frozenset({
    "download", "share", "share - wechat", "print", "email", "e-mail", "text:aaaprint",
    "line", "video playerclose", "advertisement", "search", "archive", "chinese",
    "english>>", "facebook", "twitter", "wechat", "weibo", "linkedin", "whatsapp",
    "copy link", "listen", "play live radio", "next up:", "0:00 0:00", "font size",
    "available on air stations", "ecns app download", "home", "subscribe", "sign in",
    "log in", "menu", "close", "a a a", "aaa", "print page", "share this article",
    "large medium small", "small medium large", "text size", "adjust font size", "adjust font size:",
    "related readings:", "related readings",
})
WIDGET_KEY_MAX = max(map(len, WIDGETS))
# A link elsewhere inside the text, of any length: to another story ("Read More: <its headline>",
# "Related: ...", "Watch video <its headline>") or to an advertiser ("TEXT AD: ...").
LINK_PROMPT = re.compile(r"^(?:read\s+more|read\s+also|also\s+read|see\s+also|more\s+on\s+this|related)\s*:\s"
                         r"|^watch\s+(?:the\s+)?video\s*:?\s+[A-Z]|^text\s+ad\s*:\s", re.I)
WIDGET_PATTERNS: tuple[re.Pattern[str], ...] = (
    LINK_PROMPT,                                    # short ones are widgets; is_furniture takes any length
    re.compile(r"^\d{1,3}$"),                       # slide counters ("1")
    re.compile(r"^\d{20,}$"),                       # Xinhua page ids (42 digits)
    re.compile(r"^\d{1,2}:\d{2}\s+\d{1,2}:\d{2}$"),  # audio player clock
    re.compile(r"^\[an error occurred while processing this directive\]$", re.I),
    re.compile(r"^watch\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$"),  # BBC video promo "watch One-Minute World News"
    re.compile(r"^(video|audio|listen|watch)\s*:", re.I),
    re.compile(r"^special\s*:\s", re.I),            # ecns special-coverage label
    # sign-up prompts: "Get Rediff News in your Inbox:", "Sign up for our newsletter"
    re.compile(r"^(?:get|sign up for|subscribe to)\b.{0,60}\b(?:in your inbox|newsletters?|alerts?)\W*$", re.I),
    # app promos: "DOWNLOAD THE X MOBILE APP", "Now available on"
    re.compile(r"^(?:download (?:the|our)\b.{0,40}\bapps?\W*$|now available on\b.{0,40}$)", re.I),
    # donation prompts: "Your support helps us to tell the story", "Support our journalism"
    re.compile(r"^(?:your (?:support|donation) (?:helps|makes|allows)|support (?:our|independent|quality) journalism"
               r"|donate now|make a donation)\b", re.I),
)
# A widget's data printed as a line of any length: {"id": ..., [{"type": ...
JSON_LINE = re.compile(r"^[\[{]{1,2}\s*\"[\w$@-]+\"\s*:")

# --- navigation: menus, breadcrumbs, language switchers -------------------
NAVIGATION: tuple[re.Pattern[str], ...] = (
    re.compile(r"^home\s*[/|>»]", re.I),                       # breadcrumbs
    re.compile(r"^global edition\S", re.I),                    # China Daily language bar
    re.compile(r"^(?:[^|]{1,25}\|){2,}[^|]{0,25}$"),          # "Help | Sitemap | Archive"
    re.compile(r"^(?:[A-Z][a-z]+){4,}"),                       # glued menu "HomeOpinionsBusiness..."
    re.compile(r"^[A-Z]{2,}(?:\s*/\s*[A-Z]{2,})+$"),           # section path "CHINA / DIPLOMACY"
    re.compile(r"^skip to\b", re.I),                           # skip links ("Skip to main content...")
    re.compile(r"^accessibility\b", re.I),                     # "Accessibility links", "Accessibility help"
    re.compile(r"^(?:print|e-?mail|share|send) this (?:page|article|story)\W*$", re.I),  # page tools
    # cookie and privacy consent banners: "By continuing to browse our site you agree to our use of
    # cookies", "Our Privacy Statement & Cookie Policy", "We use cookies ...", "I agree", "Accept all"
    re.compile(r"^(?:by continuing to (?:browse|use)\b.{0,80}\bcookies|(?:we|this (?:web)?site) uses? cookies\b"
               r"|our privacy (?:statement|policy)\b.{0,30}\bcookie|(?:accept|reject|manage) (?:all )?cookies\b"
               r"|i agree$|i accept$|accept all$)", re.I),
)
# CJK in an English page outside prose: language switchers, licence numbers.
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ASCII_WORD = re.compile(r"[A-Za-z]{3,}")
_ASCII_WORD = re.compile(r"[A-Za-z]{3,}")

# --- end markers: the article is over once one of these appears ------------
END_MARKERS: frozenset[str] = frozenset({
    "search trends", "related news", "related stories", "related articles", "top stories",
    "editor's choice", "most viewed", "most read", "explore xinhuanet", "in this section",
    "morephoto", "more photo", "most popular in 24h", "moretop news", "morevideo",
    "add your comment", "related reading", "you may also like", "read more", "comments",
    "blog comments powered by disqus", "produced by xinhua global service",
    "global edition", "follow us on", "back to the top", "we recommend", "key words",
    "recommended", "trending", "more stories", "latest news", "full coverage",
})
_SOURCE_CREDIT = r"^source\s*:\s*(?P<wire>[\w .&'-]{1,30}?)\s*"
_COPYRIGHT = r"(?:©|\(c\)\s|copyright\b)"
END_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^copyright\b", re.I),
    re.compile(r"^©"),
    re.compile(r"^comments\s*\(\d+\)$", re.I),
    re.compile(r"^\(for the latest china news", re.I),
    re.compile(r"^\((?:web )?editors?\s*:", re.I),
    re.compile(r"^(?:web |chief |executive )?editors?\s*:", re.I),
    re.compile(r"^people['’]s daily online\s*-", re.I),
    re.compile(r"^back to top", re.I),
    re.compile(r"^reproduction in whole", re.I),
    re.compile(r"^join st['’]s telegram", re.I),
    re.compile(r"^news from the associated press", re.I),
    re.compile(r"^mci \(p\)", re.I),
    re.compile(r"^all rights reserved", re.I),
    # a wire's staff credits close its story: "Reporting by ...; Editing by ..."
    re.compile(r"^(?:additional |writing and )?(?:reporting|writing|editing) by\s", re.I),
    # a source credit glued to the copyright line: "Source: PTI© Copyright 2024 PTI. All rights ..."
    re.compile(_SOURCE_CREDIT + _COPYRIGHT, re.I),
)
# "Source: PTI" alone or before the copyright: the wire the story came from (parse.dateline reads it).
SOURCE_CREDIT = re.compile(_SOURCE_CREDIT + rf"(?:{_COPYRIGHT}|$)", re.I)

# --- captions and photo credits ------------------------------------------
# Credits printed at the end of a caption line ...
CAPTION_ENDINGS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\[(?:photo|file photo|photo by)[^\]]{0,60}\]$", re.I),        # [Photo/Xinhua]
    re.compile(r"\bphotos?\s?:\s?[A-Z][\w .,&'/-]{0,60}$", re.I),              # Photo: VCG
    re.compile(r"\((?:xinhua|photo|afp|ap|reuters|cfp|vcg|ic|cns|china daily|file)/[^)]{1,60}\)$", re.I),
    re.compile(r"\s/\s?[A-Z][^/]{0,60}$"),                                      # CGTN " /CFP)"
    re.compile(r"\b[A-Z]{3,}/[A-Z][\w .'-]+(?:/File Photo)?$"),                # REUTERS/Name/File Photo
    re.compile(r"\((?:photo|photograph|image)\s*:[^)]{1,80}\)$", re.I),
    re.compile(r"[(\[](?:[A-Z][\w.]*\s+)?photos?(?:\s+by\s+[^)\]]{1,40})?[)\]]$", re.I),  # (Xinhua Photo), [Xinhua photo]
)
# ... and labels that open one.
CAPTION_OPENINGS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^\(cover\b", re.I),                                           # "(Cover: ...)", "(Cover image via CFP)"
    re.compile(r"^file photo\s*:", re.I),
    re.compile(r"^(?:image|photo|video) (?:caption|source)\s*[,:]", re.I),     # "Image caption, ..."
)
# Every caption ending ends with one of these, or holds a slash, or "photo" and a
# colon: a cheap test before the regex.
_CAPTION_LAST = ("]", ")")

def _union(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One compiled alternation of a group (each member keeps its own case flag): one scan per line."""
    return re.compile("|".join(f"(?{'i' if p.flags & re.I else ''}:{p.pattern})" for p in patterns))


WIDGET_RE = _union(WIDGET_PATTERNS)
NAVIGATION_RE = _union(NAVIGATION)
# Breadcrumbs "Special> Forum 2013> News", "News » World": 3+ segments, each opening with a letter.
# Apart from NAVIGATION and tried only on lines holding a crumb mark: in the union it was
# tried on every line and its backtracking tripled the navigation test's cost on prose.
BREADCRUMB = re.compile(r"^(?:[^\W\d_][^>\u00bb\u203a]{0,39}[>\u00bb\u203a](?!>)\s*){2,}[^>\u00bb\u203a]{0,40}$")
END_RE = _union(END_PATTERNS)
# How every END_PATTERNS match on a case-folded key opens (its first two characters,
# or the copyright sign): a cheap test before the regex, which rules out most prose
# lines ("But ...", "Mr ...", "A ...") where a first letter alone would not.
_END_OPENINGS = ("co", "\u00a9", "(f", "(w", "(e", "we", "ch", "ex", "ed", "pe", "ba", "re", "jo", "ne", "mc", "al",
                 "ad", "wr", "so")
END_KEY_MAX = max(map(len, END_MARKERS))
CAPTION_END_RE = _union(CAPTION_ENDINGS)
CAPTION_START_RE = _union(CAPTION_OPENINGS)

# --- sign-offs and wire credit lines ---------------------------------------
SIGN_OFF_INITIALS = re.compile(r"^[a-z]{1,4}(?:/[a-z]{1,4})+\s*(?:\([^)]*\))?$")   # DW "mz/mr (Reuters, AFP)"
INPUTS_CREDIT = re.compile(
    r"^\(?\s*(?:with (?:additional )?inputs? from|source\(s\)\s*:)\s*(?:the\s+)?([A-Z][\w'&. -]*?)(?:\s*(?:,|and)\s.*)?\s*\)?\.?$", re.I
)
# A wire's credit with the date, closing the story: "(Xinhua News Agency December 26, 2016)".
DATED_CREDIT = re.compile(r"^\((?P<wire>[A-Z][\w .'&-]{0,30}?(?:News Agency|Agency|Press|News Service)|[A-Z]{2,6})\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{1,2}-\d{1,2})\)$")
CONTRIBUTED = re.compile(r"contributed to this (?:report|story|article)\.?$|^contact the (?:writer|author|reporter)s? at\s"
                         r"|^some information (?:for|in) this (?:report|story|article) (?:came|comes) from\s", re.I)


def is_widget(line: str) -> bool:
    """True for a button, player or counter line (never article text)."""
    if len(line) > WIDGET_MAX:
        return False
    s = collapse(line)
    return s.casefold() in WIDGETS or bool(WIDGET_RE.match(s))


def folds_to_widget(line: str) -> bool:
    """fold(line) in WIDGETS, without folding a line too long to be one."""
    return not collapses_longer_than(line, WIDGET_KEY_MAX) and fold(line) in WIDGETS


def is_navigation(line: str) -> bool:
    """True for menus, breadcrumbs, section paths and language switchers."""
    return _is_navigation(line.strip())


def _is_navigation(s: str) -> bool:
    if len(s) > NAV_MAX:
        return False
    if NAVIGATION_RE.match(s) or ((">" in s or "\u00bb" in s or "\u203a" in s) and BREADCRUMB.match(s)):
        return True
    # CJK on an English page outside prose: switchers and licence lines.
    return not s.isascii() and bool(_CJK.search(s)) and len(_ASCII_WORD.findall(s)) < 8


def is_end_marker(line: str) -> bool:
    """True when the line opens what follows the article (related lists, footer, credits)."""
    return len(line) <= END_MAX and not _surely_no_end_key(line) and is_end_key(fold(line))


def _surely_no_end_key(line: str) -> bool:
    """True when is_end_key(fold(line)) is surely False, told from the first END_KEY_MAX + 2
    characters alone (most prose lines): fold(line) opens unlike any END_PATTERNS match
    (_END_OPENINGS), and its characters past the longest END_MARKERS entry are not all ' :'
    (when those characters hold no whitespace but single spaces, fold keeps them in place
    or, casefold expanding, further on)."""
    head = line[: END_KEY_MAX + 2]
    return (collapses_longer_than(line, END_KEY_MAX) and not _opens_like_end_key(head[:2])
            and head[END_KEY_MAX:].strip(" :") != "")


def _opens_like_end_key(opening: str) -> bool:
    """True when fold() of a line opening with these two characters may open an END_PATTERNS
    match (casefold() maps each character alone and never shortens one, so the fold of the
    whole line opens with theirs)."""
    return opening.casefold().replace("\u2019", "'").startswith(_END_OPENINGS)


def is_end_key(key: str) -> bool:
    """is_end_marker on a line already folded (callers that keep the key reuse it)."""
    key = key.rstrip(" :")
    return key in END_MARKERS or (key.startswith(_END_OPENINGS) and bool(END_RE.match(key)))


def is_caption(line: str) -> bool:
    """True for a photo caption or credit line (news layouts only)."""
    return _is_caption(line.strip())


def _is_caption(s: str) -> bool:
    if CAPTION_START_RE.match(s):
        return True
    tail = s[-CAPTION_TAIL:]
    maybe = tail.endswith(_CAPTION_LAST) or "/" in tail or (":" in tail and "photo" in tail.lower())
    return maybe and bool(CAPTION_END_RE.search(tail))


def credit_agency(line: str) -> str | None:
    """'(With inputs from Xinhua)' -> 'Xinhua'; None for any other line."""
    if len(line) > WIDGET_MAX:
        return None
    s = line.strip()
    m = INPUTS_CREDIT.match(s) or (DATED_CREDIT.match(s) if s[:1] == "(" else None)
    return m.group(1).strip() if m else None


def _contributed(text: str) -> bool:
    """CONTRIBUTED.search(text), skipped when an ASCII text lacks its words (case-insensitive
    matching folds other characters into them only outside ASCII)."""
    if text.isascii():
        low = text.lower()
        if "contributed to this" not in low and not low.startswith(("contact the", "some information")):
            return False
    return bool(CONTRIBUTED.search(text))


def is_sign_off(line: str) -> bool:
    """True for editor initials, input credits and 'X contributed to this report' lines."""
    return _is_sign_off(line.strip())


def _is_sign_off(s: str) -> bool:
    if len(s) > WIDGET_MAX:
        return _contributed(s[-CAPTION_TAIL:])
    return bool(SIGN_OFF_INITIALS.match(s) or INPUTS_CREDIT.match(s) or _contributed(s))


def is_link_prompt(line: str) -> bool:
    """A line linking to another story, of any length ("Read More: Council backs a new fire hall")."""
    return bool(LINK_PROMPT.match(line.strip()))


def is_furniture(line: str) -> bool:
    """True for any line that is never article text: widget, navigation, caption or sign-off."""
    s = line.strip()     # stripped once for the three tests that read the stripped line
    return (is_widget(line) or _is_navigation(s) or _is_caption(s) or _is_sign_off(s) or _is_json(s)
            or bool(LINK_PROMPT.match(s)))


def _is_json(s: str) -> bool:
    return s[:1] in ("{", "[") and bool(JSON_LINE.match(s))


def is_stripped_furniture(s: str) -> bool:
    """is_furniture for a line already stripped (the parsers' lines), without stripping it again.

    A line longer than WIDGET_MAX is no widget and, as a sign-off, only a
    "... contributed to this report" credit in its last characters, so most
    prose lines skip those tests' calls."""
    if len(s) > WIDGET_MAX:
        return (_is_navigation(s) or _is_caption(s) or _contributed(s[-CAPTION_TAIL:]) or _is_json(s)
                or bool(LINK_PROMPT.match(s)))
    return (is_widget(s) or _is_navigation(s) or _is_caption(s) or _is_sign_off(s) or _is_json(s)
            or bool(LINK_PROMPT.match(s)))


def drop_furniture(lines: Sequence[str]) -> list[str]:
    """Lines -> the lines before the first end marker, minus furniture and blank lines."""
    kept: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        if kept and is_end_marker(line):
            break
        if not is_furniture(line) and not is_end_marker(line):
            kept.append(line.strip())
    return kept
