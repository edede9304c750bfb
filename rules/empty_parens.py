"""WL402 empty-parens: parentheses emptied by templates the mirror dropped.

## What it does
Finds parentheses left empty, or holding only separators, where a pronunciation, a native-script
name or a date template used to be: "()", "( )", "(; born 1948)", "(, ; Azərbaycan )",
"( , ; ; )".

## Why it matters
The reader sees punctuation with nothing in it, and the sentence reads as damaged.

## Example
```
Raymond Edwin Mabus Jr. (; born October 11, 1948) is an American politician.
```
Use instead:
```
Raymond Edwin Mabus Jr. (born October 11, 1948) is an American politician.
```

## Not flagged
A function call in a formula ("f()" right after a word), parentheses the sentence names ("leave
the brackets ( ) empty"), parentheses with words in them, a form's tick boxes ("Check one: ( )
New member ( ) Renewal"), a separator before a phrase that starts with an article ("the
Foundation (, a partnership of ...)": an address was lost there, no template), and a closing
cross-reference such as "(See also capitalism; economics.)".

## Fix (unsafe)
Removes empty parentheses and the leading separators of a parenthesis that still has words. The
parentheses mark where the original has a pronunciation, a native name or a date: removing them
reads better but hides the hole, which is better filled from the original, so the fix is applied
only with `--unsafe-fixes`.
"""
from __future__ import annotations

import re

from wikilint.document import Document
from wikilint.model import UNSAFE, Detection, Edit, Fix

from ._text import lazy_re, span_removal

CODE = "WL402"
NAME = "empty-parens"
SUMMARY = "Parentheses emptied by dropped templates"
SEVERITY = "warning"
OPTIONS = {}

# "(" not glued to a word, then only spaces and separators: closed, or going on with words
# (the "(" first and the look-behind after it: a pattern opening with a look-behind is tried at
# every character)
_EMPTY = lazy_re(r"\((?<![\w)\]]\()(?:[ \t,;]*\)|[ \t]*[,;][ \t,;]*(?=[^\s,;)]))")


# "leave the brackets ( ) empty": parentheses that the sentence names as such
_NAMED_BEFORE = lazy_re(r"(?:brackets?|parenthes[ie]s|parens|blanks?|box(?:es)?)[ \t]*$", re.I)


# a form's tick box before its option: "( ) Yes", "Check one: ( ) New ( ) Renewal"
_BOX_BEFORE = lazy_re(r"(?:^|[:•])[ \t]*$", re.M)
_OPTION_AFTER = lazy_re(r"[ \t]+[A-Z0-9]")


# what a dropped template leaves before is a name, a date or "born"; an article starts a phrase of
# the page's own, after an e-mail address or a link the copy lost
_APPOSITIVE = lazy_re(r"(?:a|an|the)[ \t]")


def _tick_box(doc: Document, a: int, b: int, box_lines: dict[int, bool]) -> bool:
    """Is an empty pair a form's tick box: at a line's start or after a colon, or one of two or
    more on its line, each before a capitalised option? (`box_lines` keeps the answer for each
    line's index, so that a line is read once.)"""
    text = doc.text
    if not text.endswith(")", a, b) or not _OPTION_AFTER.match(text, b):
        return False
    if _BOX_BEFORE.search(text, max(0, a - 40), a):
        return True
    index = doc.line_index(a)
    if index not in box_lines:
        line = doc.lines[index].text
        boxes = [m for m in _EMPTY.finditer(line) if m.group().endswith(")")]
        box_lines[index] = len(boxes) >= 2 and all(_OPTION_AFTER.match(line, m.end()) for m in boxes)
    return box_lines[index]


def check(doc: Document, options: dict):
    text = doc.text
    box_lines: dict[int, bool] = {}
    for m in _EMPTY.finditer(text):
        a, b = m.span()
        if _NAMED_BEFORE.search(text, max(0, a - 14), a) or _tick_box(doc, a, b, box_lines):
            continue
        closed = m.group().endswith(")")
        if not closed and _APPOSITIVE.match(text, b):
            continue  # "Foundation (, a partnership ...)": a dropped address, then the page's own words
        if closed:
            fix = span_removal(doc, a, b, UNSAFE)
            message = "empty parentheses left by a dropped template"
        else:
            fix = Fix((Edit(a + 1, b, ""),), UNSAFE)
            message = "parenthesis opening with separators left by a dropped template"
        yield Detection(a, b, message, fix)
