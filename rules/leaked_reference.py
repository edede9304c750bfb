"""WL404 leaked-reference: a citation's text or a bare URL spilled into the prose.

## What it does
Finds the text of a reference that a mirror printed inline instead of as a footnote: an
author-title-publisher-date citation glued to the end of a sentence ("...nation.Melia, Thomas O.
“U.S.-Azerbaijan Relations: ...” U.S. Department of State, 11 June 2014. https://..."), a bracketed
citation in the middle of a paragraph ('[James P. Nichol. "Diplomacy in the Former Soviet
Republics", Praeger/Greenwood, 1995, ISBN 0275951928, p. 150]'), a bare URL inside a sentence right
after such a citation, a citation broken over three lines at its linked title (the author after a
sentence's end, the title alone on a line, then ", in ..., ed., ... (2009)."), and the text of a
wiki's citation template glued to a sentence, or set apart from it by a space ('...in
Vermont."Otter Creek". Rivers Survey. Retrieved 3 May 2011.', "...in 1790.Lund, Anna (2001). Mills
of Vermont. p. 12. ISBN ...") or its tail left as a sentence ("Archived from the original on 3
March 2016."), and a link's address printed after its footnote number in the prose, as old text
exports of wiki pages print external links ("hardships [1] (http://en.wikipedia.org/wiki/...)").

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
Reference lists (a References section, numbered entries, a bibliography's entries in one
paragraph), quoted titles in running prose with no publisher or date, and URLs a text gives on
purpose ("visit www.example.org").

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

# a name after its first letter: "ones, Jane" of "Jones, Jane", "mith, J. R." of "Smith, J. R."
_NAME_REST = r"[\w'’-]+, [A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?){0,2}"
# Surname, Given. “Title.” Publisher, date[, more]. URL.
_MLA = lazy_re(
    # (the name's capital first, then what stands before it: a pattern that opens with a choice of
    # look-behinds is tried at every character)
    rf"[A-Z](?:(?<=[.!?\s][A-Z])|(?<=[.!?][”\"][A-Z])){_NAME_REST} [“\"][^“”\"\n]{{5,300}}[”\"]"
    r"[^“”\"\n]{0,200}?\b(?:1[6-9]|20)\d\d\b[^\n]{0,120}?(?:(?<=\.)(?=\s|$)|(?=\shttps?://))"
    r"(?:\s+https?://\S+)?")
# [“Title”, publisher, year, pages] or [Author. “Title”, ..., ISBN ...]
_BRACKETED = lazy_re(r"\[(?=[^\]\n]{0,80}[“\"])[^\[\]\n]{20,400}?(?:\]|$)", re.M)
_EVIDENCE = lazy_re(r"\b(?:1[6-9]|20)\d\d\b|\bISBN\b|\bpp?\. ?\d|\bNo\. ?[\dIVX]")
# A citation broken at its linked title (mirrors put each link on a line of its own):
#   ...to deal with it as a whole".Jane Roe,
#   A Study of Lists
#   , in Jane Roe, ed., ''Lists and Their Uses'' (2009).
# the author, right after a sentence's end, ends its line with a comma ("Roe, ed.,")
_AUTHOR = lazy_re(r"[.!?][\"”’]?[ \t]?([A-Z][^\s,.]*\.?(?:[ \t][A-Z][^\s,]*){0,3}),"
                  r"(?:[ \t]eds?\.,)?[ \t]*$")
# the rest of the citation: opens with a comma or a closing quote, holds a year, ends the line
_CITATION_TAIL = lazy_re(r"[ \t]*[,'’”\"][^\n]{0,250}?\b(?:1[5-9]|20)\d\d\b[^\n]{0,60}\.[ \t]*$")


# A citation glued to the end of a sentence, as a wiki's citation templates print it: a quoted
# title or "Surname, Given", then what only citations end with (a retrieval date, an ISBN,
# pages), then any more of those ("... p. 12. ISBN 978-...", "... Archived ... Retrieved ...").
_DATE = r"(?:\d{1,2} [A-Z][a-z]{2,8} \d{4}|[A-Z][a-z]{2,8} \d{1,2}, \d{4}|\d{4}-\d\d-\d\d)"
_CITE_END = (rf"(?:Retrieved (?:on )?{_DATE}|Archived from the original on {_DATE}|"
             r"ISBN[ :]?[\d-]{9,17}[\dXx]|pp?\. ?\d{1,4}(?:[–-]\d{1,4})?)\.")
_GLUED_CITATION = lazy_re(
    r"[.!?] ?(?=[\"“][A-Z0-9]|[A-Z][\w'’-]+, [A-Z])"
    rf"([^\n]{{4,400}}?{_CITE_END}(?: {_CITE_END})*)")
# the end of a citation standing as a sentence of its own: "Archived from the original on ..."
_CITATION_TAIL_ONLY = lazy_re(rf"(?<=[.!?] )(?:Archived from the original on {_DATE}\.)"
                              rf"(?: Retrieved (?:on )?{_DATE}\.)?")
# (a citation set apart by a space counts only after a sentence of prose: not after another
# citation's end, nor in a line that opens with one)
_ENDS_CITATION = lazy_re(rf"{_CITE_END}\Z")
_OPENS_CITATION = lazy_re(r"[ \t]*(?:[\"“][^\"”\n]{1,200}[\"”]\."
                          r"|[A-Z][\w'’-]+, [A-Z][\w.'’ -]{0,40}\((?:1[6-9]|20)\d\d\))")
_YEAR = lazy_re(r"\b(?:1[6-9]|20)\d\d\b")
_YEAR_IN_PARENS = lazy_re(r"\((?:1[6-9]|20)\d\d\)")
# an external link printed as a numbered footnote with its address after it, as old text exports
# of wiki pages print them: "hardships [1] (http://en.wikipedia.org/wiki/...)"
_MARKER_AFTER_WORD = lazy_re(r"\w[.,;:]? ?\[\d{1,3}\]\Z")  # (\Z: at the search window's end)
_NUMBERED_URL = lazy_re(r"(?<=\]) \(https?://[^\s()]{1,300}(?:\([^\s()]{0,80}\)[^\s()]{0,80})?\)")


def _glued_citations(body: str):
    """(start, end) in the line of each citation glued to a sentence or left as its tail."""
    # each citation holds one of these: a retrieval date, an ISBN, "(2001)" after the author
    if not ("Retrieved" in body or "ISBN" in body or "Archived" in body or "(1" in body
            or "(2" in body):
        return
    for m in _GLUED_CITATION.finditer(body):
        cited = m.group(1)
        if body[m.start() + 1:m.start() + 2] == " " and (
                _ENDS_CITATION.search(body, max(0, m.start() - 60), m.start() + 1) or
                _OPENS_CITATION.match(body)):
            continue  # set apart by a space after another citation: a bibliography's entries
        # a retrieval date or an ISBN, or a year in parentheses after the author ("Lund, A. (2001)")
        if "ISBN" in cited or ("Retrieved" in cited and _YEAR.search(cited)) or \
                _YEAR_IN_PARENS.search(cited, 0, 80):
            yield m.start(1), m.end(1)


def _citation_tails(body: str):
    """(start, end) in the line of each citation's tail left as a sentence of its own."""
    if "Archived from the original" in body:
        for m in _CITATION_TAIL_ONLY.finditer(body):
            yield m.start(), m.end()


def _apart(taken: list[tuple[int, int]], spans) -> list[tuple[int, int]]:
    """The spans (in the order of the text) that overlap none of `taken` (sorted, apart from each
    other), read in one sweep: a long line holds thousands of both."""
    kept, i = [], 0
    for start, end in spans:
        while i < len(taken) and taken[i][1] <= start:
            i += 1
        if i < len(taken) and taken[i][0] < end:
            continue  # it overlaps a citation already reported
        kept.append((start, end))
    return kept


def _broken_citation(doc: Document, index: int) -> tuple[int, int] | None:
    """(start, end) of a citation broken at its linked title that starts on line `index`."""
    lines = doc.lines
    if index + 2 >= len(lines):
        return None
    body, title, tail = lines[index].text, lines[index + 1].text.strip(), lines[index + 2].text
    if not (3 <= len(title) <= 200) or title.endswith((".", ",", ";", ":")) or \
            not (title[0].isupper() or title[0].isdigit() or title[0] in "\"“'"):
        return None
    m = _AUTHOR.search(body, max(0, len(body) - 90))
    if not m or not _CITATION_TAIL.fullmatch(tail):
        return None
    return lines[index].start + m.start(1), lines[index + 2].end


def check(doc: Document, options: dict):
    taken_until = -1  # the last line of a broken citation already reported
    for line in doc.lines:
        if line.index <= taken_until:
            continue
        body = line.text
        ends_with_comma = body.rstrip().endswith(",")  # where a broken citation's author ends
        if not ends_with_comma and len(body) < 40:
            continue
        title = (doc.section_title(line.index) or "").lower()
        if title in NOTE_SECTIONS:
            continue
        base = line.start
        if ends_with_comma:
            span = _broken_citation(doc, line.index)
            if span:
                taken_until = line.index + 2
                yield Detection(*span, "citation text spilled into the prose",
                                span_removal(doc, *span, UNSAFE))
                continue
        found = []  # (start, end) in the line of the citations found so far
        if "“" in body or '"' in body:
            for m in _MLA.finditer(body):
                if not NON_SPACE.search(body, 0, m.start()):
                    continue  # a line that is only a citation: a reference list entry
                found.append(m.span())
                a, b = base + m.start(), base + m.end()
                yield Detection(a, b, "citation text spilled into the prose",
                                span_removal(doc, a, b, UNSAFE))
        found.sort()  # (spans that do not overlap: their ends are in order too)
        glued = _apart(found, _glued_citations(body))
        tails = _apart(sorted(found + glued), _citation_tails(body))
        for start, end in glued + tails:
            a, b = base + start, base + end
            yield Detection(a, b, "citation text spilled into the prose",
                            span_removal(doc, a, b, UNSAFE))
        if "] (http" in body:
            for m in _NUMBERED_URL.finditer(body):
                # (after a word: a line that is only "[1] (http://...)" lists the links)
                if _MARKER_AFTER_WORD.search(body, max(0, m.start() - 9), m.start()):
                    a, b = base + m.start(), base + m.end()
                    yield Detection(a, b, "a link's address spilled into the prose",
                                    span_removal(doc, a, b, UNSAFE))
        if "[" in body:
            for m in _BRACKETED.finditer(body):
                inner = m.group()
                if _EVIDENCE.search(inner) and m.start() > 0:
                    a, b = base + m.start(), base + m.end()
                    yield Detection(a, b, "bracketed citation spilled into the prose",
                                    span_removal(doc, a, b, UNSAFE))
