import sqlite3

import pytest

from geo._errors import StoreError
from geo.store import Store

from .conftest import SEEDS


@pytest.fixture
def store(tmp_path, gaz):
    with Store(tmp_path / "t.sqlite", gazetteer=gaz) as s:
        yield s


def test_ingest_is_idempotent(store):
    first = store.ingest_paths([SEEDS])
    assert all(r.ok and not r.skipped for r in first)
    counts = store.counts()
    second = store.ingest_paths([SEEDS])
    assert all(r.skipped for r in second)
    assert store.counts() == counts
    assert counts["articles"] == 2 and counts["claims"] >= 4


def test_a_bad_file_is_named_and_nothing_is_lost(store, tmp_path):
    store.ingest_paths([SEEDS])
    before = store.counts()
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: x\n", encoding="utf-8")
    results = store.ingest_paths([bad, tmp_path / "missing.md"])
    assert [r.ok for r in results] == [False, False]
    errors = sorted(r.error or "" for r in results)
    assert "bad.md" in errors[0] and "never closed" in errors[0]
    assert "missing.md" in errors[1]
    assert store.counts() == before


def test_a_failing_write_rolls_back(store, gaz, monkeypatch):
    from geo.extract import Claim, Evidence
    from geo.load import parse_article

    article = parse_article("Russian troops left the Hmeimim air base.", "x.md")
    bad = Claim("RUS", "X", 999.0, 0.0, "site", "existing", [Evidence("s", 0, 1, "existing")])
    with pytest.raises(StoreError, match="rolled back"):
        store.add_article(article, [bad])
    assert store.counts() == {"articles": 0, "sentences": 0, "claims": 0}


def test_article_view_and_claims(store):
    store.ingest_paths([SEEDS])
    arts = store.articles()
    assert {a["title"][:6] for a in arts} == {"Turkey", "Too Ea"}
    art = store.article(arts[0]["id"])
    assert art is not None
    for s in art["sentences"]:
        assert art["body"][s["start"] : s["end"]] == s["text"]
    claims = store.claims()
    assert {c["operator"] for c in claims} >= {"TUR", "RUS"}
    assert all(c["why"]["operator"] for c in claims)
    assert store.article("nope") is None


def test_not_a_database(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="junk.sqlite"):
        Store(path)


def test_env_var_sets_the_path(tmp_path, monkeypatch):
    from geo.store import default_db_path

    monkeypatch.setenv("GEO_DB", str(tmp_path / "x.sqlite"))
    assert default_db_path() == tmp_path / "x.sqlite"
    assert isinstance(sqlite3.sqlite_version, str)


def test_remove_an_article_and_it_stays_removed(tmp_path, gaz):
    with Store(tmp_path / "db.sqlite", gazetteer=gaz) as store:
        assert len(store.seed()) == 2
        before = store.counts()
        victim = store.articles()[0]["id"]
        assert store.remove_article(victim) is True
        assert store.remove_article(victim) is False
        after = store.counts()
        assert after["articles"] == before["articles"] - 1
        assert after["claims"] < before["claims"] and after["sentences"] < before["sentences"]
        assert all(c["article_id"] != victim for c in store.claims())
        assert store.seed() == []  # samples are seeded once: a removed one stays removed
        assert store.counts() == after


def _ingest_with_url(store, tmp_path, url):
    """Ingest one article whose front matter gives ``url``; return the stored claims."""
    path = tmp_path / "2025-03-01-a.md"
    path.write_text(f"---\ntitle: A\nsource: Wire\nurl: {url}\npublished: 2025-03-01\n"
                    "---\nRussian troops are stationed at the Hmeimim air base in Syria.\n",
                    encoding="utf-8")
    assert all(r.ok for r in store.ingest_paths([path]))
    return store.claims()


def test_claims_and_sites_carry_the_articles_url(store, tmp_path):
    from geo.presence import aggregate

    claims = _ingest_with_url(store, tmp_path, "https://example.org/a")
    assert claims and {c["url"] for c in claims} == {"https://example.org/a"}
    evidence = [e for site in aggregate(claims) for e in site["evidence"]]
    assert evidence and {e["url"] for e in evidence} == {"https://example.org/a"}


def test_only_web_addresses_reach_the_sites(store, tmp_path):
    from geo.presence import aggregate

    evidence = [e for site in aggregate(_ingest_with_url(store, tmp_path, "javascript:alert(4)"))
                for e in site["evidence"]]
    assert evidence and {e["url"] for e in evidence} == {""}
