"""WL305 edit-residue: a wiki's "[edit]" link glued to a heading or to a section's first word.

## What it does
Finds the "edit" link of a wiki section copied as text: "History[edit]", "History [ edit ]", or
the mobile skin's "edit" glued to the first word of the section ("editI've taken the plunge",
"edit- The term").

## Why it matters
The word is the wiki's button, not the article's; glued to the first word it also breaks that
word for search and spelling.

## Example
```
Extensive revision of article
editI've taken the plunge and rewritten the article.
```
Use instead:
```
Extensive revision of article
I've taken the plunge and rewritten the article.
```

## Not flagged
"edit", "edited", "editor" as words: only the bracketed link, or "edit" glued to a capital letter
or a dash at the start of a line.

## Fix (safe)
Removes the residue.
"""
from __future__ import annotations

import re

from wikilint.document import Document
from wikilint.model import Detection, Edit, Fix

from ._text import lazy_re

CODE = "WL305"
NAME = "edit-residue"
SUMMARY = "Wiki edit link glued to a heading or to a section's first word"
SEVERITY = "warning"
OPTIONS = {}

_BRACKETED = lazy_re(r"[ \t]*\[ ?edit ?\]", re.I)
_GLUED = lazy_re(r"^([ \t]*)edit(?=[A-Z“\"‘]|- )")


def check(doc: Document, options: dict):
    for line in doc.lines:
        if "edit" not in line.text.lower():
            continue
        m = _GLUED.match(line.text)
        if m:
            a = line.start + m.end(1)
            yield Detection(a, a + 4, "the wiki's “edit” link glued to the section's first word",
                            Fix((Edit(a, a + 4, ""),)))
        for m in _BRACKETED.finditer(line.text):
            a, b = line.start + m.start(), line.start + m.end()
            yield Detection(a + (len(m.group()) - len(m.group().lstrip())), b,
                            "the wiki's “[edit]” link left in the text", Fix((Edit(a, b, ""),)))
