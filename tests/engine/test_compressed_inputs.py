"""A compressed article gives the record of the plain one, fact for fact; ``newsfacts extract`` on a
folder of compressed files, a damaged one among them (run as a subprocess)."""
from __future__ import annotations

import bz2
import gzip
import json
import lzma
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.engine.stages import ExtractOptions, extract_documents
from pipeline.read.archives import iter_documents
from pipeline.records import to_dict

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
COMPRESSORS = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}


def _records(paths: list[Path], nlp) -> list[dict]:  # noqa: ANN001
    records = extract_documents(iter_documents([str(p) for p in paths]), options=ExtractOptions(with_text=True),
                                nlp=nlp)
    return [to_dict(record, with_text=True) for record in records]


def _without_source(record: dict) -> str:
    article = {k: v for k, v in record["article"].items() if k != "source"}
    return json.dumps({**record, "article": article}, sort_keys=True)


@pytest.mark.parametrize("suffix", list(COMPRESSORS))
def test_a_compressed_page_gives_the_record_of_the_plain_one(tmp_path, nlp, suffix):
    plain = [FIXTURES / "html" / "article.html"] + sorted((FIXTURES / "articles").glob("*.txt"))[:3]
    packed = []
    for path in plain:
        target = tmp_path / (path.name + suffix)
        target.write_bytes(COMPRESSORS[suffix](path.read_bytes()))
        packed.append(target)
    expected, found = _records(plain, nlp), _records(packed, nlp)
    assert any(r["counts"] for r in expected)
    assert [_without_source(r) for r in found] == [_without_source(r) for r in expected]
    assert [r["article"]["source"] for r in found] == [str(p) for p in packed]


def test_extract_reads_a_compressed_folder_and_reports_the_damaged_file(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    article = (FIXTURES / "articles").glob("*.txt").__next__().read_bytes()
    (folder / "a.txt.gz").write_bytes(gzip.compress(article))
    (folder / "b.html.xz").write_bytes(lzma.compress((FIXTURES / "html" / "article.html").read_bytes()))
    whole = gzip.compress(article * 20)
    (folder / "c.txt.gz").write_bytes(whole[:len(whole) // 2])
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(folder), "-o", str(out), "--workers", "1"],
                          cwd=ROOT, capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert b"truncated gzip file x1" in done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["article"]["source"]).name for r in records] == ["a.txt.gz", "b.html.xz", "c.txt.gz"]
    assert [bool(r["errors"]) for r in records] == [False, False, True]
    assert records[2]["errors"][0].startswith("truncated gzip file: ")
