"""The labelled sample: exact findings of the core rules, and the golden JSON output."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT, SAMPLES, cli

SAMPLE = "samples/azerbaijan-us-relations.txt"


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def run_json(path):
    result = cli("check", "--output-format", "json", path)
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("name", ["azerbaijan-us-relations", "velmora-newer-vintage", "clean-glossary"])
def test_sample_output_matches_expected(name):
    got = run_json(f"samples/{name}.txt")
    want = json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))
    got.pop("version"), want.pop("version")
    assert got == want


def positions(rule):
    data = run_json(SAMPLE)
    return [(f["line"], f["column"], f["end_line"], f["end_column"]) for f in data["findings"]
            if f["rule"] == rule]


def test_sample_has_73_glosses_covering_the_summaries():
    found = positions("inline-gloss")
    assert len(found) == 73
    # "53% of" / "Azerbaijanis Azerbaijanis (; az, ...) ... ..." : the summary after the anchor
    assert found[0] == (11, 14, 11, 251)
    # consecutive glosses on lines 20 and 21, the gloss after the category line at the end
    assert (20, 32) in [(a, b) for a, b, _, _ in found]
    assert (21, 16) in [(a, b) for a, b, _, _ in found]
    assert found[-1][:2] == (207, 15)


def test_gloss_inside_hyphenated_compound_and_list_items():
    lines = {a for a, _, _, _ in positions("inline-gloss")}
    assert 18 in lines  # "United States" + gloss + "-Azerbaijani"
    assert {189, 191, 193, 195} <= lines  # glosses in the "See also" bullets


def test_dangling_quote_intros():
    # each covers its clause through the colon: "...impression of Azerbaijani delegation:", "wrote:",
    # "in 2014, he wrote:"
    assert positions("dangling-quote-intro") == [(30, 1, 30, 90), (110, 1, 110, 7), (170, 1, 170, 19)]


def test_empty_sections():
    assert [p[0] for p in positions("empty-section")] == [173, 176, 199]


def test_sample_text_report(tmp_path):
    result = cli("check", SAMPLE)
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    assert first == f"{SAMPLE}:2:4: WL001 [site-chrome] [*] site chrome “HOME”"
    assert result.stdout.rstrip().endswith("(81 fixable with `wikilint fix`).")


def test_clean_sample_exits_zero():
    result = cli("check", "samples/clean-glossary.txt")
    assert result.exit_code == 0
    assert "All clean: 1 file checked, no findings." in result.stdout
