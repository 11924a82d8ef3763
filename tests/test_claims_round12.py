"""Round 12: rules generalised from the study of the eighth held-out set.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from .conftest import claims_of, status_at


@pytest.mark.parametrize("text, operator, place", [
    ("A Ghanaian infantry company is stationed in Bunia, the UN said.\n", "GHA", "Bunia"),
    ("A company of Nepalese infantry is based in Juba.\n", "NPL", "Juba"),
    ("A Dutch rifle company is based in Gao.\n", "NLD", "Gao"),
])
def test_an_infantry_company_is_a_force(gaz, text, operator, place):
    assert status_at(gaz, text, operator, place) == "existing"


@pytest.mark.parametrize("text, operator, place", [
    ("Senegalese troops are due in Bamako next week, officials said.\n", "SEN", "Bamako"),
    ("A Kenyan battalion is expected in Beledweyne by the end of the month.\n", "KEN",
     "Beledweyne"),
])
def test_troops_due_somewhere_are_a_plan(gaz, text, operator, place):
    assert status_at(gaz, text, operator, place) == "proposed"


@pytest.mark.parametrize("text", [
    "Russia resumed bomber patrols in 2007. Its bombers regularly fly near the coasts of Alaska "
    "and Norway.\n",
    "Chinese surveillance planes flew over Okinawa twice last month.\n",
])
def test_flying_near_or_over_a_place_is_no_presence(gaz, text):
    assert claims_of(gaz, text) == []


@pytest.mark.parametrize("text, fleet_base", [
    ("Three Chinese warships arrived in Kaliningrad for a joint drill on Monday. The Baltic "
     "Fleet, which is based in Kaliningrad, will provide two corvettes.\n", "Kaliningrad"),
    ("Two Indian frigates joined the exercise off Crimea. The Black Sea Fleet, based in "
     "Sevastopol, sent a cruiser.\n", "Sevastopol"),
])
def test_a_named_fleet_is_its_own_country_not_the_visitor(gaz, text, fleet_base):
    visitors = {"CHN", "IND"}
    assert not [c for c in claims_of(gaz, text) if c.operator in visitors and fleet_base in c.place]


def test_no_claim_lands_on_a_far_namesake_of_an_unknown_airfield(gaz):
    text = ("Australian troops landed in Honiara, Solomon Islands, on Monday at the start of a "
            "Pacific mission. Most of them will be based at Henderson airfield, east of the "
            "capital, and Fijian soldiers will follow from Suva, Canberra said.\n")
    far = [(c.operator, c.place) for c in claims_of(gaz, text) if c.lat > 0 and c.lon < -30]
    assert far == []


@pytest.mark.parametrize("text, operator, place, want", [
    ("The United States keeps a naval station at Guantanamo Bay, which Havana has demanded be "
     "returned.\n", "USA", "Guantanamo", "existing"),
    ("The Vaziani base was returned to Georgia in 2001 when the last Russian soldiers left.\n",
     "RUS", "Vaziani", "withdrawn"),
])
def test_a_base_to_be_returned_is_still_there_and_one_returned_is_left(gaz, text, operator, place,
                                                                         want):
    assert status_at(gaz, text, operator, place) == want


@pytest.mark.parametrize("text, want", [
    ('The last Russian soldiers left Vaziani on Thursday. "There are no foreign soldiers at '
     'Vaziani for the first time in decades," the minister said.\n', "withdrawn"),
    ('The last Russian soldiers left Vaziani on Thursday. "There are no Russian soldiers at '
     'Vaziani now," the minister said.\n', "withdrawn"),
    ('Russian troops are based at Vaziani, a paper said. "There are no Russian soldiers at '
     'Vaziani," the minister said.\n', "denied"),
    ("The last Russian soldiers left Vaziani in 2001. Russia plans to return to Vaziani, a paper "
     'said. "There are no Russian soldiers at Vaziani," the minister said.\n', "denied"),
])
def test_an_absence_after_a_withdrawal_confirms_it(gaz, text, want):
    assert status_at(gaz, text, "RUS", "Vaziani") == want


@pytest.mark.parametrize("text, unit", [
    ("The last troops of the Royal Irish Regiment left Musa Qala on Tuesday.\n", "Irish"),
    ("A company of the Scots Guards is based at Camp Bastion.\n", "Scots"),
    ("Soldiers of the Royal Gurkha Rifles are stationed in Brunei.\n", "Gurkha"),
])
def test_a_british_regiment_named_after_a_people_is_british(gaz, text, unit):
    operators = {c.operator for c in claims_of(gaz, text)}
    assert operators == {"GBR"}, (unit, operators)


@pytest.mark.parametrize("text", [
    "The Chinese squadron stopped in Piraeus on its way home from the Gulf of Aden.\n",
    "Two Indian destroyers stopped at Port Louis for three days.\n",
])
def test_a_stop_on_the_way_is_a_port_call(gaz, text):
    assert claims_of(gaz, text) == []


@pytest.mark.parametrize("text, operator, place", [
    ("Three Chinese warships called at Ream, where China has operated a naval base since 2017.\n",
     "CHN", "Ream"),
    ("Three Chinese warships stopped at Ream, where China has operated a naval base since 2017.\n",
     "CHN", "Ream"),
    ("American jets struck targets near Raqqa, where Russian troops are based.\n", "RUS", "Raqqa"),
])
def test_a_where_clause_after_a_port_call_states_its_own_presence(gaz, text, operator, place):
    assert status_at(gaz, text, operator, place) == "existing"


def test_part_of_a_province_restated_by_a_town_inside_it_is_the_town(gaz):
    text = ("Danish soldiers also serve in central Helmand, where a Danish infantry company is "
            "based in Gereshk.\n")
    places = {c.place for c in claims_of(gaz, text) if c.operator == "DNK"}
    assert any("Gereshk" in p for p in places)
    assert not any("Helmand" in p for p in places), places


def test_a_province_named_whole_keeps_its_claim_beside_a_town(gaz):
    text = ("Danish soldiers also serve in Helmand province, where a Danish infantry company is "
            "based in Gereshk.\n")
    places = {c.place for c in claims_of(gaz, text) if c.operator == "DNK"}
    assert any("Gereshk" in p for p in places)
    assert any("Helmand" in p for p in places), places


def test_a_place_naming_a_movement_is_not_where_forces_are(gaz):
    text = ("Kenyan troops entered Kismayo on Friday with allies of the Ras Kamboni movement, "
            "officials said.\n")
    assert {c.place for c in claims_of(gaz, text)} == {"Kismayo"}


def test_the_town_is_the_town_just_named_in_the_sentence(gaz):
    text = ("The handover of the camp at Kidal was completed on Sunday. French troops had kept a "
            "small base in Tessalit, a desert town, and withdrew their last soldiers from the town "
            "on Monday.\n")
    assert status_at(gaz, text, "FRA", "Tessalit") == "withdrawn"
    assert not [c for c in claims_of(gaz, text) if c.operator == "FRA" and "Kidal" in c.place
                and any("Tessalit" in e.sentence for e in c.evidence)]


def test_the_island_is_not_the_city_named_before_it(gaz):
    text = ("Analysts in Dhaka said there was no evidence that Washington had ever sought a base "
            "on the island.\n")
    assert not [c for c in claims_of(gaz, text) if "Dhaka" in c.place]
