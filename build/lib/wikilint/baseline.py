"""Gate on new damage only: baselines of known findings, and findings on changed lines.

A finding's identity in a baseline is its path, its rule and a hash of the text it flags with a
little context around it, so it survives lines moving above it; the same finding twice in one
file is counted twice.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
from collections import Counter

from .model import Finding

BASELINE_SCHEMA = 1
CONTEXT = 24


class BaselineError(Exception):
    pass


def finding_key(text: str, f: Finding) -> str:
    """The rule, the flagged text and up to CONTEXT characters around it on its own lines."""
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line_end = len(text) if line_end < 0 else line_end
    before = " ".join(text[max(line_start, f.start - CONTEXT):f.start].split())
    flagged = " ".join(text[f.start:f.end].split())
    after = " ".join(text[f.end:min(line_end, f.end + CONTEXT)].split())
    digest = hashlib.sha256(f"{f.rule}\0{before}\0{flagged}\0{after}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:24]


def write_baseline(path: str, keyed: list[tuple[Finding, str]]) -> None:
    entries = [{"path": f.path, "rule": f.rule, "hash": key} for f, key in keyed]
    data = {"schema": BASELINE_SCHEMA, "findings": entries}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1, ensure_ascii=False)
        fh.write("\n")


def load_baseline(path: str) -> Counter:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        entries = data["findings"]
        return Counter((e["path"], e["rule"], e["hash"]) for e in entries)
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BaselineError(f"{path}: not a wikilint baseline ({exc.__class__.__name__})") from None


def subtract(keyed: list[tuple[Finding, str]], known: Counter) -> list[Finding]:
    """The findings not in the baseline (each baseline entry absorbs one finding)."""
    left = Counter(known)
    out = []
    for f, key in keyed:
        k = (f.path, f.rule, key)
        if left[k] > 0:
            left[k] -= 1
        else:
            out.append(f)
    return out


_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)


def changed_lines(ref: str, path: str) -> set[int] | None:
    """1-based line numbers of `path` added or changed since git revision `ref`; None when the
    file is not known to git at `ref` (all of it is new)."""
    try:
        known = subprocess.run(["git", "cat-file", "-e", f"{ref}:./{path}"], capture_output=True)
        if known.returncode != 0:
            check = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
                                   capture_output=True)
            if check.returncode != 0:
                raise BaselineError(f"--diff-from: {ref!r} is not a git revision here")
            return None
        out = subprocess.run(["git", "diff", "--no-color", "--unified=0", ref, "--", path],
                             capture_output=True, text=True)
    except FileNotFoundError:
        raise BaselineError("--diff-from needs git, which is not installed") from None
    if out.returncode != 0:
        raise BaselineError(f"--diff-from: git diff failed: {out.stderr.strip()[:200]}")
    lines: set[int] = set()
    for m in _HUNK.finditer(out.stdout):
        start, count = int(m.group(1)), int(m.group(2) or 1)
        lines.update(range(start, start + count))
    return lines
