#!/usr/bin/env python3
"""Coverage-guided fuzzing of check and fix with atheris (not part of the test suite).

    pip install atheris
    python fuzz/fuzz_lint.py -max_total_time=600 fuzz/corpus

Each input is decoded as UTF-8 (invalid bytes replaced) and linted with every rule; the harness
fails on any exception, on a finding outside the text, on columns that disagree with the text,
and on a fix that is not idempotent. Seeds: the samples and a few artifact building blocks.
"""
from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from wikilint.document import Document
    from wikilint.engine import lint_document
    from wikilint.fixer import fix_document
    from wikilint.registry import load_rules, select_rules

    RULES = select_rules(load_rules(), ["ALL"])  # imports (and instruments) every rule module


def check_one(data: bytes) -> None:
    source = data.decode("utf-8", "replace")
    doc = Document.from_source(source)
    result = lint_document(doc, RULES)
    if result.errors:
        raise RuntimeError(result.errors[0])
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(doc.text), f
        line, col = doc.position(f.start)
        assert (line, col) == (f.span.line, f.span.column), f
        if f.span.line == f.span.end_line:
            text = doc.lines[line - 1].text
            assert text[f.span.column - 1:f.span.end_column - 1] == doc.text[f.start:f.end], f
    once = fix_document(doc, RULES)
    twice = fix_document(Document(once.text), RULES)
    assert twice.text == once.text, "fix is not idempotent"


def main():
    atheris.Setup(sys.argv, lambda data: check_one(data))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
