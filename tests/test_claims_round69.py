"""Round 69: coordinated users of a host's base, a base that "would remain under" the
host's command, "studying whether to", and towns the gazetteer lacks placed by a distance
after "a small island" or "in the X Sea".

Every sentence here is new; none is copied from an evaluation article.
"""

from geo.toponyms import find_toponyms, haversine_km

from .conftest import claims_of, pairs_of, status_at


def test_every_user_joined_to_the_last_uses_the_hosts_camp(gaz):
    text = ("Separately, the ministry said Dutch and Belgian army engineers would rotate through the "
            "Lithuanian air force camp at the airport near Siauliai, in the north, from early next year.\n")
    pairs = pairs_of(gaz, text)
    assert ("NLD", "Siauliai") in pairs
    assert ("BEL", "Siauliai") in pairs


def test_a_base_that_would_remain_under_the_hosts_command_is_no_presence_now(gaz):
    text = ("Canada will send army engineers to the Latvian air base at Lielvarde next year. Their work "
            "would include repairing the runway, and the base would remain under Latvian command.\n")
    assert status_at(gaz, text, "CAN", "Lielvarde") == "proposed"


def test_guard_forces_that_remain_at_a_base_are_there(gaz):
    text = "Canadian engineers remain at the Latvian air base at Lielvarde, officials said.\n"
    assert status_at(gaz, text, "CAN", "Lielvarde") == "existing"


def test_studying_whether_to_station_is_a_plan(gaz):
    text = "Britain is studying whether to station a small radar team at Keflavik, officials said.\n"
    assert status_at(gaz, text, "GBR", "Keflavik") == "proposed"


def test_a_small_island_the_gazetteer_lacks_is_placed_by_its_distance(gaz):
    text = ("Chinese technicians have run a radar on Ko Kradan, a small island about 35 km south-west of "
            "Trang, since March.\n")
    tops = find_toponyms(text, gaz)
    island = [t for t in tops if t.name == "Ko Kradan"]
    trang = next(t for t in tops if t.name == "Trang")
    assert island
    assert island[0].lat < trang.lat  # south-west: (lat, lon) order
    assert island[0].lon < trang.lon
    assert haversine_km(island[0].lat, island[0].lon, trang.lat, trang.lon) < 40
    assert status_at(gaz, text, "CHN", "Ko Kradan") == "existing"


def test_a_sea_named_between_a_name_and_its_distance_is_an_aside(gaz):
    text = ("Thai marines are based on Pulau Bunyu in the Celebes Sea, about 40 km north of Tarakan, "
            "officials said.\n")
    got = [c for c in claims_of(gaz, text) if c.operator == "THA"]
    assert [c.place for c in got] == ["Pulau Bunyu"]


def test_a_police_liaison_team_is_no_forces(gaz):
    text = ("Australia opened a defence office in Port Vila last year. A Chinese police liaison team "
            "has worked in Luganville since 2023, officials said.\n")
    assert not any(p == "Luganville" for _, p in pairs_of(gaz, text))


def test_guard_a_military_liaison_team_is_forces(gaz):
    text = "A Chinese military liaison team has worked in Luganville since 2023, officials said.\n"
    assert status_at(gaz, text, "CHN", "Luganville") == "existing"


def test_not_seeking_bases_is_a_denial(gaz):
    text = '"India does not seek military bases in Mauritius," the foreign ministry said.\n'
    assert status_at(gaz, text, "IND", "Mauritius") == "denied"


def test_the_ends_of_a_route_are_not_where_a_unit_is(gaz):
    text = ("China has asked Pakistan to let Chinese military drone crews use the airport at Turbat. The "
            "unit would fly patrols over the roads that link the port of Pasni with the interior, officials "
            "said.\n")
    places = {p for o, p in pairs_of(gaz, text) if o == "CHN"}
    assert any("Turbat" in p for p in places)
    assert not any("Pasni" in p for p in places)


def test_firing_artillery_at_a_range_is_no_presence(gaz):
    text = "US Marines fired artillery at the Yausubetsu training area in Hokkaido last week.\n"
    assert pairs_of(gaz, text) == set()
