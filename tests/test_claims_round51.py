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
