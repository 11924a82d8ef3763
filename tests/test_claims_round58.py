"""Round 58: forces "will be based" somewhere only once they have landed, a town named by
its air base is one place, and an island known by its base is that base.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from geo.toponyms import find_toponyms

from .conftest import claims_of, found, status_at


def test_troops_named_before_will_be_based_is_a_plan(gaz):
    text = ("Norway agreed on Tuesday to host a Dutch marine company under the new pact. "
            "The marines will be based in Harstad, officials said.\n")
    assert status_at(gaz, text, "NLD", "Harstad") == "proposed"


def test_troops_that_landed_the_sentence_before_are_there(gaz):
    text = ("Two Dutch transport aircraft touched down at Harstad on Monday with 120 marines. "
            "The marines will be based in Harstad for six months, officials said.\n")
    assert status_at(gaz, text, "NLD", "Harstad") == "existing"


def test_a_town_named_by_its_air_base_gives_one_place(gaz):
    text = "Russian helicopters have been seen at the Homs air base since March, residents said.\n"
    assert len([c for c in claims_of(gaz, text) if c.operator == "RUS"]) == 1


def test_an_island_known_by_its_base_is_the_base(gaz):
    text = "Four American B-52 aircraft are stationed at Diego Garcia, the Pentagon said.\n"
    assert ("USA", "Naval Support Facility Diego Garcia") in {(o, p) for o, p, _ in found(
        claims_of(gaz, text))}


def test_what_residents_of_a_village_describe_is_at_the_village(gaz):
    text = ("Residents of Kafr Nubl, a town about 30 km south of Idlib, said a school that Russian "
            "officers had used as a command post since 2019 was now empty.\n")
    assert status_at(gaz, text, "RUS", "Kafr Nubl") == "withdrawn"


def test_guard_an_unknown_name_placed_in_a_province_gives_the_province(gaz):
    text = ("Iranian engineers are also building two smaller posts in the Wadi Qandil, in eastern "
            "Homs province, that have watched the desert road since 2021.\n")
    assert ("IRN", "Homs") in {(o, p) for o, p, _ in found(claims_of(gaz, text))}


def test_the_second_with_a_place_aside_is_the_second_post(gaz):
    text = ("Turkish troops have handed two posts near Idlib to the new army. The second, on a "
            "ridge outside Sarmin in the Idlib countryside, was vacated on Monday, officials said.\n")
    assert status_at(gaz, text, "TUR", "Sarmin") == "withdrawn"


def test_a_position_above_a_village_is_a_presence(gaz):
    text = "Turkish soldiers still hold a position above Batifa, Kurdish officials said.\n"
    assert ("TUR", "Batifa") in {(o, p) for o, p, _ in found(claims_of(gaz, text))}


def test_a_second_from_phrase_shares_the_withdrawal_verb(gaz):
    text = ("Turkish soldiers withdrew on Friday from a hilltop outpost near the village of "
            "Kani Masi, about 10 km north of Amadiya, and from a smaller position above Batifa, "
            "Kurdish officials said.\n")
    assert status_at(gaz, text, "TUR", "Batifa") == "withdrawn"


def test_one_of_the_planned_sites_named_as_a_former_host_base_is_planned(gaz):
    text = ("Turkey and Iraq are discussing the deployment of Turkish radar units to two sites in "
            "the desert west of Ramadi. One of the sites is a former Iraqi army radar base near "
            "Rutba, an Iraqi official said.\n")
    assert status_at(gaz, text, "TUR", "Rutba") == "proposed"


def test_guard_the_enemy_in_a_war_is_not_the_operator(gaz):
    text = ("Washington is weighing sending more jets to Jordan after last month's war with Iran, "
            "and the jets could be positioned at the Muwaffaq Salti air base.\n")
    ops = {o for o, _, _ in found(claims_of(gaz, text))}
    assert "IRN" not in ops and "USA" in ops


def test_a_missile_defence_battery_does_not_make_its_sender_an_attacker(gaz):
    text = ("The Pentagon is considering sending a THAAD missile-defence battery to Saudi Arabia, "
            "and the unit could be positioned at Prince Sultan Air Base, officials said.\n")
    assert ("USA", "proposed") in {(o, s) for o, _, s in found(claims_of(gaz, text))}


def test_guard_a_support_site_is_a_presence(gaz):
    text = "The US-led coalition has handed a small support site near Qayyarah to the Iraqi army.\n"
    assert status_at(gaz, text, "USA", "Qayyarah") == "withdrawn"


def test_a_name_placed_by_a_distance_is_found_again_later(gaz):
    text = ("About 40 French soldiers had trained Chadian troops at a camp in Ouaddi Kadja, "
            "about 60 km north of Abeche, since 2021. The French were ordered to leave "
            "Ouaddi Kadja and have left, an officer said.\n")
    tops = [t for t in find_toponyms(text, gaz) if t.name == "Ouaddi Kadja"]
    assert len(tops) == 2 and 14.2 < tops[0].lat < 14.5  # 60 km north of Abeche (13.83 N)
    assert status_at(gaz, text, "FRA", "Ouaddi Kadja") == "withdrawn"


def test_two_towns_back_to_back_are_one_unknown_name(gaz):
    names = {t.name for t in find_toponyms("US advisers left the camp at Baga Sola on Monday.\n", gaz)}
    assert not names & {"Bagà", "Baga", "Seoul", "Sola"}


@pytest.mark.parametrize(("text", "iso3", "place", "status"), [
    ("The French have left Gao, residents said.\n", "FRA", "Gao", "withdrawn"),
    ("The Russians arrived in Bamako in December.\n", "RUS", "Bamako", "existing"),
])
def test_a_people_named_for_its_forces(gaz, text, iso3, place, status):
    assert status_at(gaz, text, iso3, place) == status


def test_a_naval_logistics_point_under_a_memorandum_is_a_plan(gaz):
    text = ("Authorities in Puntland have signed a memorandum with Turkey on a naval logistics point "
            "at the port of Bosaso, two officials said.\n")
    assert status_at(gaz, text, "TUR", "Bosaso") == "proposed"


def test_forces_attached_to_the_site_are_at_the_site_named_before(gaz):
    text = ("The US-led coalition has handed a small support site near Qayyarah to the Iraqi army. "
            "About 60 American soldiers had used the site since 2017 to advise Iraqi units in "
            "Nineveh province. A handful of British personnel who had been attached to the site "
            "also left, officials said.\n")
    assert status_at(gaz, text, "GBR", "Qayyarah") == "withdrawn"


def test_a_former_soviet_barracks_is_no_withdrawal_of_its_new_users(gaz):
    text = ("The US Army stores tanks at a new depot near Drawsko Pomorskie. About 150 American "
            "soldiers now work at the site, a former Soviet-era barracks on the edge of the town.\n")
    assert status_at(gaz, text, "USA", "Drawsko") == "existing"


def test_possible_locations_include_a_list_of_noun_phrases(gaz):
    text = ("Germany could deploy two Patriot batteries with about 300 soldiers, officials said. "
            "The possible locations include a Turkish army base at Nizip, the civilian airport near "
            "Kiziltepe and the border town of Reyhanli, according to a planning paper.\n")
    got = {(o, p, s) for o, p, s in found(claims_of(gaz, text))}
    assert {("DEU", "Nizip", "proposed"), ("DEU", "Kiziltepe", "proposed"),
            ("DEU", "Reyhanli", "proposed")} <= got
    assert not [o for o, _, _ in got if o == "TUR"]


@pytest.mark.parametrize(("text", "iso3", "place", "status"), [
    ("The Italian SAMP/T battery in Konya would stay where it is, he said.\n", "ITA", "Konya", "existing"),
    ("German Patriots will not be stationed at Nizip, a ministry spokesman said.\n", "DEU", "Nizip",
     "denied"),
    ("Dutch Patriots have been deployed to Adana since January.\n", "NLD", "Adana", "existing"),
])
def test_weapon_systems_named_for_their_crews(gaz, text, iso3, place, status):
    assert status_at(gaz, text, iso3, place) == status


def test_a_listed_unknown_village_placed_by_a_distance(gaz):
    text = ("Italian planners have drawn up a short list, and the possible locations include "
            "Wadi Jilo, a coastal village about 9 km south of Tyre, an official said.\n")
    (top,) = [t for t in find_toponyms(text, gaz) if t.name == "Wadi Jilo"]
    assert 33.15 < top.lat < 33.22  # Tyre is at 33.27 N


def test_an_option_that_was_dropped_is_no_plan(gaz):
    text = ("Italy and France are discussing a joint mission in southern Lebanon. A third option, "
            "an army barracks in the western Bekaa, was dropped, an official said.\n")
    assert "proposed" not in {s for o, p, s in found(claims_of(gaz, text)) if "Bekaa" in p}


def test_a_unit_with_a_battery_of_missiles_is_forces(gaz):
    text = ("Greece will station an air-defence unit in Cyprus. The unit, with about 80 Greek "
            "soldiers and a battery of shoulder-fired missiles, would be based near Aradippou.\n")
    assert status_at(gaz, text, "GRC", "Aradippou") == "proposed"


def test_departing_troops_now_at_a_camp_are_there(gaz):
    text = ("About 500 American soldiers left bases in Hasakah province. Many of the departing troops "
            "are now at a camp near Mafraq, which the US Army set up in April, officials said.\n")
    assert status_at(gaz, text, "USA", "Mafraq") == "existing"
