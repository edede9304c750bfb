"""WL404 leaked-reference: a citation's text or a bare URL spilled into the prose.

## What it does
Finds the text of a reference that a mirror printed inline instead of as a footnote: an
author-title-publisher-date citation glued to the end of a sentence ("...nation.Melia, Thomas O.
“U.S.-Azerbaijan Relations: ...” U.S. Department of State, 11 June 2014. https://..."), a
bracketed citation in the middle of a paragraph ('[James P. Nichol. "Diplomacy in the Former
Soviet Republics", Praeger/Greenwood, 1995, ISBN 0275951928, p. 150]'), and a bare URL inside a
sentence right after such a citation.

## Why it matters
The citation interrupts the sentence it was meant to support and carries publishers, dates and
URLs into text that is read as the article's own words.

## Example
```
Officials praise Azerbaijan as a secular democracy.Melia, Thomas O. “U.S.-Azerbaijan Relations.”
U.S. Department of State, 11 June 2014. https://2009-2017.state.gov/j/drl/rls/rm/2014/227450.htm. In
spite of this, ...
```
Use instead:
```
Officials praise Azerbaijan as a secular democracy. In spite of this, ...
```

## Not flagged
Reference lists (a References section, numbered entries), quoted titles in running prose with no
publisher or date, and URLs a text gives on purpose ("visit www.example.org").

## Fix (unsafe)
Removes the citation: deciding that words are a citation and not the author's is a judgement.
"""
from __future__ import annotations

import re

from wikilint.document import Document
from wikilint.model import UNSAFE, Detection

from ._text import NON_SPACE, NOTE_SECTIONS, lazy_re, span_removal

CODE = "WL404"
NAME = "leaked-reference"
SUMMARY = "Citation text or a bare URL spilled into the prose"
SEVERITY = "warning"
CONTAINS = True
OPTIONS = {}

_NAME = r"[A-Z][\w'’-]+, [A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?){0,2}"
# Surname, Given. “Title.” Publisher, date[, more]. URL.
_MLA = lazy_re(
    rf"(?:(?<=[.!?])|(?<=[.!?][”\"])|(?<=\s)){_NAME} [“\"][^“”\"\n]{{5,300}}[”\"]"
    r"[^“”\"\n]{0,200}?\b(?:1[6-9]|20)\d\d\b[^\n]{0,120}?(?:(?<=\.)(?=\s|$)|(?=\shttps?://))"
    r"(?:\s+https?://\S+)?")
# [“Title”, publisher, year, pages] or [Author. “Title”, ..., ISBN ...]
_BRACKETED = lazy_re(r"\[(?=[^\]\n]{0,80}[“\"])[^\[\]\n]{20,400}?(?:\]|$)", re.M)
_EVIDENCE = lazy_re(r"\b(?:1[6-9]|20)\d\d\b|\bISBN\b|\bpp?\. ?\d|\bNo\. ?[\dIVX]")


def check(doc: Document, options: dict):
    for line in doc.lines:
        body = line.text
        if len(body) < 40:
            continue
        title = (doc.section_title(line.index) or "").lower()
        if title in NOTE_SECTIONS:
            continue
        base = line.start
        if "“" in body or '"' in body:
            for m in _MLA.finditer(body):
                if not NON_SPACE.search(body, 0, m.start()):
                    continue  # a line that is only a citation: a reference list entry
                a, b = base + m.start(), base + m.end()
                yield Detection(a, b, "citation text spilled into the prose",
                                span_removal(doc, a, b, UNSAFE))
        if "[" in body:
            for m in _BRACKETED.finditer(body):
                inner = m.group()
                if _EVIDENCE.search(inner) and m.start() > 0:
                    a, b = base + m.start(), base + m.end()
                    yield Detection(a, b, "bracketed citation spilled into the prose",
                                    span_removal(doc, a, b, UNSAFE))
