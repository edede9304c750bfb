"""wikilint: find and repair the damage Wikipedia mirror sites leave in copied text.

The library entry point is `lint_text`, a pure function from text to findings, usable from
Spark, Dask or any other driver; the command line is `wikilint` (see `wikilint.cli`).
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "lint_text", "fix_text"]


def _rules(select=None, ignore=None, preview=False):
    from .registry import load_rules, select_rules

    return select_rules(load_rules(), select, ignore, None, preview)


def lint_text(text: str, path: str = "-", select=None, ignore=None, preview: bool = False):
    """Findings (a list of `wikilint.model.Finding`) for a text; raises nothing for any text."""
    from .document import Document
    from .engine import lint_document

    return lint_document(Document.from_source(text, path), _rules(select, ignore, preview)).findings


def fix_text(text: str, select=None, ignore=None, preview: bool = False, unsafe: bool = False) -> str:
    """The text with its findings' fixes applied (safe ones unless `unsafe`)."""
    from .document import Document
    from .fixer import fix_document

    doc = Document.from_source(text)
    outcome = fix_document(doc, _rules(select, ignore, preview), unsafe=unsafe)
    return doc.to_source(outcome.text)
