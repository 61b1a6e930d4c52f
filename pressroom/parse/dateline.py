"""Datelines and wire credits at the edges of the body.

- `split_dateline(paragraph)`: "BEIJING, May 19 (Xinhua) -- Text" ->
  ("BEIJING, May 19 (Xinhua)", "Xinhua", "Text"); the dash is not kept.
- `split_sign_off(paragraph)`: "... could be lifted. REUTERS" -> ("... lifted.", "Reuters").
- `agency_name(text)`: canonical wire name for "Xinhua News Agency", "AP", ...
"""
from __future__ import annotations

import re

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
# A credit alone where the city would be: "(ECNS) -- Text".
CREDIT_ONLY = re.compile(rf"^(?P<dateline>\((?P<agency>ECNS|CNS|Xinhua|AP|AFP|Reuters)\)){_SEP}(?P<rest>\S.*)$", re.S)
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
    """'Reporting by A; Editing by B' -> 'Reuters' (its house style); None for any other line."""
    return "Reuters" if line[:12].lower() == "reporting by" and REUTERS_CREDITS.match(line) else None


def split_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """First paragraph -> (dateline without dash, agency in it, rest); (None, None, paragraph) if none."""
    m = DATELINE.match(paragraph)
    # a title-case city needs a wire in brackets: tried only when a bracket opens the line's first words
    if not m and "(" in paragraph[:TITLE_CITY_SPAN] and (m := TITLE_CASE_DATELINE.match(paragraph)) \
            and not agency_name(m.group("agency")):
        m = None
    if not m or len(m.group("city").replace(".", "")) < 3:
        c = CREDIT_ONLY.match(paragraph)
        if c:
            return c.group("dateline"), agency_name(c.group("agency")), c.group("rest").strip()
        return None, None, paragraph
    raw_agency = m.group("agency")
    agency = agency_name(raw_agency) or (raw_agency.strip() if raw_agency else None)
    return m.group("dateline").strip(), agency, m.group("rest").strip()


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
