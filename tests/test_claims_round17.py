"""Round 17: rules generalised from the study of the held-out sets of the eleventh stop.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from .conftest import claims_of, status_at


@pytest.mark.parametrize("text", [
    "Sri Lanka has asked India to allow its navy to use a fuel jetty at Trincomalee.\n",
    "India said the new accord gives its warships access to the harbour at Trincomalee.\n",
    "India said Colombo may let its patrol aircraft use the airfield at Trincomalee.\n",
])
def test_a_possessive_in_a_grant_of_use_names_forces_not_their_base(gaz, text):
    assert status_at(gaz, text, "IND", "Trincomalee") == "proposed"


def test_a_possessive_base_without_a_grant_of_use_stays_existing(gaz):
    text = "India keeps its naval base at Trincomalee, which may host more ships next year.\n"
    assert status_at(gaz, text, "IND", "Trincomalee") == "existing"


def test_forces_moved_from_a_country_are_not_that_countrys(gaz):
    text = ("Moscow has moved weapons and personnel from Syria to Libya in recent weeks, the "
            "sources said. The possible new sites were the airfield at Ghadames and the port of "
            "Zuwara.\n")
    claims = claims_of(gaz, text)
    assert {c.operator for c in claims if c.place in ("Ghadames", "Zuwara")} == {"RUS"}
    assert "SYR" not in {c.operator for c in claims}


def test_not_agreeing_to_a_presence_denies_it(gaz):
    text = "Libya's eastern command said it had not agreed to any Egyptian presence at Tobruk.\n"
    assert status_at(gaz, text, "EGY", "Tobruk") == "denied"


@pytest.mark.parametrize("adjective", ["landlocked", "federal", "war-torn"])
def test_a_country_after_a_place_adjective_is_a_place_not_an_operator(gaz, adjective):
    text = (f"About 400 French soldiers who left bases in {adjective} Mali last year have been "
            "moved to Camp Kossei in N'Djamena, officials said.\n")
    assert {c.operator for c in claims_of(gaz, text)} == {"FRA"}


def test_the_base_that_hosts_a_named_site_is_that_site(gaz):
    text = ("Italian soldiers train at Camp Lemonnier in Djibouti. Last year French troops handed "
            "over Camp Kossei in Chad. Japanese sailors also operate from the base that hosts "
            "Camp Lemonnier.\n")
    places = {c.place for c in claims_of(gaz, text) if c.operator == "JPN"}
    assert places == {"Camp Lemonnier"}


def test_a_town_that_locates_a_base_named_after_a_town_is_no_claim(gaz):
    text = "Russian troops could be based at the Bayda air base near the eastern town of Shahhat.\n"
    assert {c.place for c in claims_of(gaz, text)} == {"Bayda"}


@pytest.mark.parametrize("text", [
    "Eastern Libya's armed forces on Monday denied a report that Egyptian troops had moved into "
    "an air base in the south of the country.\n",
    "Eastern Libya's Libyan National Army (LNA) on Monday denied a report that Egyptian troops had "
    "moved into an air base in the south of the country.\n",
])
def test_forces_that_deny_a_report_are_its_speaker_not_a_presence(gaz, text):
    assert [c for c in claims_of(gaz, text) if c.place == "Eastern Libya"] == []


def test_officers_at_a_base_who_speak_keep_the_base(gaz):
    text = ("American advisers work from the Kisik base, an Iraqi army camp west of Mosul, Iraqi "
            "officers at the base said.\n")
    assert "USA" in {c.operator for c in claims_of(gaz, text)}
