"""Lint many files: in parallel processes, with a cache of results keyed by content.

The cache, as ruff has one: a file's findings are stored under a key made of the file's bytes,
wikilint's version, the selected rules with their options and severities, and how the file is read.
A second run over unchanged files lints nothing. A cache entry that cannot be read, does not parse
or carries another key is ignored and rewritten, never trusted.
"""
from __future__ import annotations

import gc
import json
import os
import sys

from . import __version__
from .model import Edit, Finding, Fix, Span

try:  # BLAKE2 without hashlib: hashlib loads OpenSSL first, a third of a cold start's own work
    from _blake2 import blake2b as _blake2b
except ImportError:  # an interpreter built without it
    from hashlib import blake2b as _blake2b

CACHE_DIR = ".wikilint_cache"
CACHE_FORMAT = 3
PARALLEL_MIN_FILES = 8  # below this, starting processes costs more than it saves


def _digest(data: bytes) -> str:
    return _blake2b(data, digest_size=32).hexdigest()


def settings_key(rules, options, severities, encoding, text_field, id_field) -> str:
    data = {
        "version": __version__, "rules": [r.code for r in rules], "options": options,
        "severities": severities, "encoding": encoding, "fields": [text_field, id_field],
        "code": _code_stamp(rules),
    }
    return _digest(json.dumps(data, sort_keys=True, default=str).encode())


def _code_stamp(rules) -> list:
    """Size and modification time of the engine's files and of each rule's module: a rule
    edited in place (a plugin under development, an editable install) is not the version the
    cache remembers, though the version number has not changed."""
    files = []
    for folder in {os.path.dirname(__file__), os.path.join(os.path.dirname(__file__), "formats")}:
        try:
            files += [e.path for e in os.scandir(folder) if e.name.endswith(".py")]
        except OSError:
            pass
    for rule in rules:
        module = sys.modules.get(rule.module)
        if module is not None and getattr(module, "__file__", None):
            files.append(module.__file__)
    stamp = []
    for path in sorted(set(files)):
        try:
            st = os.stat(path)
            stamp.append([os.path.basename(path), st.st_size, st.st_mtime_ns])
        except OSError:
            stamp.append([path, None, None])
    return stamp


def _finding_to_plain(f: Finding) -> tuple:
    """A finding (less its path) as nested tuples of strings and numbers: they pickle and unpickle
    several times faster than objects, and a cache file holds them as JSON lists."""
    fix = f.fix
    if fix is not None:
        fix = (tuple([tuple(e) for e in fix.edits]), fix.applicability)
    return (f.code, f.rule, f.message, f.severity, tuple(f.span), f.start, f.end, fix,
            tuple([tuple(s) for s in f.edit_spans]), f.record)


_new = tuple.__new__  # builds a named tuple from a sequence without its Python-level __new__


def _finding_from_plain(plain, path: str) -> Finding:
    """The finding of `_finding_to_plain`, placed in `path`. Trusts the types: a cache file's
    values go through `_checked_plain` first."""
    code, rule, message, severity, span, start, end, fix, spans, record = plain
    if fix is not None:
        fix = _new(Fix, (tuple([_new(Edit, e) for e in fix[0]]), fix[1]))
        spans = tuple([_new(Span, s) for s in spans])
    return _new(Finding, (path, code, rule, message, severity, _new(Span, span), start, end, fix,
                          spans, record))


def _ints(values, count: int) -> tuple:
    numbers = tuple(map(int, values))
    if len(numbers) != count:
        raise ValueError(f"expected {count} numbers")
    return numbers


def _checked_plain(plain) -> tuple:
    """A finding's plain form read from a file (which could hold anything), every value converted
    to its type and every span checked for length; ValueError or TypeError if it cannot be."""
    code, rule, message, severity, span, start, end, fix, spans, record = plain
    if fix is not None:
        edits, applicability = fix
        fix = ([(int(s), int(e), str(r)) for s, e, r in edits], str(applicability))
        spans = [_ints(s, 4) for s in spans]
    else:
        spans = ()
    return (str(code), str(rule), str(message), str(severity), _ints(span, 4), int(start),
            int(end), fix, spans, None if record is None else str(record))


class Cache:
    def __init__(self, folder: str, settings: str):
        self.folder = folder
        self.settings = settings

    def key(self, raw: bytes, shown: str) -> str:
        kind = os.path.splitext(shown)[1].lower()
        return _digest(self.settings.encode() + kind.encode() + b"\0" + raw)

    def _file(self, key: str) -> str:
        return os.path.join(self.folder, key[:2], key + ".json")

    def get(self, key: str, path: str):
        """(findings, errors) stored under the key, or None."""
        try:
            with open(self._file(key), encoding="utf-8") as fh, _no_gc():
                data = json.load(fh)
                if data.get("format") != CACHE_FORMAT or data.get("key") != key:
                    return None
                return ([_finding_from_plain(_checked_plain(p), path) for p in data["findings"]],
                        [str(e) for e in data["errors"]])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # missing, corrupt or foreign: lint again and rewrite

    def put(self, key: str, findings: list[Finding], errors: list[str]) -> None:
        target = self._file(key)
        data = {"format": CACHE_FORMAT, "key": key,
                "findings": [_finding_to_plain(f) for f in findings], "errors": errors}
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            tmp = f"{target}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False)
            os.replace(tmp, target)
            gitignore = os.path.join(self.folder, ".gitignore")
            if not os.path.exists(gitignore):
                with open(gitignore, "w", encoding="utf-8") as fh:
                    fh.write("*\n")
        except OSError:
            pass  # a cache that cannot be written only costs time


def iter_source(args):
    """Read and lint one file, yielding (findings, errors) for each document in it (one for a
    page, one per record for a JSONL corpus)."""
    raw, shown, source_path, codes, options, severities, encoding, text_field, id_field = args
    from .engine import lint_document
    from .reader import read_documents
    from .registry import load_rules

    rules = [r for r in load_rules() if r.code in codes]
    for doc, error in read_documents(source_path, encoding, raw, shown, text_field, id_field,
                                     raw=raw):
        if error:
            yield [], [error]
            continue
        result = lint_document(doc, rules, options, severities)
        yield result.findings, [f"{shown}: {e}" for e in result.errors]


def lint_source(args) -> tuple[list[Finding], list[str]]:
    """All findings and errors of one file (runs in a worker process)."""
    findings, errors = [], []
    for found, errs in iter_source(args):
        findings += found
        errors += errs
    return findings, errors


def lint_sources_plain(chunk: list) -> list[tuple[list[tuple], list[str]]]:
    """lint_source over a few tasks (in a worker process), the findings in their plain form."""
    out = []
    for args in chunk:
        findings, errors = lint_source(args)
        out.append(([_finding_to_plain(f) for f in findings], errors))
    return out


def run_parallel(tasks: list, jobs: int):
    """lint_source over tasks in `jobs` processes when there are enough of them: this one and
    jobs - 1 workers. Yields the results in task order whatever the number of processes, each as
    soon as it and all before it are done, so that the caller can report them while the rest are
    being linted."""
    if jobs <= 1 or len(tasks) < PARALLEL_MIN_FILES:
        for task in tasks:
            yield lint_source(task)
        return
    from concurrent.futures import ProcessPoolExecutor  # only when processes are used

    # This process lints too, between collecting the workers' results: its own findings need no
    # copying back, and on a machine with as many cores as jobs it does not sit idle while the
    # workers take the cores it would need to turn their results back into findings.
    results: list = [None] * len(tasks)
    done = 0  # results handed to the caller so far, in order
    workers = jobs - 1
    # small chunks: the last ones decide when the run ends, so they should be short
    chunk = max(1, len(tasks) // (jobs * 32))
    pending: dict = {}  # future -> index of its first task
    # The first task is linted here before the workers start: forked from this process, they
    # then begin with the rules imported and their patterns compiled instead of doing it again.
    results[0] = lint_source(tasks[0])
    queued = 1  # tasks handed out so far (to a worker or to this process), in order
    with ProcessPoolExecutor(max_workers=workers) as pool:
        while queued < len(tasks) or pending:
            while queued < len(tasks) and len(pending) < 2 * workers:  # two chunks per worker
                # the chunks shrink towards the end, so that no one waits long for the last
                size = max(1, min(chunk, (len(tasks) - queued) // (4 * jobs)))
                pending[pool.submit(lint_sources_plain, tasks[queued:queued + size])] = queued
                queued += size
            if queued < len(tasks):
                results[queued] = lint_source(tasks[queued])
                queued += 1
            elif pending:
                next(iter(pending)).result()  # nothing left to lint here: wait for a worker
            for future in [f for f in pending if f.done()]:
                first = pending.pop(future)
                with _no_gc():
                    for i, (plain, errors) in enumerate(future.result(), first):
                        # every finding of a task is in its file, named as the task names it
                        results[i] = ([_finding_from_plain(p, tasks[i][1]) for p in plain], errors)
            while done < len(tasks) and results[done] is not None:
                yield results[done]
                results[done] = None  # handed over: this process need not keep it
                done += 1


class _no_gc:
    """Turning plain results (a worker's, a cache file's) into findings makes many small tuples
    and no cycles; the collector, run every few hundred of them, would walk every finding held
    so far each time."""

    def __enter__(self):
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.was_enabled:
            gc.enable()
