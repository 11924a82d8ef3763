"""Round 14: rules generalised from the study of the twelfth held-out set.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

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


# Counter-examples from an independent review of rounds 12 to 14: each went wrong with the
# first version of a rule.
@pytest.mark.parametrize("text, operator, place, want", [
    ("A Kenyan advance party has reached Juba.\n", "KEN", "Juba", "existing"),
    ("A British advance party arrived in Kabul on Monday.\n", "GBR", "Kabul", "existing"),
    ("Britain, France and other allies have sent troops to Estonia.\n", "GBR", "Estonia",
     "existing"),
    ("French troops held a small base in Tessalit for years. After talks in Bamako on Monday, "
     "France withdrew its last soldiers from the town.\n", "FRA", "Tessalit", "withdrawn"),
    ("U.S. troops left Ain al-Asad air base and moved to Erbil.\n", "USA", "Asad", "withdrawn"),
])
def test_review_counter_examples_keep_their_claims(gaz, text, operator, place, want):
    assert status_at(gaz, text, operator, place) == want


def test_handing_out_is_no_handover(gaz):
    text = "Russian soldiers were handing out passports in Kherson.\n"
    assert status_at(gaz, text, "RUS", "Kherson") == "existing"


@pytest.mark.parametrize("text", [
    "A Chinese company has taken over the port of Darwin.\n",
    "A Chinese company is expanding the port at Gwadar.\n",
    "A Turkish company is building the port in Mogadishu.\n",
    "The Chinese company COSCO operates the port of Piraeus.\n",
])
def test_review_counter_examples_give_no_claim(gaz, text):
    assert [(c.operator, c.place, c.status) for c in claims_of(gaz, text)
            if c.status in ("withdrawn", "existing", "proposed")] == []


def test_agreeing_to_let_forces_use_a_port_is_a_plan(gaz):
    text = "Seychelles has agreed to let the Indian navy use the airstrip on Assumption Island.\n"
    assert status_at(gaz, text, "IND", "Assumption") == "proposed"
