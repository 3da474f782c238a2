"""Module paths from before the stages had folders still import, as the same module objects."""
from __future__ import annotations

import importlib

import pytest

from pipeline.moved import MOVED


@pytest.mark.parametrize("old,new", sorted(MOVED.items()))
def test_old_path_is_the_new_module(old, new):
    assert importlib.import_module(f"pipeline.{old}") is importlib.import_module(new)


@pytest.mark.parametrize("statement,name", [
    ("from pipeline.archives import iter_documents", "iter_documents"),
    ("from pipeline.extract import extract_documents", "extract_documents"),
    ("from pipeline.extract import ExtractOptions", "ExtractOptions"),
    ("from pipeline.checks import check_record", "check_record"),
    ("from pipeline.crosscheck import check_across", "check_across"),
    ("from pipeline.crawl import crawl", "crawl"),
    ("from pipeline.publish import write_jsonl", "write_jsonl"),
    ("from pipeline import extract_article", "extract_article"),
])
def test_names_the_readme_gave_still_import(statement, name):
    scope: dict = {}
    exec(statement, scope)  # noqa: S102 - a fixed table of import statements
    assert callable(scope[name])


def test_unknown_names_still_fail():
    with pytest.raises(ImportError):
        importlib.import_module("pipeline.no_such_module")
