"""Every output format: golden files for a small document, plus the checks each consumer makes
(SARIF schema, XML parsing, GitHub's escaping and range rules). Regenerate the golden files with
WIKILINT_UPDATE_GOLDEN=1 after a deliberate change."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from lxml import etree

from conftest import ROOT, cli

GOLDEN = Path(__file__).parent / "golden"
MINI = "tests/data/mini.txt"
FORMATS = ["text", "json", "github", "sarif", "junit", "checkstyle", "gitlab", "rdjson"]


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


def render(fmt, *paths):
    result = cli("check", "--output-format", fmt, *(paths or (MINI,)))
    assert result.exit_code == 1, result.stderr
    return result.stdout.replace(__import__("wikilint").__version__, "VERSION")


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(fmt):
    got = render(fmt)
    path = GOLDEN / f"mini.{fmt}"
    if os.environ.get("WIKILINT_UPDATE_GOLDEN"):
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


def test_json_shape():
    data = json.loads(render("json"))
    assert data["schema"] == 1 and data["errors"] == []
    first = data["findings"][0]
    assert list(first) == ["path", "code", "rule", "message", "severity", "line", "column",
                           "end_line", "end_column", "fix"]
    assert first["fix"] == {"applicability": "safe", "edits": [
        {"line": 1, "column": 1, "end_line": 3, "end_column": 1, "content": ""}]}


def test_sarif_validates_against_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
    if not schema_path.exists():
        pytest.skip("the SARIF schema (../shared/schemas) is not here")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    log = json.loads(render("sarif", MINI, "samples/azerbaijan-us-relations.txt"))
    jsonschema.validate(log, schema)
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(run["tool"]["driver"]["rules"]) == 14  # the stable rules that ran
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
    mine = [r for r in run["results"]
            if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == MINI]
    region = mine[1]["locations"][0]["physicalLocation"]
    assert region["artifactLocation"]["uri"] == MINI
    assert region["region"] == {"startLine": 5, "startColumn": 25, "endLine": 5, "endColumn": 28}


def test_junit_and_checkstyle_parse_and_name_each_finding():
    junit = etree.fromstring(render("junit").encode())
    names = [case.get("name") for case in junit.iter("testcase")]
    assert len(names) == len(set(names)) == 4
    assert names[1] == f"WL403 citation-marker @ {MINI}:5:25"
    checkstyle = etree.fromstring(render("checkstyle").encode())
    errors = checkstyle.findall("file/error")
    assert [e.get("line") for e in errors] == ["1", "5", "6", "7"]
    assert errors[1].get("source") == "wikilint.citation-marker"


def test_github_escaping_and_ranges(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a,b%c.txt").write_text("Intro line.\n\nFounded in 1921.[3] Yes.\n", encoding="utf-8")
    out = cli("check", "--output-format", "github", "a,b%c.txt").stdout
    assert out == ("::warning file=a%2Cb%25c.txt,line=3,col=17,endLine=3,endColumn=20,"
                   "title=WL403 citation-marker::a,b%25c.txt:3:17: WL403 [citation-marker] "
                   "reference marker “[3]” left in the text\n")


def test_github_multi_line_findings_have_no_columns():
    lines = render("github", "samples/velmora-newer-vintage.txt").splitlines()
    assert lines, "expected annotations"
    for line in lines:
        props = line.split("::")[1]
        fields = dict(p.split("=", 1) for p in props.split(" ", 1)[1].split(","))
        if fields["line"] != fields["endLine"]:
            assert "col" not in fields and "endColumn" not in fields


def test_github_rolls_up_past_three_per_file_and_rule(tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    lines = render("github", "samples/azerbaijan-us-relations.txt").splitlines()
    glosses = [l for l in lines if "title=WL101" in l]
    assert len(glosses) == 4
    assert "70 more inline-gloss findings in this file" in glosses[-1]
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("### wikilint: 91 findings in 1 file(s)")
    assert "| WL101 inline-gloss | 73 |" in text
    assert text.count("\n| samples/azerbaijan-us-relations.txt |") == 91


def test_control_characters_never_break_any_format(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    nasty = "Intro\x01 line\x0b.\n\nIt grew.[3] \x1bA ''b\x07ad'' word.\n"
    (tmp_path / "bad.txt").write_text(nasty, encoding="utf-8")
    for fmt in FORMATS:
        out = cli("check", "--output-format", fmt, "bad.txt").stdout
        if fmt in ("json", "sarif", "gitlab", "rdjson"):
            json.loads(out)
        elif fmt in ("junit", "checkstyle"):
            etree.fromstring(out.encode())
        assert "\x07" not in out or fmt == "text", fmt


def test_rdjson_columns_are_utf8_bytes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "u.txt").write_text("Intro line.\n\nCafé in Zürich.[3] Yes.\n", encoding="utf-8")
    data = json.loads(cli("check", "--output-format", "rdjson", "u.txt").stdout)
    start = data["diagnostics"][0]["location"]["range"]["start"]
    assert start == {"line": 3, "column": 18}  # 16 characters, two of them two bytes long


def test_output_file(tmp_path):
    target = tmp_path / "report.sarif"
    result = cli("check", "--output-format", "sarif", "--output-file", str(target), MINI)
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"
