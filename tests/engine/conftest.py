"""Fixtures the probe-set tests share: a test module's ``SETS`` table names its fixture sets (``tests/fixtures/<set>``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixture_sets import FIXTURES, f1_by_type, set_records


@pytest.fixture(scope="module")
def probe_records(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The records of each set in the test module's ``SETS``, extracted once per run (``set_records``)."""
    return {name: set_records(tmp_path_factory, name) for name in request.module.SETS}


@pytest.fixture(scope="module")
def probe_f1(probe_records: dict[str, Path]) -> dict[str, dict[str, float]]:
    """``score.py``'s F1 per fact type of each set's records, by set name."""
    return {name: f1_by_type(FIXTURES / name / "gold.json", path) for name, path in probe_records.items()}
