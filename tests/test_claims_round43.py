"""Round 43: parallel locatives, a second reported clause, a handover's recipient, staff
courses abroad, a country that only reports, observation posts named again, and a time
phrase between forces and their place.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from .conftest import claims_of, found


def test_a_repeated_preposition_lists_places_instead_of_locating_one(gaz):
    text = ('"There is no Russian base in Raqqa, in Manbij or anywhere else in Syria," an '
            "official said.\n")
    got = found(claims_of(gaz, text))
    assert ("RUS", "Raqqa", "denied") in got
    assert ("RUS", "Manbij", "denied") in got


def test_a_town_that_locates_a_site_is_still_dropped(gaz):
    text = "French troops are based at Camp de Port-Bouet, near Abidjan.\n"
    assert "Abidjan" not in [c.place for c in claims_of(gaz, text)]


def test_a_second_reported_clause_keeps_its_own_status(gaz):
    text = ("The newspaper reported that Russian engineers had run a radar post near Hama "
            "since 2019 and that talks were under way on a training site near Homs.\n")
    got = found(claims_of(gaz, text))
    assert ("RUS", "Hama", "existing") in got
    assert ("RUS", "Homs", "proposed") in got


def test_a_training_site_is_a_presence_noun(gaz):
    text = "Turkey plans a training site for its troops near Kirkuk.\n"
    assert ("TUR", "Kirkuk", "proposed") in found(claims_of(gaz, text))


@pytest.mark.parametrize("text", [
    ("Qatari instructors had trained a coast guard unit at a camp near Bosaso since 2022. "
     "The camp was handed over to Puntland's forces in May.\n"),
    ("Qatari instructors had trained a coast guard unit at a camp near Bosaso since 2022. "
     "In May the camp was handed back to Puntland's army.\n"),
])
def test_the_recipient_of_a_handover_is_no_place(gaz, text):
    got = claims_of(gaz, text)
    assert [c.place for c in got] == ["Bosaso"]
    assert got[0].operator == "QAT"
    assert got[0].status == "withdrawn"


@pytest.mark.parametrize("text", [
    "Ghanaian officers regularly attend staff courses at Camberley.\n",
    "Omani officers attend command courses at Shrivenham each year.\n",
])
def test_officers_on_courses_abroad_are_no_presence(gaz, text):
    assert claims_of(gaz, text) == []


@pytest.mark.parametrize("text", [
    ("The United States said last week that Serbia had deployed artillery, tanks and infantry "
     "units near the line, including around Novi Pazar.\n"),
    ("Washington said on Monday that Serbia had moved artillery, tanks and infantry units "
     "close to the line, among them around Novi Pazar.\n"),
])
def test_a_country_that_reports_another_s_deployment_is_no_operator(gaz, text):
    assert claims_of(gaz, text) == []


def test_a_reported_foreign_deployment_keeps_its_operator(gaz):
    text = "Moscow said that Turkey had deployed troops near Tal Abyad.\n"
    assert ("TUR", "Tal Abyad", "existing") in found(claims_of(gaz, text))


@pytest.mark.parametrize("text", [
    ("Russian troops set up a few observation posts around Ijevan in 2021. They left those "
     "posts in April.\n"),
    ("Russian troops set up an observation post near Ijevan in 2021. They left the post "
     "in April.\n"),
])
def test_observation_posts_named_again_are_where_they_were(gaz, text):
    assert found(claims_of(gaz, text)) == [("RUS", "Ijevan", "withdrawn")]


@pytest.mark.parametrize("text", [
    "In Tavush, the Russians set up observation posts after the 2021 clashes, mostly around Ijevan.\n",
    "The Russians set up observation posts after the 2021 clashes, mainly near Ijevan.\n",
])
def test_a_time_phrase_between_forces_and_their_place_is_no_event(gaz, text):
    assert ("RUS", "Ijevan", "existing") in found(claims_of(gaz, text))
