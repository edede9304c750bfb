"""JSON: a versioned object, `{"schema": 1, "version": ..., "findings": [...], "errors": [...]}`."""
from __future__ import annotations

import json

from . import clean_text, fix_json

SCHEMA = 1


def finding_json(f) -> dict:
    data = {
        "path": f.path, "code": f.code, "rule": f.rule, "message": clean_text(f.message),
        "severity": f.severity, "line": f.span.line, "column": f.span.column,
        "end_line": f.span.end_line, "end_column": f.span.end_column, "fix": fix_json(f),
    }
    if f.record is not None:  # a record of a JSONL corpus: line and column are in its text
        data["record"] = f.record
    return data


def render(report) -> str:
    data = {
        "schema": SCHEMA,
        "version": report.version,
        "findings": [finding_json(f) for f in report.findings],
        "errors": [{"path": p, "message": clean_text(m)} for p, m in report.errors],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
