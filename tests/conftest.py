"""Shared fixtures: paths, the gazetteer, and the optional ../shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "data" / "articles"
SEEDS_GOLD = ROOT / "tests" / "data" / "seeds-gold.json"


@pytest.fixture(scope="session")
def gaz():
    from geo.gazetteer import load

    return load()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "tools").is_dir():
        pytest.skip("../shared is not present (a user's clone has none)")
    return SHARED
