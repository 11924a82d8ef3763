"""Round 44: a place between two towns, movements "from X to Y", the recipient "X's army",
event names ("the Gaza war"), a ruler ("the Sultan's forces"), a name whose own mentions
make up its country, an emirate that holds a town, a town and another town's airport,
depots and armoured companies, joint training, officers who only speak, and a clause on an
apposed noun.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from geo.toponyms import find_toponyms

from .conftest import claims_of, found


def test_two_towns_after_between_only_locate_the_place_before_them(gaz):
    text = ("Greece plans to deploy an air defence unit to a camp near the village of Kofinou, "
            "between Larnaca and Limassol, officials said.\n")
    places = {c.place for c in claims_of(gaz, text) if c.operator == "GRC"}
    assert "Larnaca" not in places
    assert "Limassol" not in places


def test_a_country_moved_from_is_no_operator(gaz):
    text = ("The US-led coalition plans to move some of its jets and support units from Iraq to "
            "Kuwait's Abdullah Al Mubarak air base, beside Kuwait International Airport, officials "
            "said.\n")
    assert {c.operator for c in claims_of(gaz, text)} <= {"USA", "KWT"}


def test_forces_moved_from_one_town_to_another_are_at_the_second(gaz):
    text = "France has moved its armoured company from Tapa to a new camp near Valga.\n"
    assert ("FRA", "Valga", "existing") in found(claims_of(gaz, text))


def test_a_force_from_several_countries_to_be_based_somewhere_keeps_its_origins(gaz):
    text = ("The bloc approved a force of 5,000 troops from Kenya, Uganda and Rwanda, to be based "
            "in Goma, but it has not been formed.\n")
    assert not [c for c in claims_of(gaz, text) if c.operator in ("KEN", "UGA", "RWA")
                and c.status == "existing"]


@pytest.mark.parametrize("text", [
    "Houthi forces have fired drones at US warships since the start of the Gaza war.\n",
    "Iranian proxies have attacked US troops repeatedly since the Gaza conflict began.\n",
])
def test_a_place_that_names_a_war_is_no_place(gaz, text):
    assert not [c for c in claims_of(gaz, text) if c.place.startswith("Gaza")]


def test_a_ruler_is_no_town(gaz):
    text = "Britain's officers served in the Sultan's forces during the Dhofar war.\n"
    assert not [t for t in find_toponyms(text, gaz) if t.name.startswith("Sult")]


def test_a_transliterated_town_is_tried_even_when_its_first_word_is_a_city_elsewhere(gaz):
    text = ("France and the United Arab Emirates are in talks about a French camp near Madinat "
            "Zayed, officials said. The camp near Madinat Zayed would host 200 soldiers, the "
            "officials in Abu Dhabi said.\n")
    assert {t.iso3 for t in find_toponyms(text, gaz) if t.name.startswith("Madinat")} == {"ARE"}


def test_an_emirate_that_holds_a_town_is_no_landmark_of_it(gaz):
    text = ("France is in talks about stationing soldiers at a camp near Madinat Zayed, in Abu "
            "Dhabi's western region, officials said.\n")
    assert ("FRA", "Madinat Zayed", "proposed") in found(claims_of(gaz, text))


def test_a_base_named_after_a_wide_region_is_not_read_beside_a_town_in_it(gaz):
    text = "French soldiers could be based at a camp near Ruwais, in the Al Dhafra region.\n"
    assert [c.place for c in claims_of(gaz, text)] == ["Ruwais"]


def test_a_base_named_after_a_wide_region_is_still_read_alone(gaz):
    text = "American aircraft are stationed in the Al Dhafra region.\n"
    assert [c.precision for c in claims_of(gaz, text)] == ["site"]


def test_another_towns_airport_nearby_is_a_place_of_its_own(gaz):
    text = ("The coalition plans to move aircraft to Kuwait International Airport, officials "
            "said. The US also stores fuel at a depot outside Al Ahmadi, south of Kuwait City.\n")
    places = {c.place for c in claims_of(gaz, text) if c.operator == "USA"}
    assert "Al Ahmadi" in places
    assert len(places) == 2


@pytest.mark.parametrize(("text", "place"), [
    ("Britain keeps a supply depot near Nizwa.\n", "Nizwa"),
    ("A Spanish armoured company could move to Adazi next year.\n", "Adazi"),
])
def test_depots_and_armoured_companies_are_presence(gaz, text, place):
    assert place in [c.place for c in claims_of(gaz, text)]


def test_forces_that_trained_together_held_an_exercise(gaz):
    text = "Greek and American special forces trained together on Rhodes in May.\n"
    assert claims_of(gaz, text) == []


def test_a_destroyer_due_to_dock_is_visiting(gaz):
    text = ("On Monday the U.S. Navy destroyer USS Porter is due to dock at Poti, the western port "
            "near the Turkish border, with a cargo of blankets, a U.S. embassy statement said.\n")
    assert claims_of(gaz, text) == []


def test_officers_in_a_capital_who_worry_are_sources(gaz):
    text = ("Britain keeps a battlegroup at Tapa. Some officers in Tallinn worry that small camps "
            "are hard to supply.\n")
    assert "Tallinn" not in [c.place for c in claims_of(gaz, text)]


def test_there_points_past_the_sources_seat(gaz):
    text = ("France has sent a company to a new camp near Valga, according to officials in "
            "Tallinn. The French troops arrived there in September.\n")
    assert {c.place for c in claims_of(gaz, text) if c.operator == "FRA"} == {"Valga"}


def test_a_clause_on_an_apposed_noun_gives_no_status(gaz):
    text = ("About 800 Kenyan soldiers are now in Goma, the vanguard of a regional force that is "
            "due to reach 4,000.\n")
    assert ("KEN", "Goma", "existing") in found(claims_of(gaz, text))


def test_another_forces_plan_is_not_theirs(gaz):
    text = ("About 200 US Marines flew into Liberia, the first American troops to deploy there, as "
            "Ghanaian peacekeepers took control of Monrovia's port.\n")
    assert ("GHA", "Monrovia", "existing") in found(claims_of(gaz, text))


def test_rockets_and_drones_fired_at_a_base_are_an_attack(gaz):
    text = ("British troops are based at Erbil. Militias have launched rockets and drones at "
            "Ain al-Asad several times since October.\n")
    assert not [c for c in claims_of(gaz, text) if "Asad" in c.place]


def test_equipment_stored_at_a_new_depot_is_there(gaz):
    text = ("The US Army has begun storing tanks at a new depot near Zagan in western Poland, "
            "officials said.\n")
    assert ("USA", "Zagan", "existing") in found(claims_of(gaz, text))
