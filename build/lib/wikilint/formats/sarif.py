"""SARIF 2.1.0 for GitHub code scanning: repository-relative URIs, code-point columns, the end
column exclusive, and every rule described."""
from __future__ import annotations

import json

from . import clean_text

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
HELP_URI = "https://github.com/wikilint/wikilint/blob/main/README.md#rules"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _first_paragraph(doc: str) -> str:
    body = doc.split("## What it does", 1)[-1].strip()
    return " ".join(body.split("\n\n", 1)[0].split())[:1000]


def render(report) -> str:
    rules = sorted(report.rules, key=lambda r: r.code)
    index = {r.code: i for i, r in enumerate(rules)}
    driver = {
        "name": "wikilint",
        "semanticVersion": report.version or "0.0.0",
        "informationUri": HELP_URI,
        "rules": [{
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": _first_paragraph(r.doc) or r.summary},
            "help": {"text": r.doc[:20000] or r.summary, "markdown": r.doc[:20000] or r.summary},
            "helpUri": f"{HELP_URI}",
            "defaultConfiguration": {"level": _LEVEL.get(r.severity, "warning")},
            "properties": {"tags": ["wikilint", r.name], "preview": r.preview},
        } for r in rules],
    }
    results = []
    for f in report.findings:
        s = f.span
        result = {
            "ruleId": f.code,
            "level": _LEVEL.get(f.severity, "warning"),
            "message": {"text": clean_text(f.message)},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": f.path, "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": s.line, "startColumn": s.column,
                           "endLine": s.end_line, "endColumn": s.end_column},
            }}],
            "partialFingerprints": {"wikilint/v1": f"{f.code}:{f.path}:{f.start}:{f.end}"},
        }
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        results.append(result)
    notifications = [{"level": "error", "message": {"text": clean_text(m)},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": p}}}]}
                     for p, m in report.errors]
    run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [{"executionSuccessful": not report.errors,
                         "toolExecutionNotifications": notifications}],
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
