"""Airfields from OurAirports: the strips and air bases without an ICAO code that
``airportsdata`` lacks, the other names OurAirports keeps for a field, and the names
of private strips that must not become places.

Every sentence here is new; none is copied from an evaluation article. The tests named
``test_guard_...`` pass without OurAirports too: they pin the filters that keep its noise
(private strips, one word of a two-word name) out of the gazetteer.
"""

import pytest

from geo.toponyms import find_toponyms, haversine_km

from .conftest import claims_of


def _placed(gaz, text, name):
    return [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == name and t.lat is not None]


@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    # an airstrip named after a village cities500 lacks
    ("Kenyan soldiers could set up a forward post at Afmadow, officials in Nairobi said.",
     "Afmadow", 0.54, 42.07),
    ("Honduran officials said US helicopters could use the Mocoron airstrip.", "Mocoron", 15.03, -84.27),
    # a field with an ICAO code that airportsdata no longer lists
    ("Norwegian patrol aircraft will be based at Scatsta, on Shetland, from the spring.",
     "Scatsta", 60.43, -1.30),
    # a former name among the keywords of a field airportsdata has
    ("American bombers flew from Wheelus Air Force Base until 1970.", "Wheelus Air Force Base",
     32.89, 13.28),
    # a military strip by its full name
    ("A Latvian engineer company moved to the Skrunda Airfield in May.", "Skrunda Airfield",
     56.68, 21.96),
])
def test_an_airfield_only_ourairports_lists(gaz, text, name, lat, lon):
    got = _placed(gaz, text, name)
    assert got, [(t.name, t.kind) for t in find_toponyms(text, gaz)]
    assert haversine_km(got[0].lat, got[0].lon, lat, lon) < 15, (got[0].name, got[0].lat, got[0].lon)


def test_guard_one_word_of_a_two_word_field_name_is_no_place_of_its_own(gaz):
    # Kawm Ushim Airport is in Egypt; "al-Kawm" in the Syrian desert is not it
    text = "Turkish engineers surveyed a desert strip near al-Kawm, east of Palmyra, in March."
    assert not [t for t in find_toponyms(text, gaz) if t.iso3 == "EGY"]


@pytest.mark.parametrize("word", ["Mcfaul", "Heliport", "Hate", "Runway", "KFOR"])
def test_guard_a_private_strip_or_a_common_word_gives_no_bare_name(gaz, word):
    text = f"{word} said on Tuesday that the talks would go on."
    assert not [t for t in find_toponyms(text, gaz) if t.kind == "site"]


@pytest.mark.parametrize(("word", "expected"), [
    ("Afmadow", True), ("Scatsta", True), ("Runway", False), ("Institute", False), ("KFOR", False),
    ("Hatě", False), ("Mary", False), ("Al-Wigh", False),
])
def test_which_one_word_airfield_names_may_stand_alone(word, expected):
    from geo._sources import rare_name

    assert rare_name(word) is expected


def test_forces_at_an_airstrip_only_ourairports_lists(gaz):
    text = ("Kenyan troops are now dug in at Afmadow, a Somali army officer said on Monday. The "
            "Kenyans took the town after a week of fighting.\n")
    got = [c for c in claims_of(gaz, text) if c.operator == "KEN"]
    assert len(got) == 1 and got[0].status == "existing", [(c.place, c.status) for c in got]
    assert haversine_km(got[0].lat, got[0].lon, 0.54, 42.07) < 25


def test_guard_a_base_and_the_town_it_is_named_after_are_one_place(gaz):
    text = ("American tanker crews may deploy to the Ben Guerir air base, Moroccan officials said. "
            "Ben Guerir hosted US aircraft during the Cold War.\n")
    got = [c for c in claims_of(gaz, text) if c.operator == "USA" and "Guerir" in c.place]
    assert len(got) == 1, [(c.place, c.status) for c in got]
