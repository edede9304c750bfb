"""Run rules over a Document and turn their detections into findings.

The engine knows no artifact: it calls each selected rule, places detections in the file, lets a
containing finding silence the findings inside it, and applies inline suppressions.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .document import Document
from .model import Detection, Finding, Span
from .registry import Rule

_DIRECTIVE = re.compile(
    r"<!--\s*wikilint:\s*(disable-next-line|disable-file|disable|enable)\b([^>]*?)-->", re.I)


@dataclass
class LintResult:
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # internal errors of rules, one line each


def to_finding(doc: Document, rule: Rule, det: Detection, severity: str | None = None) -> Finding:
    start, end = det.start, max(det.end, det.start)
    line, col = doc.position(start)
    end_line, end_col = doc.position(end)
    edit_spans = ()
    if det.fix is not None:
        edit_spans = tuple(Span(*doc.position(e.start), *doc.position(e.end)) for e in det.fix.edits)
    return Finding(doc.path, rule.code, rule.name, det.message, severity or rule.severity,
                   Span(line, col, end_line, end_col), start, end, det.fix, edit_spans, doc.record)


def _drop_contained(findings: list[Finding], containers: set[str]) -> list[Finding]:
    """Drop each finding that lies inside a finding of a containing rule (another rule's)."""
    outer = sorted((f for f in findings if f.rule in containers), key=lambda f: f.start)
    if not outer:
        return findings
    starts = [o.start for o in outer]
    reach, furthest = [], -1  # reach[i]: the furthest end among outer[0..i]
    for o in outer:
        furthest = max(furthest, o.end)
        reach.append(furthest)

    def explained(f: Finding) -> bool:
        i = bisect.bisect_right(starts, f.start) - 1
        while i >= 0 and reach[i] >= f.end:
            o = outer[i]
            # between two containers the larger one wins
            if o.rule != f.rule and f.end <= o.end and (
                    f.rule not in containers or (o.end - o.start) > (f.end - f.start)):
                return True
            i -= 1
        return False

    return [f for f in findings if not explained(f)]


def _suppressions(doc: Document):
    """Parse inline directives: (whole-file codes, per-line codes). None as codes means all."""
    file_codes: set | None = set()
    per_line: dict[int, set | None] = {}
    active: dict[str, int] = {}  # code (or "*") -> line index where disabled
    ranges: list[tuple[int, int, str]] = []
    source = doc.source_text if doc.source_text is not None else doc.text
    if "wikilint" not in source:
        return file_codes, per_line
    for m in _DIRECTIVE.finditer(source):
        verb = m.group(1).lower()
        codes = re.findall(r"[A-Za-z][\w-]*", m.group(2)) or ["*"]
        line = _directive_line(doc, source, m.start())
        if verb == "disable-file":
            if "*" in codes:
                file_codes = None
            elif file_codes is not None:
                file_codes.update(codes)
        elif verb == "disable-next-line":
            target = line + 1
            old = per_line.get(target, set())
            per_line[target] = None if ("*" in codes or old is None) else old | set(codes)
        elif verb == "disable":
            for c in codes:
                active.setdefault(c, line)
        else:  # enable
            for c in (list(active) if "*" in codes else codes):
                if c in active:
                    ranges.append((active.pop(c), line, c))
    for c, start in active.items():
        ranges.append((start, len(doc.lines), c))
    for a, b, c in ranges:
        for i in range(a, b + 1):
            old = per_line.get(i, set())
            per_line[i] = None if (c == "*" or old is None) else old | {c}
    return file_codes, per_line


def _directive_line(doc: Document, source: str, offset: int) -> int:
    """The 0-based line of a directive, counted in the file the text came from."""
    if source is doc.text:
        return doc.line_index(offset)
    return source.count("\n", 0, offset)


def _suppressed(f: Finding, codes: set | None) -> bool:
    """None means every rule; an empty set means none."""
    return codes is None or f.code in codes or f.rule in codes


def lint_document(doc: Document, rules: list[Rule], options: dict[str, dict] | None = None,
                  severities: dict[str, str] | None = None) -> LintResult:
    """Every finding of `rules` in `doc`, sorted by position. A rule that raises becomes an
    internal error naming the rule and the file; the other rules still run."""
    options = options or {}
    severities = severities or {}
    result = LintResult()
    for rule in rules:
        opts = {**rule.options, **options.get(rule.name, {})}
        try:
            for det in rule.check(doc, opts):
                result.findings.append(to_finding(doc, rule, det, severities.get(rule.name)))
        except Exception as exc:  # a plugin's bug is reported, never a traceback
            result.errors.append(f"internal error in rule {rule.code} ({rule.name}): "
                                 f"{type(exc).__name__}: {exc}")
    containers = {r.name for r in rules if r.contains}
    findings = _drop_contained(result.findings, containers)
    file_codes, per_line = _suppressions(doc)
    findings = [f for f in findings
                if not _suppressed(f, file_codes)
                and not (f.span.line - 1 in per_line and _suppressed(f, per_line[f.span.line - 1]))]
    result.findings = sorted(findings, key=Finding.sort_key)
    return result
