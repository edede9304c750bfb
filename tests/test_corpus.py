"""The labelled dev corpus (../shared/corpus/dev), read in place: per-rule recall and precision
at the levels the project promises, and silence on the clean documents. Skipped without it."""
from __future__ import annotations

import json
from collections import defaultdict

import pytest

from conftest import CORPUS


def documents():
    if not CORPUS.is_dir():
        return []
    out = []
    for txt in sorted(CORPUS.glob("*.txt")):
        if txt.name.endswith(".orig.txt") or not txt.with_suffix(".json").exists():
            continue
        out.append((txt, json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))))
    return out


def label_spans(text, labels):
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    resume, spans = {}, []
    for a in labels["artifacts"]:
        line = a["line"]
        lo = resume.get((line, a["text"]), starts[line - 1])
        at = text.find(a["text"], lo)
        resume[(line, a["text"])] = at + 1
        spans.append((a["rule"], at, at + max(1, len(a["text"]))))
    return spans


@pytest.fixture(scope="module")
def scored():
    docs = documents()
    if not docs:
        pytest.skip("the shared corpus (../shared/corpus/dev) is not here")
    from wikilint import lint_text

    stat = defaultdict(lambda: [0, 0, 0, 0])  # labels, found, findings, correct
    clean = []
    for path, labels in docs:
        text = path.read_text(encoding="utf-8")
        spans = label_spans(text, labels)
        found = [(f.rule, f.start, max(f.end, f.start + 1)) for f in lint_text(text, select=["ALL"])]
        for rule, a, b in spans:
            stat[rule][0] += 1
            stat[rule][1] += any(r == rule and x < b and a < y for r, x, y in found)
        for r, x, y in found:
            stat[r][2] += 1
            stat[r][3] += any(rule == r and x < b and a < y for rule, a, b in spans)
        if not labels["artifacts"]:
            clean += [(path.name, r) for r, _, _ in found]
    return stat, clean


CORE = ["inline-gloss", "dangling-quote-intro", "empty-section"]


def test_core_rules(scored):
    stat, clean = scored
    labels, found, findings, correct = stat["inline-gloss"]
    assert found / labels >= 0.98 and correct / findings >= 0.98
    for rule in ("dangling-quote-intro", "empty-section"):
        labels, found, findings, correct = stat[rule]
        assert found == labels and correct == findings, rule
    assert not [c for c in clean if c[1] in CORE]


def test_catalog_rules(scored):
    stat, clean = scored
    for rule, (labels, found, findings, correct) in stat.items():
        if rule in CORE or not labels:
            continue
        assert found / labels >= 0.9, (rule, found, labels)
        assert findings == 0 or correct / findings >= 0.95, (rule, correct, findings)


def test_clean_documents_draw_no_findings(scored):
    _, clean = scored
    assert clean == []
