#!/usr/bin/env python3
"""wikilint benchmarks (run by hand; not a test).

Prints, as medians over several runs with their spread:
- cold start: `wikilint check` on one small file, beside `python -c "import click"`;
- throughput in MB/s on one core over a folder of many documents (copies of the sample with small
  variations, plus the shared corpus when it is there), with two lower bounds measured on the same
  files in the same run: reading them all, and one compiled regular expression over each;
- the same for the gloss-dense sample alone (the worst case);
- time per MB on adversarial inputs of doubling size (flat means linear);
- peak memory of one run.

Usage: python bench/bench.py [--runs N] [--copies N] [--venv PATH] [--only cold]

With --venv, the cold start is measured with that environment's Python and wikilint (make one
with `python -m venv /tmp/wl && /tmp/wl/bin/pip install .`): a crowded site-packages slows every
Python start, `import click` included, and wikilint reads each distribution's entry points.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "azerbaijan-us-relations.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def median_spread(times):
    return statistics.median(times), (max(times) - min(times)) / 2


def timed(fn, runs):
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return median_spread(out)


def make_folder(folder: Path, copies: int) -> int:
    """Copies of the sample with small variations (words swapped, lines dropped), plus the
    corpus; returns the total size in bytes."""
    rng = random.Random(7)
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    total = 0
    for i in range(copies):
        variant = [l for l in lines if rng.random() > 0.05]
        if variant:
            j = rng.randrange(len(variant))
            variant[j] = variant[j].replace("the", "a", 1)
        text = "\n".join(variant)
        (folder / f"copy{i:04}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
    if CORPUS.is_dir():
        for p in CORPUS.glob("*.txt"):
            shutil.copy(p, folder / p.name)
            total += p.stat().st_size
    return total


def lint_in_process(paths):
    from wikilint.document import Document
    from wikilint.engine import lint_document
    from wikilint.registry import load_rules, select_rules

    rules = select_rules(load_rules())
    for p in paths:
        lint_document(Document.from_source(p.read_text(encoding="utf-8"), str(p)), rules)


def read_all(paths):
    for p in paths:
        p.read_bytes()


ONE_REGEX = re.compile(r" \.\.\.$", re.M)  # the cheapest useful scan: lines ending in " ..."


def one_regex(paths):
    for p in paths:
        sum(1 for _ in ONE_REGEX.finditer(p.read_text(encoding="utf-8")))


def cold_start(wikilint: str, python: str, runs: int) -> None:
    """`wikilint check` on one small file, from a project folder without configuration, beside
    `python -c "import click"` with the same interpreter, interleaved so that both see the same
    machine. Cached: the second and later runs (the pre-commit case); uncached: --no-cache."""
    small = ROOT / "tests" / "data" / "mini.txt"
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(small, Path(tmp) / "page.txt")
        commands = {
            "import click": [python, "-c", "import click"],
            "cached": [wikilint, "check", "--quiet", "page.txt"],
            "uncached": [wikilint, "check", "--quiet", "--no-cache", "page.txt"],
        }
        times = {name: [] for name in commands}
        subprocess.run(commands["cached"], cwd=tmp, capture_output=True)  # fill the cache
        for _ in range(runs):
            for name, cmd in commands.items():
                t = time.perf_counter()
                subprocess.run(cmd, cwd=tmp, capture_output=True)
                times[name].append(time.perf_counter() - t)
    base = median_spread(times["import click"])
    print(f"cold start, one small file ({python}):")
    print(f"  python -c 'import click'  {base[0] * 1000:5.0f} ms ± {base[1] * 1000:.0f}")
    for name in ("cached", "uncached"):
        m = median_spread(times[name])
        print(f"  wikilint check, {name:9} {m[0] * 1000:5.0f} ms ± {m[1] * 1000:.0f}"
              f"   ratio {m[0] / base[0]:.2f}")


def adversarial(size: int) -> dict[str, str]:
    return {
        "one long line": ("word " * (size // 5))[:size],
        "lines of ' ...'": (" ...\n" * (size // 5))[:size],
        "nested {{": ("{{" * (size // 2))[:size],
        "nested ((": ("((" * (size // 2))[:size],
        "only colons": (":" * size),
        "only headings": ("Heading\n\n" * (size // 9))[:size],
        "only bullets": ("*\n" * (size // 2))[:size],
        "gloss-like line": ("Word Word The word is a word of words " * (size // 38))[:size] + " ...\n",
        # what each rule looks for, over and over on one line (a rule that reads the rest of the
        # line, or back to its start, for each would take quadratic time)
        "one line of triggers": (_TRIGGERS * (size // len(_TRIGGERS)))[:size],
    }


_TRIGGERS = ("he wrote: History[edit] reform. History The river in 1790.Lund, Anna (2001). Mills. "
             "p. 12. x ( ) A abcDef theAzerbaijan word [1] (http://x.org/a) ''a'' [[a]] {{x}} ")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--copies", type=int, default=200)
    ap.add_argument("--sizes", default="1,2,4,8", help="adversarial sizes in MB")
    ap.add_argument("--memory-mb", type=int, default=8, help="size of the JSONL corpus for the memory check")
    ap.add_argument("--venv", help="a virtual environment with wikilint installed, for the cold start")
    ap.add_argument("--only", choices=("cold", "all"), default="all")
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")

    wikilint = shutil.which("wikilint") or "wikilint"
    python = sys.executable
    if args.venv:  # a clean environment: start-up then pays only for what wikilint needs
        python = str(Path(args.venv) / "bin" / "python")
        wikilint = str(Path(args.venv) / "bin" / "wikilint")
    cold_start(wikilint, python, args.runs * 3)
    if args.only == "cold":
        return
    wikilint = shutil.which("wikilint") or "wikilint"

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        total = make_folder(folder, args.copies)
        paths = sorted(folder.glob("*.txt"))
        for p in folder.glob("*.json"):
            p.unlink()
        mb = total / 1e6
        print(f"folder: {len(paths)} files, {mb:.1f} MB")
        for name, fn in (("read only", read_all), ("one regex", one_regex), ("wikilint (all default rules)", lint_in_process)):
            t = timed(lambda fn=fn: fn(paths), max(1, args.runs // 2) if fn is lint_in_process else args.runs)
            print(f"  {name:30} {mb / t[0]:8.1f} MB/s   ({t[0]:.2f} s ± {t[1]:.2f})")
        sample_paths = [SAMPLE] * 50
        smb = SAMPLE.stat().st_size * 50 / 1e6
        for name, fn in (("one regex, gloss-dense sample", one_regex), ("wikilint, gloss-dense sample", lint_in_process)):
            t = timed(lambda fn=fn: fn(sample_paths), args.runs)
            print(f"  {name:30} {smb / t[0]:8.1f} MB/s   ({t[0]:.2f} s ± {t[1]:.2f})")

        for jobs in (1, 2):
            cli = timed(lambda jobs=jobs: subprocess.run(
                [wikilint, "check", "--quiet", "--exit-zero", "--no-cache", "--jobs", str(jobs), str(folder)],
                capture_output=True),
                        max(1, args.runs // 2))
            label = f"wikilint CLI, --jobs {jobs}"
            print(f"  {label:30} {mb / cli[0]:8.1f} MB/s   ({cli[0]:.2f} s ± {cli[1]:.2f})")
        warm = [wikilint, "check", "--quiet", "--exit-zero", "--jobs", "1", "--cache-dir",
                str(folder.parent / f"{folder.name}-cache"), str(folder)]
        subprocess.run(warm, capture_output=True)  # fill the cache first
        cached = timed(lambda: subprocess.run(warm, capture_output=True), max(2, args.runs // 2))
        print(f"  {'wikilint CLI, warm cache':30} {mb / cached[0]:8.1f} MB/s   ({cached[0]:.2f} s ± {cached[1]:.2f})")

    from wikilint.document import Document
    from wikilint.engine import lint_document
    from wikilint.registry import load_rules, select_rules

    rules = select_rules(load_rules(), ["ALL"])
    print("adversarial inputs, seconds per MB at " + ", ".join(f"{s} MB" for s in args.sizes.split(",")))
    for name in adversarial(1000):
        row = []
        for size_mb in (int(s) for s in args.sizes.split(",")):
            text = adversarial(size_mb * 1_000_000)[name]
            t = time.perf_counter()
            lint_document(Document(text), rules)
            row.append((time.perf_counter() - t) / size_mb)
        print(f"  {name:20} " + "  ".join(f"{r:6.2f}" for r in row))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB")
    memory(args.memory_mb, wikilint)


def child_peak_mb(cmd) -> float:
    """Peak resident memory of a command, from a fresh Python that runs it (RUSAGE_CHILDREN
    keeps the largest child so far, so each measurement gets its own parent)."""
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True)
    return int(out.stdout.strip() or 0) / 1024


def memory(size_mb: int, wikilint: str) -> None:
    """Peak memory of `wikilint check` on a JSONL corpus of many sample-sized records and on
    one large text file, against the size of the largest single document."""
    import json

    sample = SAMPLE.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        record = json.dumps({"id": 0, "text": sample}, ensure_ascii=False)
        count = size_mb * 1_000_000 // len(record.encode())
        with open(corpus, "w", encoding="utf-8") as fh:
            for i in range(count):
                fh.write(json.dumps({"id": i, "text": sample}, ensure_ascii=False) + "\n")
        big = Path(tmp) / "big.txt"
        big.write_text((sample + "\n\n") * max(1, (size_mb // 4) * 1_000_000 // len(sample)), encoding="utf-8")
        base = child_peak_mb([sys.executable, "-c", "import wikilint.cli"])
        runs = (
            (f"check, {size_mb} MB JSONL ({count} records of {len(sample) / 1e3:.0f} KB)",
             [wikilint, "check", "--quiet", "--exit-zero", "--no-cache", "--jobs", "1", str(corpus)]),
            ("scan, the same JSONL", [wikilint, "scan", "--out", str(Path(tmp) / "scan"), str(corpus)]),
            (f"check, {big.stat().st_size / 1e6:.0f} MB text file",
             [wikilint, "check", "--quiet", "--exit-zero", "--no-cache", "--jobs", "1", str(big)]),
        )
        for name, cmd in runs:
            t = time.perf_counter()
            peak = child_peak_mb(cmd)
            print(f"memory: {name}: peak {peak:.0f} MB (interpreter and imports {base:.0f} MB), "
                  f"{time.perf_counter() - t:.0f} s")


if __name__ == "__main__":
    main()
