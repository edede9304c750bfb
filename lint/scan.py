"""Corpus scans: per-document damage statistics over JSONL shards.

For each record: its id, counts per rule, the share of its characters inside findings, and a
verdict: clean (no finding), repairable (every finding has a safe fix) or damaged. Each input
shard gets its own result file in the output folder, written to a temporary name and renamed when
the shard is done: the rename is the marker that lets an interrupted scan resume where it stopped.
"""
from __future__ import annotations

import json
import os
from collections import Counter

from .engine import lint_document
from .fixer import fix_document
from .reader import read_documents


def scan_record(doc, rules, with_fix: bool) -> dict:
    """The statistics of one document (a pure function of its text and the rules)."""
    findings = lint_document(doc, rules).findings
    counts = Counter(f.rule for f in findings)
    covered = bytearray(len(doc.text))
    for f in findings:
        covered[f.start:f.end] = b"\1" * (f.end - f.start)
    share = sum(covered) / len(doc.text) if doc.text else 0.0
    if not findings:
        verdict = "clean"
    elif all(f.fix is not None and f.fix.applicability == "safe" for f in findings):
        verdict = "repairable"
    else:
        verdict = "damaged"
    out = {"id": doc.record, "counts": dict(sorted(counts.items())), "findings": len(findings),
           "artifact_share": round(share, 4), "verdict": verdict}
    if with_fix:
        out["fixed_text"] = fix_document(doc, rules).text
    return out


def shard_result_path(out_dir: str, shard: str) -> str:
    name = os.path.basename(shard)
    for suffix in (".gz", ".jsonl"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return os.path.join(out_dir, f"{name}.scan.jsonl")


def scan_shard(shard: str, out_dir: str, rules, with_fix: bool, text_field: str, id_field: str,
               summary: Counter) -> tuple[bool, list[str]]:
    """Scan one shard unless its result is already there. Returns (scanned, errors)."""
    target = shard_result_path(out_dir, shard)
    if os.path.exists(target):
        return False, []
    errors = []
    tmp = f"{target}.{os.getpid()}.part"
    with open(tmp, "w", encoding="utf-8") as out:
        for doc, error in read_documents(shard, text_field=text_field, id_field=id_field):
            if error:
                errors.append(error)
                continue
            row = scan_record(doc, rules, with_fix)
            row["shard"] = os.path.basename(shard)
            summary["documents"] += 1
            summary[f"verdict:{row['verdict']}"] += 1
            for rule in row["counts"]:
                summary[f"rule:{rule}"] += 1
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, target)  # the shard is done
    return True, errors


def pick_shards(paths: list[str], shard: str | None) -> list[str]:
    """Every N-th shard for `--shard i/N` (i from 1 to N), so N machines can share the work."""
    files = sorted(paths)
    if not shard:
        return files
    i, n = (int(x) for x in shard.split("/"))
    if not 1 <= i <= n:
        raise ValueError(f"--shard {shard}: i must be between 1 and N")
    return [f for k, f in enumerate(files) if k % n == i - 1]
