"""`wikilint scan --engine ray`: the same scan, run by Ray Data across a cluster.

Ray reads the shards (JSONL line by line through a Ray file datasource, so gzip, cloud
filesystems and parallel read tasks come from Ray; Parquet with Ray's own `read_parquet`), runs
the per-document function `scan_record` in its workers, and hands the rows back in input order;
this process writes them through the same `ShardResults` as the local engine, so the two engines
write the same files. Needs the optional extra: `pip install 'wikilint[ray]'`.
"""
from __future__ import annotations

import json
import os

from .reader import kind_of
from .scan import ShardResults, scan_record
from .sources import first_line, jsonl_record, parquet_columns, parquet_row, record_document

LINES_PER_BLOCK = 512  # rows per block a read task hands on: memory stays bounded per task
BROKEN = 0  # the line number of the row that says a file could not be read to its end


class RayUnavailable(Exception):
    """Ray (or Ray Data) is not installed, or cannot start or reach a cluster."""


def _ray():
    try:
        import ray
        import ray.data  # noqa: F401 - Ray Data is the part we need
    except ImportError as exc:
        raise RayUnavailable(f"--engine ray needs Ray Data: pip install 'wikilint[ray]' ({exc})") from None
    return ray


def _jsonl_datasource(paths: list[str]):
    """A Ray file datasource yielding one row per line: (file name, line number, raw bytes).
    Ray's own JSON reader infers one schema per file and fails a whole file on one bad record;
    scanning needs each record parsed alone, as the local engine does."""
    from ray.data.datasource import FileBasedDatasource

    class JsonlLines(FileBasedDatasource):
        def _read_stream(self, f, path):
            import pyarrow as pa

            name = os.path.basename(path)
            numbers, lines, carry, number = [], [], b"", 0
            while True:
                try:
                    chunk = f.read(1 << 20)
                except Exception as exc:  # a broken gzip stream: say so, as the local engine does
                    numbers, lines, chunk = [BROKEN], [first_line(exc).encode()], b""
                parts = (carry + chunk).split(b"\n")
                carry = parts.pop() if chunk else b""
                for line in parts:
                    number += 1
                    if line.strip():
                        numbers.append(number)
                        lines.append(line)
                if len(lines) >= LINES_PER_BLOCK or (not chunk and lines):
                    yield pa.table({"file": pa.array([name] * len(lines), pa.string()),
                                    "line": pa.array(numbers, pa.int64()),
                                    "raw": pa.array(lines, pa.large_binary())})
                    numbers, lines = [], []
                if not chunk:
                    return

    return JsonlLines(paths, file_extensions=None)


def _rules(codes: list[str]):
    from .registry import load_rules

    return [r for r in load_rules() if r.code in codes]


def scan_jsonl_batch(batch, codes, with_fix, text_field, id_field, shown):
    """Ray worker: scan each JSONL record of a batch (a pyarrow Table). Rows come back as JSON
    text, errors as their one-line message, exactly as the local engine words them."""
    rules = _rules(codes)
    out = {"file": [], "row": [], "error": []}
    for name, number, raw in zip(*(batch.column(c).to_pylist() for c in ("file", "line", "raw"))):
        if number == BROKEN:
            doc, error = None, f"{shown[name]}: cannot read further ({raw.decode()})"
        else:
            doc, error = jsonl_record(raw, number, shown[name], text_field, id_field)
        out["file"].append(name)
        out["row"].append("" if error else json.dumps(scan_record(doc, rules, with_fix)))
        out["error"].append(error or "")
    return out


def scan_parquet_batch(batch, codes, with_fix, text_field, id_field):
    """Ray worker: scan each Parquet row of a batch (a pyarrow Table). Row numbers are known
    only in order, so this process fills in the ids of rows that have none, and words errors."""
    rules = _rules(codes)
    texts = batch.column(text_field).to_pylist()
    has_id = id_field != text_field and id_field in batch.column_names
    ids = batch.column(id_field).to_pylist() if has_id else [None] * len(texts)
    out = {"file": [], "row": [], "error": []}
    for path, text, rid in zip(batch.column("path").to_pylist(), texts, ids):
        out["file"].append(os.path.basename(path))
        if not isinstance(text, str):
            out["row"].append("")
            out["error"].append("not a string")
            continue
        row = scan_record(record_document(text, rid, 0, path), rules, with_fix)
        if rid is None:
            row["id"] = None  # numbered in this process, in order
        out["row"].append(json.dumps(row))
        out["error"].append("")
    return out


def _connect(ray, address: str | None, num_cpus: int | None) -> None:
    if ray.is_initialized():
        return
    import logging

    for name in ("ray", "ray.data"):  # Ray's own log lines would bury the scan's summary
        logging.getLogger(name).setLevel(logging.ERROR)
    quiet = dict(log_to_driver=False, logging_level=logging.ERROR)
    try:
        if address:
            ray.init(address=address, **quiet)
        else:
            ray.init(num_cpus=num_cpus, include_dashboard=False, **quiet)
    except Exception as exc:  # Ray's own errors: a wrong address, a cluster that is down
        raise RayUnavailable(f"cannot start or reach Ray ({first_line(exc)})") from None


def scan_with_ray(shards: list[str], results: ShardResults, codes: list[str], with_fix: bool,
                  text_field: str, id_field: str, address: str | None = None,
                  num_cpus: int | None = None, advance=lambda n: None) -> list[str]:
    """Scan `shards` with Ray Data into `results`; returns the error lines. Shards are named by
    their file name in the results, as the local engine names them."""
    ray = _ray()
    _connect(ray, address, num_cpus)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # rows of a shard come back in its order
    context.enable_progress_bars = False  # our own bar, or none in logs
    shown = {os.path.basename(s): s for s in shards}
    order = {os.path.basename(s): k for k, s in enumerate(shards)}
    errors: list[tuple[int, int, str]] = []  # sorted at the end into the local engine's order
    jsonl = [s for s in shards if kind_of(s) == "jsonl"]
    parquet = [s for s in shards if kind_of(s) == "parquet"]
    datasets = []
    if jsonl:
        ds = ray.data.read_datasource(_jsonl_datasource([os.path.abspath(s) for s in jsonl]))
        datasets.append(("jsonl", ds.map_batches(
            scan_jsonl_batch, batch_format="pyarrow", fn_kwargs=dict(
                codes=codes, with_fix=with_fix, text_field=text_field, id_field=id_field,
                shown=shown))))
    # Parquet shards are read together when they have the same columns (an id or not)
    groups: dict[tuple, list[str]] = {}
    for s in parquet:
        try:
            groups.setdefault(tuple(parquet_columns(s, text_field, id_field)), []).append(s)
        except Exception as exc:  # SourceError: one line naming the shard
            errors.append((order[os.path.basename(s)], 0, str(exc)))
            results.finish(s)
    for columns, group in groups.items():
        ds = ray.data.read_parquet([os.path.abspath(s) for s in group], include_paths=True)
        ds = ds.select_columns([*columns, "path"])
        datasets.append(("parquet", ds.map_batches(
            scan_parquet_batch, batch_format="pyarrow", fn_kwargs=dict(
                codes=codes, with_fix=with_fix, text_field=text_field, id_field=id_field))))
    try:
        for kind, ds in datasets:
            current, number = None, 0
            for item in ds.iter_rows():
                name = str(item["file"])
                if name != current:  # rows come in shard order: the one before is complete
                    if current is not None:
                        results.finish(shown[current])
                    if shown[name] in results.finished:  # never write a finished shard twice
                        raise RuntimeError(f"rows of {shown[name]} came back out of order")
                    current, number = name, 0
                number += 1
                if item["error"]:
                    error = str(item["error"])
                    if kind == "parquet":  # the row number is known here, not in the worker
                        error = parquet_row(None, None, number, shown[name], text_field)[1]
                    errors.append((order[name], number, error))
                else:
                    row = json.loads(item["row"])
                    if row["id"] is None:
                        row["id"] = str(number)
                    results.write(shown[name], row)
                advance(1)
            if current is not None:
                results.finish(shown[current])
    except BaseException:
        results.abandon()
        raise
    for s in shards:  # a shard with no records at all still gets its (empty) result file
        if s not in results.finished:
            results.finish(s)
    return [message for _, _, message in sorted(errors)]
