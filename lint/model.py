"""The values that flow through wikilint: spans, edits, fixes and findings.

Rules work in absolute character offsets of the document text; line and column are worked out
once, when a detection becomes a Finding, so every reporter gets the same positions.
"""
from __future__ import annotations

from typing import NamedTuple

SEVERITIES = ("error", "warning", "info")
SAFE = "safe"
UNSAFE = "unsafe"


# Tuples, not dataclasses: a frozen dataclass costs a cold start about a millisecond or two to
# build, and each instance several attribute writes; a finding is made for every artifact.
# A tuple that compares only some of its fields defines __eq__ and __hash__, takes these two for
# the rest (a tuple's own != and < would compare every field), and so has no order of its own.


def ne_by_eq(self, other):
    equal = self.__eq__(other)
    return equal if equal is NotImplemented else not equal


def no_order(self, other):
    return NotImplemented


class Span(NamedTuple):
    """A range of text: 1-based line and column, the end exclusive; columns count characters."""

    line: int
    column: int
    end_line: int
    end_column: int


class Edit(NamedTuple):
    """Replace text[start:end] (absolute offsets in the document text) by `replacement`."""

    start: int
    end: int
    replacement: str = ""


class Fix(NamedTuple):
    """A finding's repair: edits applied together, and whether they are safe to apply unasked."""

    edits: tuple[Edit, ...]
    applicability: str = SAFE

    @property
    def start(self) -> int:
        return min(e.start for e in self.edits)

    @property
    def end(self) -> int:
        return max(e.end for e in self.edits)


class Detection(NamedTuple):
    """What a rule reports: offsets into the document text, a message and an optional fix."""

    start: int
    end: int
    message: str
    fix: Fix | None = None


class Finding(NamedTuple):
    """A detection placed in a file, with the rule that made it. Two findings are equal when they
    report the same thing at the same place: the fix and where its edits fall are not compared."""

    path: str
    code: str
    rule: str
    message: str
    severity: str
    span: Span
    start: int
    end: int
    fix: Fix | None = None
    # where each edit of the fix falls, as spans (the same order as fix.edits)
    edit_spans: tuple[Span, ...] = ()
    record: str | None = None  # the record of a JSONL corpus the finding is in

    def sort_key(self) -> tuple:
        return (self.path, self.start, self.end, self.code)

    def _compared(self) -> tuple:
        return (*self[:8], self.record)

    def __eq__(self, other):
        if not isinstance(other, Finding):
            return NotImplemented
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())

    __ne__ = ne_by_eq
    __lt__ = __le__ = __gt__ = __ge__ = no_order  # sort by sort_key
