"""Shared helpers: lint a text with chosen rules, run the real CLI, find the shared corpus."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def lint(text: str, select=("ALL",)):
    """(code, line, column) of every finding in `text`."""
    from wikilint import lint_text

    return [(f.code, f.span.line, f.span.column) for f in lint_text(text, select=list(select))]


def flagged_lines(text: str, select=("ALL",)):
    """The line of every finding in `text`."""
    return [line for _, line, _ in lint(text, select)]


def findings(text: str, select=("ALL",)):
    from wikilint import lint_text

    return lint_text(text, select=list(select))


def flagged(text: str, select=("ALL",)):
    """The text each finding covers, by code."""
    return [(f.code, text.replace("\r\n", "\n")[f.start:f.end]) for f in findings(text, select)]


def cli(*args, input=None, env=None):
    """Run the command in-process; returns the click Result (exit_code, stdout, stderr)."""
    from wikilint.cli import main

    runner = CliRunner()
    return runner.invoke(main, list(args), input=input, env=env, catch_exceptions=False)


def real_cli(*args, cwd=None, input=None, env=None):
    """Run the installed `wikilint` console script in a subprocess."""
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "wikilint.cli", *args], cwd=cwd, input=input,
                          capture_output=True, env=full_env)


@pytest.fixture
def corpus():
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus (../shared/corpus/dev) is not here")
    return CORPUS


def load_json(text: str):
    return json.loads(text)
