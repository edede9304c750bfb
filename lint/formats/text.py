"""Plain text: `path:line:col: CODE [name] message`, then a summary line."""
from __future__ import annotations

from collections import Counter


def render(report) -> str:
    lines = []
    for f in report.findings:
        mark = " [*]" if f.fix is not None and f.fix.applicability == "safe" else ""
        where = f.path if f.record is None else f"{f.path}#{f.record}"
        lines.append(f"{where}:{f.span.line}:{f.span.column}: {f.code} [{f.rule}]{mark} {f.message}")
    return "\n".join(lines) + ("\n" if lines else "")


def summary(report) -> str:
    tally = report.tally
    n = tally.count if tally else len(report.findings)
    files = len(tally.paths if tally else {f.path for f in report.findings})
    checked = len(report.files)
    if not n:
        text = f"All clean: {checked} file{'s' * (checked != 1)} checked, no findings."
    else:
        fixable = tally.fixable if tally else sum(
            1 for f in report.findings if f.fix is not None and f.fix.applicability == "safe")
        text = (f"Found {n} finding{'s' * (n != 1)} in {files} of {checked} file{'s' * (checked != 1)}"
                f" ({fixable} fixable with `wikilint fix`).")
    if report.errors:
        n_err = len(report.errors)
        text += f" {n_err} input{'s' * (n_err != 1)} could not be checked (see the errors above)."
    return text


def statistics(report) -> str:
    """Counts per rule, most frequent first."""
    counts = Counter((f.code, f.rule) for f in report.findings)
    rows = [f"{n:6}  {code}  {name}" for (code, name), n in
            sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(rows) + ("\n" if rows else "")
