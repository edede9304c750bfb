"""reviewdog's rdjson: one DiagnosticResult; columns in UTF-8 bytes, the end exclusive; safe
fixes become suggestions."""
from __future__ import annotations

import json

from . import clean_text

_SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def render(report, read_line=None) -> str:
    diagnostics = []
    for f in report.findings:
        s = f.span
        diag = {
            "message": clean_text(f.message),
            "location": {"path": f.path, "range": {
                "start": {"line": s.line, "column": s.column},
                "end": {"line": s.end_line, "column": s.end_column}}},
            "severity": _SEVERITY.get(f.severity, "WARNING"),
            "code": {"value": f.code},
        }
        diagnostics.append(diag)
    return json.dumps({"source": {"name": "wikilint"}, "severity": "ERROR",
                       "diagnostics": diagnostics}, ensure_ascii=False, indent=2) + "\n"
