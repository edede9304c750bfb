"""The Document: a text and its structure, with exact character offsets.

Plain text has no markup, so structure is read from layout: blank lines separate blocks, a short
line standing alone between blank lines is a heading, and a paragraph broken over several lines
(mirror pages break a sentence at every link) keeps each piece as a fragment line.
"""
from __future__ import annotations

import bisect
from functools import cached_property
from typing import NamedTuple

from .model import Span
from .patterns import lazy_re

_SENTENCE_END = tuple(".!?:;,…\"”’)]")
_BULLET = lazy_re(r"[ \t]*(?:[*•·\-–]|\d{1,3}[.)])(?:[ \t]|$)")


class Line(NamedTuple):
    """One line: its 0-based index, the offsets of its first character and of its end (before the
    line break), and its text."""

    index: int
    start: int
    end: int
    text: str

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


class Block(NamedTuple):
    """Consecutive non-blank lines (a paragraph, a list, a heading): line indexes first..last."""

    first: int
    last: int
    blank_before: int  # blank lines between this block and the previous one (or the start)
    blank_after: int


class Heading(NamedTuple):
    line: int  # 0-based line index
    level: int
    text: str


class Section(NamedTuple):
    """A heading and the lines after it up to the next heading of the same or a higher level."""

    heading: Heading
    body_first: int  # first line index after the heading
    end: int  # line index where the section stops (exclusive)


def ends_sentence(text: str) -> bool:
    """True when a line's last character closes a sentence, clause or quotation."""
    text = text.rstrip()
    return bool(text) and text.endswith(_SENTENCE_END)


def is_bullet_line(text: str) -> bool:
    return bool(_BULLET.match(text))


def looks_like_heading(text: str) -> bool:
    """A short title-like line: no sentence punctuation at its end, not a list item or number."""
    stripped = text.strip()
    if not stripped or len(stripped) > 80 or len(stripped.split()) > 10:
        return False
    if ends_sentence(stripped) or is_bullet_line(stripped):
        return False
    first, last = stripped[0], stripped.split()[-1]
    if not (first.isalpha() and first.isupper()):
        return False
    # "History 1", "JL 102", "24 February 1853": numbers mark table-of-contents or catalogue lines
    # "Related Terms: Feudalism, Homage" is a label and its value, not a title
    return not last[-1].isdigit() and "{{" not in stripped and "|" not in stripped \
        and ": " not in stripped


class Document:
    """A text to lint. `text` has `\\n` line ends; `newline` and `bom` remember the file's own."""

    # where the text came from, for writing fixes back: the real path ('-' for stdin), the bytes
    # as read and their encoding
    source_path = "-"
    raw = b""
    encoding = "utf-8"
    # set by the input formats (wikilint.sources): a JSONL record's id and line, whether fixes can
    # be written back, the text suppression comments are read from, quotation ranges
    record: str | None = None
    record_line = 0
    fixable = True
    source_text: str | None = None
    quotes: list = []
    _source_map = None
    # whether headings carry their levels (from markup) or were read from layout, all at level 1
    heading_levels_known = False

    def __init__(self, text: str, path: str = "-", newline: str = "\n", bom: bool = False):
        self.path = path
        self.text = text
        self.newline = newline
        self.bom = bom
        self.lines: list[Line] = []
        start = 0
        for index, raw in enumerate(text.split("\n")):
            self.lines.append(Line(index, start, start + len(raw), raw))
            start += len(raw) + 1
        self._line_starts = [line.start for line in self.lines]

    @classmethod
    def from_source(cls, source: str, path: str = "-") -> "Document":
        """Build a Document from text as read (any of \\r\\n, \\r, \\n; an optional BOM)."""
        bom = source.startswith("\ufeff")
        if bom:
            source = source[1:]
        newline = "\r\n" if "\r\n" in source else ("\r" if "\r" in source else "\n")
        text = source.replace("\r\n", "\n").replace("\r", "\n")
        return cls(text, path, newline, bom)

    def to_source(self, text: str | None = None) -> str:
        """The text written back with the file's own line ends and BOM."""
        text = self.text if text is None else text
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        return ("\ufeff" + text) if self.bom else text

    # -- positions -------------------------------------------------------------------------
    def line_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._line_starts, offset) - 1)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset, in the file the text came from; columns count
        characters."""
        if self._source_map is not None:
            return self._source_map.position(offset)
        index = self.line_index(offset)
        return index + 1, offset - self.lines[index].start + 1

    def span(self, start: int, end: int) -> Span:
        """The Span from offset `start` to offset `end` (what `position` gives for each, in one
        call: every finding and every edit of a fix is placed this way)."""
        if self._source_map is not None:
            return Span(*self._source_map.position(start), *self._source_map.position(end))
        starts = self._line_starts
        first = bisect.bisect_right(starts, start) - 1
        if first < 0:
            first = 0
        last = bisect.bisect_right(starts, end) - 1 if end != start else first
        if last < 0:
            last = 0
        return Span(first + 1, start - starts[first] + 1, last + 1, end - starts[last] + 1)

    def set_source_map(self, source: str, pieces) -> None:
        from .sources import SourceMap

        self._source_map = SourceMap(source, pieces)
        self.source_text = source

    def set_headings(self, headings: list) -> None:
        """Headings known from markup (Markdown, HTML) instead of read from layout; the first
        heading of level 1 on the document's first line is its title (level 0)."""
        found = sorted(headings)
        if found and found[0].line == next((l.index for l in self.lines if not l.is_blank), -1):
            found[0] = Heading(found[0].line, 0, found[0].text)
        for name in ("headings", "heading_lines", "sections", "_section_titles"):
            self.__dict__.pop(name, None)
        self.__dict__["headings"] = found
        self.heading_levels_known = True

    # -- structure -------------------------------------------------------------------------
    @cached_property
    def blocks(self) -> list[Block]:
        blocks, first, blanks = [], None, 0
        pending_before = 0
        for line in self.lines:
            if line.is_blank:
                if first is not None:
                    blocks.append([first, line.index - 1, pending_before])
                    first = None
                    blanks = 0
                blanks += 1
            elif first is None:
                first, pending_before = line.index, blanks
        if first is not None:
            blocks.append([first, len(self.lines) - 1, pending_before])
        result = []
        for i, (a, b, before) in enumerate(blocks):
            after = (blocks[i + 1][0] - b - 1) if i + 1 < len(blocks) else len(self.lines) - 1 - b
            result.append(Block(a, b, before, after))
        return result

    @cached_property
    def block_of_line(self) -> list[int]:
        """For each line index, the index of its block in `blocks` (-1 for blank lines)."""
        owner = [-1] * len(self.lines)
        for n, block in enumerate(self.blocks):
            for i in range(block.first, block.last + 1):
                owner[i] = n
        return owner

    @cached_property
    def headings(self) -> list[Heading]:
        """Plain-text headings: one-line blocks that look like titles. The document's first line,
        when it stands alone, is its title (level 0); the others are level 1."""
        found = []
        for n, block in enumerate(self.blocks):
            if block.first != block.last:
                continue
            text = self.lines[block.first].text
            if not looks_like_heading(text) or text != text.lstrip():
                continue
            found.append(Heading(block.first, 0 if n == 0 else 1, text.strip()))
        return found

    @cached_property
    def heading_lines(self) -> dict[int, Heading]:
        return {h.line: h for h in self.headings}

    @cached_property
    def sections(self) -> list[Section]:
        sections = []
        heads = self.headings
        for i, head in enumerate(heads):
            end = len(self.lines)
            for nxt in heads[i + 1:]:
                if nxt.level <= head.level:
                    end = nxt.line
                    break
            sections.append(Section(head, head.line + 1, end))
        return sections

    @cached_property
    def _section_titles(self) -> list[str | None]:
        titles, title = [], None
        heads = {h.line: h for h in self.headings if h.level > 0}
        for line in self.lines:
            if line.index in heads:
                title = heads[line.index].text
            titles.append(title)
        return titles

    def section_title(self, line_index: int) -> str | None:
        """The title of the section holding a line (the nearest heading above it), if any."""
        return self._section_titles[line_index]

    @cached_property
    def list_items(self) -> list[int]:
        """Line indexes of list items (lines that start with a bullet or an item number)."""
        return [line.index for line in self.lines if is_bullet_line(line.text)]

    def fragments(self, block: Block) -> list[Line]:
        """The lines of a block: for a paragraph broken at links, each piece of the sentence."""
        return self.lines[block.first:block.last + 1]

    def prev_line(self, index: int) -> Line | None:
        return self.lines[index - 1] if index > 0 else None

    def next_line(self, index: int) -> Line | None:
        return self.lines[index + 1] if index + 1 < len(self.lines) else None

    def same_block(self, a: int, b: int) -> bool:
        owner = self.block_of_line
        return 0 <= a < len(owner) and 0 <= b < len(owner) and owner[a] == owner[b] != -1
