"""WL403 citation-marker: reference markers left in the prose.

## What it does
Finds footnote markers that lost their footnotes: "[1]", "[2][3]", "[b][c]", "[citation
needed]", "[note 4]", and the maintenance tags printed the same way ("June 2012[update]", "[dead
link]", "[when?]"). A run of adjacent markers is one finding.

## Why it matters
Without the reference list the numbers point nowhere, and they break words and sentences for
every reader and tool downstream.

## Example
```
Azerbaijan is the largest country in the Caucasus region.[5] Known for its oil, ...
```
Use instead:
```
Azerbaijan is the largest country in the Caucasus region. Known for its oil, ...
```

## Not flagged
Editorial brackets ("[sic]", "[if known]", "[the President]"), phonetic transcriptions, a footnote
list at the end of a document (lines that open with "[1]", "[2]", ... in order, or lines under a
References or Notes heading), the markers in the prose that such a list explains, and a paper's own
citations set apart by a space ("data [3], [7]") when it also groups them ("[13, 14]", "[3–5]"), as
wiki markers never are, and a program's indexing ("arr[1]", "m[2][3]") in a text that also indexes
from zero, from the end or by a name ("arr[0]", "arr[-1]", "a[j]"), and a passage of numbered
verses ("[1] In the beginning ... earth. [2] And the earth ...").

## Fix (safe)
Removes the markers (and the space before them, when they stood apart).
"""
from __future__ import annotations

import re

from wikilint.document import Document
from wikilint.model import Detection

from ._text import NON_SPACE, NOTE_SECTIONS, lazy_re, span_removal, word_char

CODE = "WL403"
NAME = "citation-marker"
SUMMARY = "Reference markers left in prose"
SEVERITY = "warning"
OPTIONS = {}

_MARK = (r"\[(?:\d{1,3}|[a-z]|(?:[Nn]ote|nb|NB|[Nn]|lower-alpha|upper-alpha) ?\d{1,3}|citation needed|"
         r"clarification needed|dubious(?: [–-] discuss)?|who\?|when\?|where\?|which\?|by whom\?|"
         r"according to whom\?|better source needed|page needed|verification needed|"
         r"failed verification|not in citation given|vague|original research\?|update|"
         r"needs update|dead link|permanent dead link|full citation needed|unreliable source\?|"
         r"self-published source\?|year needed|attribution needed|additional citation needed|"
         r"non-primary source needed|examples needed|how\?|why\?|whom\?)\]")
_RUN = lazy_re(rf"(?:{_MARK})+")
_LEADING = lazy_re(r"^\s*\[(\d{1,3})\]")
# a paper's own numbered citations, grouped ("[13, 14]", "[3–5]") as a wiki's markers never are
# (a mirror that spaces its markers prints "[2] [3]"); such a document's spaced "[3]" cites its
# own list
_GROUPED = lazy_re(r"\[\d{1,3}(?:[ \t]?[,–-][ \t]?\d{1,3})+\]")
# a program's indexing, which no footnote looks like: "arr[0]", "a[j]", "arr[-1]", "`x[1]`"
# (by a name a program indexes with: not "[a]", "[b]", a wiki's lettered notes, nor "[edit]")
_INDEXING = lazy_re(r"\w\[(?:0|-\d{1,3}|[jkn]|i[+-]1|idx|index|key|row|col|pos|[a-z]\w*_\w*)\]|"
                    r"`[^`\n]{0,40}\[\d{1,3}\][^`\n]{0,40}`")


def _footnote_lines(doc: Document) -> set[int]:
    """Lines of a footnote list: two or more lines in a row opening with [n], [n+1], ..."""
    numbered = {}
    for line in doc.lines:
        m = _LEADING.match(line.text)
        if m:
            numbered[line.index] = int(m.group(1))
    out = set()
    for index, number in numbered.items():
        nxt = [j for j in numbered if j > index]
        following = min(nxt) if nxt else None
        if following is not None and numbered[following] == number + 1 and \
                all(not doc.lines[k].text.strip() or k == following for k in range(index + 1, following + 1)):
            out.update({index, following})
    return out


# a verse's number: after a sentence's end (or a line's start), before the verse's first word
_NUMBERED = lazy_re(r"\[\d{1,3}\]")
_VERSE = lazy_re(r"\[(?:(?<=^\[)|(?<=[.!?;:][ \t]\[)|(?<=[.!?;:]\[))(\d{1,3})\][ \t]+(?=[A-Z“\"‘])")


def _verse_line(text: str) -> bool:
    """Is a line a passage of numbered verses ("[1] In the beginning ... earth. [2] And the earth
    ... [3] And God said")? It opens with its first number, and at least two more follow in order,
    each opening a sentence. A wiki's marker never opens a paragraph."""
    if not _LEADING.match(text):
        return False
    numbers = [int(m.group(1)) for m in _VERSE.finditer(text)]
    if len(numbers) < 3:
        return False
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:])) and \
        len(numbers) == len(_NUMBERED.findall(text))


def check(doc: Document, options: dict):
    if "[" not in doc.text:
        return
    footnotes = _footnote_lines(doc)
    # numbers the document's own footnote list explains: their markers are not lost references
    explained = {_LEADING.match(doc.lines[i].text).group(1) for i in footnotes}
    cites_own = bool(_GROUPED.search(doc.text))
    indexes = bool(_INDEXING.search(doc.text))
    for line in doc.lines:
        if "[" not in line.text or line.index in footnotes or _verse_line(line.text):
            continue
        title = (doc.section_title(line.index) or "").lower()
        in_notes = title in NOTE_SECTIONS
        ticks, counted_to = 0, 0  # backticks before the marker, counted as the markers go
        for m in _RUN.finditer(line.text):
            if in_notes and not NON_SPACE.search(line.text, 0, m.start()):
                continue
            after = line.text[m.end():m.end() + 1]
            before = line.text[m.start() - 1:m.start()] if m.start() else ""
            if m.group()[1:2].isalpha() and len(m.group()) == 3 and (
                    after.isalnum() or before in ("[", "", " ", "\t")):
                continue  # a letter in brackets: a footnote only when glued to the text ("Republic,[b]")
            if m.group()[1:2].isupper() and before in ("[", "", " ", "\t"):
                continue  # "see [Note 3]": a cross-reference; "long.[Note 3]" is a marker
            ticks += line.text.count("`", counted_to, m.start())
            counted_to = m.start()
            if indexes and (word_char(before) or ticks % 2):
                continue  # "arr[1]", "m[2][3]" in a text about code, or inside `argv[1]`
            if cites_own and before in (" ", "\t") and m.group()[1:2].isdigit():
                continue  # "activity data [3], [7]" in a paper that groups its citations
            if explained and set(re.findall(r"\[(\d+)\]", m.group())) <= explained and \
                    re.fullmatch(r"(?:\[\d+\])+", m.group()):
                continue
            a, b = line.start + m.start(), line.start + m.end()
            count = m.group().count("[")
            what = "reference marker" if count == 1 else f"{count} reference markers"
            yield Detection(a, b, f"{what} “{m.group()}” left in the text", span_removal(doc, a, b))
