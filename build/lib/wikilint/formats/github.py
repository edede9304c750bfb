"""GitHub Actions workflow commands, one annotation per finding, rolled up past a few per file
and rule: GitHub shows only 10 error and 10 warning annotations per step and 50 per job."""
from __future__ import annotations

from collections import defaultdict

from . import clean_text

PER_FILE_AND_RULE = 3
_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f) -> str:
    s = f.span
    props = [f"file={escape_property(f.path)}", f"line={s.line}"]
    if s.line == s.end_line:
        props.append(f"col={s.column}")
    props.append(f"endLine={s.end_line}")
    if s.line == s.end_line:
        props.append(f"endColumn={max(s.end_column, s.column)}")
    props.append(f"title={escape_property(f'{f.code} {f.rule}')}")
    message = f"{f.path}:{s.line}:{s.column}: {f.code} [{f.rule}] {clean_text(f.message)}"
    return f"::{_LEVEL.get(f.severity, 'error')} {','.join(props)}::{escape_data(message)}"


def render(report, limit: int = PER_FILE_AND_RULE) -> str:
    groups = defaultdict(list)
    for f in report.findings:
        groups[(f.path, f.code)].append(f)
    out = []
    for (path, code), found in groups.items():
        out += [annotation(f) for f in found[:limit]]
        rest = found[limit:]
        if rest:
            first = rest[0]
            lines = ", ".join(str(f.span.line) for f in rest[:20]) + (", ..." if len(rest) > 20 else "")
            message = (f"{path}:{first.span.line}:{first.span.column}: {code} [{first.rule}] "
                       f"{len(rest)} more {first.rule} finding{'s' * (len(rest) != 1)} in this file "
                       f"(lines {lines}); run `wikilint check {path}` for all")
            props = (f"file={escape_property(path)},line={first.span.line},endLine={first.span.line},"
                     f"title={escape_property(f'{code} {first.rule} (+{len(rest)} more)')}")
            out.append(f"::{_LEVEL.get(first.severity, 'error')} {props}::{escape_data(message)}")
    for path, message in report.errors:
        out.append(f"::error file={escape_property(path)},title=wikilint::{escape_data(clean_text(message))}")
    return "\n".join(out) + ("\n" if out else "")


def step_summary(report, max_bytes: int = 1_000_000) -> str:
    """A Markdown job summary: counts per rule, then the findings as a table (within 1 MiB)."""
    counts = defaultdict(int)
    for f in report.findings:
        counts[(f.code, f.rule)] += 1
    n = len(report.findings)
    parts = [f"### wikilint: {n} finding{'s' * (n != 1)} in {len({f.path for f in report.findings})} file(s)\n\n"]
    if counts:
        parts.append("| rule | findings |\n|---|---:|\n")
        parts += [f"| {c} {r} | {k} |\n" for (c, r), k in sorted(counts.items(), key=lambda kv: -kv[1])]
        parts.append("\n| file | line | rule | message |\n|---|---:|---|---|\n")
    size = sum(len(p.encode()) for p in parts)
    for i, f in enumerate(report.findings):
        row = (f"| {_cell(f.path)} | {f.span.line} | {f.code} | {_cell(clean_text(f.message))} |\n")
        if size + len(row.encode()) > max_bytes - 200:
            parts.append(f"\n_{n - i} more findings left out to stay within GitHub's summary limit._\n")
            break
        parts.append(row)
        size += len(row.encode())
    return "".join(parts)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
