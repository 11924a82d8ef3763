"""Round 21: rules generalised from the study of the held-out sets of the twelfth stop.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from .conftest import claims_of, status_at


@pytest.mark.parametrize("text", [
    "An Ethiopian air force detachment and a platoon of Ugandan soldiers are operating from the "
    "airfield at Lodwar, officials said.\n",
    "Ethiopian troops and a detachment of Ugandan soldiers are based at the airfield at Lodwar.\n",
])
def test_forces_coordinated_as_one_subject_share_the_place(gaz, text):
    operators = {c.operator for c in claims_of(gaz, text) if c.place == "Lodwar"}
    assert operators == {"ETH", "UGA"}


def test_forces_with_a_verb_between_them_keep_their_own_places(gaz):
    text = ("Ethiopian troops left Garissa last year, and Ugandan soldiers are now based at the "
            "airfield at Lodwar.\n")
    claims = claims_of(gaz, text)
    assert {c.place for c in claims if c.operator == "ETH"} == {"Garissa"}
    assert {c.place for c in claims if c.operator == "UGA"} == {"Lodwar"}


def test_a_base_and_forces_coordinated_do_not_share_a_place(gaz):
    text = ("Poland hosts a battlegroup led by Britain at Orzysz and American troops at the "
            "Lask air base.\n")
    claims = claims_of(gaz, text)
    assert "GBR" not in {c.operator for c in claims if "Lask" in c.place}


@pytest.mark.parametrize("verb", ["operating from", "working at"])
def test_drone_technicians_operating_from_a_place_are_forces(gaz, verb):
    text = f"A team of Chinese drone technicians is {verb} a hangar in Kassala, sources said.\n"
    assert status_at(gaz, text, "CHN", "Kassala") == "existing"


def test_technicians_without_a_military_word_are_not_forces(gaz):
    text = "A team of Chinese technicians is working in Kassala, sources said.\n"
    assert "CHN" not in {c.operator for c in claims_of(gaz, text)}


def test_a_strip_with_its_length_between_two_towns_is_one_area(gaz):
    text = ("Russian troops hold a strip about 60 km long between the towns of Manbij and Jarabulus, "
            "officials said.\n")
    places = {c.place for c in claims_of(gaz, text) if c.operator == "RUS"}
    assert places == {"between Manbij and Jarabulus"}


def test_a_region_north_of_a_city_is_the_region(gaz):
    text = "Kenyan troops may be deployed in Lower Juba, south of Kismayo, officials said.\n"
    places = {c.place for c in claims_of(gaz, text) if c.operator == "KEN"}
    assert places == {"Lower Juba"}


@pytest.mark.parametrize("pending", [
    "no agreement had been signed", "no agreement has yet been reached",
    "no deal has been finalised",
])
def test_an_agreement_not_yet_reached_keeps_a_plan_proposed(gaz, pending):
    text = (f"China is seeking access to the port of Bata for its navy, a diplomat said, adding "
            f"that {pending}.\n")
    assert status_at(gaz, text, "CHN", "Bata") == "proposed"


def test_no_agreement_with_anyone_still_denies(gaz):
    text = ("Equatorial Guinea said no agreement had been reached with any country to station "
            "Chinese forces at Bata.\n")
    assert status_at(gaz, text, "CHN", "Bata") == "denied"


def test_forces_moved_to_a_position_near_a_town_are_there_not_withdrawn(gaz):
    text = ("Russian troops have pulled out of a base near the town of Manbij and moved part of the "
            "force to a position near Tabqa, officials said.\n")
    assert status_at(gaz, text, "RUS", "Manbij") == "withdrawn"
    assert status_at(gaz, text, "RUS", "Tabqa") == "existing"


def test_one_post_after_military_posts_is_one_of_them(gaz):
    text = ("Turkey plans to set up three new military posts in northern Iraq, officials said.\n\n"
            "One post would be built on a ridge near the town of Zakho.\n")
    assert status_at(gaz, text, "TUR", "Zakho") == "proposed"


def test_one_post_without_bases_before_is_no_claim(gaz):
    text = "Turkey's envoy met Iraqi officials.\n\nOne post would be built on a ridge near Zakho.\n"
    assert "Zakho" not in {c.place for c in claims_of(gaz, text)}


def test_a_former_host_unit_does_not_take_the_carried_operator(gaz):
    text = ("Russian military police are based at a camp outside Qamishli, officials said. A "
            "smaller group works at a former Syrian army depot south of Amuda.\n\n"
            "The police left a third site, a camp on the edge of Hasakah, in March.\n")
    assert status_at(gaz, text, "RUS", "Hasakah") == "withdrawn"


@pytest.mark.parametrize("battery", ["an additional Patriot air defence battery", "a second missile battery"])
def test_a_battery_with_a_military_word_sent_by_a_country_is_forces(gaz, battery):
    text = f"Germany is considering sending {battery} to Lithuania, officials said.\n"
    assert status_at(gaz, text, "DEU", "Lithuania") == "proposed"


def test_a_battery_without_a_military_word_is_no_force(gaz):
    text = "Germany is considering sending a battery of new tests to Lithuania, officials said.\n"
    assert "DEU" not in {c.operator for c in claims_of(gaz, text)}


def test_forces_sent_to_a_country_to_protect_a_site_are_at_the_site(gaz):
    text = ("Italy is considering sending troops to Iraq to protect the dam at Mosul, officials "
            "said.\n")
    places = {c.place for c in claims_of(gaz, text) if c.operator == "ITA"}
    assert places == {"Mosul"}
