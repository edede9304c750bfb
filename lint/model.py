"""The values that flow through wikilint: spans, edits, fixes and findings.

Rules work in absolute character offsets of the document text; line and column are worked out
once, when a detection becomes a Finding, so every reporter gets the same positions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

SEVERITIES = ("error", "warning", "info")
SAFE = "safe"
UNSAFE = "unsafe"


@dataclass(frozen=True, order=True)
class Span:
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


@dataclass(frozen=True)
class Finding:
    """A detection placed in a file, with the rule that made it."""

    path: str
    code: str
    rule: str
    message: str
    severity: str
    span: Span
    start: int
    end: int
    fix: Fix | None = field(default=None, compare=False)
    # where each edit of the fix falls, as spans (the same order as fix.edits)
    edit_spans: tuple[Span, ...] = field(default=(), compare=False)
    record: str | None = None  # the record of a JSONL corpus the finding is in

    def sort_key(self) -> tuple:
        return (self.path, self.start, self.end, self.code)
