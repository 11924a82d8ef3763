import datetime as dt

import pytest

from geo._validate import validate_date, validate_iso3, validate_location


@pytest.mark.parametrize(
    ("value", "expected"),
    [((34.5, 38.3), (34.5, 38.3)), ([0, 0], (0.0, 0.0)), (("-90", "180"), (-90.0, 180.0))],
)
def test_good_locations(value, expected):
    assert validate_location(value) == expected


@pytest.mark.parametrize(
    ("value", "match"),
    [
        ((91, 0), "Latitude must be in"),
        ((0, 181), "Longitude must be in"),
        ((0,), "pair of two numbers"),
        (("a", 1), "'a'"),
        ((float("nan"), 1), "not finite"),
        ((None, 1), "None"),
    ],
)
def test_bad_locations_name_the_value(value, match):
    with pytest.raises(ValueError, match=match):
        validate_location(value)


@pytest.mark.parametrize("value", ["34.5,38.3", 34.5, None, {"lat": 1}])
def test_location_type_errors(value):
    with pytest.raises(TypeError, match="Expected a \\(lat, lon\\) pair"):
        validate_location(value)


def test_iso3_and_date():
    assert validate_iso3("tur") == "TUR"
    assert validate_date("2025-02-04") == dt.date(2025, 2, 4)
    for bad in ("TU", "T1R", 5):
        with pytest.raises(ValueError, match="ISO 3166"):
            validate_iso3(bad)
    with pytest.raises(ValueError, match="'04/02/2025'"):
        validate_date("04/02/2025")
