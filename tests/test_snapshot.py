"""Exports (GeoJSON, CSV, KML, HTML, PNG), permalinks and the view state."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from geo import snapshot
from geo.maps import popup_html
from geo.permalink import ViewState, coverage, describe_view, permalink
from geo.snapshot import (
    EVIDENCE_COLUMNS,
    SITE_COLUMNS,
    BrowserError,
    find_chromium,
    site_rows,
    to_csv,
    to_evidence_csv,
    to_geojson,
    to_html,
    to_kml,
    to_png,
)

HOSTILE = "<script>alert(1)</script> `tick` ${7*6} & \x07bell"
KML = "{http://www.opengis.net/kml/2.2}"


def make_site(**overrides: Any) -> dict[str, Any]:
    site: dict[str, Any] = {
        "operator": "TUR",
        "operator_name": "Turkey",
        "place": "Palmyra Military Airport",
        "lat": 34.5574,
        "lon": 38.3169,
        "precision": "site",
        "status": "proposed",
        "disputed": True,
        "host_own": False,
        "first_reported": "2025-02-04",
        "last_reported": "2025-02-06",
        "n_articles": 2,
        "n_sources": 2,
        "timeline": [
            {"date": "2025-02-04", "status": "proposed", "article_id": "a1", "title": "T"}
        ],
        "evidence": [
            {
                "article_id": "a1",
                "article": "a.md",
                "title": "Pact",
                "source": "Reuters",
                "published": "2025-02-04",
                "sentence": "Turkey may set up air bases.",
                "start": 10,
                "end": 38,
                "status": "proposed",
                "cues": ["may", "air bases"],
            },
            {
                "article_id": "b2",
                "article": "b.md",
                "title": "Denial",
                "source": "AP",
                "published": "2025-02-06",
                "sentence": "It is too early to talk about bases.",
                "start": 0,
                "end": 36,
                "status": "denied",
                "cues": ["too early"],
            },
        ],
    }
    site.update(overrides)
    return site


@pytest.fixture
def sites() -> list[dict[str, Any]]:
    hostile = make_site(
        operator="RUS",
        operator_name="Russia",
        place=HOSTILE,
        lat=-12.5,
        lon=-45.25,
        status="existing",
        disputed=False,
    )
    hostile["evidence"] = [dict(hostile["evidence"][0], sentence='=HYPERLINK("x")', title=HOSTILE)]
    return [make_site(), hostile]


def test_geojson_is_lon_lat(sites: list[dict[str, Any]]) -> None:
    data = to_geojson(sites)
    assert data["type"] == "FeatureCollection"
    first = data["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [38.3169, 34.5574]}
    assert data["features"][1]["geometry"]["coordinates"] == [-45.25, -12.5]
    assert first["properties"]["place"] == "Palmyra Military Airport"
    assert "lat" not in first["properties"]
    assert len(first["properties"]["evidence"]) == 2
    json.dumps(data)  # serialisable as is


def test_geojson_rejects_bad_coordinates() -> None:
    with pytest.raises(ValueError, match=r"123\.0"):
        to_geojson([make_site(lat=123.0)])


def test_csv_round_trips(sites: list[dict[str, Any]]) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(sites))))
    assert len(rows) == 2
    assert tuple(rows[0]) == SITE_COLUMNS
    assert rows[0]["place"] == "Palmyra Military Airport"
    assert (float(rows[0]["lat"]), float(rows[0]["lon"])) == (34.5574, 38.3169)
    assert rows[0]["n_evidence"] == "2"
    assert rows[0]["why"] == "status: may; air bases; too early"
    assert rows[0]["disputed"] == "True"
    assert rows[1]["place"] == HOSTILE  # text is kept verbatim, quoted by the csv module


def test_evidence_csv_rows_and_formula_defusing(sites: list[dict[str, Any]]) -> None:
    sites[0]["evidence"][0]["url"] = "https://example.org/pact"
    sites[0]["evidence"][1]["url"] = "javascript:alert(1)"
    text = to_evidence_csv(sites, link_base="http://localhost:8501/")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == EVIDENCE_COLUMNS
    assert len(rows) == 3
    assert [r["url"] for r in rows] == ["https://example.org/pact", "", ""]
    assert rows[0]["link"] == "http://localhost:8501/?article=a1&sentence=10"
    assert rows[1]["status"] == "denied"
    assert rows[2]["sentence"] == '\'=HYPERLINK("x")'
    assert rows[2]["lon"] == "-45.25"  # numbers are not touched


def test_kml_parses_and_escapes(sites: list[dict[str, Any]]) -> None:
    text = to_kml(sites)
    assert "<script>" not in text and "&lt;script&gt;" in text
    root = ET.fromstring(text.encode("utf-8"))
    marks = root.findall(f".//{KML}Placemark")
    assert len(marks) == 2
    assert len(root.findall(f".//{KML}Folder")) == 2
    assert marks[0].findtext(f"{KML}name") == "Palmyra Military Airport"
    assert marks[0].findtext(f".//{KML}coordinates") == "38.3169,34.5574,0"
    assert marks[1].findtext(f"{KML}name") == HOSTILE.replace("\x07", "")
    assert "too early to talk" in marks[0].findtext(f"{KML}description")


def test_html_export_is_offline(sites: list[dict[str, Any]]) -> None:
    page = to_html(sites, link_base="http://localhost:8501/")
    assert 'src="http' not in page and 'href="http' not in page.replace(
        'href="http://localhost:8501/', ""
    )
    assert "<script>alert(1)</script>" not in page
    assert "http://localhost:8501/?article=a1&amp;sentence=10" in page


def test_permalink() -> None:
    url = permalink(
        {"operator": ["TUR", "RUS"], "status": [], "as_of": dt.date(2025, 2, 5), "zoom": 6},
        "http://localhost:8501/",
    )
    parts = urlsplit(url)
    assert parts.netloc == "localhost:8501"
    assert parse_qs(parts.query) == {
        "operator": ["TUR,RUS"],
        "as_of": ["2025-02-05"],
        "zoom": ["6"],
    }
    assert permalink({"article": "a b&c"}) == "?article=a+b%26c"
    assert permalink({}, "http://x/") == "http://x/"
    with pytest.raises(ValueError, match="bogus"):
        permalink({"bogus": 1}, "")


def test_view_state_round_trip() -> None:
    query = {
        "operator": "tur,RUS",
        "status": "proposed,denied",
        "articles": "a1,b2",
        "as_of": "2025-02-05",
        "article": "a1",
        "sentence": "10",
        "lat": "34.5",
        "lon": "38.3",
        "zoom": "6",
    }
    view = ViewState.from_query(query)
    assert view.operators == ("TUR", "RUS")
    assert view.statuses == ("proposed", "denied")
    assert view.as_of == dt.date(2025, 2, 5)
    assert view.center == (34.5, 38.3)
    assert view.problems == ()
    again = ViewState.from_query(view.to_query())
    assert again == view
    assert parse_qs(urlsplit(permalink(view.to_query(), "/")).query)["operator"] == ["TUR,RUS"]


def test_view_state_ignores_bad_values() -> None:
    view = ViewState.from_query(
        {
            "operator": "TUR,xx1",
            "status": "maybe",
            "as_of": "yesterday",
            "sentence": "x",
            "lat": "99",
            "lon": "0",
            "zoom": "40",
        }
    )
    assert view.operators == ("TUR",) and view.statuses == ()
    assert view.as_of is None and view.sentence is None and view.center is None
    assert view.zoom is None
    text = " ".join(view.problems)
    for word in ("XX1", "maybe", "yesterday", "sentence", "lat/lon", "zoom"):
        assert word in text


def test_view_state_filters(sites: list[dict[str, Any]]) -> None:
    assert ViewState().filter_sites(sites) == sites
    only = ViewState(operators=("RUS",)).filter_sites(sites)
    assert [s["operator"] for s in only] == ["RUS"]
    assert ViewState(statuses=("withdrawn",)).filter_sites(sites) == []
    # a site matches every status it was reported with, not only the latest
    denied = ViewState(statuses=("denied",)).filter_sites(sites)
    assert [s["place"] for s in denied] == ["Palmyra Military Airport"]
    disputed = ViewState.from_query({"status": "disputed"}).filter_sites(sites)
    assert [s["place"] for s in disputed] == ["Palmyra Military Airport"]
    claims = [{"article_id": "a1"}, {"article_id": "b2"}]
    assert ViewState(articles=("b2",)).filter_claims(claims) == [{"article_id": "b2"}]


def test_png_without_chromium_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot, "find_chromium", lambda: None)
    with pytest.raises(BrowserError, match="Chromium"):
        to_png("<html></html>", tmp_path / "x.png")


@pytest.mark.browser
def test_png_export(tmp_path: Path, sites: list[dict[str, Any]]) -> None:
    if find_chromium() is None:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium is required (REQUIRE_BROWSER=1) but not installed")
        pytest.skip("Chromium is not installed")
    path = to_png(to_html(sites), tmp_path / "map.png", width=800, height=600)
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(data[16:20], "big")
    height = int.from_bytes(data[20:24], "big")
    assert (width, height) == (800, 600)
    assert len(data) > 20_000  # a drawn map, not a blank page


def test_html_export_says_what_it_shows(sites: list[dict[str, Any]]) -> None:
    view = ViewState.from_query({"operator": "TUR", "as_of": "2025-02-05", "status": "disputed"})
    caption = describe_view(view, 1)
    assert caption == ("Military presence map: 1 site(s), as of 2025-02-05, operators TUR, "
                       "reported as disputed")
    page = to_html(sites, caption=caption + " <b>`${x}`</b>")
    assert "<title>Military presence map: 1 site(s)" in page
    assert 'class="mpm-caption"' in page and "<b>`" not in page and "&lt;b&gt;&#96;&#36;" in page


def test_exports_credit_their_sources(sites: list[dict[str, Any]]) -> None:
    assert "GeoNames (CC BY 4.0)" in to_geojson(sites)["attribution"]
    assert "GeoNames (CC BY 4.0)" in to_kml(sites)


def test_dates_in_the_text_reach_the_table_and_the_popup(sites: list[dict[str, Any]]) -> None:
    dated = dict(sites[0], dates=["since 2015 (2015)", "in January (2025-01)"])
    [row] = site_rows([dated])
    assert row["dates"] == "since 2015 (2015); in January (2025-01)"
    assert "Dated in the text: since 2015 (2015); in January (2025-01)" in popup_html(dated)


def test_kml_description_is_safe_html(sites: list[dict[str, Any]]) -> None:
    """Google Earth renders a description as HTML: article text must stay text there."""
    from html.parser import HTMLParser

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []
            self.text = ""

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            self.tags.append(tag)

        def handle_data(self, data: str) -> None:
            self.text += data

    hostile = dict(sites[1], evidence=[dict(sites[1]["evidence"][0], sentence=HOSTILE,
                                            source="<img src=x onerror=alert(2)>")])
    root = ET.fromstring(to_kml([sites[0], hostile]).encode("utf-8"))
    descriptions = [d.text or "" for d in root.iter(f"{KML}description")][1:]
    parsed = []
    for text in descriptions:
        parser = Tags()
        parser.feed(text)
        parsed.append(parser)
    assert {t for p in parsed for t in p.tags} <= {"br"}
    assert "<script>alert(1)</script>" in parsed[1].text
    assert "<img src=x onerror=alert(2)>" in parsed[1].text
    assert "2025-02-06, denied)" in parsed[0].text  # each sentence says its date and status


def test_view_state_names_what_the_store_lacks() -> None:
    view = ViewState.from_query({"operator": "TUR,FRA", "articles": "a1,zz"})
    ops, articles, messages = view.missing(["TUR", "RUS"], ["a1", "b2"])
    assert (ops, articles) == (("FRA",), ("zz",))
    assert "FRA" in messages[0] and "1 selected article(s)" in messages[1]
    assert ViewState(operators=("TUR",)).missing(["TUR"], []) == ((), (), [])


@pytest.mark.parametrize(("value", "ok"), [("1900-01-01", True), ("2100-12-31", True),
                                           ("1899-12-31", False), ("0001-01-01", False),
                                           ("9999-12-31", False)])
def test_as_of_must_be_a_date_the_picker_offers(value: str, ok: bool) -> None:
    view = ViewState.from_query({"as_of": value})
    assert (view.as_of is not None) == ok
    assert bool(view.problems) != ok


ARTICLES = [{"id": "a1", "published": "2025-02-04"}, {"id": "b2", "published": "2025-02-06"},
            {"id": "c3", "published": None}]


@pytest.mark.parametrize(
    ("query", "articles", "expected"),
    [
        ({}, ARTICLES, "Reports published 2025-02-04 to 2025-02-06; 1 undated article(s) "
                       "(left out when an 'as of' date is set)."),
        ({"as_of": "2025-02-05"}, ARTICLES,
         "Reports published 2025-02-04 to 2025-02-06; 1 published after 2025-02-05 and 1 undated "
         "left out."),
        ({"as_of": "2025-03-01"}, ARTICLES[:2], "Reports published 2025-02-04 to 2025-02-06; "
                                                "none left out by the date."),
        ({"articles": "a1"}, ARTICLES, "Reports published 2025-02-04."),
        ({"as_of": "2025-03-01"}, ARTICLES[2:], "No article has a publication date; 1 undated left out."),
        ({}, [], "No articles yet: add some under 'Add articles'."),
    ],
)
def test_coverage_says_what_the_date_leaves_out(
    query: dict[str, str], articles: list[dict[str, Any]], expected: str
) -> None:
    assert coverage(ViewState.from_query(query), articles) == expected
