"""WL304 toc-residue: table-of-contents lines left in the text.

## What it does
Finds the entries of a wiki page's table of contents flattened into the text, each a section
title followed by its section number: "History 1", "Contemporary relations 2",
"Nagorno-Karabakh conflict 2.1". Three or more such lines in a row whose numbers go on the way
section numbers do (1, 2, 2.1, 2.2, 3 ...) are taken for a table of contents. A table of contents
run into one line, the numbers before the titles ("Contents 1 History 2 Variations 2.1 City-counties
3 Organization"), is found too, and so are entries one per line with their numbers first ("1
History", "2.1 Exports") under a "Contents" title, when one of them is an article's closing
section ("See also", "References") and most of their titles stand later in the text as headings.

## Why it matters
The entries repeat the headings with numbers glued to them and sit between the lead and the first
section as if they were text.

## Example
```
  • History 1
  • Contemporary relations 2
    • Nagorno-Karabakh conflict 2.1
```
Use instead: nothing; the headings themselves follow in the text.

## Not flagged
A book's table of contents, whose numbers are page numbers (1, 7, 15) rather than section
numbers, or chapter numbers with no "References" or "See also" among them; numbered lists ("1. Go
to the login page", "1 onion").

## Fix (safe)
Removes the entries.
"""
from __future__ import annotations


from wikilint.document import Document
from wikilint.model import Detection

from ._text import END_SECTIONS, TOC_TITLE, lazy_re, line_removal, text_span

CODE = "WL304"
NAME = "toc-residue"
SUMMARY = "Table-of-contents lines left in the text"
SEVERITY = "warning"
OPTIONS = {"min_entries": 3}

_ENTRY = lazy_re(r"^[ \t]*(?:[•*·-][ \t]+)?([A-Z][^\n]{0,80}?[^\s\d.])[ \t]+(\d{1,2}(?:\.\d{1,2}){0,3})[ \t]*$")


def _title_above(doc: Document, first: int) -> int | None:
    """The line "Contents" (or "Contents [hide]") just above a table of contents, if any."""
    for k in range(first - 1, max(-1, first - 4), -1):
        text = doc.lines[k].text.strip()
        if text:
            return k if TOC_TITLE.fullmatch(text) else None
    return None


def _follows(prev: list[int], cur: list[int]) -> bool:
    """Does section number `cur` come right after `prev` (a sibling, a child or a parent's sibling)?"""
    if cur == prev + [1]:
        return True
    for depth in range(len(prev), 0, -1):
        if cur == prev[:depth - 1] + [prev[depth - 1] + 1]:
            return True
    return False


# a whole table of contents on one line: "Contents 1 History 2 County variations 2.1 ..."
_ONE_LINE = lazy_re(r"[ \t]*(?:Contents|Table of contents)(?:[ \t]*\[(?:hide|show)\])?[ \t]+(?=1 )")
_NUMBER = lazy_re(r"\d{1,2}(?:\.\d{1,2}){0,3}")
_TITLE_WORDS = 8  # the longest section title taken


def _one_line_entries(text: str, start: int) -> int:
    """How many entries a one-line table of contents from `start` holds, each a section number and
    a short title, the numbers going on as section numbers do (0 when the line is anything else)."""
    words = text[start:].split()
    # title: how many words the current entry's title has so far (no entry yet: as if full)
    entries, prev, title = 0, None, _TITLE_WORDS
    for word in words:
        number = [int(n) for n in word.split(".")] if _NUMBER.fullmatch(word) else None
        if number and (prev is None and number == [1] or prev is not None and title and
                       _follows(prev, number)):
            entries, prev, title = entries + 1, number, 0
        elif prev is None or title >= _TITLE_WORDS or word[-1] in ",.;:!?" or (
                title == 0 and not word[0].isupper()):
            return 0  # no title, too long a one, or one that reads as a sentence: this is prose
        else:
            title += 1
    return entries if title else 0


# an entry with its number first, one per line, under a "Contents" title: "2.1 Exports"
_NUMBER_FIRST = lazy_re(r"[ \t]*(?:[•*·-][ \t]+)?(\d{1,2}(?:\.\d{1,2}){0,3})[ \t]+"
                        r"([A-Z][^\n]{0,80}?[^\s.,;:!?])[ \t]*$")


def _numbered_under_title(doc: Document, title: int) -> list[int]:
    """The entries under a "Contents" line, numbers first ("1 History", "2 Trade", "2.1 Exports"),
    when they are a wiki's: numbered as sections from 1, one of them an article's closing section
    ("See also", "References"), and most of their titles standing later in the text as headings
    (a book's numbered chapters have none of those closing sections)."""
    entries, titles, prev = [], [], None
    for line in doc.lines[title + 1:]:
        if line.is_blank:
            continue
        m = _NUMBER_FIRST.match(line.text)
        number = [int(n) for n in m.group(1).split(".")] if m else None
        if not number or not (prev is None and number == [1] or prev and _follows(prev, number)):
            break
        entries.append(line.index)
        titles.append(m.group(2).strip())
        prev = number
    if not any(t.lower() in END_SECTIONS for t in titles):
        return []
    after = {ln.text.strip() for ln in doc.lines[(entries or [title])[-1] + 1:]}
    return entries if 2 * sum(1 for t in titles if t in after) >= len(titles) else []


_ENTRY_MESSAGE = "table-of-contents entry left in the text"


def _whole_lines(doc: Document, indexes: list[int], message: str):
    """A finding for each of these lines, whose fix removes the line."""
    for index in indexes:
        line = doc.lines[index]
        yield Detection(*text_span(line), message, line_removal(doc, line))


def check(doc: Document, options: dict):
    min_entries = int(options.get("min_entries", 3))
    if "ontents" in doc.text:
        for line in doc.lines:
            m = _ONE_LINE.match(line.text)
            if m and _one_line_entries(line.text, m.end()) >= min_entries:
                yield from _whole_lines(doc, [line.index], "table of contents left in the text")
            elif TOC_TITLE.fullmatch(line.text.strip()):
                entries = _numbered_under_title(doc, line.index)
                if len(entries) >= min_entries:
                    yield from _whole_lines(doc, [line.index] + entries, _ENTRY_MESSAGE)
    run: list[tuple[int, list[int]]] = []

    def flush():
        if len(run) >= min_entries and run[0][1][-1] == 1 or len(run) >= min_entries + 2:
            title = _title_above(doc, run[0][0])
            yield from _whole_lines(doc, ([title] if title is not None else []) + [i for i, _ in run],
                                    _ENTRY_MESSAGE)

    for line in doc.lines:
        # an entry ends in its number: most lines are left after one look at their last character
        if not line.text.rstrip(" \t")[-1:].isdigit():
            m = None
        else:
            m = _ENTRY.match(line.text)
        number = [int(n) for n in m.group(2).split(".")] if m else None
        if number and (not run or _follows(run[-1][1], number)):
            run.append((line.index, number))
            continue
        if run:
            yield from flush()
        run = [(line.index, number)] if number else []
    yield from flush()
