"""reviewdog's rdjson: one DiagnosticResult; columns in UTF-8 bytes, the end exclusive; safe
fixes become suggestions."""
from __future__ import annotations

import json

from . import clean_text

_SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _byte_column(lines: list[str] | None, line: int, column: int) -> int:
    """A 1-based character column as a 1-based UTF-8 byte column."""
    if not lines or line > len(lines):
        return column
    return len(lines[line - 1][:column - 1].encode("utf-8", "surrogatepass")) + 1


def render(report) -> str:
    diagnostics = []
    split = {path: text.split("\n") for path, text in report.texts.items()}
    for f in report.findings:
        s = f.span
        lines = split.get(f.path)
        diag = {
            "message": clean_text(f.message),
            "location": {"path": f.path, "range": {
                "start": {"line": s.line, "column": _byte_column(lines, s.line, s.column)},
                "end": {"line": s.end_line, "column": _byte_column(lines, s.end_line, s.end_column)}}},
            "severity": _SEVERITY.get(f.severity, "WARNING"),
            "code": {"value": f.code},
        }
        if f.fix is not None and f.fix.applicability == "safe":
            diag["suggestions"] = [{"range": {
                "start": {"line": e.line, "column": _byte_column(lines, e.line, e.column)},
                "end": {"line": e.end_line, "column": _byte_column(lines, e.end_line, e.end_column)}},
                "text": edit.replacement} for edit, e in zip(f.fix.edits, f.edit_spans)]
        diagnostics.append(diag)
    return json.dumps({"source": {"name": "wikilint"}, "severity": "ERROR",
                       "diagnostics": diagnostics}, ensure_ascii=False, indent=2) + "\n"
