"""Markdown, HTML and JSONL input: the same findings as the plain text, at the right places in
each file; code, comments and quotations are not prose; bad records and bombs are error lines."""
from __future__ import annotations

import gzip
import html
import json
from collections import Counter

import pytest

from conftest import CORPUS, ROOT, SAMPLES, cli

from wikilint.document import Document
from wikilint.engine import lint_document
from wikilint.registry import load_rules, select_rules
from wikilint.sources import html_document, markdown_document

RULES = select_rules(load_rules(), ["ALL"])


def plain_findings(text):
    """The plain text's findings, its headings read as siblings, as the markup below writes them
    (read from layout alone, a heading over another may be its parent)."""
    doc = Document.from_source(text)
    doc.heading_levels_known = True
    return doc, lint_document(doc, RULES).findings


def to_markdown(text: str) -> str:
    doc = Document.from_source(text)
    heads = {h.line for h in doc.headings if h.level > 0}
    return "\n".join(("## " + l.text) if l.index in heads else l.text for l in doc.lines)


def to_html(text: str) -> str:
    """The page as a mirror serves it: a paragraph per block, a line break per line, headings."""
    doc = Document.from_source(text)
    heads = {h.line for h in doc.headings if h.level > 0}
    out = ["<!DOCTYPE html>", "<html><head><title>t</title></head><body>"]
    for block in doc.blocks:
        lines = doc.lines[block.first:block.last + 1]
        # a title-like line after a long gap is read as content in plain text (a caption)
        if block.first in heads and block.blank_before <= 2:
            out.append(f"<h2>{html.escape(lines[0].text, quote=False)}</h2>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l.text, quote=False) for l in lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def flagged_in_source(source: str, findings):
    """(rule, text) of each one-line finding, sliced from the file by its reported position."""
    lines = source.split("\n")
    out = Counter()
    for f in findings:
        if f.span.line == f.span.end_line:
            text = lines[f.span.line - 1][f.span.column - 1:f.span.end_column - 1]
            out[(f.rule, " ".join(html.unescape(text).split()))] += 1
        else:
            out[(f.rule, "<multi-line>")] += 1
    return out


def documents():
    docs = [SAMPLES / "azerbaijan-us-relations.txt", SAMPLES / "velmora-newer-vintage.txt",
            SAMPLES / "clean-glossary.txt"]
    if CORPUS.is_dir():
        docs += sorted(p for p in CORPUS.glob("*.txt") if not p.name.endswith(".orig.txt"))[:40]
    return docs


@pytest.mark.parametrize("path", documents(), ids=lambda p: p.name)
def test_markdown_and_html_give_the_plain_text_findings(path):
    text = path.read_text(encoding="utf-8")
    doc, plain = plain_findings(text)
    want = flagged_in_source(doc.text, plain)
    md = to_markdown(text)
    md_doc = markdown_document(md, "x.md")
    got_md = flagged_in_source(md, lint_document(md_doc, RULES).findings)
    assert got_md == want
    page = to_html(text)
    html_doc = html_document(page, "x.html")
    got_html = flagged_in_source(page, lint_document(html_doc, RULES).findings)
    assert Counter({k: v for k, v in got_html.items()}) == want


def test_handwritten_html_mirror_page(monkeypatch):
    monkeypatch.chdir(ROOT)
    data = json.loads(cli("check", "--output-format", "json", "tests/data/velmora.html").stdout)
    source = (ROOT / "tests/data/velmora.html").read_text(encoding="utf-8").split("\n")
    got = [(f["rule"], f["line"], source[f["line"] - 1][f["column"] - 1:f["end_column"] - 1][:30])
           for f in data["findings"]]
    assert got == [
        ("inline-gloss", 9, "The Orrin River is a river in "),
        ("citation-marker", 10, "[3]"),
        ("dangling-quote-intro", 14, "In a letter of 1911 the counci"),
        ("empty-section", 15, "Economy"),
        ("markup-residue", 17, "''the fair''"),
    ]
    # nav, footer, script, style and comments are not prose: no HOME, no [4], no Email this Article


def test_markdown_code_links_comments_and_quotes_are_not_prose():
    md = ("# Page\n\nSome intro text of the page here.\n\n"
          "```\nHOME\nIt grew.[3] ''x''\n```\n\n"
          "Use `[4]` and see [the docs](https://example.org/a_[5]_b) for more.\n\n"
          "<!-- [6] -->\n\nShe wrote:\n\n> It was the best of times.\n\n"
          "    indented code [7]\n\nHistory\n-------\n\nIt began in 1900.\n")
    doc = markdown_document(md, "x.md")
    assert lint_document(doc, RULES).findings == []
    assert [(h.line, h.level, h.text) for h in doc.headings] == [(0, 0, "Page"), (19, 2, "History")]


def test_markdown_suppression_comment_still_works():
    md = "Intro text of the page.\n\n<!-- wikilint: disable-next-line WL403 -->\nIt grew.[3] Yes.\n"
    assert lint_document(markdown_document(md, "x.md"), RULES).findings == []


@pytest.fixture
def corpus_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    records = [
        {"id": "a1", "text": "Intro of the page.\n\nIt grew.[3] Yes."},
        {"id": "b2", "text": "A clean record."},
        "not an object",
        {"id": "c3", "body": "no text field"},
        {"text": "Intro.\n\nThe town was named for\nOldham Oldham is a large town in the north of the "
                 "country, known for its cotton mills and its market which has been held since the "
                 "thirteenth century ...\n, the founder's birthplace."},
    ]
    lines = [json.dumps(r) for r in records] + ["{broken json"]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    return tmp_path


@pytest.mark.parametrize("name", ["c.jsonl", "c.jsonl.gz"])
def test_jsonl_records(corpus_file, name):
    result = cli("check", "--output-format", "json", name)
    data = json.loads(result.stdout)
    got = [(f["record"], f["rule"], f["line"], f["column"]) for f in data["findings"]]
    assert got == [("a1", "citation-marker", 3, 9), ("5", "inline-gloss", 4, 8)]
    assert [e["message"] for e in data["errors"]] == [
        f"{name}: record on line 3: not a JSON object",
        f"{name}: record on line 4: no field 'text'",
        f"{name}: record on line 6: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
    ]
    assert result.exit_code == 2
    text = cli("check", name).stdout
    assert f"{name}#a1:3:9: WL403 [citation-marker]" in text


def test_jsonl_field_options(corpus_file):
    data = json.loads(cli("check", "--output-format", "json", "--text-field", "body",
                          "--id-field", "id", "c.jsonl").stdout)
    assert data["findings"] == []
    assert len(data["errors"]) == 5  # every record but c3 lacks "body", plus the broken line


def test_lone_cr_and_bom_columns(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mac.txt").write_bytes(b"\xef\xbb\xbfIntro line here.\r\rIt grew.[3] Yes.\r")
    result = cli("check", "mac.txt")
    assert result.stdout.startswith("mac.txt:3:9: WL403")


def test_stdin_filename_picks_the_format():
    md = "# Title\n\nIntro of the page here.\n\n```\nIt grew.[3]\n```\n"
    assert cli("check", "--stdin-filename", "page.md", "-", input=md).exit_code == 0
    assert cli("check", "--stdin-filename", "page.txt", "-", input=md).exit_code == 1


def test_html_entity_bomb_and_external_entities_are_harmless(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                      for i in range(1, 10))
            + '<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
            + "<html><body><p>&lol9; &ext; It grew.[3]</p></body></html>")
    (tmp_path / "bomb.html").write_text(bomb)
    result = cli("check", "--output-format", "json", "bomb.html")
    assert result.exit_code in (1, 2)
    assert "root:" not in result.stdout
    assert len(result.stdout) < 100_000


def test_deeply_nested_html_is_an_error_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "deep.html").write_text("<div>" * 5000 + "text" + "</div>" * 5000)
    result = cli("check", "deep.html")
    assert result.exit_code in (0, 2)
    assert "Traceback" not in result.stderr


def test_html_blockquote_after_said_is_not_dangling():
    page = ("<html><body><p>Intro sentence of the page, long enough to count.</p>"
            "<p>In his 1920 speech the president said:</p>"
            "<blockquote>In 1919 the delegation came to Paris and we met them.</blockquote>"
            "<p>In a letter of 1911 the council wrote:</p><h2>Economy</h2><p>Cattle.</p></body></html>")
    found = [(f.rule, f.span.line) for f in lint_document(html_document(page, "x.html"), RULES).findings]
    assert found == [("dangling-quote-intro", 1)]
    assert len([f for f in lint_document(html_document(page, "x.html"), RULES).findings]) == 1
