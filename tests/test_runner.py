"""Parallel runs and the cache."""
from __future__ import annotations

import json

import pytest

from conftest import SAMPLES, cli


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    sample = (SAMPLES / "azerbaijan-us-relations.txt").read_text(encoding="utf-8")
    for i in range(12):
        (docs / f"page{i:02}.txt").write_text(sample if i % 3 else "Clean text only.\n", encoding="utf-8")
    (docs / "bad.txt").write_bytes(b"\x00binary")
    return tmp_path


def run(*args):
    result = cli("check", "--output-format", "json", *args, "docs")
    return result.exit_code, json.loads(result.stdout)


@pytest.mark.parametrize("jobs", ["2", "3"])  # this process and one worker, or two workers
def test_jobs_give_the_same_output_in_the_same_order(folder, jobs):
    one = run("--jobs", "1", "--no-cache")
    two = run("--jobs", jobs, "--no-cache")
    assert one == two
    assert one[0] == 2  # the binary file is an error
    paths = [f["path"] for f in one[1]["findings"]]
    assert paths == sorted(paths) and len(paths) == 8 * 91


def test_second_run_lints_nothing(folder, monkeypatch):
    first = run("--jobs", "1")
    assert (folder / ".wikilint_cache" / ".gitignore").exists()
    import wikilint.runner as runner

    def no_linting(args):
        raise AssertionError(f"linted {args[1]} again")

    monkeypatch.setattr(runner, "lint_source", no_linting)
    # the binary file is an input error, never cached; leave it out
    (folder / "docs" / "bad.txt").unlink()
    second = run("--jobs", "1")
    assert second[1]["findings"] == first[1]["findings"]


def test_changed_config_or_file_misses_the_cache(folder):
    run("--jobs", "1")
    code, data = run("--jobs", "1", "--select", "WL403")
    assert data["findings"] == []  # the sample has no citation markers: linted anew, not cached
    (folder / "docs" / "page00.txt").write_text("Intro of it.\n\nGrew.[3] Yes.\n")
    code, data = run("--jobs", "1", "--select", "WL403")
    assert [f["path"] for f in data["findings"]] == ["docs/page00.txt"]


def test_corrupt_or_foreign_cache_files_are_rewritten(folder):
    from wikilint.runner import CACHE_FORMAT

    first = run("--jobs", "1")
    entries = [p for p in (folder / ".wikilint_cache").rglob("*.json")]
    assert entries
    entries[0].write_text("{not json")
    if len(entries) > 1:
        entries[1].write_text(json.dumps({"format": CACHE_FORMAT, "key": "someone else's",
                                          "findings": [], "errors": []}))
    assert run("--jobs", "1") == first
    assert json.loads(entries[0].read_text())["format"] == CACHE_FORMAT


def test_a_cache_entry_with_malformed_findings_is_linted_again(folder):
    """A cache file with the right key but values of the wrong shape (a span of three numbers, a
    word where an offset belongs) is not trusted: the file is linted again and the entry rewritten."""
    first = run("--jobs", "1")
    [entry] = [p for p in (folder / ".wikilint_cache").rglob("*.json")
               if json.loads(p.read_text())["findings"]]  # the sample's copies share one entry
    good = json.loads(entry.read_text())
    for field, value in ((4, [1, 2, 3]), (5, "start")):  # a short span, a word for an offset
        bad = json.loads(json.dumps(good))
        bad["findings"][0][field] = value
        entry.write_text(json.dumps(bad))
        assert run("--jobs", "1") == first
        assert json.loads(entry.read_text()) == good


def test_an_edited_rule_misses_the_cache(folder, tmp_path):
    """A rule changed in place (an editable install, a plugin in development) keeps its version
    number; the cache must not serve what the old code found."""
    import os

    from wikilint.registry import load_rules
    from wikilint.runner import settings_key

    rules = load_rules()
    before = settings_key(rules, {}, {}, "utf-8", "text", "id")
    module_file = __import__(rules[0].module, fromlist=["_"]).__file__
    st = os.stat(module_file)
    try:
        os.utime(module_file, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        assert settings_key(rules, {}, {}, "utf-8", "text", "id") != before
    finally:
        os.utime(module_file, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert settings_key(rules, {}, {}, "utf-8", "text", "id") == before
