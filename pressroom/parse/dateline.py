"""Datelines and wire credits at the edges of the body.

- `split_dateline(paragraph)`: "BEIJING, May 19 (Xinhua) -- Text" ->
  ("BEIJING, May 19 (Xinhua)", "Xinhua", "Text"); the dash is not kept.
- `split_sign_off(paragraph)`: "... could be lifted. REUTERS" -> ("... lifted.", "Reuters").
- `agency_name(text)`: canonical wire name for "Xinhua News Agency", "AP", ...
"""
from __future__ import annotations

import re

from pressroom.text.furniture import SOURCE_CREDIT

# Wires that may be credited, keyed by case-folded spelling.
AGENCIES: dict[str, str] = {
    "xinhua": "Xinhua", "xinhua news agency": "Xinhua", "xinhuanet": "Xinhua",
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "cns": "China News Service", "china news service": "China News Service",
    "upi": "UPI", "dpa": "dpa", "efe": "EFE", "ians": "IANS", "pti": "PTI", "ani": "ANI",
    "kyodo": "Kyodo", "kyodo news": "Kyodo", "yonhap": "Yonhap", "tass": "TASS",
    "anadolu": "Anadolu", "anadolu agency": "Anadolu", "bernama": "Bernama",
    "sputnik": "Sputnik", "ria novosti": "RIA Novosti", "bloomberg": "Bloomberg", "pa": "PA",
    "jiji": "Jiji Press", "jiji press": "Jiji Press", "antara": "Antara",
}
# Reuters' house style of staff credits under a story: "Reporting by A; Editing by B".
REUTERS_CREDITS = re.compile(r"^reporting by [^;]{2,120};.*\bediting by\s", re.I)

# --- named fragments of a dateline ----------------------------------------
_CITY_WORD = r"[A-Z][A-Z.'\u2019-]+"
_CITY = rf"{_CITY_WORD}(?:\s+{_CITY_WORD}){{0,3}}"
_REGION = r"(?:,\s*(?:[A-Z][a-z]{1,12}\.?|[A-Z]\.(?:[A-Z]\.)+|[A-Z][A-Z]))"   # ", Nev." ", N.H."
_DATE = r"(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
_AGENCY = r"(?:\s*\((?P<agency>[A-Za-z][\w .&/-]{0,30})\))"
_SEP = r"\s*(?:--|\u2014|\u2013|-)(?:\s+|(?=[A-Z\u201c\"]))"

DATELINE = re.compile(rf"^(?P<dateline>(?P<city>{_CITY}){_REGION}?{_DATE}?{_AGENCY}?){_SEP}(?P<rest>\S.*)$", re.S)
# A city in title case is a dateline only with a wire's name after it: "Tokyo (Jiji Press)—Text".
_TITLE_CITY = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
TITLE_CITY_SPAN = 40
TITLE_CASE_DATELINE = re.compile(
    rf"^(?P<dateline>(?P<city>{_TITLE_CITY}){_REGION}?{_DATE}?{_AGENCY}){_SEP}(?P<rest>\S.*)$", re.S)
# A credit alone where the city would be: "(ECNS) -- Text", "(CNN) -- Text": a known wire, or
# an outlet's initials (2-6 capitals), then the dash.
CREDIT_ONLY = re.compile(rf"^(?P<dateline>\((?P<agency>[A-Z]{{2,6}}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){{0,2}})\))"
                         rf"{_SEP}(?P<rest>\S.*)$", re.S)
# A date and a wire, no city: "Jan. 24 (UPI) -- Text".
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
DATE_ONLY = re.compile(rf"^(?P<dateline>{_MONTH_DAY}{_AGENCY}){_SEP}(?P<rest>\S.*)$", re.S)
# The colon style of South Asian and Gulf papers: "ISLAMABAD: Text", "RIYADH: Text". Capitals
# before a colon are also labels ("UPDATE:", "FILE PHOTO:", "READ MORE:"), so the city must not
# be one (COLON_LABELS), and what follows must be a story's opening sentence, not a caption.
COLON_DATELINE = re.compile(rf"^(?P<dateline>(?P<city>{_CITY}){_REGION}?):\s+(?P<rest>[A-Z\u201c\"].*)$", re.S)
COLON_REST_MIN_WORDS = 10
COLON_LABELS = frozenset({
    "note", "editor's note", "editors' note", "update", "updated", "updates", "breaking", "breaking news",
    "exclusive", "watch", "read", "read more", "also read", "see also", "more", "related", "listen", "video",
    "videos", "photo", "photos", "file", "file photo", "image", "caption", "credit", "credits", "source",
    "sources", "correction", "clarification", "analysis", "opinion", "comment", "editorial", "explainer",
    "factbox", "fact check", "interview", "live", "warning", "disclaimer", "advertisement", "sponsored",
    "summary", "highlights", "key points", "the takeaway", "takeaway", "bottom line", "tags", "topics",
    "poll", "quote", "new", "what", "why", "how", "who", "when", "where", "q", "a",
})
# Wire sign-off glued to the last sentence: "... could be lifted. REUTERS"
SIGN_OFF_WIRES = ("REUTERS", "AFP", "AP", "XINHUA", "UPI")
SIGN_OFF = re.compile(rf"^(?P<text>.*[.!?\"\u201d'\u2019])\s+\(?(?P<agency>{'|'.join(SIGN_OFF_WIRES)})\)?$", re.S)
# Xinhua's end-of-story mark glued to the last sentence: "... the ministry said. Enditem"
END_ITEM = re.compile(r"\s*\bEnd\s?item\.?$", re.I)
# Both marks end the paragraph ('$' allows one final newline): a wire name or 'item'
# sits in its last few characters, a cheap test before the regexes scan it all.
SIGN_OFF_TAIL = len("REUTERS)\n")
END_ITEM_TAIL = len("item.\n")


def agency_name(text: str | None) -> str | None:
    """Wire name as printed -> canonical name ('Xinhua News Agency' -> 'Xinhua'); None if not a wire."""
    if not text:
        return None
    key = " ".join(text.split()).strip(" .()").casefold()
    return AGENCIES.get(key)


def agency_from_key(key: str) -> str | None:
    """agency_name() of a line already folded by text.furniture.fold: the same answer, since
    casefolding never makes or removes ' .()' and no wire name holds an apostrophe. A dash
    before the name is a sign-off ("— The Associated Press")."""
    return AGENCIES.get(key.strip(" .()").lstrip("\u2014\u2013- "))




def agency_of_credits(line: str) -> str | None:
    """'Reporting by A; Editing by B' -> 'Reuters' (its house style), 'Source: PTI' -> 'PTI';
    None for any other line."""
    if line[:12].lower() == "reporting by" and REUTERS_CREDITS.match(line):
        return "Reuters"
    if line[:6].lower() == "source" and (m := SOURCE_CREDIT.match(line)):
        return agency_name(m.group("wire"))
    return None


def split_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """First paragraph -> (dateline without dash, agency in it, rest); (None, None, paragraph) if none."""
    m = DATELINE.match(paragraph)
    # a title-case city needs a wire in brackets: tried only when a bracket opens the line's first words
    if not m and "(" in paragraph[:TITLE_CITY_SPAN] and (m := TITLE_CASE_DATELINE.match(paragraph)) \
            and not agency_name(m.group("agency")):
        m = None
    if not m or len(m.group("city").replace(".", "")) < 3:
        return _short_dateline(paragraph)
    raw_agency = m.group("agency")
    agency = agency_name(raw_agency) or (raw_agency.strip() if raw_agency else None)
    return m.group("dateline").strip(), agency, m.group("rest").strip()


def _short_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """The datelines without a city and dash: a credit alone, a date and a wire, a city and a colon."""
    head = paragraph[:1]
    if head == "(":
        c = CREDIT_ONLY.match(paragraph)
        # a bracketed word is a credit only when it is a known wire or an outlet's initials
        if c and (agency_name(c.group("agency")) or c.group("agency").isupper()):
            return c.group("dateline"), agency_name(c.group("agency")), c.group("rest").strip()
    elif head.isupper():
        d = DATE_ONLY.match(paragraph)
        if d and agency_name(d.group("agency")):
            return d.group("dateline").strip(), agency_name(d.group("agency")), d.group("rest").strip()
        c = COLON_DATELINE.match(paragraph) if ":" in paragraph[:40] else None
        if (c and len(c.group("city").replace(".", "")) >= 3 and c.group("city").casefold() not in COLON_LABELS
                and len(c.group("rest").split()) >= COLON_REST_MIN_WORDS):
            return c.group("dateline").strip(), None, c.group("rest").strip()
    return None, None, paragraph


def split_sign_off(paragraph: str) -> tuple[str, str | None]:
    """Last paragraph -> (text without a glued wire sign-off, that wire or None)."""
    paragraph = _strip_end_item(paragraph)
    tail = paragraph[-SIGN_OFF_TAIL:]
    m = SIGN_OFF.match(paragraph) if any(w in tail for w in SIGN_OFF_WIRES) else None
    if not m:
        return paragraph, None
    return m.group("text").rstrip(), agency_name(m.group("agency"))


def _strip_end_item(paragraph: str) -> str:
    """END_ITEM removed; skipped when an ASCII tail lacks 'item' (case-insensitive matching
    folds other characters into it only outside ASCII)."""
    tail = paragraph[-END_ITEM_TAIL:]
    if tail.isascii() and "item" not in tail.lower():
        return paragraph
    return END_ITEM.sub("", paragraph)
