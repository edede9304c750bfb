"""Small text helpers shared by the built-in rules (words, vocabularies, whole-line edits)."""
from __future__ import annotations

import bisect
import functools
import re

from wikilint.document import Document, Line
from wikilint.model import SAFE, Edit, Fix
from wikilint.patterns import lazy_re  # the rules take it from here too

WORD = lazy_re(r"\S+")
NON_SPACE = lazy_re(r"\S")  # search(text, a, b): is there anything but white space in a..b?

# Headings of a page's reference apparatus: text under them is meant to be citations.
NOTE_SECTIONS = frozenset(("references", "notes", "footnotes", "sources", "citations", "bibliography",
                           "works cited", "external links", "further reading", "individual evidence"))

# The sections an encyclopedia article ends with: lists a mirror drops and leaves the heading of.
END_SECTIONS = NOTE_SECTIONS | {"see also", "gallery", "notes and references", "references and notes",
                                "literature", "further information"}

# The title of a table of contents: "Contents", "Table of contents", "Contents [hide]"
TOC_TITLE = lazy_re(r"(?:Contents|Table of contents)(?:[ \t]*\[(?:hide|show)\])?", re.I)

# Capitalised words that start a sentence rather than continue a title.
SENTENCE_STARTERS = frozenset("""
The A An On In At During After Before Since As It He She They We This These Its His Her Their
Following According When While Although From By For Upon Under Between Among Despite
""".split())


_NON_WORD = lazy_re(r"[\W_]+")


def word_char(c: str) -> bool:
    """A character of a word as a pattern's \\w counts it: a letter, a digit or "_"."""
    return c.isalnum() or c == "_"


@functools.lru_cache(maxsize=1 << 16)  # pages repeat their words; a cache hit is 20x cheaper
def norm(word: str) -> str:
    """A word compared loosely: lower case, letters and digits only, a plural 's' dropped."""
    w = word.lower()
    if not w.isalnum():
        w = _NON_WORD.sub("", w)
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


def words_with_offsets(text: str, base: int = 0, limit: int = 0) -> list[tuple[str, int, int]]:
    """The words of a text with their offsets (the first `limit` of them, when given)."""
    out = []
    for m in WORD.finditer(text):
        out.append((m.group(), base + m.start(), base + m.end()))
        if len(out) == limit:
            break
    return out


def text_span(line: Line) -> tuple[int, int]:
    """(start, end) of a line's words, without the spaces around them: what a whole-line finding
    covers."""
    return line.start + len(line.text) - len(line.text.lstrip()), line.start + len(line.text.rstrip())


def line_removal(doc: Document, line: Line, applicability: str = SAFE) -> Fix:
    """Remove a whole line with its line break."""
    end = min(len(doc.text), line.end + 1)
    start = line.start
    if end == line.end and start > 0:  # the last line: take the break before it instead
        start -= 1
    return Fix((Edit(start, end, ""),), applicability)


def span_removal(doc: Document, start: int, end: int, applicability: str = SAFE) -> Fix:
    """Remove text[start:end] and one space beside it, so that no double space is left.
    A line left empty by the removal goes with its line break."""
    text = doc.text
    line = doc.lines[doc.line_index(start)]
    if not NON_SPACE.search(text, line.start, start) and not NON_SPACE.search(text, end, line.end):
        return line_removal(doc, line, applicability)
    if end < len(text) and text[end] == " " and (start == line.start or text[start - 1] in " ([“\""):
        end += 1
    elif start > line.start and text[start - 1] == " " and (end >= line.end or text[end] in " ,.;:)]!?”\"'’"):
        start -= 1
    return Fix((Edit(start, end, ""),), applicability)


class SpanSet:
    """Spans already reported, to tell whether a new span lies inside one of them.

    Spans come in passes, each in the order of the text. A pass's spans are appended to a run of
    their own, and the run is merged into the rest when the next pass starts: inserting each span
    in its place would take time quadratic in their number."""

    def __init__(self):
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._run_starts: list[int] = []
        self._run_ends: list[int] = []
        self._longest = 0

    def add(self, start: int, end: int) -> None:
        if self._run_starts and start < self._run_starts[-1]:
            self._merge()
        self._run_starts.append(start)
        self._run_ends.append(end)
        self._longest = max(self._longest, end - start)

    def _merge(self) -> None:
        pairs = sorted(zip(self._starts + self._run_starts, self._ends + self._run_ends))
        self._starts = [a for a, _ in pairs]
        self._ends = [b for _, b in pairs]
        self._run_starts, self._run_ends = [], []

    def holds(self, start: int, end: int) -> bool:
        return self._holds(self._starts, self._ends, start, end) or \
            self._holds(self._run_starts, self._run_ends, start, end)

    def _holds(self, starts: list[int], ends: list[int], start: int, end: int) -> bool:
        # only spans that start at most `longest` before `start` can reach over it
        i = bisect.bisect_right(starts, start) - 1
        floor = start - self._longest
        while i >= 0 and starts[i] >= floor:
            if ends[i] >= end:
                return True
            i -= 1
        return False


# a wiki's footnote markers and edit links, the word "wiki", the mirror's name: signs that a page
# is a copy
_COPY_SIGNS = lazy_re(r"[Ww]iki|[\w.,;:)”\"]\[\d{1,3}\]|\[edit\]|TheInfoList")


def has_wiki_signs(text: str) -> bool:
    """Does the text hold one of the signs above?"""
    return bool(_COPY_SIGNS.search(text))


def shows_wiki_copy(doc: Document) -> bool:
    """Does the page show it is a wiki's copy: the signs above, or hover-card summaries (long
    lines cut off with "...")? Rules ask it before taking a shape that clean pages share."""
    if has_wiki_signs(doc.text):
        return True
    cut = sum(1 for line in doc.lines if len(line.text) > 150 and line.text.rstrip().endswith("..."))
    return cut >= 2
