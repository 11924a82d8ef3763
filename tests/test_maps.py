"""The folium map: escaping of hostile text, offline assets, layers, legend, links."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from geo import _assets
from geo._assets import operator_colour
from geo._errors import DataFileError
from geo.maps import (
    CREDIT,
    article_html,
    article_link,
    build_map,
    escape_markdown,
    escape_text,
    marker_svg,
    popup_html,
    render_html,
    save_html,
)

HOSTILE = "<script>alert(1)</script> `tick` ${7*6}"
ARTICLE_ID = "ab12" * 16


def make_site(**overrides: Any) -> dict[str, Any]:
    site: dict[str, Any] = {
        "operator": "TUR",
        "operator_name": "Turkey",
        "place": "Palmyra Military Airport",
        "lat": 34.5,
        "lon": 38.3,
        "precision": "site",
        "status": "proposed",
        "disputed": False,
        "host_own": False,
        "first_reported": "2025-02-04",
        "last_reported": "2025-02-06",
        "n_articles": 2,
        "n_sources": 2,
        "timeline": [
            {"date": "2025-02-04", "status": "proposed", "article_id": ARTICLE_ID, "title": "T"},
            {"date": "2025-02-06", "status": "denied", "article_id": "cd34", "title": "U"},
        ],
        "evidence": [
            {
                "article_id": ARTICLE_ID,
                "article": "a.md",
                "title": "Turkey and Syria to discuss defense pact",
                "source": "Reuters",
                "published": "2025-02-04",
                "sentence": "Turkey may establish air bases at Palmyra.",
                "start": 120,
                "end": 162,
                "status": "proposed",
                "cues": ["may", "air bases"],
            }
        ],
    }
    site.update(overrides)
    return site


def hostile_site() -> dict[str, Any]:
    site = make_site(operator="FRA", operator_name="France", place=HOSTILE, lat=36.0, lon=37.0)
    site["evidence"] = [dict(site["evidence"][0], sentence=HOSTILE, title=HOSTILE, source=HOSTILE)]
    return site


@pytest.fixture(scope="module")
def sites() -> list[dict[str, Any]]:
    return [
        make_site(),
        make_site(
            operator="RUS",
            operator_name="Russia",
            place="Hmeimim",
            lat=35.4,
            lon=35.95,
            status="existing",
        ),
        make_site(
            operator="RUS",
            operator_name="Russia",
            place="Tartus",
            lat=34.9,
            lon=35.9,
            status="withdrawn",
            disputed=True,
        ),
        make_site(
            operator="USA",
            operator_name="United States",
            place="Al-Tanf",
            lat=33.5,
            lon=38.6,
            status="denied",
        ),
        hostile_site(),
    ]


@pytest.fixture(scope="module")
def page(sites: list[dict[str, Any]]) -> str:
    return render_html(build_map(sites))


def test_escape_text_neutralises_html_and_template_literals() -> None:
    out = escape_text(HOSTILE)
    assert out == ("&lt;script&gt;alert(1)&lt;/script&gt; &#96;tick&#96; &#36;{7*6}")
    assert escape_text(None) == ""
    assert escape_text("a\"b'c&") == "a&quot;b&#x27;c&amp;"


def test_hostile_text_is_escaped_everywhere(page: str) -> None:
    assert "<script>alert(1)</script>" not in page
    assert "`tick`" not in page
    assert "${7*6}" not in page
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &#96;tick&#96; &#36;{7*6}"
    # Place in popup and tooltip; sentence, title and source in the popup.
    assert page.count(escaped) >= 5


@pytest.mark.parametrize(
    ("lat", "lon", "ok"),
    [
        (34.5, 38.3, True),
        (-90, 180, True),
        ("12.5", "-3.25", True),
        (91.0, 10.0, False),
        (10.0, 181.0, False),
        (float("nan"), 10.0, False),
        ("north", 10.0, False),
        (None, 10.0, False),
    ],
)
def test_coordinates_are_validated(lat: Any, lon: Any, ok: bool) -> None:
    site = make_site(lat=lat, lon=lon)
    if ok:
        html = render_html(build_map([site]))
        assert f"[{float(lat)}, {float(lon)}]" in html
    else:
        with pytest.raises(ValueError, match=re.escape(repr(lat)) + "|" + re.escape(repr(lon))):
            build_map([site])


def test_lat_lon_order(page: str) -> None:
    assert "[34.5, 38.3]" in page
    assert "[38.3, 34.5]" not in page


def test_one_layer_per_operator(page: str) -> None:
    names = re.findall(r'"((?:[A-Za-z ]+) \([A-Z]{3}\))" : feature_group_', page)
    assert sorted(names) == ["France (FRA)", "Russia (RUS)", "Turkey (TUR)", "United States (USA)"]
    assert page.count("L.featureGroup(") == 4
    assert "L.control.layers(" in page


def test_legend_and_credit(page: str) -> None:
    assert "mpm-legend" in page
    legend = json.loads(re.search(r"div\.innerHTML = (\".*?\");", page, re.S).group(1))
    for word in ("Existing", "Proposed", "Withdrawn", "Denied", "Disputed", "Turkey (TUR)"):
        assert word in legend
    attribution = re.search(r"addAttribution\((\".*?\")\);", page).group(1)
    assert json.loads(attribution) == escape_text(CREDIT)
    assert "GeoNames (CC BY 4.0)" in page
    assert "Natural Earth" in page and "airportsdata (MIT)" in page and "OurAirports (public domain)" in page


def test_sentence_links(page: str) -> None:
    href = f"?article={ARTICLE_ID}&amp;sentence=120"
    assert f'class="mpm-open" href="{href}" target="_top"' in page
    with_base = popup_html(make_site(), link_base="http://localhost:8501/")
    assert f"http://localhost:8501/?article={ARTICLE_ID}&amp;sentence=120" in with_base
    assert article_link("/app?x=1", "abc", 5) == "/app?x=1&article=abc&sentence=5"
    assert article_link("", "abc") == "?article=abc"


def test_offline_by_default(page: str) -> None:
    assert not re.search(r"""(?:src|href)\s*=\s*["']?https?:""", page, re.I)
    assert "cdn.jsdelivr" not in page and "code.jquery.com" not in page
    assert 'src="data:text/javascript;base64,' in page
    assert 'href="data:text/css;base64,' in page
    assert "L.geoJson(" in page  # the Natural Earth basemap


def test_online_tiles_on_request() -> None:
    page = render_html(build_map([make_site()], tiles="OpenStreetMap"))
    assert "tile.openstreetmap.org" in page
    assert not re.search(r"""<script[^>]+src=["']https?:""", page)


def test_status_shapes_read_without_colour() -> None:
    shapes = {s: marker_svg(s, "#123456") for s in ("existing", "proposed", "withdrawn", "denied")}
    assert 'fill="#123456"' in shapes["existing"]
    assert "stroke-dasharray" in shapes["proposed"] and 'fill="#ffffff"' in shapes["proposed"]
    assert 'fill="#9e9e9e"' in shapes["withdrawn"]
    assert "<path" in shapes["denied"]
    assert len(set(shapes.values())) == 4
    disputed = marker_svg("existing", "#123456", disputed=True)
    assert ">?</text>" in disputed and "?" not in shapes["existing"]
    with pytest.raises(ValueError, match="bogus"):
        marker_svg("bogus", "#123456")
    with pytest.raises(ValueError, match="red"):
        marker_svg("existing", "red")


def test_operator_colours_are_stable() -> None:
    assert operator_colour("TUR") == operator_colour("tur") == _assets.styles()["operators"]["TUR"]
    assert operator_colour("KAZ") == operator_colour("KAZ")
    assert re.fullmatch(r"#[0-9A-Fa-f]{6}", operator_colour("KAZ"))


NATO_IN_EUROPE = ("USA", "BEL", "POL", "TUR", "ITA", "ESP", "NLD", "CAN", "GBR", "FRA", "DEU")


@pytest.mark.parametrize("codes", [("USA", "BEL"), ("TUR", "POL"), ("ITA", "ESP", "NLD", "CAN"),
                                   NATO_IN_EUROPE])
def test_operators_of_one_map_get_distinct_colours(codes: tuple[str, ...]) -> None:
    sites = [make_site(operator=c, operator_name=c, lat=40 + i, lon=10 + i, status="existing")
             for i, c in enumerate(codes)]
    page = render_html(build_map(sites))
    used = set(re.findall(r'fill=\\"(#[0-9A-Fa-f]{6})\\" stroke=\\"#222222', page))
    colours = _assets.operator_colours(codes)
    assert len(set(colours.values())) == len(codes)
    fixed = _assets.styles()["operators"]
    assert all(colours[c] == fixed[c] for c in codes if c in fixed)  # fixed colours stay
    assert set(colours.values()) <= used  # the markers are drawn in those colours
    assert _assets.operator_colours(reversed(codes)) == colours


def test_more_operators_than_colours_still_get_one_each() -> None:
    codes = [f"Q{a}{b}" for a in "AB" for b in "ABCDEFGHIJ"]
    colours = _assets.operator_colours(codes)
    assert set(colours) == set(codes)
    assert len(set(colours.values())) == len(_assets.styles()["palette"])


@pytest.mark.parametrize(("n_operators", "collapsed", "top"), [(1, False, 56), (6, False, 186),
                                                              (7, True, 56)])
def test_popups_open_below_the_layer_list(n_operators: int, collapsed: bool, top: int) -> None:
    codes = NATO_IN_EUROPE[:n_operators]
    page = render_html(build_map([make_site(operator=c, lat=40 + i) for i, c in enumerate(codes)]))
    assert f'"collapsed": {str(collapsed).lower()}' in page
    assert re.findall(r'"autoPanPaddingTopLeft": \[10, (\d+)\]', page) == [str(top)] * n_operators


def test_styles_file_is_validated(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "map_styles.json"
    bad.write_text(json.dumps({"palette": ["red"], "operators": {}}), encoding="utf-8")
    monkeypatch.setattr(_assets, "STYLES_JSON", bad)
    _assets.styles.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"map_styles\.json.*red"):
            _assets.styles()
    finally:
        monkeypatch.undo()
        _assets.styles.cache_clear()
    assert _assets.styles()["palette"]


def test_empty_map_and_save(tmp_path: Any) -> None:
    path = save_html(build_map([]), tmp_path / "map.html")
    text = path.read_text(encoding="utf-8")
    assert "mpm-legend" in text and "L.map(" in text
    assert "L.control.layers" not in text  # no empty layer box
    assert "L.control.layers" in render_html(build_map([make_site()]))


def test_popup_lists_dates_status_and_timeline() -> None:
    html = popup_html(make_site(disputed=True))
    assert "2025-02-04 – 2025-02-06" in html
    assert "proposed, disputed" in html
    assert "Timeline: 2025-02-04 proposed" in html
    assert "cues: may, air bases" in html


@pytest.mark.parametrize(("url", "linked"), [
    ("https://example.org/a?b=1&c=<x>", True),
    ("http://example.org/a", True),
    ("javascript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("", False),
])
def test_popup_links_the_publishers_page(url: str, linked: bool) -> None:
    site = make_site()
    site["evidence"][0]["url"] = url
    html = popup_html(site, link_base="?operator=TUR")
    assert ('class="mpm-source"' in html) == linked
    assert "javascript:" not in html and "<script>" not in html and "<x>" not in html
    if linked:
        assert 'rel="noopener noreferrer"' in html


@pytest.mark.parametrize("view_link", ["http://localhost:8501/?operator=TUR", "?as_of=2025-02-05",
                                       "</script><script>alert(1)</script>"])
def test_the_view_link_button_carries_the_views_permalink(view_link: str) -> None:
    html = render_html(build_map([make_site()], view_link=view_link))
    assert "mpm-viewlink" in html and 'url.searchParams.set("zoom"' in html
    escaped = json.dumps(view_link).replace("<", "\\u003c").replace(">", "\\u003e")
    assert f"new URL({escaped} || here, here)" in html
    assert "<script>alert(1)" not in html


def test_a_denial_of_a_whole_country_says_so_in_the_timeline() -> None:
    site = make_site(disputed=True)
    site["timeline"][1]["covers"] = "Syria <b>"
    text = popup_html(site)
    assert "2025-02-06 denied (said of Syria &lt;b&gt; as a whole)" in text
    assert "2025-02-04 proposed (said of" not in text


def test_article_html_marks_and_escapes() -> None:
    body = "First <b>one</b>. Turkey may build `bases` ${x}. Last one."
    start = body.index("Turkey")
    end = body.index(" Last")
    article = {
        "title": HOSTILE,
        "source": "Reuters",
        "published": "2025-02-04",
        "url": "javascript:alert(1)",
        "body": body,
        "sentences": [{"start": 0, "end": start - 1}, {"start": end + 1, "end": len(body)}],
    }
    html = article_html(article, [(start, end), (0, start - 1)], selected=start)
    assert f'<mark id="s-{start}" class="evidence selected"' in html
    assert '<mark id="s-0" class="evidence"' in html
    assert "<b>one</b>" not in html and "&lt;b&gt;one&lt;/b&gt;" in html
    assert "`" not in html and "${" not in html
    assert "<script>" not in html and "javascript:" not in html
    # A selected sentence that is not evidence is still highlighted.
    other = article_html(article, [], selected=end + 1)
    assert f'<mark id="s-{end + 1}" class="evidence selected"' in other


def test_escape_markdown_shows_names_as_typed():
    assert escape_markdown("weird **bold** [x](https:e.com).md") == (
        r"weird \*\*bold\*\* \[x\]\(https:e\.com\)\.md"
    )


@pytest.mark.parametrize("status", ["existing", "proposed", "withdrawn", "denied"])
def test_area_claims_are_squares_with_the_same_status_style(status):
    point, area = marker_svg(status, "#123456"), marker_svg(status, "#123456", area=True)
    assert "<rect" in area and "<circle" not in area.split("/>")[0]
    assert "<rect" not in point
    assert area.split("/>")[0].split(" fill=", 1)[1] == point.split("/>")[0].split(" fill=", 1)[1]
