"""Round 68: trainees after a modifier ("train the new Libyan army"), towns known only by
an alternate name another place also has, features placed by a stated distance ("the
Halfaya oil field, about 35 km south-east of Amarah"), part of a team moved on, a
region's army as a recipient, and a list of sites under one hedge.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from geo.toponyms import find_toponyms, haversine_km

from .conftest import claims_of, pairs_of, status_at


def test_trainees_after_a_modifier_are_not_the_camps_operator(gaz):
    text = ("Italy and Spain are in talks with Libya about opening a joint camp to train the fledgling "
            "Libyan navy near the port of Zuwara.\n")
    pairs = pairs_of(gaz, text)
    assert ("ITA", "Zuwara") in pairs
    assert ("ESP", "Zuwara") in pairs
    assert ("LBY", "Zuwara") not in pairs


def test_guard_trainees_right_after_the_verb_are_still_trainees(gaz):
    text = "Italy is in talks about a camp to train Libyan navy crews near the port of Zuwara.\n"
    pairs = pairs_of(gaz, text)
    assert ("ITA", "Zuwara") in pairs
    assert ("LBY", "Zuwara") not in pairs


@pytest.mark.parametrize(("name", "iso3"), [("Tamana", "SYR"), ("Tibnah", "SYR")])
def test_a_small_town_is_found_by_its_name_without_the_article(gaz, name, iso3):
    # "At Tamani'ah" and "At Tibni": GeoNames lists the bare name as an alternate, which a
    # larger town elsewhere also carries
    assert iso3 in {p.iso3 for p in gaz.lookup(name)}


def test_an_oil_field_the_gazetteer_lacks_is_placed_by_its_stated_distance(gaz):
    text = ("Chinese engineers have been stationed at a camp in the Halfaya oil field, about 35 km "
            "south-east of Amarah, since 2024.\n")
    field = [t for t in find_toponyms(text, gaz) if t.name == "Halfaya"]
    amarah = next(t for t in find_toponyms(text, gaz) if t.name == "Amarah")
    assert field
    assert field[0].lat is not None and field[0].lon is not None
    assert field[0].lat < amarah.lat  # south-east of Amarah, (lat, lon) order
    assert field[0].lon > amarah.lon
    assert haversine_km(field[0].lat, field[0].lon, amarah.lat, amarah.lon) == pytest.approx(35, abs=3)
    assert status_at(gaz, text, "CHN", "Halfaya") == "existing"


def test_part_of_a_team_moved_elsewhere_is_a_plan_there(gaz):
    text = ("A team of Turkish soldiers works from the airport at Kismayo. Ankara could also "
            "move part of the team to Baidoa, two officials said.\n")
    assert status_at(gaz, text, "TUR", "Baidoa") == "proposed"


def test_guard_part_of_a_team_with_no_forces_named_is_nothing(gaz):
    text = "Part of the team flew on to Baidoa on Friday, the organisers said.\n"
    assert pairs_of(gaz, text) == set()


def test_a_regions_army_receiving_a_camp_is_not_a_place(gaz):
    text = ("Emirati instructors have left a camp near Bosaso and handed it to the Puntland army, "
            "officials said.\n")
    pairs = pairs_of(gaz, text)
    assert ("ARE", "Bosaso") in pairs
    assert ("ARE", "Puntland") not in pairs


def test_guard_a_region_as_the_place_of_forces_is_still_a_place(gaz):
    text = "Emirati troops are deployed in Puntland, officials said.\n"
    assert ("ARE", "Puntland") in pairs_of(gaz, text)


def test_a_hedge_covers_every_site_of_one_list(gaz):
    text = ("Russia is in talks with Khalifa Haftar about stationing helicopter units at two more sites "
            "in eastern Libya, officials said. The possible locations are an airstrip near Tobruk, on the "
            "coast road close to the Egyptian border, and a disused oil-company airstrip at Ajdabiya, "
            "about 150 km south of Benghazi.\n")
    got = [c for c in claims_of(gaz, text) if c.operator == "RUS" and "Ajdabiya" in c.place]
    assert [c.status for c in got] == ["proposed"]
    assert "possible" in got[0].status_cues  # the sentence's own hedge, not only the one before


def test_guard_a_second_list_item_with_its_own_verb_keeps_it(gaz):
    text = ("Russia is in talks about basing helicopters near Tobruk, and an old army airstrip at "
            "Ajdabiya has hosted Russian crews since 2020.\n")
    assert status_at(gaz, text, "RUS", "Ajdabiya") == "existing"


def test_a_national_team_stationed_beside_warships_is_forces(gaz):
    text = "A Russian team could be stationed at the port of Tobruk to support its warships.\n"
    assert status_at(gaz, text, "RUS", "Tobruk") == "proposed"


def test_guard_a_national_sports_team_is_no_forces(gaz):
    text = "A Russian football team is based at Tobruk for the tournament near the navy port.\n"
    assert pairs_of(gaz, text) == set()


def test_a_town_around_which_a_base_is_planned_is_placed_by_its_distance(gaz):
    text = ("Ethiopia has chosen the coast around Heis, a small town about 60 km north-west of Erigavo, "
            "for a naval base, officials said.\n")
    tops = find_toponyms(text, gaz)
    heis = [t for t in tops if t.name == "Heis"]
    erigavo = next(t for t in tops if t.name == "Erigavo")
    assert heis
    assert heis[0].iso3 == "SOM"
    assert heis[0].lat > erigavo.lat  # north-west: (lat, lon) order
    assert heis[0].lon < erigavo.lon


def test_a_regions_own_forces_take_no_carried_operator(gaz):
    text = ("Ethiopia wants a naval base in Somaliland. Puntland's coast guard keeps a small station "
            "at Bosaso.\n")
    assert ("ETH", "Bosaso") not in pairs_of(gaz, text)


def test_the_seat_of_a_government_is_not_a_place_of_presence(gaz):
    text = ("Saudi troops have left a post near Sayhut. The brigade that took over the post is paid by "
            "the government in Aden, officials said.\n")
    pairs = pairs_of(gaz, text)
    assert ("SAU", "Sayhut") in pairs
    assert ("SAU", "Aden") not in pairs


def test_the_country_right_before_at_its_owns_the_base(gaz):
    text = ("Foreign forces in Djibouti include the United States at Camp Lemonnier, Italy at a small "
            "support base and China at its naval base near Obock.\n")
    pairs = pairs_of(gaz, text)
    assert ("CHN", "Obock") in pairs
    assert ("USA", "Obock") not in pairs
