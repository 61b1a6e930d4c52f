"""Synthetic raw corpora for benchmarks, recombined from the project's own fixtures.

Paragraphs and headlines come from tests/fixtures (text we wrote); headers
are drawn from the layout families pressroom parses, with varied dates,
bylines and datelines. A fixed seed makes every corpus reproducible.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CITIES = ["BEIJING", "SHANGHAI", "GENEVA", "NEW YORK", "BRUSSELS", "NAIROBI", "JAKARTA", "MOSCOW"]
PEOPLE = ["Wang Lei", "Zhao Min", "Chen Yu", "Li Hua", "Maria Okafor", "James Keller", "Sun Ping", "Liu Fang"]
ROLES = ["spokesperson for the Ministry of Commerce", "a researcher at the Chinese Academy of Social Sciences",
         "director of the National Health Commission's planning bureau", "vice-president of the World Bank"]
STATEMENTS = [
    "We will keep our markets open and deepen cooperation with all partners",
    "The figures show a steady recovery, but the risks have not gone away",
    "Our priority is to make sure every village has clean water by next year",
    "Dialogue is the only way to settle the differences between the two sides",
]


def _pool() -> tuple[list[str], list[str]]:
    titles, paragraphs = [], []
    for path in sorted(FIXTURES.glob("**/*.txt")):
        if path.parent.name == "bad":
            continue
        blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        if len(blocks) < 2:
            continue
        if path.parent.name != "quotes":  # quote fixtures are bodies without a headline
            titles.append(blocks[0].splitlines()[0].strip())
        paragraphs += [b for b in blocks[1:] if len(b.split()) >= 12 and "\n" not in b]
    return titles, paragraphs


def _header(rng: random.Random, family: str, when: datetime) -> tuple[str, str]:
    """(lines before the body, prefix glued to the first paragraph)."""
    person = rng.choice(PEOPLE)
    city = rng.choice(CITIES)
    if family == "cgtn":
        return f"Updated {when:%H:%M}, {when:%d}-{MONTHS[when.month - 1]}-{when:%Y}\n", ""
    if family == "xinhua":
        return (f"{person}\n{when:%Y-%m-%d %H:%M:%S}\n",
                f"{city}, {MONTHS[when.month - 1]}. {when.day} (Xinhua) -- ")
    if family == "chinadaily":
        return f"By {person.upper()} | chinadaily.com.cn | Updated: {when:%Y-%m-%d %H:%M}\n", ""
    if family == "globaltimes":
        return f"Published: {MONTHS[when.month - 1]} {when.day}, {when:%Y %I:%M %p}\n", ""
    return "", ""


def make_article(rng: random.Random, titles: list[str], paragraphs: list[str], index: int) -> str:
    """One raw article: a headline, a header of a random family, 4-12 paragraphs."""
    family = rng.choice(["cgtn", "xinhua", "chinadaily", "globaltimes", "generic", "generic"])
    when = datetime(2015, 1, 1) + timedelta(minutes=rng.randrange(5_000_000))
    header, prefix = _header(rng, family, when)
    body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(4, 12)))
    if rng.random() < 0.3:  # ~30% carry a direct quote with a named speaker
        who, role = rng.choice(PEOPLE), rng.choice(ROLES)
        body.insert(rng.randrange(1, len(body)), f"\u201c{rng.choice(STATEMENTS)},\u201d said {who}, {role}.")
    body[0] = prefix + body[0]
    title = f"{rng.choice(titles)} ({index})"  # distinct headline: distinct article
    return f"{title}\n{header}\n" + "\n\n".join(body) + "\n"


def write_corpus(folder: Path, n: int, seed: int = 7, per_dir: int = 1000) -> Path:
    """Write n raw files under folder (sub-folders of per_dir files) -> folder."""
    rng = random.Random(seed)
    titles, paragraphs = _pool()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        sub = folder / f"part{i // per_dir:04d}"
        if i % per_dir == 0:
            sub.mkdir(exist_ok=True)
        (sub / f"article_{i:07d}.txt").write_text(make_article(rng, titles, paragraphs, i), encoding="utf-8")
    return folder
