"""Round 46: an owner's district is no person's name, Japan's services, a unit "of" what
it is made of, a lagoon named after a river, where a matter is judged, and "left the site".

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from geo.toponyms import find_toponyms

from .conftest import claims_of, found


def test_a_district_after_a_possessive_keeps_every_mention_of_the_town(gaz):
    text = ("Sailors are based in Sasebo.\n\n"
            "Sasebo is home to the Maritime Self-Defense Force's Sasebo District.\n")
    assert len([t for t in find_toponyms(text, gaz) if t.name == "Sasebo"]) == 3


def test_japans_services_are_japanese_forces(gaz):
    text = ("The US Navy is discussing the stationing of a small detachment at the Maritime "
            "Self-Defense Force base in Kure, officials said.\n\n"
            "Kure is home to the Maritime Self-Defense Force's district headquarters.\n")
    got = found(claims_of(gaz, text))
    assert ("USA", "Kure", "proposed") in got
    assert ("USA", "Kure", "existing") not in got


def test_a_unit_made_of_vessels_is_where_they_are(gaz):
    text = ("The US Army is discussing the stationing of a small detachment of landing craft and "
            "logistics vessels at the Japanese navy's base in Maizuru, on the coast in Kyoto "
            "prefecture, officials said.\n")
    assert ("USA", "Maizuru", "proposed") in found(claims_of(gaz, text))


def test_a_lagoon_named_after_a_river_is_no_town(gaz):
    text = ("Poland plans to station an air defence battery near Braniewo. It would protect the "
            "Vistula Lagoon coast, officials said. A possible site was an unused Polish army "
            "barracks on the town's eastern edge.\n")
    assert all(c.lat is not None and 50 < c.lat < 56 for c in claims_of(gaz, text))


def test_where_a_matter_is_judged_is_no_place_of_presence(gaz):
    text = "The question of Russian soldiers in the Pamirs is sensitive in Dushanbe.\n"
    assert "Dushanbe" not in [c.place for c in claims_of(gaz, text)]


def test_forces_that_left_the_site_left_the_place_named_before(gaz):
    text = ("Saudi troops have moved into a military camp near Ataq, officials said.\n\n"
            "About 300 Saudi soldiers arrived at the camp at the weekend. The Emiratis left the "
            "site in late December.\n")
    assert ("ARE", "Ataq", "withdrawn") in found(claims_of(gaz, text))


def test_a_service_whose_name_holds_the_unit_keeps_its_place(gaz):
    text = "Japan's Maritime Self-Defense Force keeps two destroyers and a patrol wing in Djibouti.\n"
    assert ("JPN", "Djibouti", "existing") in found(claims_of(gaz, text))


def test_a_clause_before_the_attribution_gives_no_status_to_the_clause_after(gaz):
    text = ("Italy announced it would send a frigate to the Red Sea, the ministry said, and its "
            "troops remain in Lebanon.\n")
    assert ("ITA", "Lebanon", "existing") in found(claims_of(gaz, text))


@pytest.mark.parametrize("text", [
    "Israeli drones flew above Tyre on Monday.\n",
    "Turkish drones hovered above Qamishli on Sunday.\n",
])
def test_aircraft_above_a_town_are_not_based_there(gaz, text):
    assert claims_of(gaz, text) == []


def test_a_radar_on_a_hill_above_a_town_is_there(gaz):
    text = "Turkish soldiers man a radar on a hill above Lefka, officials said.\n"
    assert "Lefka" in [c.place for c in claims_of(gaz, text)]


def test_the_sources_seat_is_there_when_it_is_the_only_place(gaz):
    text = "According to officials in Tallinn, British troops will be stationed there from next year.\n"
    assert [c.place for c in claims_of(gaz, text)] == ["Tallinn"]


def test_returning_to_barracks_in_a_place_is_no_withdrawal_from_it(gaz):
    text = "The French company returned to its barracks in Gao after a patrol near Menaka.\n"
    assert ("FRA", "Gao", "withdrawn") not in found(claims_of(gaz, text))


@pytest.mark.parametrize("text", [
    '"There is no American base in Jordan, in Qatar or anywhere else," he said.\n',
    "US troops are stationed in Jordan, in Qatar and in Bahrain.\n",
])
def test_a_repeated_preposition_lists_countries(gaz, text):
    assert {"Jordan", "Qatar"} <= {c.place for c in claims_of(gaz, text)}


def test_forces_that_returned_to_a_former_base_are_there(gaz):
    text = "US troops returned to the former Subic naval base this year.\n"
    assert [c.status for c in claims_of(gaz, text) if c.operator == "USA"] == ["existing"]
