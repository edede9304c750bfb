"""WL900 unused-suppression: an inline suppression that suppresses nothing.

## What it does
Reports a `<!-- wikilint: disable ... -->`, `disable-next-line` or `disable-file` comment that no
finding fell under: the damage it was written for has been fixed, or it names the wrong rule or
line. The engine reports it after every other rule has run (a rule cannot know what others find),
so this module only declares the rule.

## Why it matters
A stale suppression hides the next real problem on its line and tells readers the text is
damaged when it is not.

## Example
```
<!-- wikilint: disable-next-line WL403 -->
It grew quickly.
```
Use instead: delete the comment.

## Fix
None: remove the comment by hand.
"""
from __future__ import annotations

from wikilint.document import Document

CODE = "WL900"
NAME = "unused-suppression"
SUMMARY = "Inline suppression that suppresses nothing"
SEVERITY = "warning"
OPTIONS = {}


def check(doc: Document, options: dict):
    return iter(())  # reported by the engine, which sees every rule's findings
