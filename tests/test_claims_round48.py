"""Round 48: stations that are civilian, vessels that were only tracked, a named group's "its",
and curated towns of the conflicts the new sets name.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from geo.toponyms import find_toponyms

from .conftest import claims_of


@pytest.mark.parametrize("text", [
    "US troops are based in Bolivia. Voters queued at petrol stations in La Paz on Monday.\n",
    "French troops are in Niger. The power station near Niamey was shut after the storm.\n",
    "British troops are in Estonia. Queues formed at polling stations in Tartu.\n",
])
def test_civilian_stations_hold_no_forces(gaz, text):
    assert not [c for c in claims_of(gaz, text) if c.place in ("La Paz", "Niamey", "Tartu")]


@pytest.mark.parametrize("text", [
    "Russian submarines have been tracked more often in waters around the Faroe Islands.\n",
    "Chinese warships were spotted in waters near Okinawa last week.\n",
])
def test_vessels_that_were_tracked_are_passing(gaz, text):
    assert claims_of(gaz, text) == []


def test_a_radar_station_is_still_a_base(gaz):
    text = "Russian forces left the radar station near Gabala in 2012.\n"
    assert [c.status for c in claims_of(gaz, text)] == ["withdrawn"]


def test_its_after_a_named_group_is_the_groups(gaz):
    text = ("Italian troops joined the drills.\n\n"
            "The Polisario Front, which seeks independence for Western Sahara, condemned the drills "
            "in a statement from its headquarters in the camps near Tindouf.\n")
    assert not [c for c in claims_of(gaz, text) if c.place == "Tindouf"]


def test_its_after_a_capital_that_acts_is_that_states(gaz):
    text = "The Kremlin, which has run Hmeimim since 2015, said its base near Latakia would stay.\n"
    assert {c.operator for c in claims_of(gaz, text)} == {"RUS"}


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Rwandan troops advanced with the rebels to Walikale in Congo.\n", "Walikale", "COD"),
    ("Burundian troops withdrew from Kalehe in South Kivu.\n", "Kalehe", "COD"),
    ("Turkish troops left a hilltop post near Barzan in northern Iraq.\n", "Barzan", "IRQ"),
])
def test_curated_conflict_towns_resolve(gaz, text, name, iso3):
    assert [t.iso3 for t in find_toponyms(text, gaz) if t.name == name] == [iso3]
