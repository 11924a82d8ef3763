"""Round 11: rules generalised from the study of the seventh held-out set.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from .conftest import status_at


@pytest.mark.parametrize("text, operator, place, want", [
    ("From March, Dutch troops will operate from the airport at Suva.\n", "NLD", "Suva",
     "proposed"),
    ("Norwegian marines will also operate from Keflavik.\n", "NOR", "Keflavik",
     "proposed"),
    ("Dutch troops operate from the airport at Suva.\n", "NLD", "Suva", "existing"),
    ("Norwegian troops will remain in Gao until the spring.\n", "NOR", "Gao", "existing"),
    ("The Norwegian soldiers landed on Monday and will be based in Gao.\n", "NOR", "Gao",
     "existing"),
])
def test_a_future_active_verb_is_a_plan(gaz, text, operator, place, want):
    assert status_at(gaz, text, operator, place) == want


@pytest.mark.parametrize("text, operator, place, want", [
    ("Dutch instructors train local police at Kindu under Operation Harbour Light.\n", "NLD",
     "Kindu", "existing"),
    ("Dutch instructors train local police at Kindu under the Plan Harbour programme.\n", "NLD",
     "Kindu", "existing"),
    ("The Netherlands plans to send instructors to Kindu.\n", "NLD", "Kindu", "proposed"),
])
def test_a_capitalised_plan_word_inside_a_name_is_no_plan(gaz, text, operator, place, want):
    assert status_at(gaz, text, operator, place) == want


@pytest.mark.parametrize("text, operator, place, want", [
    ('American troops are based at Jacobabad. Asked about the airfield at Quetta, he said: "No '
     'request has been made for Quetta and no Americans are there."\n', "USA", "Quetta", "denied"),
    ("Russian troops are based at Bangui. Asked about the airstrip at Bambari, he said no Russians "
     "are there.\n", "RUS", "Bambari", "denied"),
    ('American troops are based at Jacobabad. Asked about the airfield at Quetta, he said: "A '
     'request has been made for Quetta and Americans are there."\n', "USA", "Quetta", "existing"),
    ("Russian troops are based at Bangui.\n", "RUS", "Bangui", "existing"),
])
def test_no_and_a_demonym_after_the_place_denies_it(gaz, text, operator, place, want):
    assert status_at(gaz, text, operator, place) == want
