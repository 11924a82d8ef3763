"""Round 7: rules generalised from the study of the fourth held-out set.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from .conftest import claims_of


@pytest.mark.parametrize("text, province", [
    ("Six Dutch F-35s now fly from Decimomannu, Sardinia, under the new rotation.\n", "Sardinia"),
    ("About 4,000 Polish soldiers train at Fort Bragg, North Carolina, each year.\n", "North Carolina"),
    ("Norwegian F-16s have flown from Chania, Crete, since March.\n", "Crete"),
])
def test_province_after_a_town_and_a_comma_only_locates_the_town(gaz, text, province):
    places = {c.place for c in claims_of(gaz, text)}
    assert places and province not in places


def test_province_in_a_list_after_a_town_is_a_place_of_its_own(gaz):
    text = "British troops are deployed in Kandahar, Helmand and Uruzgan.\n"
    places = {c.place for c in claims_of(gaz, text)}
    assert "Helmand" in places


@pytest.mark.parametrize("opener", ["Besides", "Apart from", "Aside from", "In addition to"])
def test_country_after_besides_is_a_place_not_an_operator(gaz, opener):
    text = f"{opener} Kenya, Britain keeps soldiers in Belize, Brunei and Cyprus.\n"
    ops = {c.operator for c in claims_of(gaz, text)}
    assert ops == {"GBR"}


@pytest.mark.parametrize("text, name", [
    ("Italian troops patrol Erbil. About 200 soldiers of Task Force Normandy are based near Kandahar.\n",
     "Normandy"),
    ("Italian troops patrol Erbil. Soldiers of Joint Task Force Bavaria are based in Gao.\n", "Bavaria"),
])
def test_place_after_a_unit_or_operation_opener_is_its_name(gaz, text, name):
    assert name not in {c.place for c in claims_of(gaz, text)}


@pytest.mark.parametrize("text, want", [
    ("The accord allows Japanese forces to use the Subic Bay naval base for five years.\n",
     ("JPN", "proposed")),
    ("Spain said it will not send troops to Mali.\n", ("ESP", "denied")),
    ("Officials said Greek soldiers would not be sent to Libya.\n", ("GRC", "denied")),
    ("The minister said there will be no Canadian troops on the ground in Haiti.\n", ("CAN", "denied")),
    ("French soldiers were forced out of Niger last year.\n", ("FRA", "withdrawn")),
    ("Russian troops were driven out of Kherson in November.\n", ("RUS", "withdrawn")),
])
def test_status_cues_of_access_refusal_and_expulsion(gaz, text, want):
    assert want in {(c.operator, c.status) for c in claims_of(gaz, text)}


@pytest.mark.parametrize("text", [
    "The accord let Japanese forces use the Subic Bay naval base in the 1990s, officials recalled.\n",
    "Greek soldiers were sent to Libya in 2020 and are still there.\n",
])
def test_past_access_and_plain_deployments_are_no_plan_or_denial(gaz, text):
    assert not {c.status for c in claims_of(gaz, text)} & {"proposed", "denied"}


@pytest.mark.parametrize("text, want", [
    ("Belgium is cutting its missions abroad.\n\nIts soldiers were pulled out of Niger in March.\n",
     ("BEL", "Niger", "withdrawn")),
    ("The Dutch air force flies from Volkel.\n\nPortugal keeps a frigate in the Aegean.\n\n"
     "Their headquarters is at Souda Bay naval base.\n", ("PRT", "Naval Support Activity Souda Bay", "existing")),
])
def test_possessive_pronoun_subject_stands_for_the_country_before(gaz, text, want):
    assert want in {(c.operator, c.place, c.status) for c in claims_of(gaz, text)}


@pytest.mark.parametrize("text", [
    "The minister told a U.S. radio reporter that the jets parked at the airport of Ganja were training.\n",
    "Omani officials told Spanish reporters that troops had been seen at the port of Duqm.\n",
])
def test_the_audience_or_source_of_speech_is_no_operator(gaz, text):
    ops = {c.operator for c in claims_of(gaz, text)}
    assert not ops & {"USA", "ESP"}


@pytest.mark.parametrize("text, visit", [
    ("Two Chinese H-6 bombers touched down at Mataveri airport on Easter Island on Friday for a "
     "two-day stay.\n", True),
    ("Chinese bombers have been based at Mataveri airport on Easter Island since 2040.\n", False),
])
def test_aircraft_touching_down_are_visiting(gaz, text, visit):
    ops = {c.operator for c in claims_of(gaz, text)}
    assert ("CHN" not in ops) == visit


@pytest.mark.parametrize("text, status", [
    ("Italian army engineers are building a field hospital in Misrata.\n", "existing"),
    ("Turkish soldiers are now building a new camp near Tripoli.\n", "existing"),
    ("Turkey is building a military base near Tripoli.\n", "proposed"),
])
def test_forces_at_work_building_are_there_a_country_building_plans(gaz, text, status):
    assert status in {c.status for c in claims_of(gaz, text)}


@pytest.mark.parametrize("text, want", [
    ("Serbian armoured columns rolled south out of Pristina on Tuesday night.\n", ("SRB", "withdrawn")),
    ("A Kenyan advance party has reached Juba ahead of the main force.\n", ("KEN", "existing")),
])
def test_columns_and_advance_parties_are_forces(gaz, text, want):
    assert want in {(c.operator, c.status) for c in claims_of(gaz, text)}


def test_storage_tanks_are_no_forces(gaz):
    text = "Russian soldiers have left the region. Water tanks in Odesa are full.\n"
    assert "Odesa" not in {c.place for c in claims_of(gaz, text)}
