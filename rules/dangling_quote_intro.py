"""WL201 dangling-quote-intro: words that introduce a quotation whose quotation was dropped.

## What it does
Finds a clause that announces a quotation ("Albright wrote:", "he said:", "his impression of the
delegation:") where the quotation itself is missing: the colon is followed by nothing, by a
heading, or by narrative that goes on with the story (a new sentence opening with a time phrase
such as "After the ..." or "Following ...", or naming a year). Mirror sites drop quotation
templates ("quote", "blockquote") and leave the announcement behind. The finding covers the
introducing words through the colon.

## Why it matters
The reader is promised someone's words and gets the next paragraph instead; the sentence that
remains says something the source never said.

## Example
```
Wilson outlined his positive impression of the Azerbaijani delegation: Following the Red Army
invasion in April 1920, the Azerbaijan SSR was proclaimed.
```
Use instead: restore the quotation from the original, or end the sentence:
```
Wilson outlined his positive impression of the Azerbaijani delegation. Following the Red Army ...
```

## Not flagged
A colon followed by a quotation (quotation marks, an indented or block quotation), a list, a
definition or label ("Meaning:", "Q:"), a time ("10:30") or a ratio ("3:1"); a colon after words
that announce no speech; direct speech kept after the colon ("delegation: Do you know ...?").

## Fix (unsafe)
Nothing can bring the quotation back. When the next words begin a new sentence, the colon becomes
a full stop; otherwise the text is left as it is.
"""
from __future__ import annotations

import re

from wikilint.document import Document, is_bullet_line
from wikilint.model import UNSAFE, Detection, Edit, Fix

from ._text import NON_SPACE, lazy_re

CODE = "WL201"
NAME = "dangling-quote-intro"
SUMMARY = "Words that introduce a quotation whose quotation was dropped"
SEVERITY = "error"
OPTIONS = {}

# verbs and nouns that announce someone's words
_SPEECH = lazy_re(
    r"\b(?:said|says|say|wrote|writes|write|written|stated|states|declared|declares|noted|notes|"
    r"added|adds|remarked|commented|told|tells|asked|replied|answered|announced|explained|"
    r"concluded|testified|argued|insisted|warned|proclaimed|observed|recalled|stressed|"
    r"emphasi[sz]ed|quoted|outlined|reads|read as follows|put it|impression|statement|"
    r"remarks|speech|words|letter|testimony|message)\b", re.I)
_COLON = lazy_re(r":(?<![\d\s]:)(?=[ \t]|$)")  # (the literal before its look-behind: 50x faster)
_QUOTE_OPEN = tuple("\"“‘'«„>")
_NARRATIVE_OPENERS = ("After", "Following", "Upon", "In", "On", "During", "Before", "Since",
                      "Later", "Subsequently", "Meanwhile", "By", "When", "Shortly")
_DIRECT = lazy_re(r"\b(?:I|I'm|I've|we|We|you|You|my|My|our|Our|us|me)\b|[?!]")
_YEAR = lazy_re(r"\b(?:1[5-9]|20)\d\d\b")
_SENTENCE_BREAK = lazy_re(r"[.!?][\"”’)]*\s+(?=[A-Z“\"])")


def _clause_start(text: str, colon: int) -> int:
    """Where the sentence holding the colon starts, within its line (and at most 300 characters
    before it, so a line of many colons is not read again for each)."""
    start = max(0, colon - 300)
    for m in _SENTENCE_BREAK.finditer(text, start, colon):
        start = m.end()
    return start


def _narrative(after: str) -> bool:
    """Does the text after the colon read as the story going on, not as a quotation?"""
    after = after.strip()
    if not after or after.startswith(_QUOTE_OPEN) or not after[0].isupper():
        return False
    first_sentence = re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0]
    if _DIRECT.search(first_sentence):
        return False
    first_word = after.split()[0].strip(",")
    return first_word in _NARRATIVE_OPENERS or bool(_YEAR.search(first_sentence[:80]))


def _next_content(doc: Document, index: int) -> tuple[str, bool, int | None]:
    """(text that follows the line, whether a blank line comes first, that line's index)."""
    blank = False
    for j in range(index + 1, len(doc.lines)):
        line = doc.lines[j]
        if line.is_blank:
            blank = True
            continue
        return line.text, blank, j
    return "", blank, None


def _in_quotation(doc: Document, offset: int) -> bool:
    """Is the offset inside a quotation the input format marked (an HTML blockquote or q)?"""
    return any(a <= offset < b for a, b in doc.quotes)


def check(doc: Document, options: dict):
    for line in doc.lines:
        text = line.text
        if ":" not in text:
            continue
        for m in _COLON.finditer(text):
            head = _clause_start(text, m.start())
            intro = text[head:m.start()]
            if not _SPEECH.search(intro):
                continue
            if len(intro.split()) < 2 and not (intro.strip().islower() and line.index > 0):
                continue  # a label ("Notes:"); a lone verb continues a sentence broken at a link
            words_after = NON_SPACE.search(text, m.end())
            if words_after:
                # the words after the colon on the same line (the first few hundred characters
                # tell: a line may hold many colons); a link break may cut them short, so the
                # next fragment of the paragraph counts too
                following = text[words_after.start():words_after.start() + 400]
                nxt = doc.next_line(line.index)
                if nxt is not None and doc.same_block(line.index, nxt.index):
                    following += " " + nxt.text
                dangling = _narrative(following)
            else:
                nxt_text, blank, j = _next_content(doc, line.index)
                if j is None:
                    dangling = True
                elif j in doc.heading_lines:
                    dangling = True
                elif nxt_text[:1] in (" ", "\t") or nxt_text.lstrip().startswith(_QUOTE_OPEN) \
                        or is_bullet_line(nxt_text) or _in_quotation(doc, doc.lines[j].start):
                    dangling = False
                else:
                    dangling = _narrative(nxt_text)
            if not dangling:
                continue
            word_start = line.start + head + (len(intro) - len(intro.lstrip()))
            colon = line.start + m.start()
            rest = doc.text[colon + 1:colon + 40].lstrip()
            fix = None
            if rest[:1].isupper():
                fix = Fix((Edit(colon, colon + 1, "."),), UNSAFE)
            yield Detection(word_start, colon + 1,
                            "the quotation this introduces was dropped", fix)
