"""Find the files to lint and read them into Documents, turning every failure into one line."""
from __future__ import annotations

import fnmatch
import functools
import os
import re

from .document import Document

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".jsonl.gz")
DEFAULT_EXCLUDES = (".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "node_modules",
                    "__pycache__", ".wikilint_cache", ".mypy_cache", ".pytest_cache", "build", "dist")


MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
PARQUET_SUFFIXES = (".parquet",)
CORPUS_SUFFIXES = JSONL_SUFFIXES + PARQUET_SUFFIXES


def kind_of(name: str) -> str:
    """How a file is read, from its name: text, markdown, html, jsonl or parquet."""
    low = name.lower()
    if low.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    if low.endswith(HTML_SUFFIXES):
        return "html"
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if low.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return "text"


class InputError(Exception):
    """A file that cannot be linted; the message names the file and the reason."""


def display_path(path: str) -> str:
    """Paths relative to the working directory when below it, POSIX style, never './x'."""
    if path == "-":
        return path
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        rel = path
    if rel.startswith(".."):
        rel = os.path.normpath(path)
    return rel.replace(os.sep, "/")


@functools.lru_cache(maxsize=8)
def _exclusion_pattern(excludes: tuple[str, ...]):
    """The globs as one pattern (fnmatch's rules and case), matched against each part of a path
    and the whole of it: one match per name instead of one per glob."""
    return re.compile("|".join(fnmatch.translate(os.path.normcase(g)) for g in excludes) or "(?!)")


def _excluded(rel: str, excludes: tuple[str, ...]) -> bool:
    match = _exclusion_pattern(tuple(excludes)).match
    parts = [p for p in rel.replace(os.sep, "/").split("/") if p and p != "."]
    return any(match(os.path.normcase(p)) for p in parts) or bool(match(os.path.normcase(rel)))


def discover(paths: list[str], excludes: tuple[str, ...] = DEFAULT_EXCLUDES,
             suffixes: tuple[str, ...] = TEXT_SUFFIXES,
             includes: tuple[str, ...] = ()) -> tuple[list[str], list[tuple[str, str]]]:
    """Files named or found below folders (sorted), and (path, error) for paths that fail.
    Files found in folders must match one of `includes` (globs) when any are given; files named
    on the command line are always taken."""
    files, errors = [], []
    for p in paths:
        if p == "-":
            files.append(p)
            continue
        if os.path.isdir(p):
            seen_dirs = set()
            for root, dirs, names in os.walk(p, followlinks=True):
                real = os.path.realpath(root)
                if real in seen_dirs:  # a symlink loop: walk each real folder once
                    dirs[:] = []
                    continue
                seen_dirs.add(real)
                dirs[:] = sorted(d for d in dirs if not _excluded(d, excludes))
                for name in sorted(names):
                    full = os.path.join(root, name)
                    rel = os.path.relpath(full, p)
                    if name.lower().endswith(suffixes) and not _excluded(rel, excludes) and (
                            not includes or any(fnmatch.fnmatch(full.replace(os.sep, "/"), g) or
                                                fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(name, g)
                                                for g in includes)):
                        files.append(full)
        elif os.path.exists(p) or os.path.islink(p):
            files.append(p)
        else:
            errors.append((p, "no such file or directory"))
    return files, errors


def decode(raw: bytes, path: str, encoding: str = "utf-8", source_path: str = "-") -> Document:
    """Decode file bytes into a Document, or raise InputError with a one-line reason."""
    if b"\x00" in raw and encoding.lower().replace("-", "") in ("utf8", "utf8sig"):
        raise InputError(f"{path}: binary file (contains NUL bytes)")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid {encoding} (byte {exc.start}: {exc.reason})") from None
    except LookupError:
        raise InputError(f"{path}: unknown encoding {encoding!r}") from None
    doc = Document.from_source(text, path)
    doc.source_path, doc.raw, doc.encoding = source_path, raw, encoding
    return doc


def read_bytes_check(path: str, shown: str) -> None:
    """Raise InputError unless `path` is a regular file that exists."""
    if not os.path.lexists(path) or (os.path.islink(path) and not os.path.exists(path)):
        raise InputError(f"{shown}: no such file or directory")
    if os.path.isdir(path):
        raise InputError(f"{shown}: is a directory")
    if not os.path.isfile(path):
        raise InputError(f"{shown}: not a regular file")


def read_bytes(path: str, shown: str) -> bytes:
    """A file's bytes; a FIFO or device is refused (reading it could block forever)."""
    try:
        read_bytes_check(path, shown)
        with open(path, "rb") as fh:
            return fh.read()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file or directory") from None
    except PermissionError:
        raise InputError(f"{shown}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{shown}: cannot read ({exc.strerror or exc})") from None


def read_documents(path: str, encoding: str = "utf-8", stdin: bytes | None = None,
                   shown_as: str | None = None, text_field: str = "text", id_field: str = "id",
                   raw: bytes | None = None):
    """Yield (Document, None) or (None, error line) for one path ('-' is stdin): one Document for
    text, Markdown and HTML, one per record for JSONL."""
    shown = shown_as or display_path(path)
    kind = kind_of(shown)
    if kind != "text":  # the format readers load only when a file needs them
        from .sources import (SourceError, html_document, jsonl_records, markdown_document,
                              open_lines, parquet_records)
    else:
        SourceError = InputError  # noqa: N806 - nothing else to catch for plain text
    try:
        if kind == "jsonl" and raw is None and path != "-":
            read_bytes_check(path, shown)
            with open_lines(path, shown) as lines:
                yield from jsonl_records(lines, shown, text_field, id_field)
            return
        if kind == "parquet":
            if path == "-" or raw is not None:
                raise InputError(f"{shown}: Parquet is read from a file, not from stdin")
            read_bytes_check(path, shown)
            yield from parquet_records(path, shown, text_field, id_field)
            return
        if raw is None:
            raw = (stdin or b"") if path == "-" else read_bytes(path, shown)
        if kind == "jsonl":
            yield from jsonl_records(raw, shown, text_field, id_field)
            return
        doc = decode(raw, shown, encoding, path)
        if kind == "markdown":
            doc = _carry(doc, markdown_document(doc.to_source(), shown))
        elif kind == "html":
            doc = _carry(doc, html_document(doc.to_source(), shown))
        yield doc, None
    except (InputError, SourceError) as exc:
        yield None, str(exc)
    except OSError as exc:
        yield None, f"{shown}: cannot read ({exc.strerror or exc})"


def _carry(read: Document, built: Document) -> Document:
    """Keep what was read (the bytes, their path and encoding) on the Document a format built."""
    built.source_path, built.raw, built.encoding = read.source_path, read.raw, read.encoding
    return built
