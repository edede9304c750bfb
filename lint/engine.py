"""Run rules over a Document and turn their detections into findings.

The engine knows no artifact: it calls each selected rule, places detections in the file, lets a
containing finding silence the findings inside it, and applies inline suppressions.
"""
from __future__ import annotations

import bisect
import re

from .document import Document
from .model import Detection, Finding, Span
from .patterns import lazy_re
from .registry import Rule

_DIRECTIVE = lazy_re(
    r"<!--\s*wikilint:\s*(disable-next-line|disable-file|disable|enable)\b([^>]*?)-->", re.I)


class LintResult:
    __slots__ = ("findings", "errors")

    def __init__(self):
        self.findings: list[Finding] = []
        self.errors: list[str] = []  # internal errors of rules, one line each


def to_finding(doc: Document, rule: Rule, det: Detection, severity: str | None = None) -> Finding:
    start, end = det.start, max(det.end, det.start)
    span = doc.span
    edit_spans = ()
    if det.fix is not None:
        edit_spans = tuple([span(e.start, e.end) for e in det.fix.edits])
    return Finding(doc.path, rule.code, rule.name, det.message, severity or rule.severity,
                   span(start, end), start, end, det.fix, edit_spans, doc.record)


def _drop_contained(found: list[tuple], containers: set[str]) -> list[tuple]:
    """Drop each (rule name, start, end, ...) that lies inside one of a containing rule (another
    rule's). Done on offsets, before findings are placed in the file: most of what a gloss holds
    is dropped, and placing costs more than deciding."""
    outer = sorted((f for f in found if f[0] in containers), key=lambda f: f[1])
    if not outer:
        return found
    starts = [o[1] for o in outer]
    reach, furthest = [], -1  # reach[i]: the furthest end among outer[0..i]
    for o in outer:
        furthest = max(furthest, o[2])
        reach.append(furthest)

    def explained(f: tuple) -> bool:
        name, start, end = f[0], f[1], f[2]
        i = bisect.bisect_right(starts, start) - 1
        while i >= 0 and reach[i] >= end:
            o = outer[i]
            # between two containers the larger one wins
            if o[0] != name and end <= o[2] and (
                    name not in containers or (o[2] - o[1]) > (end - start)):
                return True
            i -= 1
        return False

    return [f for f in found if not explained(f)]


class _Directive:
    """An inline suppression: the rules it names (None: all) and the lines it covers (0-based,
    counted in the file the text came from)."""

    __slots__ = ("start", "end", "codes", "first", "last", "used")

    def __init__(self, start: int, end: int, codes: frozenset | None, first: int, last: int):
        self.start, self.end, self.codes, self.first, self.last = start, end, codes, first, last
        self.used = False

    def covers(self, f: Finding) -> bool:
        line = f.span.line - 1
        return self.first <= line <= self.last and (
            self.codes is None or f.code in self.codes or f.rule in self.codes)


def _directives(doc: Document, source: str) -> list[_Directive]:
    if "wikilint" not in source:
        return []
    out, open_ranges = [], {}
    end_of_file = 1 << 62
    for m in _DIRECTIVE.finditer(source):
        verb = m.group(1).lower()
        names = re.findall(r"[A-Za-z][\w-]*", m.group(2))
        codes = frozenset(names) if names else None
        line = _directive_line(doc, source, m.start())
        if verb == "disable-file":
            out.append(_Directive(m.start(), m.end(), codes, 0, end_of_file))
        elif verb == "disable-next-line":
            out.append(_Directive(m.start(), m.end(), codes, line + 1, line + 1))
        elif verb == "disable":
            d = _Directive(m.start(), m.end(), codes, line, end_of_file)
            out.append(d)
            open_ranges[codes] = d
        else:  # enable: closes the matching disable (or every one, when it names no rule)
            for key in list(open_ranges):
                if codes is None or key == codes:
                    open_ranges.pop(key).last = line
    return out


def _directive_line(doc: Document, source: str, offset: int) -> int:
    """The 0-based line of a directive, counted in the file the text came from."""
    if source is doc.text:
        return doc.line_index(offset)
    return source.count("\n", 0, offset)


def _unused(doc: Document, source: str, directives: list[_Directive], rule: Rule) -> list[Finding]:
    """A finding for each directive that suppressed nothing (like ruff's unused noqa)."""
    out = []
    for d in directives:
        if d.used:
            continue
        if source is doc.text:
            start, end = d.start, d.end
            span = doc.span(start, end)
        else:
            line = source.count("\n", 0, d.start)
            col = d.start - (source.rfind("\n", 0, d.start) + 1) + 1
            start = end = 0
            span = Span(line + 1, col, line + 1, col + d.end - d.start)
        out.append(Finding(doc.path, rule.code, rule.name, "this suppression suppresses nothing",
                           rule.severity, span, start, end, None, (), doc.record))
    return out


def _internal_error(rule: Rule, exc: Exception) -> str:
    return f"internal error in rule {rule.code} ({rule.name}): {type(exc).__name__}: {exc}"


def lint_document(doc: Document, rules: list[Rule], options: dict[str, dict] | None = None,
                  severities: dict[str, str] | None = None) -> LintResult:
    """Every finding of `rules` in `doc`, sorted by position. A rule that raises becomes an
    internal error naming the rule and the file; the other rules still run."""
    options = options or {}
    severities = severities or {}
    result = LintResult()
    found = []  # (rule name, start, end, rule, detection)
    for rule in rules:
        opts = {**rule.options, **options.get(rule.name, {})}
        try:
            for det in rule.check(doc, opts):
                start, end = det.start, det.end
                if not (isinstance(start, int) and isinstance(end, int)):
                    raise TypeError(f"a detection's offsets must be integers, not {start!r}, {end!r}")
                found.append((rule.name, start, max(end, start), rule, det))
        except Exception as exc:  # a plugin's bug is reported, never a traceback
            result.errors.append(_internal_error(rule, exc))
    containers = {r.name for r in rules if r.contains}
    findings = []
    for name, _, _, rule, det in _drop_contained(found, containers):
        try:
            findings.append(to_finding(doc, rule, det, severities.get(name)))
        except Exception as exc:  # a detection a plugin got wrong (a fix's edits out of shape)
            result.errors.append(_internal_error(rule, exc))
    source = doc.source_text if doc.source_text is not None else doc.text
    directives = _directives(doc, source)
    if directives:
        kept = []
        for f in findings:
            covering = [d for d in directives if d.covers(f)]
            for d in covering:
                d.used = True
            if not covering:
                kept.append(f)
        findings = kept
        # an engine report: a directive is only known to be unused after all rules ran
        reporter = next((r for r in rules if r.name == "unused-suppression"), None)
        if reporter is not None:
            findings += _unused(doc, source, directives, reporter)
    result.findings = sorted(findings, key=Finding.sort_key)
    return result
