"""Round 51: a country named before the place it holds, correction notes, and possessive
spellings of names GeoNames writes without the apostrophe.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from geo.toponyms import find_toponyms

from .conftest import claims_of, found, status_at


@pytest.mark.parametrize("text, name, iso3", [
    ("The United States flies patrols from Chile and Texas. Britain keeps about 1,000 military "
     "personnel in the Falkland Islands, mostly at Mount Pleasant.\n", "Mount Pleasant", "FLK"),
    ("Washington and Ohio officials met. Canada keeps sailors in Australia, mainly at "
     "Perth.\n", "Perth", "AUS"),
])
def test_a_country_named_first_holds_the_place_after_it(gaz, text, name, iso3):
    got = [t for t in find_toponyms(text, gaz) if t.name == name]
    assert got and got[0].iso3 == iso3, [(t.name, t.iso3) for t in got]


@pytest.mark.parametrize("name, iso3", [("Brooke's Point", "PHL"), ("Brooke’s Point", "PHL")])
def test_a_possessive_spelling_finds_the_name_without_apostrophe(gaz, name, iso3):
    text = f"American Marines keep a missile unit near {name} in southern Palawan.\n"
    got = [t for t in find_toponyms(text, gaz) if "Point" in t.name]
    assert got and got[0].iso3 == iso3


def test_a_correction_note_restating_the_error_gives_no_claim(gaz):
    text = ("The United States will base a rocket battery at the Tapa army base in Estonia, "
            "officials said.\n\nAn earlier version of this story said the launchers would go "
            "to a training area near Haapsalu.\n")
    assert not [c for c in claims_of(gaz, text) if c.place == "Haapsalu"]


@pytest.mark.parametrize("text", [
    "Ghana hosted the French special forces exercise in May, with drills near Takoradi.\n",
    "Senegal hosted the US-led Flintlock special forces exercise in February.\n",
])
def test_forces_that_name_an_exercise_are_no_presence(gaz, text):
    assert claims_of(gaz, text) == []


def test_special_forces_based_somewhere_are_still_forces(gaz):
    assert found(claims_of(gaz, "French special forces are based in Ghana.\n")) == [
        ("FRA", "Ghana", "existing")]


def test_a_smaller_site_after_a_planned_airport_is_planned_too(gaz):
    text = ("The United States is considering basing surveillance drones in northern Ghana, "
            "officials said.\n\nThe drones could operate from the airport at Tamale, the "
            "officials said. A smaller site near Bolgatanga, a market town close to the border "
            "with Burkina Faso, is also under study.\n")
    assert status_at(gaz, text, "USA", "Bolgatanga") == "proposed"


def test_a_second_clause_with_its_own_locative_is_not_the_same_place(gaz):
    text = ("France keeps forces on the islands of Reunion and Mayotte, and India has a radar "
            "station on the northern Malagasy coast.\n")
    assert not [c for c in claims_of(gaz, text) if c.operator == "IND" and c.place == "Mayotte"]


def test_the_island_is_the_island_just_named(gaz):
    text = ("Officials in Moroni met on Monday. The Comoros hosts no foreign base, officials said. "
            "France, which governs neighbouring Mayotte, keeps a naval detachment on the island.\n")
    assert [c.place for c in claims_of(gaz, text) if c.operator == "FRA"] == ["Mayotte"]


def test_the_island_must_be_an_island(gaz):
    text = ("The United States, which switched recognition to China in 1979, keeps about 500 "
            "military trainers on the island, Taiwanese officials said.\n")
    assert not [c for c in claims_of(gaz, text) if c.place == "China"]


def test_island_countries_are_known_countries(gaz):
    from geo.lexicon import island_countries

    assert all(gaz.country(iso3) is not None for iso3 in island_countries())


def test_keeping_other_forces_out_is_no_denial_of_ones_own(gaz):
    text = ("Israel has said it will not allow hostile forces to deploy in southern Syria and has "
            "kept troops in a buffer zone along the Golan frontier since December.\n")
    assert status_at(gaz, text, "ISR", "Golan") == "existing"
    assert not [c for c in claims_of(gaz, text) if c.place == "southern Syria"]


@pytest.mark.parametrize("name", ["north-east Syria", "north-eastern Syria", "northeastern Syria"])
def test_hyphenated_compass_regions_are_read_whole(gaz, name):
    got = [t for t in find_toponyms(f"US troops are in {name}.\n", gaz) if "Syria" in t.name]
    assert got and got[0].name == name and got[0].lat > 36.0


def test_a_country_that_opens_a_new_clause_is_not_in_the_list(gaz):
    text = ("The United States keeps about 900 troops in north-east Syria, and Turkey holds a strip "
            "of the north.\n")
    assert [c.place for c in claims_of(gaz, text) if c.operator == "USA"] == ["north-east Syria"]


def test_countries_an_arrangement_is_between_are_parties(gaz):
    text = ("A security arrangement between Syria and Israel would see US troops at Qatana, near "
            "Damascus.\n")
    assert not [c for c in claims_of(gaz, text) if c.place in ("Syria", "Israel")]
