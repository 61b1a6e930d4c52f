"""`pressroom eval pages`: score the article fields of real news pages against gold, in-process.

Reads page folders in the news-pages format (`RAW/NAME.txt` beside
`GOLD/NAME.json`, gold keys as the shared pagecheck scorer reads them) and
parses each page the way a run does (decode -> normalize -> parse_article).
The fields and their comparisons follow pagecheck: title and dateline
whitespace-normalised, authors as a case-folded set, stamps to the minute in
UTC, agency through a small alias table, body start / end / excludes on the
whitespace-normalised body; fields in a gold file's `uncertain` list are
skipped. A page the parser rejects misses every field.

`--by-outlet` is the honest figure for the learned line model: each outlet
(the file name's second token, `NN_outlet_slug`) is scored with a model
trained on the pages of every other outlet, never on its own. Without it the
shipped model scores every page (in-sample for the pages it was trained on).
`--rules-only` scores the parser without the line model.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from pressroom.parse import parse_article
from pressroom.records import ParsedArticle
from pressroom.text.decode import decode
from pressroom.text.normalize import normalize

FIELDS = ("title", "authors", "published_at", "updated_at", "dateline", "agency",
          "body_starts_with", "body_ends_with", "body_excludes")
# The wire spellings pagecheck treats as one agency.
AGENCY_ALIASES = {
    "ap": "associated press", "the associated press": "associated press", "associated press": "associated press",
    "xinhua news agency": "xinhua", "xinhua": "xinhua", "reuters": "reuters", "thomson reuters": "reuters",
    "afp": "agence france-presse", "agence france-presse": "agence france-presse",
    "agence france presse": "agence france-presse", "chinadaily.com.cn": "china daily",
    "china daily": "china daily", "cns": "china news service", "china news service": "china news service",
}


@dataclass(frozen=True)
class GoldPage:
    """One page: its name, outlet group, raw text and gold article fields."""

    name: str
    outlet: str
    text: str
    article: dict
    uncertain: frozenset[str]


def outlet_of(name: str) -> str:
    """'07_xinhua_us_no_position' -> 'xinhua': the outlet group a page is held out with."""
    parts = name.split("_")
    return parts[1] if len(parts) > 1 else name


def load_pages(raw_dir: Path, gold_dir: Path) -> list[GoldPage]:
    """Every GOLD/NAME.json with its RAW/NAME.txt, decoded and normalised as a run reads it."""
    pages = []
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        raw_file = raw_dir / gold.get("source_path", gold_file.stem + ".txt")
        decoded = decode(raw_file.read_bytes())
        text = "" if not hasattr(decoded, "text") else normalize(decoded.text)
        pages.append(GoldPage(gold_file.stem, outlet_of(gold_file.stem), text, gold["article"],
                              frozenset(gold.get("uncertain", ()))))
    return pages


def _ws(s: str | None) -> str | None:
    return None if s is None else re.sub(r"\s+", " ", s).strip()


def _fold(s: str) -> str:
    s = (_ws(s) or "").casefold()
    return s[4:] if s.startswith("the ") else s


def _agency(s: str | None) -> str | None:
    if s is None or not s.strip():
        return None
    k = (_ws(s) or "").casefold().strip(" .()")
    return AGENCY_ALIASES.get(k, k)


def _dateline(s: str | None) -> str | None:
    if s is None or not s.strip():
        return None
    return _ws(re.sub(r"[\s\-\u2013\u2014]+$", "", s))


def _minute(v: str | dt.datetime | None) -> dt.datetime | None:
    if v is None:
        return None
    if isinstance(v, str):
        v = dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
    if v.tzinfo is None:
        v = v.replace(tzinfo=dt.timezone.utc)
    return v.astimezone(dt.timezone.utc).replace(second=0, microsecond=0)


def score_field(name: str, gold, article: ParsedArticle) -> tuple[bool, str]:
    """(ok, what the parser gave) for one field, compared as pagecheck compares it."""
    body = _ws(article.body) or ""
    if name == "title":
        return _ws(article.title) == _ws(gold), repr(article.title)
    if name == "authors":
        return {_fold(a) for a in article.authors if a.strip()} == {_fold(a) for a in gold}, repr(article.authors)
    if name in ("published_at", "updated_at"):
        got = getattr(article, name)
        return _minute(gold) == _minute(got), str(got)
    if name == "dateline":
        return _dateline(article.dateline) == _dateline(gold), repr(article.dateline)
    if name == "agency":
        return _agency(article.agency) == _agency(gold), repr(article.agency)
    if name == "body_starts_with":
        return body.startswith(_ws(gold) or ""), repr(body[:80])
    if name == "body_ends_with":
        return body.endswith(_ws(gold) or ""), repr(body[-80:])
    found = [x for x in gold if (_ws(x) or "") in body]
    return not found, f"body holds {found!r}"


@dataclass
class PageScore:
    """Fields right and scored on one page, and a line per miss."""

    name: str
    outlet: str
    right: int
    scored: int
    misses: list[str]


def score_page(page: GoldPage, line_model=None, rules_only: bool = False) -> PageScore:
    """Parse one page (with line_model, the shipped one when None) and score its fields."""
    fields = [f for f in FIELDS if f not in page.uncertain]
    article = parse_article(page.text, line_model=line_model, rules_only=rules_only)
    if not isinstance(article, ParsedArticle):
        return PageScore(page.name, page.outlet, 0, len(fields), [f"REJECTED {article.reason.value}: {article.message}"])
    misses, right = [], 0
    for f in fields:
        ok, got = score_field(f, page.article[f], article)
        right += ok
        if not ok:
            misses.append(f"{f}: gold {page.article[f]!r}, got {got}")
    return PageScore(page.name, page.outlet, right, len(fields), misses)


def leave_one_outlet_out(pages: list[GoldPage], train) -> list[PageScore]:
    """Every outlet's pages scored with a model from `train(other outlets' pages)`."""
    by_outlet: dict[str, list[GoldPage]] = defaultdict(list)
    for p in pages:
        by_outlet[p.outlet].append(p)
    scores = []
    for outlet, held_out in sorted(by_outlet.items()):
        model = train([p for p in pages if p.outlet != outlet])
        scores.extend(score_page(p, model) for p in held_out)
    return scores


def summarise(scores: list[PageScore]) -> dict:
    """Totals overall and per outlet."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for s in scores:
        row = per[s.outlet]
        row[0] += s.right
        row[1] += s.scored
        row[2] += 1
    right = sum(s.right for s in scores)
    scored = sum(s.scored for s in scores)
    return {"pages": len(scores), "fields_right": right, "fields_scored": scored,
            "fields": round(right / scored, 4) if scored else None,
            "pages_all_right": sum(s.right == s.scored for s in scores),
            "outlets": {o: {"pages": n, "fields_right": r, "fields_scored": t} for o, (r, t, n) in sorted(per.items())}}


def run_page_eval(corpora: list[tuple[Path, Path]], mode: str, json_out: Path | None, show_misses: bool) -> int:
    """CLI body: corpora are (raw, gold) folder pairs; mode is shipped, rules or by-outlet."""
    pages = [p for raw, gold in corpora for p in load_pages(raw, gold)]
    if mode == "by-outlet":
        from pressroom.train.lines import train_line_model

        scores = leave_one_outlet_out(pages, train_line_model)
    else:
        scores = [score_page(p, rules_only=mode == "rules") for p in pages]
    summary = summarise(scores)
    if show_misses:
        for s in scores:
            for m in s.misses:
                print(f"MISS {s.name}: {m}")
    for outlet, row in summary["outlets"].items():
        print(f"  {outlet:<14} {row['fields_right']:>4}/{row['fields_scored']:<4} ({row['pages']} pages)")
    print(f"pages ({mode}): pages={summary['pages']} all_right={summary['pages_all_right']} "
          f"fields={summary['fields_right']}/{summary['fields_scored']} ({summary['fields']:.1%})")
    if json_out:
        json_out.write_text(json.dumps({"mode": mode, **summary}, indent=1))
    return 0
