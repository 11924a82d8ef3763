"""Round 8: rules generalised from the study of the fifth held-out set.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from .conftest import claims_of


@pytest.mark.parametrize("text, name", [
    ("The Kandahar unit of about 90 Danish soldiers is based at Camp Bastion near Lashkar Gah.\n",
     "Kandahar"),
    ("Japan's Maritime Self-Defense Force keeps two destroyers and a patrol wing in Djibouti.\n",
     "Maritime"),
])
def test_place_before_a_unit_head_is_the_unit_name(gaz, text, name):
    claims = claims_of(gaz, text)
    assert claims and name not in {c.place for c in claims}


@pytest.mark.parametrize("text, want", [
    ("Norwegian batteries were moved to Rzeszow last month.\n", ("NOR", "Rzesz")),
    ("The German crews are based at Kandahar airfield.\n", ("DEU", "Kandahar")),
    ("Spain said its batteries would stay in Adana until June.\n", ("ESP", "Adana")),
])
def test_batteries_and_crews_with_an_operator_are_forces(gaz, text, want):
    got = {(c.operator, c.place) for c in claims_of(gaz, text)}
    assert any(op == want[0] and want[1] in place for op, place in got), got


@pytest.mark.parametrize("text", [
    "Chinese batteries are sold in every market in Nairobi.\n",
    "Airline crews in Dubai went on strike over pay.\n",
])
def test_batteries_and_crews_alone_are_no_forces(gaz, text):
    assert claims_of(gaz, text) == []


@pytest.mark.parametrize("text", [
    "Some 20,000 Malian refugees live in camps in Mauritania.\n",
    "American troops left Kunduz. Thousands of displaced families have fled to camps near Mazar-i-Sharif.\n",
])
def test_camps_of_refugees_are_no_military_camps(gaz, text):
    assert not any(c.place.startswith(("Mauritania", "Mazar")) for c in claims_of(gaz, text))


def test_a_camp_of_soldiers_beside_refugees_stays(gaz):
    text = "French soldiers guard a camp near Abeche that shelters refugees from Darfur.\n"
    assert any(c.operator == "FRA" for c in claims_of(gaz, text))


def test_forces_going_home_leave_where_their_operator_was(gaz):
    text = ("Italian soldiers are based at Erbil.\n\n"
            "A car bomb exploded in Kirkuk on Monday.\n\n"
            "Italy says its soldiers will go home in May.\n")
    got = {(c.operator, c.place) for c in claims_of(gaz, text)}
    assert ("ITA", "Kirkuk") not in got and ("ITA", "Erbil") in got


@pytest.mark.parametrize("text, first", [
    ("Dutch troops are in Rzeszow and U.S. troops in Powidz.\n", "NLD"),
    ("German batteries are in Kahramanmaras and U.S. batteries in Incirlik.\n", "DEU"),
    ("Danish jets fly from Siauliai and French jets from Amari.\n", "DNK"),
])
def test_a_country_qualifying_the_next_forces_is_no_place_of_the_first(gaz, text, first):
    claims = claims_of(gaz, text)
    assert any(c.operator == first for c in claims)
    assert not any(c.operator == first and c.precision == "country" for c in claims)


@pytest.mark.parametrize("text", [
    "British troops arrived in Belize in March.\n\nThe country's armed forces opened a new camp in Belmopan.\n",
    "Indian advisers left Male last year.\n\nThe island's coast guard keeps a station at Addu.\n",
])
def test_the_hosts_own_forces_take_no_carried_operator(gaz, text):
    claims = claims_of(gaz, text)
    assert claims and all(c.place not in ("Belmopan", "Addu City", "Addu") for c in claims)


def test_a_foreign_country_named_after_a_host_possessive_still_carries(gaz):
    text = "French troops are based in Niamey.\n\nThey also run a drone base at the airport of Agadez.\n"
    assert any(c.operator == "FRA" and "Agadez" in c.place for c in claims_of(gaz, text))


@pytest.mark.parametrize("text, status", [
    ("The last Belgian soldiers left Niger on Monday.\n\n"
     "About 120 Belgian soldiers had been based in Maradi since 2019.\n", "withdrawn"),
    ("The last Belgian soldiers left Niger on Monday.\n\n"
     "About 20 Belgian soldiers have been based in Maradi since 2019 and will stay.\n", "existing"),
])
def test_a_pluperfect_presence_is_reached_by_the_country_withdrawal(gaz, text, status):
    got = {c.place: c.status for c in claims_of(gaz, text) if c.operator == "BEL"}
    assert got.get("Maradi") == status, got


@pytest.mark.parametrize("text, overflown", [
    ("Britain has flown surveillance drones over Libya from an air base in Malta since May.\n", "LBY"),
    ("Armenian officials said Russian jets flew over Georgia to reach their base near Gyumri.\n", "GEO"),
])
def test_a_country_flown_over_is_neither_operator_nor_place(gaz, text, overflown):
    claims = claims_of(gaz, text)
    assert claims and all(overflown not in (c.operator, c.host) for c in claims)


def test_there_after_an_overflight_points_to_the_base(gaz):
    text = ("Italian Tornado jets flew from Trapani for two decades.\n\n"
            "They flew missions over Bosnia from its long runway, and some 900 Italian airmen lived there.\n")
    assert all(c.host != "BIH" for c in claims_of(gaz, text))


@pytest.mark.parametrize("verb", ["handed over", "took over", "turned over"])
def test_a_place_handed_or_taken_over_is_no_overflight(gaz, verb):
    text = f"Dutch soldiers {verb} Tessalit on Monday.\n"
    assert any(c.operator == "NLD" and c.place == "Tessalit" for c in claims_of(gaz, text))
