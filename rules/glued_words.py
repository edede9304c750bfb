"""WL502 glued-words: words run together where a link boundary lost its space.

## What it does
Finds two words joined where a link began or a footnote was removed: a small word glued to a
capitalised one ("theAzerbaijan", "andIraq", "callRepublic") or "had" glued to the next word
("haddiplomatic"), a title glued to a name
("PresidentWoodrow"), a sentence glued to the next ("producer.His", "2004.The"), a comma glued
to the next word (",Afghanistan", "northwest,Armenia"), and an infobox label glued to its value
("CapitalJabrayil", "Total54,430", "code(+994)").

## Why it matters
Glued words are not words: search, spelling and tokenisation all miss them.

## Example
```
The United States andAzerbaijan have haddiplomatic relations since 1919.
```
Use instead:
```
The United States and Azerbaijan have had diplomatic relations since 1919.
```

## Not flagged
Names and brands written in camel case ("iPhone", "McDonald", "JavaScript", "YouTube"), domain
names ("News.Az"), initials and abbreviations ("U.S.A."), decimals, and formulas ("f(x)").

## Fix (safe)
Puts the space back.
"""
from __future__ import annotations

import re

from wikilint.document import Document
from wikilint.model import Detection, Edit, Fix

from ._text import lazy_re

CODE = "WL502"
NAME = "glued-words"
SUMMARY = "Words run together where a link boundary dropped a space"
SEVERITY = "warning"
OPTIONS = {}

_SMALL = ("the|and|of|in|on|at|to|by|for|from|with|into|as|or|but|call|called|named|"
          "President|King|Queen|Senator|Governor|Emperor|Minister|General|Capital|Total|"
          "Population|Area|Website|Country|Language|Currency|Founded")
_PATTERNS = lazy_re(
    rf"(?<![\w'’])(?:{_SMALL})(?=[A-Z][a-z]{{2,}})"            # theLeague, PresidentWoodrow
    r"|(?<=\w)['’]s(?=[A-Z][a-z]{2,})"                          # NATO'sPartnership
    r"|(?<=[a-z]{3})[.](?=(?:The|A|An|On|In|At|It|He|She|We|They|His|Her|Its|This|These|Their|"
    r"But|However|After|During|Following|When|While|Since)\b)"   # producer.His, States.On
    r"|(?<=\d{4})[.](?=[A-Z][a-z]+\b)"                          # 2004.The
    r"|(?<=[a-z]{3}),(?=[A-Z][a-z]{2,})"                        # northwest,Armenia
    r"|(?<= ),(?=[A-Z][a-z]{2,})"                               # " ,Afghanistan"
    r"|^[ \t]*(?:Total|Population|Area|Density|Elevation)(?=\d)"        # Total54,430
    r"|(?<=[a-z]{4})(?=\(\+\d)"                                 # code(+994)
    r"|(?<![\w'’])had(?!rosaur|dock)(?=[a-z]{6,}\b)",             # haddiplomatic
    re.M)
_DOMAIN = lazy_re(r"^(?:com|org|net|gov|edu|info|az|uk|de|ru|fr|io|co|us)\b", re.I)


# cheap signs that a line may hold glued words; only such lines get the full patterns
# (each starts with a literal or a character class: alternations and look-behinds scan slowly)
_CANDIDATES = (
    (None, lazy_re(r"[a-z][A-Z]")),
    (None, lazy_re(r"[.,][A-Z]")),
    ("(+", lazy_re(r"\(\+\d")),
    ("had", lazy_re(r"had[a-z]{6}")),
    ("Total", lazy_re(r"Total\d")), ("Population", lazy_re(r"Population\d")),
    ("Area", lazy_re(r"Area\d")), ("Density", lazy_re(r"Density\d")),
    ("Elevation", lazy_re(r"Elevation\d")),
)


def check(doc: Document, options: dict):
    text = doc.text
    lines = set()
    for literal, pattern in _CANDIDATES:
        if literal is None or literal in text:
            lines.update(doc.line_index(c.start()) for c in pattern.finditer(text))
    for index in sorted(lines):
        line = doc.lines[index]
        for m in _PATTERNS.finditer(text, line.start, line.end):
            yield from _glued(text, m, line.start)


def _glued(text: str, m: re.Match, line_start: int):
    joint = m.end()
    if _DOMAIN.match(text[joint:joint + 4]):
        return
    start = max(text.rfind(" ", 0, m.start()) + 1, line_start)
    end = joint
    while end < len(text) and not text[end].isspace():
        end += 1
    word = text[start:end].rstrip(".,;:")
    end = start + len(word)
    if end > joint:
        yield Detection(start, end, f"words run together in “{word}”", Fix((Edit(joint, joint, " "),)))
