"""WL301 empty-section: a section heading with nothing under it.

## What it does
Finds a heading with no body before the next heading of the same or a higher level, or before the
end of the document. A heading whose only subsections are themselves empty is empty too. Mirror
sites drop tables, galleries, quotation boxes and reference lists, and leave their headings
("High-level visits", "References") standing over nothing. Wiki markup left in place of the body
(a category line, a stub template) does not count as a body.

## Why it matters
An empty heading promises content the copy does not have; in a knowledge base it also becomes a
section that search results and summaries point to.

## Example
```
High-level visits


Embassies

The Embassy of the United States is located in Baku.
```
Use instead: restore the section from the original, or drop its heading:
```
Embassies

The Embassy of the United States is located in Baku.
```

## Not flagged
The document's title line; a heading that ends the document, unless it names an article's closing
section ("References", "External links", "See also"): a web page's "Leave a comment" is not a
dropped section; a heading followed by many blank lines and then text (a dropped
picture leaves its caption, which is content); a document cut off right after a heading (no line
break after it: the excerpt ends there, not the section); the title of a table of contents; a
title with its author's byline (a list of articles); a title that the next line repeats in a
fuller form ("Map of Macon County", then "Map of Macon County, Georgia"); and any heading of a
document with fewer than twenty words of text per title-like line (a list or a timeline, not
sectioned prose). A heading right over another that has a body is taken for the other's parent
(headings lose their levels in plain text: "History", then "Founding" and its text), unless the
heading is a long one (five words or more) on a page that shows it is a wiki's copy: markers such
as "[3]", the word "wiki", long hover-card summaries cut off with "...".

## Fix (unsafe)
Removes the heading line: the section may have held text that should be restored instead.
"""
from __future__ import annotations

import re

from wikilint.document import Document
from wikilint.model import UNSAFE, Detection

from ._text import END_SECTIONS, TOC_TITLE, lazy_re, line_removal, shows_wiki_copy, text_span

CODE = "WL301"
NAME = "empty-section"
SUMMARY = "Section heading with no body before the next heading"
SEVERITY = "error"
OPTIONS = {"max_blank_lines": 2}

_RESIDUE_ONLY = lazy_re(r"\{\{|^\s*\[\[Category:|^\s*Category:", re.I)


# "Doing Development Better by Chris Datta": the title of a listed article, not a section
_BYLINE = lazy_re(r"\sby [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,2}$")


_PARENT_WORDS = 4  # the most words a title that has subsections is taken to have


def _restated(heading: str, following: str) -> bool:
    """Does the next title-like line repeat this one and add to it (a subtitle or a caption)?"""
    return len(following) > len(heading) and following.lower().startswith(heading.lower()) \
        and not following[len(heading)].isalnum()


def _is_residue(text: str) -> bool:
    return bool(_RESIDUE_ONLY.search(text))


def _first_prose_line(doc: Document) -> int:
    """The first line of running text: a sentence of eight words or more."""
    for line in doc.lines:
        text = line.text.strip()
        if len(text.split()) >= 8 and re.search(r"[.!?][\"”’)]*$|[.!?] ", text):
            return line.index
    return len(doc.lines)


def check(doc: Document, options: dict):
    max_blank = int(options.get("max_blank_lines", 2))
    heads = doc.headings
    titled = sum(1 for h in heads if h.level > 0)
    if titled >= 4:
        words = sum(len(line.text.split()) for line in doc.lines if line.index not in doc.heading_lines)
        if words < 20 * titled:
            return  # a few words per title-like line: a list or a timeline, not sections
    empty: set[int] = set()
    copied = None  # (asked only of a heading right over another)
    prose = _first_prose_line(doc)
    # a title-like line that ends the document heads no section: it is the last one's body (the
    # one link under "External links")
    final_line = max((line.index for line in doc.lines if not line.is_blank), default=-1)
    # walk backwards so that a heading whose subsections are all empty is seen as empty too
    for i in range(len(heads) - 1, -1, -1):
        head = heads[i]
        if head.level == 0 or head.line < prose:
            continue  # the title, or the page's masthead before any running text
        heading_text = doc.lines[head.line].text.strip()
        if _BYLINE.search(heading_text) or TOC_TITLE.fullmatch(heading_text):
            continue  # a list of articles with their authors; the title of a table of contents
        body = False
        blanks = 0
        j = head.line + 1
        nxt = None
        while j < len(doc.lines):
            if j in doc.heading_lines and j != final_line:
                nxt = doc.heading_lines[j]
                if nxt.level <= head.level:
                    break
                if j in empty:  # an empty subsection: keep looking below it
                    j += 1
                    continue
                body = True
                break
            line = doc.lines[j]
            if line.is_blank:
                blanks += 1
            elif not _is_residue(line.text):
                body = True
                break
            j += 1
        if body:
            continue
        if nxt is not None and not doc.heading_levels_known and nxt.line not in empty \
                and heading_text.lower() not in END_SECTIONS \
                and doc.lines[nxt.line].text.strip().lower() not in END_SECTIONS:
            # right over a section that has a body: maybe its parent (a page's h2 over its h3,
            # flattened). A parent's title is short ("History", "Early life and career"), so only
            # a longer one, on a page that shows it is a copy, is taken for an emptied section.
            if len(heading_text.split()) <= _PARENT_WORDS:
                continue
            if copied is None:
                copied = shows_wiki_copy(doc)
            if not copied:
                continue
        if nxt is not None and _restated(heading_text, doc.lines[nxt.line].text.strip()):
            continue  # a title and its fuller form ("Map of Macon County", "..., Georgia"): one title
        if j >= len(doc.lines):
            # the end of the document: only when the file really ends there (not an excerpt cut)
            last_text = max((k for k in range(head.line, len(doc.lines)) if not doc.lines[k].is_blank))
            if last_text == head.line and not doc.text.endswith("\n"):
                continue
            # and only an encyclopedia's closing section ("References", "External links"): a web
            # page ends on "Leave a comment" or "Share this" with nothing under them by design
            if last_text == head.line and heading_text.lower() not in END_SECTIONS:
                continue
        elif blanks > max_blank and j == head.line + blanks + 1:
            continue  # a long gap stands for a dropped picture or table: content
        empty.add(head.line)
    for line_index in sorted(empty):
        line = doc.lines[line_index]
        yield Detection(*text_span(line), f"section “{line.text.strip()}” has no body",
                        line_removal(doc, line, UNSAFE))
