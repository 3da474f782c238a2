"""Shared fixtures: the real spaCy model, the seeds when ../shared is present."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    """The real statistical model (loaded once per test session)."""
    from pipeline.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """../shared/seeds; tests that need it are skipped where it is absent."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    return SEEDS


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES
