"""Corpus scans over JSONL shards: statistics, verdicts, sharding across machines, resuming."""
from __future__ import annotations

import gzip
import json

import pytest

from conftest import cli

GLOSSED = ("Intro.\n\nThe town was named for\nOldham Oldham is a large town in the north of the "
           "country, known for its cotton mills and its market which has been held since the "
           "thirteenth century ...\n, the founder's birthplace.")


@pytest.fixture
def shards(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    for n in range(3):
        rows = [{"id": f"{n}-a", "text": "A clean record of plain prose."},
                {"id": f"{n}-b", "text": GLOSSED},
                {"id": f"{n}-c", "text": "Intro.\n\nIn his letter of 1911 he wrote:\n\n\nLater life\n\nHe died."}]
        data = "\n".join(json.dumps(r) for r in rows) + "\n"
        if n == 2:
            (tmp_path / "in" / f"s{n}.jsonl.gz").write_bytes(gzip.compress(data.encode()))
        else:
            (tmp_path / "in" / f"s{n}.jsonl").write_text(data)
    return tmp_path


def results(folder):
    rows = []
    for p in sorted(folder.glob("*.scan.jsonl")):
        rows += [json.loads(l) for l in p.read_text().splitlines()]
    return rows


def test_scan_statistics_and_verdicts(shards):
    result = cli("scan", "--out", "out", "--fix", "in")
    assert result.exit_code == 0, result.stderr
    rows = results(shards / "out")
    assert [(r["id"], r["verdict"]) for r in rows[:3]] == [("0-a", "clean"), ("0-b", "repairable"),
                                                          ("0-c", "damaged")]
    glossed = rows[1]
    assert glossed["counts"] == {"inline-gloss": 1} and 0.5 < glossed["artifact_share"] < 0.9
    assert glossed["fixed_text"] == "Intro.\n\nThe town was named for Oldham, the founder's birthplace."
    assert "Scanned 9 documents in 3 shards (0 already done): 3 clean, 3 repairable, 3 damaged." in result.stderr


def test_shards_split_the_work_and_resume(shards):
    assert cli("scan", "--out", "one", "in").exit_code == 0
    assert cli("scan", "--out", "split", "--shard", "1/2", "in").exit_code == 0
    assert cli("scan", "--out", "split", "--shard", "2/2", "in").exit_code == 0
    assert results(shards / "split") == results(shards / "one")
    again = cli("scan", "--out", "one", "in")
    assert "Scanned 0 documents in 0 shards (3 already done)" in again.stderr


def test_bad_shard_argument():
    result = cli("scan", "--out", "x", "--shard", "3/2", ".")
    assert result.exit_code == 2 and "--shard 3/2" in result.stderr


def test_html_report(shards):
    from lxml import html as lxml_html

    cli("scan", "--out", "out", "in")
    result = cli("report", "out", "--html", "report.html")
    assert result.exit_code == 0
    page = lxml_html.fromstring((shards / "report.html").read_text(encoding="utf-8"))
    assert page.findtext(".//h1") == "wikilint corpus scan"
    cards = [c.text_content() for c in page.find_class("card")]
    assert cards == ["3clean (33%)", "3repairable (33%)", "3damaged (33%)"]
    rules = [tr.findtext("td") for tr in page.xpath("//table[1]//tr[td]")]
    assert sorted(rules) == ["dangling-quote-intro", "inline-gloss"]
    assert len(page.xpath("//svg")) == 2


def test_progress_bar_counts_documents(shards):
    result = cli("scan", "--out", "out", "--progress", "in")
    assert result.exit_code == 0
    assert "scanning" in result.stderr and "9/9" in result.stderr and "docs/s" in result.stderr
    quiet = cli("scan", "--out", "again", "in")  # not a terminal: no bar
    assert "docs/s" not in quiet.stderr and "Scanned 9 documents" in quiet.stderr


@pytest.fixture
def parquet_shard(tmp_path, monkeypatch):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    monkeypatch.chdir(tmp_path)
    pq.write_table(pa.table({"id": ["p-a", None, "p-c"], "text": ["Plain prose.", GLOSSED, None]}),
                   tmp_path / "rows.parquet", row_group_size=1)
    return tmp_path


def test_parquet_rows_are_documents(parquet_shard):
    result = cli("check", "--output-format", "json", "rows.parquet")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [(f["record"], f["code"], f["line"]) for f in data["findings"]] == [("2", "WL101", 4)]
    assert result.stderr.splitlines()[0] == (
        "wikilint: error: rows.parquet: record in row 3: field 'text' is not a string")
    scan = cli("scan", "--out", "out", "rows.parquet")
    rows = results(parquet_shard / "out")
    assert [(r["id"], r["verdict"], r["shard"]) for r in rows] == [
        ("p-a", "clean", "rows.parquet"), ("2", "repairable", "rows.parquet")]
    assert scan.exit_code == 2


def test_parquet_without_pyarrow_is_one_clear_error(parquet_shard, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)  # import fails as if not installed
    result = cli("check", "rows.parquet")
    assert result.exit_code == 2
    assert ("wikilint: error: rows.parquet: reading Parquet needs pyarrow "
            "(pip install 'wikilint[parquet]')") in result.stderr


def test_not_a_parquet_file(tmp_path, monkeypatch):
    pytest.importorskip("pyarrow.parquet")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fake.parquet").write_bytes(b"PAR1 not really")
    result = cli("scan", "--out", "out", "fake.parquet")
    assert result.exit_code == 2
    assert "wikilint: error: fake.parquet: not a Parquet file (" in result.stderr


def test_shards_that_would_share_a_result_file_are_refused(shards):
    (shards / "in" / "more").mkdir()
    (shards / "in" / "more" / "s0.jsonl").write_text('{"id": "x", "text": "Plain."}\n')
    result = cli("scan", "--out", "out", "in")
    assert result.exit_code == 2
    assert "would write the same result file s0.scan.jsonl" in result.stderr
    assert not (shards / "out").exists() or not list((shards / "out").iterdir())
