"""Round 59: countries named as a person's, a partner's or a trainee's, named armed groups,
forces at another country's base, and a town placed by a distance after a province aside.

Every sentence here is new; none is copied from an evaluation article.
"""

from geo._resolve import haversine_km

from .conftest import claims_of, pairs_of, status_at


def test_a_country_before_a_title_is_a_persons_not_a_place(gaz):
    text = ("The complaint came in a note from Mali's air force to the UK defence attache, which "
            "asked British soldiers to stop using the airport in Gao.\n")
    assert not [c for c in claims_of(gaz, text) if c.operator == "MLI"]


def test_officers_welcome_at_courses_abroad_are_trainees(gaz):
    text = "The ministry said Ghanaian officers would still be welcome at courses at Sandhurst in Britain.\n"
    assert not claims_of(gaz, text)


def test_a_countrys_academy_attended_by_cadets_is_no_presence(gaz):
    text = "Forty Senegalese officers will attend France's Special Military School in Saint-Cyr next year.\n"
    assert not [c for c in claims_of(gaz, text) if c.operator == "SEN"]


def test_the_possessor_in_an_appositive_of_partnership_is_no_operator(gaz):
    text = "Qatar, Turkey's closest ally in the Gulf, withdrew its troops from Somalia in 2019.\n"
    assert {o for o, _ in pairs_of(gaz, text)} == {"QAT"}


def test_a_named_armed_groups_sentence_takes_no_carried_operator(gaz):
    text = ("French troops are based at a camp near Gao, officials said. "
            "Ansar Dine fighters moved into an old camp near Kidal on Monday.\n")
    assert ("FRA", "Kidal") not in pairs_of(gaz, text)


def test_guard_military_colleges_are_no_anchor(gaz):
    text = ("Turkish advisers have trained Somali units in Mogadishu since 2017. About 50 Somali "
            "officers have been trained at military colleges in Konya and Izmir since 2020.\n")
    assert not {p for _, p in pairs_of(gaz, text)} & {"Konya", "Izmir"}


def test_working_through_local_allies_is_no_presence(gaz):
    text = ("Iran pulled its advisers out of Syria in 2024 and now works through local allies "
            "in Deir ez-Zor.\n")
    assert not [p for _, p in pairs_of(gaz, text) if p.startswith("Deir")]


def test_forces_posted_at_another_countrys_base_are_there(gaz):
    text = ("Italy could station two helicopters and a team of technicians at Niger's air base at "
            "Agadez under the deal.\n")
    assert ("ITA", "Agadez") in {(o, p.split()[0]) for o, p in pairs_of(gaz, text)}


def test_demonyms_listed_in_a_relative_clause_are_no_operators(gaz):
    text = ("Kenya's navy, which operates French, Spanish and Chinese patrol boats, sails them mainly "
            "from its base at Mombasa.\n")
    assert not {o for o, _ in pairs_of(gaz, text)} & {"FRA", "ESP", "CHN"}


def test_forces_a_base_is_home_to_are_there(gaz):
    text = ("Mali's defence ministry said Turkish trainers would be sent to the army camp at Tessalit. "
            "The camp is already home to a company of the Chadian army.\n")
    assert status_at(gaz, text, "TCD", "Tessalit") == "existing"


def test_the_hosts_airfield_in_a_denied_plan_is_no_denial_of_its_own(gaz):
    text = ("The ministry denied a report that Britain planned to base drones at Kenya's Laikipia "
            "air base.\n")
    assert not [c for c in claims_of(gaz, text) if c.operator == "KEN"]


def test_a_town_placed_by_a_distance_after_a_state_aside(gaz):
    text = ("Chinese peacekeepers have set up a post at Akon Lual, in Warrap state, about 60 km "
            "east of Wau.\n")
    wau = max(gaz.lookup("Wau"), key=lambda p: p.population)
    got = [c for c in claims_of(gaz, text) if c.operator == "CHN" and c.place == "Akon Lual"]
    assert got
    assert 50 <= haversine_km(got[0].lat, got[0].lon, wau.lat, wau.lon) <= 70


def test_a_regions_forces_are_its_own(gaz):
    text = ("Kenyan troops are based at the airport in Kismayo. Jubaland forces have been fighting "
            "the militants near Afmadow since May.\n")
    assert not [p for o, p in pairs_of(gaz, text) if o == "KEN" and p in ("Jubaland", "Afmadow")]
