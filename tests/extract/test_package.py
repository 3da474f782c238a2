"""The extract package: public names resolve, and imports stay lazy."""
import subprocess
import sys

import pytest

import pipeline.extract as extract


@pytest.mark.parametrize("name", extract.__all__)
def test_every_public_name_resolves(name):
    assert callable(getattr(extract, name))


def test_all_lists_every_lazy_name():
    assert sorted(extract.__all__) == sorted(extract._WHERE)


def test_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no_such_name"):
        extract.no_such_name  # noqa: B018


def test_one_module_does_not_import_the_others():
    code = ("import sys, pipeline.extract.numbers; "
            "print(sorted(m for m in ('pipeline.extract.speakers', 'pipeline.extract.assembly', 'spacy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
