"""Corpus scans: per-document damage statistics over JSONL and Parquet shards.

For each record: its id, counts per rule, the share of its characters inside findings, and a
verdict: clean (no finding), repairable (every finding has a safe fix) or damaged. Each input
shard gets its own result file in the output folder, written to a temporary name and renamed when
the shard is done: the rename is the marker that lets an interrupted scan resume where it stopped.

Both engines (this process, or Ray Data in `scan_ray`) call `scan_record` on each document and
write through `ShardResults`, so their output is the same, byte for byte.
"""
from __future__ import annotations

import gzip
import json
import os
from collections import Counter

from .engine import lint_document
from .fixer import fix_document
from .reader import kind_of, read_documents


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
    for suffix in (".gz", ".jsonl", ".parquet"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return os.path.join(out_dir, f"{name}.scan.jsonl")


class ShardResults:
    """The result files of one scan: rows go to `<shard>.scan.jsonl.<pid>.part`, and `finish`
    renames a shard's file once all its records are in. Keeps the summary counts."""

    def __init__(self, out_dir: str):
        self.out_dir = out_dir
        self.summary: Counter = Counter()
        self.finished: set[str] = set()
        self._open: dict[str, object] = {}

    def pending(self, shards: list[str]) -> list[str]:
        """The shards without a finished result file."""
        return [s for s in shards if not os.path.exists(shard_result_path(self.out_dir, s))]

    def _file(self, shard: str):
        if shard not in self._open:
            target = shard_result_path(self.out_dir, shard)
            self._open[shard] = open(f"{target}.{os.getpid()}.part", "w", encoding="utf-8")
        return self._open[shard]

    def write(self, shard: str, row: dict) -> None:
        row["shard"] = os.path.basename(shard)
        self.summary["documents"] += 1
        self.summary[f"verdict:{row['verdict']}"] += 1
        for rule in row["counts"]:
            self.summary[f"rule:{rule}"] += 1
        self._file(shard).write(json.dumps(row, ensure_ascii=False) + "\n")

    def finish(self, shard: str) -> None:
        """The shard is done: its result file takes its final name (the resume marker)."""
        fh = self._file(shard)  # a shard with no records still gets its (empty) result file
        fh.close()
        del self._open[shard]
        os.replace(fh.name, shard_result_path(self.out_dir, shard))
        self.finished.add(shard)

    def abandon(self) -> None:
        """An interrupted scan: unfinished shards leave no result, so they run again."""
        for fh in self._open.values():
            fh.close()
            try:
                os.unlink(fh.name)
            except OSError:
                pass
        self._open.clear()


def scan_shard(shard: str, results: ShardResults, rules, with_fix: bool, text_field: str,
               id_field: str, advance=lambda n: None) -> list[str]:
    """Scan one shard in this process; returns the error lines of its unreadable records."""
    errors = []
    for doc, error in read_documents(shard, text_field=text_field, id_field=id_field):
        if error:
            errors.append(error)
        else:
            results.write(shard, scan_record(doc, rules, with_fix))
        advance(1)
    results.finish(shard)
    return errors


def count_records(shard: str) -> int:
    """How many records a shard holds (non-blank lines, or Parquet rows), for the progress bar;
    0 when it cannot be told cheaply."""
    count = 0
    try:
        if kind_of(shard) == "parquet":
            import pyarrow.parquet as pq

            return pq.ParquetFile(shard).metadata.num_rows
        opener = gzip.open if shard.lower().endswith(".gz") else open
        with opener(shard, "rb") as fh:
            for line in fh:
                count += bool(line.strip())
        return count
    except Exception:  # the scan reports an unreadable shard: one error line, one step
        return count + 1


def pick_shards(paths: list[str], shard: str | None) -> list[str]:
    """Every N-th shard for `--shard i/N` (i from 1 to N), so N machines can share the work.
    Results are named after the shard's file name, so two shards may not share one."""
    files = sorted(paths)
    seen: dict[str, str] = {}
    for f in files:
        result = os.path.basename(shard_result_path("", f))
        if result in seen:
            raise ValueError(f"{seen[result]} and {f} would write the same result file {result}")
        seen[result] = f
    if not shard:
        return files
    try:
        i, n = (int(x) for x in shard.split("/"))
    except ValueError:
        raise ValueError(f"--shard {shard}: expected I/N, such as 2/8") from None
    if not 1 <= i <= n:
        raise ValueError(f"--shard {shard}: i must be between 1 and N")
    return [f for k, f in enumerate(files) if k % n == i - 1]

