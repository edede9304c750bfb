"""`wikilint scan --engine ray` on a real local Ray (2 CPUs) writes what the local engine writes.

The shared corpus (the sample pages where it is absent) is packed into JSONL shards (plain and gzipped, with a broken record) and a
Parquet shard; both engines scan them with --fix and their result folders must be equal, file for
file and byte for byte. CI installs the `ray` extra and sets WIKILINT_REQUIRE_EXTRAS, so there
these tests cannot skip.
"""
from __future__ import annotations

import gzip
import json
import os

import pytest

from conftest import CORPUS, SAMPLES, cli

REQUIRED = bool(os.environ.get("WIKILINT_REQUIRE_EXTRAS"))


def _need(module: str):
    if REQUIRED:
        return __import__(module, fromlist=["_"])
    return pytest.importorskip(module)


@pytest.fixture(scope="module")
def local_ray():
    ray = _need("ray")
    _need("ray.data")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def _documents() -> list[tuple[str, str]]:
    if CORPUS.is_dir():
        pages = sorted(p for p in CORPUS.glob("*.txt") if not p.name.endswith(".orig.txt"))
        return [(p.stem, p.read_text(encoding="utf-8")) for p in pages]
    docs = []
    for page in sorted(SAMPLES.glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        docs.append((page.stem, text))
        docs += [(f"{page.stem}-{n}", part) for n, part in enumerate(text.split("\n\n\n")) if part.strip()]
    assert len(docs) >= 16
    return docs


@pytest.fixture
def packed_corpus(tmp_path, monkeypatch):
    """The shared corpus (or, where it is absent, the project's sample pages cut into their
    paragraphs) as four shards: two JSONL, one gzipped JSONL, one Parquet."""
    pq = _need("pyarrow.parquet")
    pa = _need("pyarrow")
    shards = [[], [], [], []]
    for k, (name, text) in enumerate(_documents()):
        shards[k % 4].append({"id": name, "text": text})
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps(r, ensure_ascii=False) for r in shards[0]]
    lines.insert(2, "{not json")  # a broken record: an error line, the rest goes on
    lines.insert(3, "")
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text("\n".join(json.dumps({"text": r["text"]}) for r in shards[1]),
                                    encoding="utf-8")  # no ids: named by line number
    (folder / "c.jsonl.gz").write_bytes(gzip.compress(
        "".join(json.dumps(r) + "\n" for r in shards[2]).encode()))
    rows = shards[3] + [{"id": None, "text": "A row without an id, in he wrote:\n\n\nLater\n\nEnd."},
                        {"id": "nothing", "text": None}]
    pq.write_table(pa.table({"id": [r["id"] for r in rows], "text": [r["text"] for r in rows]}),
                   folder / "d.parquet", row_group_size=3)  # several row groups: read in parallel
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _folder(path):
    return {p.name: p.read_bytes() for p in sorted(path.iterdir())}


def test_ray_output_equals_local_output(local_ray, packed_corpus):
    local = cli("scan", "--out", "local", "--fix", "in")
    ray = cli("scan", "--engine", "ray", "--out", "ray", "--fix", "in")
    assert local.exit_code == ray.exit_code == 2  # the broken record and the textless row
    assert ray.stderr == local.stderr
    assert "wikilint: error: in/a.jsonl: record on line 3: " in ray.stderr
    assert "wikilint: error: in/d.parquet: record in row " in ray.stderr
    expected = _folder(packed_corpus / "local")
    assert sorted(expected) == ["a.scan.jsonl", "b.scan.jsonl", "c.scan.jsonl", "d.scan.jsonl"]
    assert _folder(packed_corpus / "ray") == expected
    rows = [json.loads(line) for line in expected["b.scan.jsonl"].decode().splitlines()]
    assert [r["id"] for r in rows] == [str(n) for n in range(1, len(rows) + 1)]
    assert sum(r["verdict"] != "clean" for r in rows) >= 1 and all("fixed_text" in r for r in rows)


def test_ray_scan_resumes_finished_shards(local_ray, packed_corpus):
    assert cli("scan", "--engine", "ray", "--out", "out", "--shard", "1/2", "in").exit_code == 2
    assert sorted(p.name for p in (packed_corpus / "out").iterdir()) == ["a.scan.jsonl",
                                                                        "c.scan.jsonl"]
    rest = cli("scan", "--engine", "ray", "--out", "out", "in")
    assert "in 2 shards (2 already done)" in rest.stderr
    assert cli("scan", "--out", "local", "in").exit_code == 2
    assert _folder(packed_corpus / "out") == _folder(packed_corpus / "local")
