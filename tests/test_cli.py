"""The command line: exit codes, error lines, selection, rule docs, stdin, folders."""
from __future__ import annotations

import json
import os

import pytest

from conftest import ROOT, cli, real_cli

DAMAGED = "Intro sentence here.\n\nThe republic was founded in 1918.[10] It grew.\n"
CLEAN = "A clean paragraph of ordinary prose, with nothing copied from a mirror.\n"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "damaged.txt").write_text(DAMAGED, encoding="utf-8")
    (tmp_path / "docs" / "clean.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "docs" / "ignored.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "note.txt").write_text(DAMAGED, encoding="utf-8")
    return tmp_path


def test_exit_codes(tree):
    assert cli("check", "docs/clean.md").exit_code == 0
    assert cli("check", "docs/damaged.txt").exit_code == 1
    assert cli("check", "--exit-zero", "docs/damaged.txt").exit_code == 0
    assert cli("check", "--fail-level", "error", "docs/damaged.txt").exit_code == 0  # a warning only


def test_folder_recursion_skips_vcs_folders_and_other_suffixes(tree):
    result = cli("check", "--output-format", "json", ".")
    data = json.loads(result.stdout)
    assert {f["path"] for f in data["findings"]} == {"docs/damaged.txt"}
    assert result.exit_code == 1


def test_missing_file_is_an_error_line_and_others_are_linted(tree):
    result = cli("check", "nope.txt", "docs/damaged.txt")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == ["wikilint: error: nope.txt: no such file or directory"]
    assert "docs/damaged.txt:3:" in result.stdout


def test_binary_and_invalid_utf8_files(tree):
    (tree / "docs" / "bin.txt").write_bytes(b"abc\x00def")
    (tree / "docs" / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    result = cli("check", "docs")
    assert result.exit_code == 2
    errors = result.stderr.strip().splitlines()
    assert "wikilint: error: docs/bin.txt: binary file (contains NUL bytes)" in errors
    assert any(e.startswith("wikilint: error: docs/latin.txt: not valid utf-8") for e in errors)
    assert "Traceback" not in result.stderr
    assert "docs/damaged.txt:3:" in result.stdout


def test_other_encoding_with_flag(tree):
    (tree / "latin.txt").write_bytes("caf\xe9 au lait.[3] Good.\n".encode("latin-1"))
    result = cli("check", "--encoding", "latin-1", "latin.txt")
    assert result.exit_code == 1 and "WL403" in result.stdout


def test_unreadable_file(tree):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    p = tree / "docs" / "secret.txt"
    p.write_text(DAMAGED)
    p.chmod(0)
    result = cli("check", "docs/secret.txt")
    assert result.exit_code == 2 and "permission denied" in result.stderr


def test_empty_and_whitespace_files_are_fine(tree):
    (tree / "empty.txt").write_text("")
    (tree / "blank.txt").write_text("  \n\n\t\n")
    assert cli("check", "empty.txt", "blank.txt").exit_code == 0


def test_stdin_and_stdin_filename(tree):
    result = cli("check", "--stdin-filename", "page.txt", "-", input=DAMAGED)
    assert result.exit_code == 1
    assert result.stdout.startswith("page.txt:3:34: WL403 [citation-marker]")


def test_select_ignore_by_code_name_and_prefix(tree):
    text = "Para one here.\n\nIt grew.[3] He said ''no''.\n"
    (tree / "t.txt").write_text(text)

    def codes(*args):
        data = json.loads(cli("check", "--output-format", "json", *args, "t.txt").stdout)
        return sorted({f["code"] for f in data["findings"]})

    assert codes() == ["WL401", "WL403"]
    assert codes("--select", "WL403") == ["WL403"]
    assert codes("--select", "markup-residue") == ["WL401"]
    assert codes("--select", "WL4", "--ignore", "citation-marker") == ["WL401"]
    assert codes("--select", "WL401", "--extend-select", "WL403") == ["WL401", "WL403"]


def test_unknown_rule_in_select_is_a_usage_error(tree):
    result = cli("check", "--select", "WL999", "docs")
    assert result.exit_code == 2
    assert result.stderr.startswith("wikilint: error: select: unknown rule or prefix 'WL999'")


def test_no_paths_is_a_usage_error():
    result = cli("check")
    assert result.exit_code == 2 and "no paths given" in result.stderr


def test_rules_listing_and_rule_docs():
    listing = cli("rules").stdout.splitlines()
    assert len(listing) == 15
    assert listing[0].startswith("WL001  site-chrome")
    doc = cli("rule", "WL101").stdout
    assert doc.startswith("# WL101 inline-gloss")
    for section in ("## What it does", "## Why it matters", "## Example", "## Fix"):
        assert section in doc
    assert cli("rule", "inline-gloss").stdout == doc
    missing = cli("rule", "nope")
    assert missing.exit_code == 2 and "unknown rule 'nope'" in missing.stderr


def test_every_rule_documents_itself():
    from wikilint.registry import load_rules

    for rule in load_rules():
        for section in ("## What it does", "## Why it matters", "## Example", "## Fix"):
            assert section in rule.doc, (rule.code, section)
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        assert f"| {rule.code} | {rule.name} |" in readme, rule.code


def test_version():
    from wikilint import __version__

    assert cli("--version").stdout.strip() == f"wikilint, version {__version__}"


def test_real_console_script_on_samples():
    result = real_cli("check", "--quiet", "samples/", cwd=ROOT)
    assert result.returncode == 1
    assert result.stderr == b""
    assert len(result.stdout.decode().splitlines()) == 91 + 11


def test_statistics(tree):
    result = cli("check", "--statistics", "--quiet", "docs/damaged.txt")
    assert result.stdout.splitlines()[-1].split() == ["1", "WL403", "citation-marker"]


def test_fifo_symlink_loop_and_vanished_files(tmp_path, monkeypatch):
    """Odd files are one error line each; the run goes on and never hangs on a FIFO."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "ok.txt").write_text("Intro.\n\nGrew.[3] Yes.\n")
    os.mkfifo(tmp_path / "d" / "pipe.txt")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    result = cli("check", "--jobs", "1", "d")
    assert result.exit_code == 2
    assert "wikilint: error: d/pipe.txt: not a regular file" in result.stderr
    assert result.stdout.count("WL403") == 1  # ok.txt once, though the loop leads back to it

    import wikilint.reader as reader

    real = reader.read_bytes

    def vanishing(path, shown):
        if path.endswith("ok.txt"):
            os.unlink(path)
        return real(path, shown)

    monkeypatch.setattr(reader, "read_bytes", vanishing)
    result = cli("check", "--jobs", "1", "--no-cache", "d/ok.txt")
    assert result.exit_code == 2
    assert result.stderr.strip() == "wikilint: error: d/ok.txt: no such file or directory"
