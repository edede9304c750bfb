"""Never crash, never hang, never lose text: property tests over arbitrary mixtures of the
artifacts' building blocks, and a guard against super-linear time."""
from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wikilint.document import Document
from wikilint.engine import lint_document
from wikilint.fixer import fix_document
from wikilint.registry import load_rules, select_rules

RULES = select_rules(load_rules(), ["ALL"])

BLOCKS = [" ...", "...", "…", "*", "* ", "•", "{{", "}}", "[[", "]]", "''", "'''", "(; ", "( , ; )",
          "()", ":", " wrote:", " said: ", "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\ufeff", "History",
          "References", "See also", "[1]", "[2][3]", "[a]", "[edit]", "editThe ", "é", "e\u0301",
          "שלום עולם", "مرحبا", "𝔘𝔫𝔦", "👍", "The  of", "andIraq", "  • History 1", "HOME", "OR:",
          "Baku Baku (, ; az, Bakı ) is the capital and largest city of Azerbaijan ",
          "The United States of America is a country ", "<ref name=x>", "&nbsp;", "links=no",
          "https://example.org/a.htm", "Doe, Jane. “Title.” Publisher, 2014. ", "producer.His",
          "Aisne (river), Aisne", "U.S. Federal Grand Jury Probe On ", " . ", " , ", ", , ", "\t",
          "\x00", "\x0b", "\u2028", "a", "The", " ", "."]

texts = st.lists(st.one_of(st.sampled_from(BLOCKS), st.text(max_size=12)), max_size=40).map("".join)


def lint(source: str):
    doc = Document.from_source(source)
    result = lint_document(doc, RULES)
    assert result.errors == []
    return doc, result.findings


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_check_never_raises_and_spans_agree_with_the_text(source):
    doc, findings = lint(source)
    for f in findings:
        assert 0 <= f.start <= f.end <= len(doc.text)
        assert (f.span.line, f.span.column) == doc.position(f.start)
        assert (f.span.end_line, f.span.end_column) == doc.position(f.end)
        if f.span.line == f.span.end_line:
            line = doc.lines[f.span.line - 1].text
            assert line[f.span.column - 1:f.span.end_column - 1] == doc.text[f.start:f.end]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_fix_is_idempotent_and_leaves_no_safe_fix(source):
    doc = Document.from_source(source)
    once = fix_document(doc, RULES)
    again = fix_document(Document(once.text), RULES)
    assert again.text == once.text
    assert not [f for f in again.remaining if f.fix is not None and f.fix.applicability == "safe"]


@settings(max_examples=200, deadline=None)
@given(texts)
def test_source_round_trip_keeps_line_ends_and_bom(source):
    """A file that uses one kind of line end (and maybe a BOM) is written back byte for byte; one
    that mixes them keeps its text, with one kind of line end."""
    doc = Document.from_source(source)
    body = source[1:] if source.startswith("\ufeff") else source
    crlf = body.count("\r\n")
    lone_cr = body.count("\r") - crlf
    lone_lf = body.count("\n") - crlf
    if [crlf > 0, lone_cr > 0, lone_lf > 0].count(True) <= 1 and "\ufeff" not in body:
        assert doc.to_source() == source
    assert Document.from_source(doc.to_source()).text == doc.text


def call_count(text: str) -> int:
    """Python calls (into Python or C functions) made while building and linting a document: a
    measure of work that, unlike time, is the same on every run and every machine."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        count += 1

    sys.setprofile(profile)
    try:
        lint_document(Document(text), RULES)
    finally:
        sys.setprofile(None)
    return count


ADVERSARIAL = {
    "one long line": lambda n: ("word " * n)[:n],
    "lines of ' ...'": lambda n: (" ...\n" * n)[:n],
    "nested {{": lambda n: "{{" * (n // 2),
    "nested ((": lambda n: "((" * (n // 2),
    "only colons": lambda n: ":" * n,
    "only headings": lambda n: ("Heading\n\n" * n)[:n],
    "only bullets": lambda n: ("*\n" * n)[:n],
    "gloss-like line": lambda n: ("Word Word The word is a word of words " * n)[:n] + " ...\n",
    "brackets": lambda n: ("[" * n),
    "quotes": lambda n: ("'" * n),
    "spaces": lambda n: (" " * n),
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_work_grows_linearly_on_adversarial_inputs(name):
    """Doubling the input must not much more than double the work: a loop over lines that walks
    back over earlier lines (a quadratic path) would quadruple it. Work is counted in calls, not
    timed, so the test gives the same answer on a busy machine; time per MB on the same inputs
    is measured by bench/bench.py."""
    make = ADVERSARIAL[name]
    call_count(make(1_000))  # first use compiles patterns and fills caches
    small, large = call_count(make(20_000)), call_count(make(40_000))
    assert large <= 2.2 * small + 1_000, (small, large)


def test_fuzzer_regression_long_apostrophe_runs_converge():
    """Found by the atheris harness: fixing runs of many apostrophes took more rounds than the
    fixer allows, so fixing twice changed the text again."""
    source = "Intro line here.\n\nSaid wh" + "'" * 47 + "\x00" * 8 + "'" * 55 + "e skipper said.\n"
    doc = Document.from_source(source)
    once = fix_document(doc, RULES)
    assert fix_document(Document(once.text), RULES).text == once.text
