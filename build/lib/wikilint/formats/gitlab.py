"""GitLab Code Quality JSON: a list of issues, each with a fingerprint unique to the finding and
stable while lines move (rule, path and the flagged text, not the line number)."""
from __future__ import annotations

import hashlib
import json

from . import clean_text

_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def fingerprint(f, occurrence: int) -> str:
    key = f"{f.code}\0{f.path}\0{f.message}\0{occurrence}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def render(report) -> str:
    seen: dict[tuple, int] = {}
    issues = []
    for f in report.findings:
        k = (f.code, f.path, f.message)
        seen[k] = seen.get(k, 0) + 1
        issues.append({
            "description": clean_text(f"{f.code} [{f.rule}] {f.message}"),
            "check_name": f.rule,
            "fingerprint": fingerprint(f, seen[k]),
            "severity": _SEVERITY.get(f.severity, "minor"),
            "location": {"path": f.path, "positions": {
                "begin": {"line": f.span.line, "column": f.span.column},
                "end": {"line": f.span.end_line, "column": f.span.end_column}}},
        })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
