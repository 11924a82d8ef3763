"""Round 14: rules generalised from the study of the twelfth held-out set.

Every sentence here is new; none is copied from an evaluation article.
"""

from .conftest import claims_of, status_at


def test_a_capital_inside_a_camp_s_name_is_no_government(gaz):
    text = "The army handed Camp Doha back to Kuwait, completing the move of its troops to Camp Arifjan.\n"
    assert "QAT" not in {c.operator for c in claims_of(gaz, text)}


def test_an_absence_before_a_later_hedge_still_confirms_the_withdrawal(gaz):
    text = ('The last American personnel left the Shamsi air base on Sunday. "There are no '
            'Americans at Shamsi any more," an army spokesman said. The loss of Shamsi would not '
            "stop the drone campaign.\n")
    assert status_at(gaz, text, "USA", "Shamsi") == "withdrawn"


def test_a_team_that_works_somewhere_is_no_plan(gaz):
    text = ("A smaller American logistics team works at the military side of the Seeb airport "
            "outside Muscat, one of the diplomats said.\n")
    assert {c.status for c in claims_of(gaz, text) if c.operator == "USA"} <= {"existing"}


def test_construction_works_are_still_a_plan(gaz):
    text = "Construction works for the new Turkish base at Suakin began in March.\n"
    assert status_at(gaz, text, "TUR", "Suakin") == "proposed"


def test_forces_back_at_a_base_they_had_left_are_there(gaz):
    text = ("Russian troops returned on Friday to the airfield at Qamishli, which they had left "
            "in the spring, local officials said.\n")
    assert status_at(gaz, text, "RUS", "Qamishli") == "existing"
