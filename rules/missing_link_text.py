"""WL501 missing-link-text: a hole where a link's words were dropped.

## What it does
Finds the traces a dropped link leaves: two spaces after a word that cannot end a phrase ("The
(U.S. or US)", "the  of America"), such a word right before a comma or full stop ("a federal ,
five", "Cuba, and ."), an article followed by a word that cannot follow it ("to the and"), and an
empty item in a list (", ,").

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
put one at every former link end).

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

_ARTICLE = r"(?i:the|an?)"
_PREP = r"(?i:of|with|to|in|on|at|by|for|from|into)"
_GRAMMAR = r"(?:of|and|or|as|to|is|was|were|are|in|on|at|by|for|from|with)(?![\w'’-])"
# traces that clean prose does not have
_STRONG = lazy_re(
    rf"\b{_ARTICLE} (?={_GRAMMAR})"                      # "to the and", "the as well"
    rf"|\b{_ARTICLE}  +(?=\(|{_GRAMMAR})"                 # "The  (U.S. or US)", "the  of"
    rf"|\b{_PREP}  +(?={_PREP}\b|{_ARTICLE}\b)"            # "with  to the"
    r"|\b(?i:the|an?|of|with|to|in|on|at|by|for|from|and|or|is|was) (?=[,.](?:\s|$))"  # "and ."
    r"|\b[a-z]{3,}al(?:  +(?=(?:is|was|are|were)\b)| (?=,\s))"  # "national  is", "federal , five"
    r"|,[ \t]+,(?=\s)")                                    # "Paris, , Tokyo"
# a double space after a word that cannot end a phrase: a hole only where the page shows others
_WEAK = lazy_re(r"\b(?i:the|an?|of|with|to|in|on|at|by|for|from|and|or|is|was)  +(?=\w)")


def _holes(body: str, pattern: re.Pattern):
    return list(pattern.finditer(body))


def check(doc: Document, options: dict):
    strong = {line.index: _holes(line.text, _STRONG) for line in doc.lines
              if "  " in line.text or " ," in line.text or " ." in line.text or ", ," in line.text
              or " the " in line.text.lower() or " a" in line.text}
    clustered = sum(len(v) for v in strong.values()) >= 2
    for line in doc.lines:
        found = list(strong.get(line.index, []))
        if clustered and "  " in line.text:
            found += [m for m in _WEAK.finditer(line.text)
                      if not any(s.start() <= m.start() < s.end() for s in found)]
        for m in sorted(found, key=lambda m: m.start()):
            a = line.start + m.start()
            b = line.start + m.end()
            # take in the word after the hole, so the finding shows both sides
            after = re.match(r"\s*[\w(.,]+", line.text[m.end():])
            if after:
                b += after.end()
            yield Detection(a, b, "words of a link were dropped here", None)
