"""Output formats. Each module has `render(report) -> str`; modules load only when used, so
that lxml is imported only for the XML reports."""
from __future__ import annotations

import importlib

from ..model import Finding
from ..registry import Rule

FORMATS = {
    "text": "text",
    "json": "json_report",
    "github": "github",
    "sarif": "sarif",
    "junit": "xml_reports",
    "checkstyle": "xml_reports",
    "gitlab": "gitlab",
    "rdjson": "rdjson",
}


class Report:
    """Everything a format needs to render a run."""

    def __init__(self, findings: list[Finding], errors: list[tuple[str, str]] | None = None,
                 rules: list[Rule] | None = None, files: list[str] | None = None, fixed: int = 0,
                 version: str = "", texts: dict | None = None, tally: object = None):
        self.findings = findings
        self.errors = errors if errors is not None else []  # (path, message)
        self.rules = rules if rules is not None else []  # the rules that ran
        self.files = files if files is not None else []  # every path checked
        self.fixed = fixed
        self.version = version
        self.texts = texts if texts is not None else {}  # path -> text, for byte columns (rdjson)
        self.tally = tally  # counts of findings already printed (text output streams them)


def render(name: str, report: Report) -> str:
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    renderer = getattr(module, f"render_{name}", None) or module.render
    return renderer(report)


def fix_json(finding: Finding) -> dict | None:
    """A finding's fix as plain data: its applicability and edits with positions."""
    if finding.fix is None:
        return None
    edits = []
    for edit, span in zip(finding.fix.edits, finding.edit_spans):
        edits.append({"line": span.line, "column": span.column, "end_line": span.end_line,
                      "end_column": span.end_column, "content": edit.replacement})
    return {"applicability": finding.fix.applicability, "edits": edits}


def clean_text(text: str) -> str:
    """Text with the control characters no report format can carry replaced by U+FFFD."""
    return "".join(c if c in "\t\n" or not (ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF or
                                            c in "\ufffe\uffff" or ord(c) == 127) else "\ufffd"
                   for c in text)
