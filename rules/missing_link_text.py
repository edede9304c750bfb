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

from ._text import FUNCTION_WORDS

CODE = "WL501"
NAME = "missing-link-text"
SUMMARY = "A hole where a link's words were dropped"
SEVERITY = "warning"
OPTIONS = {}

_WORDS = "|".join(sorted(FUNCTION_WORDS, key=len, reverse=True))
_ADJ = r"[a-z]{3,}(?:al|an|ic|ern)"
_HOLE = re.compile(
    rf"\b(?i:{_WORDS})(?:  (?=[\w(])| (?=[,.](?:\s|$)))"  # "the  of", "is , D.C.", "and ."
    rf"|\b{_ADJ}(?:  (?=[a-z(])| (?=,\s))"               # "national  is", "federal , five"
    rf"|\b(?i:the|an?) (?=(?:and|or|as|of|to|is|was|in)\b)"  # "to the and", "the as well"
    r"|,[ \t]+,(?=\s)")                                  # "Paris, , Tokyo"


def check(doc: Document, options: dict):
    for line in doc.lines:
        body = line.text
        if "  " not in body and " ," not in body and " ." not in body and "the " not in body.lower():
            continue
        for m in _HOLE.finditer(body):
            a = line.start + m.start()
            b = line.start + m.end()
            # take in the word after the hole, so the finding shows both sides
            after = re.match(r"\s*[\w(.,]+", body[m.end():])
            if after:
                b += after.end()
            yield Detection(a, b, "words of a link were dropped here", None)
