"""The real pre-commit runs the hooks from this repository against a temporary git repository."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

DAMAGED = ("The treaty was signed in\n"
           "Lisbon Lisbon is the capital and largest city of Portugal, with an estimated population "
           "of about half a million within its administrative limits ...\n"
           "by both sides.[3]\n")
CLEAN = "A clean paragraph of ordinary prose.\n"


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        pytest.skip("pre-commit is not installed (pip install '.[test]')")
    path = tmp_path_factory.mktemp("repo")
    subprocess.run(["git", "init", "-q", str(path)], check=True)
    (path / "damaged.txt").write_text(DAMAGED)
    (path / "clean.txt").write_text(CLEAN)
    subprocess.run(["git", "add", "."], cwd=path, check=True)
    return path


def try_repo(repo, hook, *files):
    env = dict(os.environ, PRE_COMMIT_HOME=str(repo.parent / "pre-commit-home"))
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook,
                           "--files", *files], cwd=repo, capture_output=True, text=True, env=env,
                          timeout=600)


def test_check_hook_fails_on_damage_and_passes_clean_text(repo):
    damaged = try_repo(repo, "wikilint", "damaged.txt")
    assert damaged.returncode == 1, damaged.stdout + damaged.stderr
    assert "damaged.txt:2:8: WL101 [inline-gloss]" in damaged.stdout
    clean = try_repo(repo, "wikilint", "clean.txt")
    assert clean.returncode == 0, clean.stdout + clean.stderr


def test_fix_hook_repairs_the_file(repo):
    result = try_repo(repo, "wikilint-fix", "damaged.txt")
    assert result.returncode == 1  # pre-commit fails a hook that changed files
    assert "files were modified by this hook" in result.stdout
    assert (repo / "damaged.txt").read_text() == "The treaty was signed in Lisbon by both sides.\n"
