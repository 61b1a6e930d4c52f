"""Named word data for the line model's features (parse.line_features), also read by parse.header and parse.lead.

STOP_WORDS: English function words. Their share of a line's words is the
evidence jusText builds on (Pomikalek 2011): prose runs at 0.3-0.5, menus,
headline lists, captions' credits and stamps near 0.
"""
from __future__ import annotations

import re

STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom
why will with would you your yours yourself yourselves said says told say according would may
might must shall it's he's she's that's there's they're we're i'm don't didn't isn't wasn't
""".split())

MONTHS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())

# Characters that separate the items of a menu, breadcrumb or stamp line.
SEPARATORS = ("|", "\u2022", "\u00bb", ">>", "\u203a", "\u00b7", " / ")
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")

# A page talking to its reader: donation, newsletter and app blurbs ("Your support helps us", "Our
# mission is", "we need reporters"); prose of a story says these words mostly inside quotations.
READER_WORDS = frozenset("you your yours our ours us we".split())
READER_MIN = 1          # one such word outside quotation marks: the line addresses the reader
# Verbs a page tool or a promo opens with, in the imperative ("Follow us on", "Download the app").
IMPERATIVES = frozenset("""
follow subscribe sign download click support read watch share join get listen donate register log
see visit contact tap scan try discover explore enter
""".split())
# What a line needs before LineStats.reader or .imperative can hold, as one regex over the raw text
# (a cheap test that spares tokenising most long sentences): a reader's word, its first letter in
# either case but not all capitals ("US" is the country), or an imperative opening the line.
MAY_ADDRESS_READER = re.compile(
    r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(READER_WORDS)) + r")\b"
    r"|(?i:^\W*(?:" + "|".join(sorted(IMPERATIVES)) + r"))\b")
