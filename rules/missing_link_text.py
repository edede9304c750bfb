"""WL501 missing-link-text: a hole where a link's words were dropped.

## What it does
Finds the traces a dropped link leaves: two spaces after a word that cannot end a phrase ("The
(U.S. or US)", "the  of America"), such a word right before a comma or full stop ("a federal ,
five", "Cuba, and .", a measure a conversion template printed: "approximately ."), an article
followed by a word that cannot follow it ("to the and"), and an empty item in a list (", ,").

## Why it matters
The sentence has lost its subject or object ("The  of America"): it is no longer true to the
source, and nothing but the original can fill the hole.

## Example
```
The  (U.S. or US), officially the  of America, is a country primarily located in America.
```
Use instead: the original's words, "The United States (U.S. or US), officially the United States
of America, ...".

## Not flagged
Two spaces after a full stop or a colon, before a number (an address's ZIP code), or after a
noun ("Bibliography  (Click here ...)"); a space before punctuation after a name (some mirrors
put one at every former link end); a double space between a preposition and an article ("in  the
morning"), a typing slip, unless the page shows surer holes too.

## Fix
None: the missing words cannot be guessed.
"""
from __future__ import annotations

import re

from wikilint.document import Document
from wikilint.model import Detection

from ._text import lazy_re


CODE = "WL501"
NAME = "missing-link-text"
SUMMARY = "A hole where a link's words were dropped"
SEVERITY = "warning"
# a grammar heuristic calibrated on few pages: it runs when selected or with --preview
PREVIEW = True
OPTIONS = {}

_ARTICLES = frozenset(("the", "a", "an"))
_PREPOSITIONS = frozenset(("of", "with", "to", "in", "on", "at", "by", "for", "from", "into",
                           "within", "between", "through", "across", "against", "toward", "towards",
                           "during", "among", "via", "including", "near", "upon", "onto"))
_GRAMMAR = frozenset(("of", "and", "or", "as", "to", "is", "was", "were", "are", "in", "on", "at",
                      "by", "for", "from", "with"))
# (and the words before a measure a dropped conversion template printed: "approximately .")
_BEFORE_PUNCT = _ARTICLES | _PREPOSITIONS | {"and", "or", "is", "was", "approximately", "roughly",
                                            "nearly"}
_VERBS = frozenset(("is", "was", "are", "were"))

# Each pattern starts with a literal, so the scan is fast; the words around are checked after.
_ARTICLE_THEN_GRAMMAR = lazy_re(r" (?:[Tt]he|[Aa]n?) (?:of|and|or|as|to|is|was|were|are|in|on|at|"
                                r"by|for|from|with)(?![\w'’-])")           # "to the and"
_DOUBLE_SPACE = lazy_re(r" {2,}")  # what follows is checked after: a look-ahead here backtracks
_SPACE_PUNCT = lazy_re(r" [,.](?=\s|$)", re.M)
_EMPTY_ITEM = lazy_re(r",[ \t]+,(?=\s)")                                   # "Paris, , Tokyo"
_WORD_BEFORE = lazy_re(r"(?:^|(?<=\s))([A-Za-z]+)$")
_WORD_AFTER = lazy_re(r"\(|[A-Za-z]+")


def _word_before(text: str, pos: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return m.group(1) if m else ""


def _word_after(text: str, pos: int) -> str:
    m = _WORD_AFTER.match(text, pos)
    return m.group() if m else ""


def _holes(text: str):
    """(start, strong) of every trace: strong traces stand on their own; a weak one (a double
    space after a function word) counts only on a page that shows strong ones too."""
    if " " in text:
        for m in _ARTICLE_THEN_GRAMMAR.finditer(text):
            yield m.start() + 1, True
    if "  " in text:
        for m in _DOUBLE_SPACE.finditer(text):
            before = _word_before(text, m.start())
            after = _word_after(text, m.end())
            if not after:
                continue
            low, next_low = before.lower(), after.lower()
            if low in _ARTICLES and (after == "(" or next_low in _GRAMMAR):
                yield m.start() - len(before), True                 # "The  (U.S.", "the  of"
            elif low in _PREPOSITIONS and next_low in _PREPOSITIONS:
                yield m.start() - len(before), True                 # "with  to the"
            elif low in _PREPOSITIONS and next_low in _ARTICLES:
                # "in  the": a dropped link, or a typed double space: only beside strong traces
                yield m.start() - len(before), False
            elif len(low) >= 5 and low.endswith("al") and next_low in _VERBS:
                yield m.start() - len(before), True                 # "national  is"
            elif low in _BEFORE_PUNCT and after[:1].isalpha():
                yield m.start() - len(before), False
    if " ," in text or " ." in text:
        for m in _SPACE_PUNCT.finditer(text):
            before = _word_before(text, m.start())
            low = before.lower()
            if low in _BEFORE_PUNCT or (m.group()[1] == "," and before.islower()
                                        and len(low) >= 5 and low.endswith("al")):
                yield m.start() - len(before), True                 # "and .", "federal , five"
    if ", ," in text or ",\t" in text:
        for m in _EMPTY_ITEM.finditer(text):
            yield m.start(), True


def check(doc: Document, options: dict):
    text = doc.text
    holes = sorted(set(_holes(text)))
    if sum(1 for _, strong in holes if strong) < 2:
        holes = [h for h in holes if h[1]]
    for start, _ in holes:
        line = doc.lines[doc.line_index(start)]
        # show the hole with a word on either side
        end = start
        for _ in range(2):
            m = re.compile(r"\s*[\w(.,]+").match(text, end, line.end)
            if not m:
                break
            end = m.end()
        yield Detection(start, end, "words of a link were dropped here", None)
