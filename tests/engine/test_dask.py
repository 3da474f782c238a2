"""The Dask engine: on a LocalCluster of two small workers, the records of the local engine."""
from __future__ import annotations

import pytest

from pipeline.engine.dask import Part, plan_parts, run_dask
from pipeline.engine.stages import ExtractOptions, extract_documents
from pipeline.publish.jsonl import dumps
from pipeline.read.archives import Limits, iter_documents, record_offsets

pytest.importorskip("distributed")

CORPUS = "corpus"


def test_the_dask_engine_writes_the_records_of_the_local_engine(nlp):
    options = ExtractOptions.from_settings()
    local = [dumps(r) for r in extract_documents(iter_documents([CORPUS]), options=options, nlp=nlp)]
    records = run_dask([CORPUS], options=options, limits=Limits(), workers=2)
    assert [dumps(r) for r in records] == local


@pytest.mark.parametrize("per_part", [1, 7, 1000])
def test_archives_are_cut_into_ranges_of_records_and_other_files_stay_whole(per_part):
    parts = list(plan_parts([CORPUS], per_part=per_part))
    archives = [p for p in parts if p.start is not None]
    warc = archives[0].path
    offsets = record_offsets(warc)
    assert [p.start for p in archives] == offsets[::per_part]
    assert all(p.end == q.start for p, q in zip(archives, archives[1:])) and archives[-1].end is None
    assert Part("corpus/sample-articles.jsonl") in parts


@pytest.mark.parametrize("paths, expected", [
    (["no/such/file.txt"], [Part("no/such/file.txt")]),
])
def test_a_missing_input_is_a_part_of_its_own_for_the_reader_to_report(paths, expected):
    assert list(plan_parts(paths)) == expected


def test_stdin_cannot_go_to_a_cluster():
    with pytest.raises(ValueError, match="stdin"):
        list(plan_parts(["-"]))
