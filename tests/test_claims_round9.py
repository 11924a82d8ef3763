"""Round 9: rules generalised from the study of the sixth held-out set.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from .conftest import claims_of, status_at


@pytest.mark.parametrize("text, operator, place, want", [
    ("A New Zealand Navy frigate carrying 80 sailors docked at Suva on Friday.\n", "NZL", "Suva",
     "existing"),
    ("Two New Zealand Army engineers are based at Honiara.\n", "NZL", "Honiara", "existing"),
    ("Germany will open a new German camp near Kaunas next year.\n", "DEU", "Kaunas", "proposed"),
    ("New Danish barracks are planned at Tapa.\n", "DNK", "Tapa", "proposed"),
])
def test_new_inside_a_proper_name_is_no_plan(gaz, text, operator, place, want):
    assert status_at(gaz, text, operator, place) == want


@pytest.mark.parametrize("text, operator, place, want", [
    ("Dutch marines are guarding an evacuation point at the port of Beira.\n", "NLD", "Beira",
     "existing"),
    ("Dutch marines, who have evacuated about 400 civilians since Friday, will stay at Beira airport "
     "until Tuesday.\n", "NLD", "Beira", "existing"),
    ("Dutch marines were evacuated from Beira on Friday.\n", "NLD", "Beira", "withdrawn"),
    ("The Netherlands evacuated its troops from Beira on Friday.\n", "NLD", "Beira", "withdrawn"),
])
def test_evacuating_civilians_is_no_withdrawal_of_the_forces(gaz, text, operator, place, want):
    assert status_at(gaz, text, operator, place) == want


@pytest.mark.parametrize("text, want", [
    ("The Polish brigade based in Kunduz said it had no plans to move.\n", "existing"),
    ("The Polish battalion at Kunduz will not relocate, a spokesman said.\n", "existing"),
    ("Poland has no plans to move troops to Kunduz.\n", "denied"),
    ("Poland has no plans to send troops to Kunduz.\n", "denied"),
])
def test_refusing_to_move_keeps_the_forces_where_they_are(gaz, text, want):
    assert status_at(gaz, text, "POL", "Kunduz") == want


@pytest.mark.parametrize("text, kept", [
    ("Italy handed over its base in Herat on Monday, closing the camp where Italian soldiers fought "
     "their longest battles since the Second World War. The last Italian soldiers left Herat by air.\n",
     True),
    ("Italian bombers flew from Herat in the Second World War. The last Italian soldiers left Herat "
     "by air.\n", False),
])
def test_since_a_past_era_measures_up_to_now(gaz, text, kept):
    claims = [c for c in claims_of(gaz, text) if c.operator == "ITA" and "Herat" in c.place]
    assert len(claims) == 1
    assert (len(claims[0].evidence) == 2) is kept


@pytest.mark.parametrize("text, place, kept", [
    ("A Royal Air Force Hercules carrying 40 soldiers landed at Nadi airport.\n", "Hercules", False),
    ("A Dutch Navy Hercules unit is based at Curacao airport.\n", "Hercules", False),
    ("Canadian troops are based at Hercules, California.\n", "Hercules", True),
])
def test_a_town_after_a_service_name_is_an_aircraft_type(gaz, text, place, kept):
    assert (place in {c.place for c in claims_of(gaz, text)}) is kept
