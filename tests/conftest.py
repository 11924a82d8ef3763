"""Shared fixtures: paths, the gazetteer, and the optional ../shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "data" / "articles"
SEEDS_GOLD = ROOT / "tests" / "data" / "seeds-gold.json"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Build the gazetteer's on-disk index before any test runs.

    On a new machine the first build takes about a minute; done here, it does not count
    against the app tests' 60 s script timeout or a browser test's server start.
    """
    from geo.gazetteer import load

    load()


@pytest.fixture(scope="session")
def gaz():
    from geo.gazetteer import load

    return load()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "tools").is_dir():
        pytest.skip("../shared is not present (a user's clone has none)")
    return SHARED


def claims_of(gaz, text):
    """The claims of one text, read as an article."""
    from geo.extract import extract_article
    from geo.load import parse_article

    return extract_article(parse_article(text, "t.md"), gaz)


def found(claims):
    """(operator, place, status) of each claim, sorted."""
    return sorted((c.operator, c.place, c.status) for c in claims)


def pairs_of(gaz, text):
    """(operator, place) of each claim of one text."""
    return {(o, p) for o, p, _ in found(claims_of(gaz, text))}


def status_at(gaz, text, operator, place):
    """The one status of the claims of ``operator`` at a place whose name holds ``place``."""
    got = {c.status for c in claims_of(gaz, text) if c.operator == operator and place in c.place}
    assert len(got) == 1, (text, [(c.operator, c.place, c.status) for c in claims_of(gaz, text)])
    return got.pop()
