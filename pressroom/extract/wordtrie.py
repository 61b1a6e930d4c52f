"""Compile a word list into one prefix-sharing regex (a character trie).

Python's `re` tries alternatives one by one, so a flat `a|b|c|...` of a few
thousand names is slow at every body position. Sharing prefixes makes each
position cost one branch per character instead. Longer forms are tried before
their prefixes, so with a trailing boundary check a match is the longest form
starting there. Pure; used at lexicon load time only.
"""
from __future__ import annotations

import re

_END = ""  # trie key marking the end of a word


def _insert(trie: dict, word: str) -> None:
    node = trie
    for ch in word:
        node = node.setdefault(ch, {})
    node[_END] = {}


def _emit(node: dict) -> str:
    """Regex for the subtree at `node`; ends-of-word become a trailing optional group."""
    ends = _END in node
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # greedy optional: the longer continuation first, the shorter word on backtrack
        return "(?:" + body + ")?"
    return body


def trie_pattern(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """One regex source matching any of `words` (longest first at a position); '(?!)' for none."""
    trie: dict = {}
    for word in words:
        if word:
            _insert(trie, word)
    return _emit(trie) or "(?!)"
