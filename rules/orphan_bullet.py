"""WL303 orphan-bullet: a list marker alone on its line, its item cut off from it.

## What it does
Finds a bullet ("*", "•", "-", "·") standing alone on a line with its item on the next line:
mirror pages break the line at the link that begins the item.

## Why it matters
The list renders as markers on empty lines followed by loose text; the item is no longer a list
item for a Markdown renderer or a parser.

## Example
```
*
Foreign relations of Azerbaijan
```
Use instead:
```
* Foreign relations of Azerbaijan
```

## Not flagged
A bullet with its item on the same line, horizontal rules ("***", "---"), a lone marker at the
very end of a document (an excerpt cut), and a marker above a line with no words (a scanned
page's header: "*", "15", "*").

## Fix (safe)
Joins the item to its marker.
"""
from __future__ import annotations


from wikilint.document import Document
from wikilint.model import Detection, Edit, Fix

from ._text import lazy_re

CODE = "WL303"
NAME = "orphan-bullet"
SUMMARY = "List marker alone on its line, its item cut off from it"
SEVERITY = "warning"
OPTIONS = {}

_LONE = lazy_re(r"^[ \t]*([*•·‣◦]|-)[ \t]*$")


def check(doc: Document, options: dict):
    for line in doc.lines:
        m = _LONE.match(line.text)
        if not m:
            continue
        nxt = doc.next_line(line.index)
        if nxt is None or nxt.is_blank or _LONE.match(nxt.text):
            continue
        item = nxt.text.lstrip()
        if not any(c.isalpha() for c in item):
            continue  # "*" / "15" / "*": a page number between a header's marks, not an item
        a = line.start + m.start(1)
        fix = Fix((Edit(a + 1, nxt.end - len(item), " "),))
        yield Detection(a, a + 1, "list marker cut off from its item", fix)
