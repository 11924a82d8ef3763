"""Round 45: posts and sites named by their kind, plans to send or move forces, former
owners, sharers of a base, first-person forces in a quote, trainees on courses, and a
few cues ("ending a presence", "returned to its barracks", "bound for").

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from geo.toponyms import find_toponyms

from .conftest import claims_of, found


@pytest.mark.parametrize("text", [
    "Iranian technicians could be stationed at the radar post above Masyaf, officials said.\n",
    "Iranian technicians could be stationed at a hilltop post near Masyaf, officials said.\n",
    "A second team would take over the air defence site near Masyaf, officials said.\n"
    .replace("A second team", "An Iranian team"),
])
def test_posts_and_sites_named_by_their_kind_are_places_of_presence(gaz, text):
    assert ("IRN", "Masyaf", "proposed") in found(claims_of(gaz, text))


def test_taking_over_a_former_site_is_no_withdrawal(gaz):
    text = "Russia has asked to take over a former air defence site outside Baniyas.\n"
    assert ("RUS", "Baniyas", "proposed") in found(claims_of(gaz, text))


@pytest.mark.parametrize("text", [
    "Iraq's defence ministry also sent a group of officers on a staff course in Tehran.\n",
    "Armenian crews completed training on the Osa system at a Russian range near Astrakhan.\n",
])
def test_trainees_abroad_are_no_presence(gaz, text):
    assert claims_of(gaz, text) == []


def test_a_possessive_before_a_new_subject_does_not_own_the_later_forces(gaz):
    text = ("Oman is preparing to send its first military training mission to Yemen, and Omani "
            "instructors would be based at a former army camp on the edge of Mukalla, officials "
            "said.\n")
    assert ("OMN", "Mukalla", "proposed") in found(claims_of(gaz, text))


def test_talks_about_moving_trainers_to_a_place_are_a_plan(gaz):
    text = ("Italy is in talks about moving its military trainers from Erbil to a training centre "
            "outside Koya, officials said.\n")
    assert ("ITA", "Koya", "proposed") in found(claims_of(gaz, text))


@pytest.mark.parametrize(("text", "iso3"), [
    ("Turkish trainers could use a former Syrian army base near Rastan, officials said.\n", "TUR"),
    ("Israeli soldiers have been stationed at a former Syrian army post near Khan Arnabah.\n", "ISR"),
])
def test_forces_that_take_a_former_owners_base_are_its_operator(gaz, text, iso3):
    assert iso3 in {c.operator for c in claims_of(gaz, text)}


def test_a_former_owners_compound_next_door_is_not_taken(gaz):
    text = ("US forces left the drone base in Agadez. Russian instructors arrived in Niamey in "
            "April and are now based at the airport, next to the former American compound.\n")
    assert not [c for c in claims_of(gaz, text) if c.operator == "RUS" and c.place == "Agadez"]


def test_a_groups_fighters_carry_no_state(gaz):
    text = ("Italian troops patrol near Kumanovo. NLA fighters hand over rifles at a collection "
            "point in the hills above Kumanovo.\n")
    assert [c.status for c in claims_of(gaz, text) if c.operator == "ITA"] == ["existing"]


def test_forces_a_base_was_shared_with_were_there(gaz):
    text = ("American troops have pulled out of a base near the town of Shaddadi, which they had "
            "shared with a small team of British special forces, officials said.\n")
    assert [c.status for c in claims_of(gaz, text) if c.operator == "GBR"
            and "Shaddadi" in c.place] == ["existing"]


def test_forces_that_will_share_the_barracks_are_where_the_barracks_are(gaz):
    text = ("A US battalion will move into a new camp near Rukla next year, and a Norwegian company "
            "will share the barracks with the Americans, officials said.\n")
    assert [c.status for c in claims_of(gaz, text) if c.operator == "NOR"
            and "Rukla" in c.place] == ["proposed"]


def test_the_host_army_sharing_a_base_is_at_that_base(gaz):
    text = ("France handed over its camp at Port-Bouet. In Gabon, France kept Camp de Gaulle in "
            "Libreville, and its soldiers now share the base with the Gabonese army.\n")
    assert not [c for c in claims_of(gaz, text) if c.operator == "GAB"
                and c.place.startswith("Port-Bou")]


def test_the_kosovo_force_is_no_state(gaz):
    text = "Slovenian soldiers serving with NATO's Kosovo Force handed over their camp near Gjilan.\n"
    assert {c.operator for c in claims_of(gaz, text)} == {"SVN"}


def test_our_soldiers_in_a_quote_are_the_speakers(gaz):
    text = ("A Polish company moved in over the weekend.\n\n"
            '"Our soldiers are leaving Gjilan, not Kosovo," a Slovenian officer said.\n')
    assert "SVN" in {c.operator for c in claims_of(gaz, text) if c.place == "Gjilan"}


def test_ending_a_presence_is_a_withdrawal(gaz):
    text = ("Slovenian soldiers handed over their camp to a Polish company on Tuesday, ending a "
            "six-year Slovenian presence in Gjilan, officers said.\n")
    assert ("SVN", "Gjilan", "withdrawn") in found(claims_of(gaz, text))


def test_a_unit_that_returned_to_its_barracks_left_the_range(gaz):
    text = ("Russian troops trained near Kulob this autumn, but a battalion that had spent two "
            "months at a range near Danghara returned to its barracks last week.\n")
    assert ("RUS", "Danghara", "withdrawn") in found(claims_of(gaz, text))


def test_a_capitals_possessive_before_its_forces_is_no_place(gaz):
    text = "Russia's 201st base, Moscow's largest ground force abroad, is based in Dushanbe.\n"
    assert "Moscow" not in [c.place for c in claims_of(gaz, text)]


def test_a_train_bound_for_a_country_does_not_name_an_operator(gaz):
    text = ("US troops left the camp near Slunj this week. Their vehicles were loaded onto trains "
            "bound for Germany, and a Croatian battalion moved into the barracks.\n")
    assert "DEU" not in {c.operator for c in claims_of(gaz, text)}


def test_a_clause_after_the_attribution_has_its_own_status(gaz):
    text = ("Since March a Greek platoon has been housed at a camp on the edge of Yambol, an "
            "official said, and a company from Serbia may join it later this year.\n")
    assert ("GRC", "Yambol", "existing") in found(claims_of(gaz, text))


def test_find_toponyms_still_reads_the_range_town(gaz):
    assert [t.name for t in find_toponyms("a range near Danghara\n", gaz)] == ["Danghara"]
