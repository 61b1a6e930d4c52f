"""Bylines: author lines, "By X (China Daily)", "by A, B", credit and editor lines.

`parse_byline(line)` reads a line that starts with "By"/"by" into a Byline
(authors, agency when the byline names a wire, outlet hint). `name_line(line)`
recognises a reporter's name printed alone next to a stamp (CGTN, Xinhua).
Editors (`Editor: huaxia`, `(Web editor: ...)`) are never authors; callers
drop those lines as furniture.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pressroom.parse.dateline import agency_name

# Outlets whose own name may stand where a byline would (not an author).
OUTLETS: dict[str, str] = {
    "cgtn": "CGTN", "china daily": "China Daily", "chinadaily.com.cn": "China Daily",
    "global times": "Global Times", "people's daily": "People's Daily",
    "people's daily online": "People's Daily", "ecns": "ecns", "ecns.cn": "ecns",
    "xinhuanet": "Xinhua", "china.org.cn": "China.org.cn", "cctv": "CCTV", "bbc": "BBC",
    "bbc news": "BBC", "dw": "DW", "npr": "NPR", "cnn": "CNN",
}

# The words that open a byline: "By X", "From X", "Written by X", "Reported by X".
BYLINE_OPENERS = ("by ", "from ", "written by ", "reported by ", "words by ", "story by ")
BYLINE = re.compile(r"^(?:(?:written|reported|words|story)\s+)?(?:by|from)\s+(?P<who>\S.*)$", re.I)
# A wire's or outlet's staff before the names: "Xinhua writers A and B", "CGTN reporters A, B".
_STAFF = re.compile(r"^(?P<owner>.{2,40}?)\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?)\s+"
                    r"(?P<names>[A-Z].*)$")
# Text that ends the names: a pipe, a stamp label, a parenthesised outlet.
_BYLINE_END = re.compile(r"\s*(?:\||\bPublished\b|\bUpdated\b|\bPosted\b|\u00b7|\s-\s|$)")
_PAREN_OUTLET = re.compile(r"\s*\((?P<outlet>[^)]{2,40})\)\s*$")
# "HONG XIAO at the United Nations", "Li Wei in Beijing": a location after the name.
_LOCATION = re.compile(r"\s+(?:at|in|from)\s+(?:the\s+)?[A-Z].*$")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|/|\band\b)\s*")      # "By ZHOU JIN/WANG QINGYUN" too
# Where a name can end within a line: a _NAME_SPLIT separator or a _LOCATION word.
_SEPARATOR_BITS = (",", ";", "&", "/", "and")
_LOCATION_WORDS = frozenset({"at", "in", "from"})
MAX_NAME_WORDS = 4
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z'\u2019-]+|[A-Z]{2,}|[A-Z]\.|Mc[A-Z][a-z]+|[A-Z][a-z]+-[a-z]+|de|van|von|bin|al-[A-Z][a-z]+)$")
# Words that make a short capitalised line something other than a name.
NOT_NAMES: frozenset[str] = frozenset({
    "news", "world", "china", "business", "politics", "society", "opinion", "sports",
    "download", "share", "updated", "published", "source", "editor", "photo", "video",
    "home", "live", "radio", "more", "top", "the", "of", "for", "on", "with", "and",
    "advertisement", "comments", "related", "stories", "edition", "global", "special",
    "search", "trends", "minute", "staff", "reporter", "correspondent", "writer", "writers",
    "editor", "contributor", "columnist", "agencies",
    # a newsroom's desk or service under a byline ("Washington Post Foreign Service")
    "service", "post", "times", "press", "bureau", "desk", "daily", "herald", "journal", "tribune",
})


@dataclass(frozen=True, slots=True)
class Byline:
    """What a byline line says: person authors, a wire credited instead, an outlet hint."""

    authors: tuple[str, ...] = ()
    agency: str | None = None
    outlet: str | None = None


def tidy_name(name: str) -> str:
    """'ZHANG YUNBI' -> 'Zhang Yunbi'; mixed-case names are kept as printed."""
    name = " ".join(name.split()).strip(" .,;:")
    if name.isupper():
        return " ".join(w.capitalize() if len(w) > 1 or not w.isalpha() else w for w in name.split())
    return name


def looks_like_name(text: str) -> bool:
    """True for 2-4 capitalised tokens with no digits and no section/widget words."""
    if len(text) > 40:      # before the split: most lines asked about are long prose
        return False
    words = text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return False
    if any(w.casefold().strip(".,") in NOT_NAMES for w in words):
        return False
    return all(_NAME_TOKEN.match(w) for w in words)


def name_line(line: str) -> str | None:
    """A reporter's name alone on a line -> tidy name; None for anything else (outlets, wires)."""
    s = line.strip()
    if not looks_like_name(s) or agency_name(s) or s.casefold() in OUTLETS:   # cheapest test first
        return None
    return tidy_name(s)


def name_list(line: str) -> tuple[str, ...]:
    """'Wang Yiming, Li Jing', 'A and B', 'Jane Doe in Paris' alone on a line -> tidy names; () unless all are names."""
    line = line.strip()
    if _opens_with_long_part(line):
        return ()
    names: list[str] = []
    for part in _NAME_SPLIT.split(line):
        if not part:
            continue
        name = name_line(_LOCATION.sub("", part).strip())
        if not name:
            return ()       # one part is not a name: stop before reading the rest
        names.append(name)
    return tuple(names)


def _opens_with_long_part(line: str) -> bool:
    """True when the first five words hold no separator and no location word: the line's first
    part keeps 5+ words, too many for a name, so name_list is () without splitting the
    whole line (the costly step on prose)."""
    head = line.split(None, MAX_NAME_WORDS + 1)
    if len(head) <= MAX_NAME_WORDS + 1:
        return False
    first = head[:MAX_NAME_WORDS + 1]
    opening = " ".join(first)       # the joining space cannot complete a separator
    return _LOCATION_WORDS.isdisjoint(first) and not any(bit in opening for bit in _SEPARATOR_BITS)


def parse_byline(line: str) -> Byline | None:
    """'By X and Y (China Daily) | ...' -> Byline; None when the line is not a byline."""
    m = BYLINE.match(line.strip())
    if not m:
        return None
    who = m.group("who")
    end = _BYLINE_END.search(who)  # never None: the pattern can match at the end
    who = who[: end.start() if end else len(who)].strip()
    outlet = None
    paren = _PAREN_OUTLET.search(who)
    if paren:
        outlet = OUTLETS.get(paren.group("outlet").casefold())
        wire = agency_name(paren.group("outlet"))
        who = who[: paren.start()].strip()
        if wire and not outlet and not who:
            return Byline(agency=wire)
    # "By CGTN's Gao Songya and Jin Yang": the outlet's reporters
    owner, apostrophe, rest = who.replace("\u2019", "'").partition("'s ")
    if apostrophe and rest and (owner.casefold() in OUTLETS or agency_name(owner)):
        outlet = outlet or OUTLETS.get(owner.casefold())
        who = rest.strip()
    # "By Euronews with AP": a wire credited beside the outlet or the names
    owner, joined, partner = who.rpartition(" with ")
    if joined and (wire := agency_name(partner)):
        rest = parse_byline("By " + owner)
        return Byline(authors=rest.authors if rest else (), agency=wire,
                      outlet=outlet or (rest.outlet if rest else OUTLETS.get(owner.casefold())))
    staff = _STAFF.match(who)
    if staff and (agency_name(staff.group("owner")) or staff.group("owner").casefold() in OUTLETS):
        wire_owner = agency_name(staff.group("owner"))
        outlet = outlet or OUTLETS.get(staff.group("owner").casefold())
        byline = parse_byline("By " + staff.group("names"))
        if byline and byline.authors:
            return Byline(authors=byline.authors, agency=wire_owner or byline.agency, outlet=outlet)
    if agency_name(who):
        return Byline(agency=agency_name(who), outlet=outlet)
    if who.casefold() in OUTLETS:
        return Byline(outlet=OUTLETS[who.casefold()])
    authors: list[str] = []
    wire = None
    for part in _NAME_SPLIT.split(who):
        part = _LOCATION.sub("", part).strip()
        part, credited = _split_credit(part)
        wire = wire or credited
        if not part:
            continue
        if agency_name(part) or part.casefold() in OUTLETS:
            continue
        if looks_like_name(part):
            authors.append(tidy_name(part))
        else:
            return None  # "by the way ...": prose, not a byline
    if not (authors or outlet or wire):
        return None
    return Byline(authors=tuple(authors), agency=wire, outlet=outlet)


def _split_credit(part: str) -> tuple[str, str | None]:
    """'JOE SMITH Associated Press' -> ('JOE SMITH', 'AP'): a wire printed after the name."""
    words = part.split()
    for n in (3, 2, 1):
        if len(words) > n and (wire := agency_name(" ".join(words[-n:]))):
            return " ".join(words[:-n]), wire
    return part, None


def outlet_name(text: str) -> str | None:
    """Outlet name as printed ('CGTN', 'chinadaily.com.cn') -> canonical name or None."""
    return OUTLETS.get(" ".join(text.split()).casefold())
