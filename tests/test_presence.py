import datetime as dt

import pytest

from geo.presence import aggregate
from geo.store import Store

from .conftest import SEEDS


@pytest.fixture(scope="module")
def seed_claims(gaz):
    with Store(":memory:", gazetteer=gaz) as s:
        s.ingest_paths([SEEDS])
        return s.claims()


def test_denial_makes_turkish_sites_disputed(seed_claims):
    sites = {(s["operator"], s["place"]): s for s in aggregate(seed_claims)}
    for place in ("Palmyra Military Airport", "Tiyas Military Airbase"):
        site = sites[("TUR", place)]
        assert site["status"] == "proposed"
        assert site["disputed"] is True
        assert site["n_articles"] == 2 and site["n_sources"] == 2
        assert (site["first_reported"], site["last_reported"]) == ("2025-02-04", "2025-02-06")
        assert {e["status"] for e in site["evidence"]} >= {"proposed", "denied"}
        assert [t["status"] for t in site["timeline"]] == ["proposed", "denied"]
    assert sites[("RUS", "Hmeimim Air Base")]["status"] == "existing"
    assert sites[("RUS", "Hmeimim Air Base")]["disputed"] is False


def test_as_of_hides_later_reports(seed_claims):
    sites = {(s["operator"], s["place"]): s for s in aggregate(seed_claims, as_of=dt.date(2025, 2, 5))}
    site = sites[("TUR", "Palmyra Military Airport")]
    assert site["disputed"] is False and site["n_articles"] == 1


def test_bad_as_of(seed_claims):
    with pytest.raises(ValueError, match="'someday'"):
        aggregate(seed_claims, as_of="someday")


def claim(status, date, place="X", lat=10.0, lon=10.0, precision="site", article="a"):
    return {"operator": "USA", "place": place, "lat": lat, "lon": lon, "precision": precision,
            "status": status, "host": "NER", "published": date, "article_id": article + date,
            "source": article, "evidence": [{"sentence": status, "start": 0, "end": 1}]}


@pytest.mark.parametrize(
    ("statuses", "expected", "disputed"),
    [
        (["existing", "withdrawn"], "withdrawn", False),
        (["proposed", "existing"], "existing", False),
        (["denied"], "denied", False),
        (["proposed", "denied"], "proposed", True),
    ],
)
def test_status_over_time(statuses, expected, disputed):
    claims = [claim(s, f"2024-0{i + 1}-01", article=f"src{i}") for i, s in enumerate(statuses)]
    [site] = aggregate(claims)
    assert (site["status"], site["disputed"]) == (expected, disputed)
    assert site["n_articles"] == len(statuses)


def test_sites_merge_within_25_km_only():
    near = [claim("existing", "2024-01-01"), claim("existing", "2024-02-01", lat=10.1)]
    far = [claim("existing", "2024-01-01"), claim("existing", "2024-02-01", lat=11.0)]
    assert len(aggregate(near)) == 1
    assert len(aggregate(far)) == 2


def test_undated_reports_stay_out_of_dated_views():
    dated, undated = claim("proposed", "2024-01-01"), claim("existing", "", article="u")
    undated["published"] = None
    assert [s["status"] for s in aggregate([dated, undated], as_of="2024-06-01")] == ["proposed"]
    [site] = aggregate([dated, undated])
    assert site["n_articles"] == 2  # the undated report still counts without a date


def test_a_report_that_quotes_its_own_denial_is_disputed():
    one = claim("denied", "2024-01-01")
    one["evidence"] = [{"sentence": "plans", "start": 0, "end": 5, "status": "proposed"},
                       {"sentence": "no plans", "start": 6, "end": 14, "status": "denied"}]
    one["why"] = {"operator": ["demonym: Turkish"], "status": ["no plans"]}
    [site] = aggregate([one])
    assert site["disputed"] is True
    assert site["why_operator"] == ["demonym: Turkish"]


def test_one_article_with_a_report_and_its_denial_shows_both_sides():
    one = claim("denied", "2024-01-01")
    one["evidence"] = [{"sentence": "may set up bases", "start": 0, "end": 5, "status": "proposed"},
                       {"sentence": "no information", "start": 6, "end": 14, "status": "denied"}]
    [site] = aggregate([one])
    assert (site["status"], site["disputed"]) == ("proposed", True)
    assert [t["status"] for t in site["timeline"]] == ["proposed", "denied"]
    assert site["n_articles"] == 1
    both = claim("withdrawn", "2024-01-01")
    both["evidence"] = [{"sentence": "had troops", "start": 0, "end": 5, "status": "existing"},
                        {"sentence": "left", "start": 6, "end": 10, "status": "withdrawn"}]
    [left] = aggregate([both])
    assert (left["status"], left["disputed"]) == ("withdrawn", False)  # history, no dispute
