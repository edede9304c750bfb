"""Configuration files, inline suppressions, and plugin rules found through entry points."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from conftest import cli

TEXT = "Intro sentence of the page.\n\nIt grew.[3] He said ''no''.\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(TEXT)
    return tmp_path


def codes(*args):
    result = cli("check", "--output-format", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return sorted({f["code"] for f in json.loads(result.stdout)["findings"]})


def test_pyproject_table_is_found_from_a_subfolder(project, monkeypatch):
    (project / "pyproject.toml").write_text('[tool.wikilint]\nignore = ["WL403"]\n')
    monkeypatch.chdir(project / "docs")
    assert codes("a.txt") == ["WL401"]
    assert codes("--isolated", "a.txt") == ["WL401", "WL403"]


def test_nearest_file_wins_and_config_flag_overrides(project, monkeypatch):
    (project / "pyproject.toml").write_text('[tool.wikilint]\nignore = ["WL403"]\n')
    (project / "docs" / ".wikilint.toml").write_text('select = ["WL403"]\n')
    monkeypatch.chdir(project / "docs")
    assert codes("a.txt") == ["WL403"]
    (project / "other.toml").write_text('select = ["WL401"]\n')
    assert codes("--config", "../other.toml", "a.txt") == ["WL401"]


def test_per_file_ignores_severity_and_rule_options(project):
    (project / "wikilint.toml").write_text(textwrap.dedent("""
        [per-file-ignores]
        "docs/*.txt" = ["citation-marker"]

        [severity]
        markup-residue = "info"

        [rules.inline-gloss]
        min-summary-chars = 80
    """))
    result = cli("check", "--output-format", "json", "docs/a.txt")
    data = json.loads(result.stdout)
    assert [(f["code"], f["severity"]) for f in data["findings"]] == [("WL401", "info")]
    assert result.exit_code == 0  # info is below the default fail level (warning)


@pytest.mark.parametrize("content, message", [
    ('[tool.wikilint]\nselekt = ["WL1"]\n', "pyproject.toml: tool.wikilint.selekt: unknown key (allowed: select,"),
    ('[tool.wikilint]\nselect = ["WL999"]\n', "pyproject.toml: tool.wikilint.select: select: unknown rule or prefix 'WL999'"),
    ('[tool.wikilint]\npreview = "yes"\n', "pyproject.toml: tool.wikilint.preview: expected true or false, got 'yes'"),
    ('[tool.wikilint.rules.inline-gloss]\nmin-chars = 3\n', "pyproject.toml: tool.wikilint.rules.inline-gloss.min-chars: unknown option (allowed: min_summary_chars)"),
    ('[tool.wikilint.rules.inline-gloss]\nmin-summary-chars = "x"\n', "expected int, got 'x'"),
    ('[tool.wikilint\n', "pyproject.toml: invalid TOML"),
])
def test_bad_configuration_is_one_line_and_exit_2(project, content, message):
    (project / "pyproject.toml").write_text(content)
    result = cli("check", "docs")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], lines


def test_inline_suppressions():
    text = ("Intro sentence of the page.\n\n"
            "<!-- wikilint: disable-next-line WL403 -->\n"
            "It grew.[3] Then more.[4]\n"
            "<!-- wikilint: disable citation-marker -->\n"
            "Also.[5]\n"
            "<!-- wikilint: enable citation-marker -->\n"
            "Again.[6]\n")
    from conftest import lint

    assert lint(text, ["WL403"]) == [("WL403", 8, 7)]
    assert lint("<!-- wikilint: disable-file -->\nIt grew.[3] Yes.\n", ["WL403"]) == []


def test_plugin_rule_through_entry_point_and_a_raising_rule(tmp_path, monkeypatch):
    """A third-party package adds rules via the `wikilint.rules` entry-point group. One of them
    raises: that is an internal error naming the rule and file, and the others still run."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "shout_rules.py").write_text(textwrap.dedent('''
        """SH001 shouting: a line in capitals."""
        from wikilint.model import Detection
        CODE = "SH001"
        NAME = "shouting"
        SUMMARY = "Line in capitals"
        SEVERITY = "warning"
        def check(doc, options):
            for line in doc.lines:
                if line.text.isupper():
                    yield Detection(line.start, line.end, "stop shouting")
    '''))
    (site / "broken_rules.py").write_text(textwrap.dedent('''
        """SH002 broken: always raises."""
        CODE = "SH002"
        NAME = "broken"
        SUMMARY = "Raises"
        def check(doc, options):
            raise RuntimeError("boom")
            yield
    '''))
    dist = site / "shout_rules-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: shout-rules\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(
        "[wikilint.rules]\nshouting = shout_rules\nbroken = broken_rules\n")
    page = tmp_path / "p.txt"
    page.write_text("HELLO THERE\n\nIt grew.[3] Yes.\n")
    env = {"PYTHONPATH": str(site)}
    import os

    out = subprocess.run([sys.executable, "-m", "wikilint.cli", "check", "--select", "ALL", str(page)],
                         capture_output=True, text=True, env={**os.environ, **env}, cwd=tmp_path)
    assert out.returncode == 2
    assert "p.txt:1:1: SH001 [shouting] stop shouting" in out.stdout
    assert "p.txt:3:9: WL403 [citation-marker]" in out.stdout
    assert "internal error in rule SH002 (broken): RuntimeError: boom" in out.stderr
    assert "Traceback" not in out.stderr
    listing = subprocess.run([sys.executable, "-m", "wikilint.cli", "rules"], capture_output=True,
                             text=True, env={**os.environ, **env}).stdout
    assert "SH001  shouting" in listing


def git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_baseline_reports_only_new_findings_even_when_lines_move(project):
    assert cli("check", "--write-baseline", "base.json", "docs").exit_code == 0
    assert cli("check", "--baseline", "base.json", "docs").exit_code == 0
    # lines move down, and one new finding appears
    (project / "docs" / "a.txt").write_text("New first line.\n\n" + TEXT + "More.[9] Yes.\n")
    result = cli("check", "--baseline", "base.json", "--output-format", "json", "docs")
    data = json.loads(result.stdout)
    assert [(f["code"], f["line"]) for f in data["findings"]] == [("WL403", 6)]
    assert result.exit_code == 1


def test_bad_baseline_is_an_error(project):
    (project / "base.json").write_text("not json")
    result = cli("check", "--baseline", "base.json", "docs")
    assert result.exit_code == 2 and "base.json: not a wikilint baseline" in result.stderr


def test_diff_from_reports_only_changed_lines(project):
    git("init", "-q", cwd=project)
    git("-c", "user.email=a@b", "-c", "user.name=t", "add", ".", cwd=project)
    git("-c", "user.email=a@b", "-c", "user.name=t", "commit", "-qm", "base", cwd=project)
    (project / "docs" / "a.txt").write_text(TEXT + "More.[9] Yes.\n")
    (project / "docs" / "new.txt").write_text("Intro of new page.\n\nIt grew.[1] Yes.\n")
    data = json.loads(cli("check", "--diff-from", "HEAD", "--output-format", "json", "docs").stdout)
    assert sorted((f["path"], f["line"]) for f in data["findings"]) == [("docs/a.txt", 4), ("docs/new.txt", 3)]
    bad = cli("check", "--diff-from", "no-such-ref", "docs")
    assert bad.exit_code == 2 and "not a git revision" in bad.stderr


def test_unused_suppressions_are_reported_when_selected():
    from conftest import lint

    text = ("Intro sentence of the page.\n\n"
            "<!-- wikilint: disable-next-line WL403 -->\n"
            "It grew quickly.\n"
            "<!-- wikilint: disable-next-line WL403 -->\n"
            "It grew.[3]\n")
    assert lint(text, ["WL403", "WL900"]) == [("WL900", 3, 1)]
    assert lint(text, ["WL403"]) == []


def test_include_and_exclude_globs(project):
    (project / "docs" / "b.md").write_text(TEXT)
    (project / "docs" / "skip").mkdir()
    (project / "docs" / "skip" / "c.txt").write_text(TEXT)
    (project / "wikilint.toml").write_text('include = ["*.txt"]\nexclude = ["skip"]\n')
    data = json.loads(cli("check", "--output-format", "json", ".").stdout)
    assert sorted({f["path"] for f in data["findings"]}) == ["docs/a.txt"]


@pytest.mark.parametrize("table, found", [
    ('[tool.wikilint]\nselect = ["WL1"]\n', True),
    ('[tool."wikilint"]\nselect = ["WL1"]\n', True),
    ('[tool]\nwikilint = {select = ["WL1"]}\n', True),
    ('[tool]\nwikilint.select = ["WL1"]\n', True),
    ('[project]\nname = "wikilint"\ndescription = "uses wikilint"\n', False),
])
def test_pyproject_found_only_with_a_wikilint_table(tmp_path, table, found):
    from wikilint.config import find_config

    (tmp_path / "pyproject.toml").write_text(table, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    result = find_config(tmp_path / "sub")
    assert (result == str(tmp_path / "pyproject.toml")) if found else result is None


def test_a_console_script_named_wikilint_is_not_a_table(tmp_path):
    from wikilint.config import find_config

    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[project.scripts]\nwikilint = "wikilint.cli:main"\n', encoding="utf-8")
    assert find_config(tmp_path) is None


def test_detection_with_bad_offsets_is_an_internal_error_not_a_traceback():
    from wikilint.document import Document
    from wikilint.engine import lint_document
    from wikilint.model import Detection
    from wikilint.registry import Rule

    def check(doc, options):
        yield Detection(0, 5, "fine")
        yield Detection("0", "5", "offsets as text")

    rule = Rule("XX001", "sloppy", "Bad offsets", "warning", {}, check, "", module="sloppy")
    result = lint_document(Document("Hello there.\n", "p.txt"), [rule])
    assert [f.message for f in result.findings] == ["fine"]
    assert result.errors == ["internal error in rule XX001 (sloppy): TypeError: a detection's "
                             "offsets must be integers, not '0', '5'"]
