"""Apply findings' fixes to a text.

Fixes are applied together, sorted by position; when fixes of different findings overlap, the
outer one (the earliest start, then the longest) wins and the other is skipped, so no text is
edited twice. Fixing repeats on the result until nothing changes (at most MAX_ROUNDS).
"""
from __future__ import annotations

import bisect
from typing import NamedTuple

from .document import Document
from .engine import lint_document
from .model import SAFE, Finding, Fix
from .registry import Rule

MAX_ROUNDS = 10


def applicable(fix: Fix | None, unsafe: bool) -> bool:
    return fix is not None and (unsafe or fix.applicability == SAFE)


def apply_fixes(text: str, fixes: list[Fix]) -> tuple[str, int]:
    """The text with the non-overlapping fixes applied, and how many were applied."""
    ordered = sorted(fixes, key=lambda f: (f.start, -f.end))
    taken: list[tuple[int, int]] = []  # accepted edit ranges: disjoint, sorted by start
    accepted = []
    for fix in ordered:
        ranges = sorted((e.start, e.end) for e in fix.edits)
        if any(_overlaps(ranges[i], ranges[i + 1]) for i in range(len(ranges) - 1)):
            continue
        if any(_conflicts(taken, r) for r in ranges):
            continue
        for r in ranges:
            bisect.insort(taken, r)
        accepted.append(fix)
    edits = sorted((e for f in accepted for e in f.edits), key=lambda e: (e.start, e.end))
    out, pos = [], 0
    for e in edits:
        out.append(text[pos:e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out), len(accepted)


def _conflicts(taken: list[tuple[int, int]], r: tuple[int, int]) -> bool:
    """Does r overlap an accepted range? They are disjoint, so its neighbours decide."""
    i = bisect.bisect_left(taken, r)
    return any(_overlaps(r, taken[j]) for j in (i - 1, i) if 0 <= j < len(taken))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    # two insertions at one point, or an insertion inside a range, also conflict
    return a[0] < b[1] and b[0] < a[1] or (a[0] == b[0] and (a[0] == a[1] or b[0] == b[1]))


class FixOutcome(NamedTuple):
    text: str  # the fixed text, with `\n` line ends
    applied: int
    remaining: list[Finding]
    errors: list[str]


def fix_document(doc: Document, rules: list[Rule], options: dict | None = None,
                 unsafe: bool = False, severities: dict | None = None) -> FixOutcome:
    """Fix a document until no applicable fix is left; returns the findings that remain."""
    applied = 0
    current = doc
    result = lint_document(current, rules, options, severities)
    for _ in range(MAX_ROUNDS):
        fixes = [f.fix for f in result.findings if applicable(f.fix, unsafe)]
        if not fixes:
            break
        text, count = apply_fixes(current.text, fixes)
        if text == current.text:
            break
        applied += count
        current = Document(text, doc.path, doc.newline, doc.bom)
        result = lint_document(current, rules, options, severities)
    return FixOutcome(current.text, applied, result.findings, result.errors)
