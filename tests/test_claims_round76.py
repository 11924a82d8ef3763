"""Round 76: forces named in an aside, places given "N km to the south", a division that
rules out a spelling's namesake, events that are no presence, and a base named for its town.

Every sentence here is new; none is copied from an evaluation article.
"""

from geo.toponyms import find_toponyms

from .conftest import pairs_of, status_at


def _point(gaz, text, name):
    hits = [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == name]
    assert hits and len({(t.lat, t.lon) for t in hits}) == 1
    return hits[0].lat, hits[0].lon


def test_forces_named_in_an_aside_are_where_their_battery_sits(gaz):
    text = "The Patriot battery, run by about 80 Dutch soldiers, sits on a hill near Rzeszow.\n"
    assert status_at(gaz, text, "NLD", "Rzeszow") == "existing"


def test_a_distance_to_the_south_counts_from_the_place_named_before(gaz):
    text = ("Instructors train border guards at a school near Kurayyimah, about 29 km north-west of "
            "Salt. A second team works from a post at the Zorba bridge, about 20 km to the south.\n")
    lat, lon = _point(gaz, text, "Zorba")
    assert 31.95 < lat < 32.2 and 35.5 < lon < 35.7  # south of Kurayyimah, not of Salt


def test_a_place_that_lies_a_distance_after_its_division(gaz):
    text = ("The Lebanese army base at Qoubaiyat could host US advisers, officials in Beirut said. "
            "Qoubaiyat, in Akkar governorate, lies about 43 km north-east of Tripoli.\n")
    lat, lon = _point(gaz, text, "Qoubaiyat")
    assert 34.5 < lat < 34.8 and 36.0 < lon < 36.4


def test_a_division_after_a_name_rules_out_a_namesake_elsewhere(gaz):
    text = ("The coalition handed a training camp near Saqlawiyah in Anbar province to the Iraqi army "
            "on Tuesday.\n")
    assert all(lat < 35.5 for t in find_toponyms(text, gaz) if text[t.start : t.end] == "Saqlawiyah"
               for lat in [t.lat] if lat is not None)


def test_forces_on_one_side_of_a_clash_are_not_based_there(gaz):
    text = "There were deadly clashes this year between Syrian forces and Lebanese clans near Hermel.\n"
    assert pairs_of(gaz, text) == set()


def test_a_conference_for_an_army_is_an_event(gaz):
    text = "A donors' conference for the Lebanese army is planned in Paris in March.\n"
    assert pairs_of(gaz, text) == set()


def test_talks_with_a_host_about_access_are_the_talkers_plan(gaz):
    text = "US officials are in talks with Kazakhstan about access to a former Soviet airfield near Balkhash.\n"
    assert status_at(gaz, text, "USA", "Balkhash") == "proposed"


def test_an_airfield_named_for_its_town_is_not_a_base_20_km_away(gaz):
    text = ("Russian helicopter crews handed the Yegvard airfield, about 14 km north of Yerevan, back to "
            "Armenia's defence ministry on Tuesday.\n")
    got = pairs_of(gaz, text)
    assert ("RUS", "Yegvard") in got
    assert not any("Erebuni" in p for _, p in got)


def test_a_unit_word_before_of_a_name_is_no_town(gaz):
    text = "The commander of the Norwegian army's Garrison of Sor-Varanger spoke on Monday.\n"
    assert not [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == "Garrison"]
