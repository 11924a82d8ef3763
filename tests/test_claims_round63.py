"""Round 63: names written with an apostrophe, "X lies N km from Y", a base's future site,
funding, "no <nationals> at X", observers' capitals and equipment given away.

Every sentence here is new; none is copied from an evaluation article.
"""

from geo._resolve import haversine_km
from geo.toponyms import find_toponyms

from .conftest import claims_of, pairs_of, status_at


def test_a_town_written_with_an_apostrophe_is_found(gaz):
    text = "Russian instructors have set up a camp near N'Guigmi in eastern Niger, officials said.\n"
    got = [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == "N'Guigmi"]
    assert got and got[0].iso3 == "NER"


def test_a_name_that_lies_a_distance_from_a_town_is_placed_there(gaz):
    text = ("Kenyan soldiers moved into the base at Mahas on Monday. Mahas lies about 105 km east of "
            "Beledweyne, on the road to Galkayo.\n")
    tops = [t for t in find_toponyms(text, gaz) if text[t.start : t.end] in ("Mahas", "Beledweyne")]
    town = next(t for t in tops if text[t.start : t.end] == "Beledweyne")
    for t in tops:
        if text[t.start : t.end] == "Mahas":
            assert 90 <= haversine_km(t.lat, t.lon, town.lat, town.lon) <= 120  # both mentions


def test_where_an_owned_base_will_be_is_a_plan(gaz):
    text = ("Russia is moving its instructors east. Its new base will be at Bria, about 150 km north "
            "of Bambari, according to an officer.\n")
    assert status_at(gaz, text, "RUS", "Bria") == "proposed"


def test_guard_funding_a_hospital_is_no_presence(gaz):
    text = "Rome will continue to fund a field hospital run by the Nigerien army in Agadez, officials said.\n"
    assert not [o for o, _ in pairs_of(gaz, text) if o == "ITA"]


def test_no_nationals_at_a_place_is_a_denial(gaz):
    text = '"There are no Chinese at Ream," a Cambodian officer said by phone.\n'
    assert status_at(gaz, text, "CHN", "Ream") == "denied"


def test_capitals_where_a_plan_is_watched_are_no_places(gaz):
    text = "Any Turkish deployment would be watched closely in Paris and Athens.\n"
    assert not claims_of(gaz, text)


def test_boats_handed_over_to_a_country_are_a_gift(gaz):
    text = "India also handed over two patrol boats to Mauritius last month under a grant.\n"
    assert not claims_of(gaz, text)


def test_a_measured_name_the_text_puts_in_a_town_takes_the_towns_point(gaz):
    text = ("Manila plans to let US forces use a site at Lingsat Point in San Fernando, La Union "
            "province. Lingsat Point, about 230 km north of Manila, was a US radar station until 1991.\n")
    tops = find_toponyms(text, gaz)
    point = next(t for t in tops if text[t.start : t.end] == "Lingsat Point")
    town = next(t for t in tops if text[t.start : t.end] == "San Fernando")
    assert haversine_km(point.lat, point.lon, town.lat, town.lon) < 5
