"""Dates resolved against the publication date; places from the gazetteer."""

from datetime import date

from app.extract.dates import find_dates
from app.extract.places import find_places

SUNDAY = date(2016, 9, 18)


def dates(text: str, base: date | None = SUNDAY) -> list[date]:
    return [m.on for m in find_dates(text, 0, len(text), base)]


def test_weekdays_are_the_latest_such_day() -> None:
    assert dates("Russia said Saturday that") == [date(2016, 9, 17)]
    assert dates("on Sunday the ministry said") == [SUNDAY]  # reported the same day
    assert dates("last Sunday") == [date(2016, 9, 11)]
    assert dates("said in a statement issued on Saturday night") == [date(2016, 9, 17)]


def test_month_days_take_the_year_of_the_publication() -> None:
    assert dates("talks in Geneva on September 9") == [date(2016, 9, 9)]
    assert dates("The truce went into effect at sunset on September 12.") == [date(2016, 9, 12)]
    assert dates("signed on 20 December") == [date(2015, 12, 20)]  # not in the future
    assert dates("on 9 March 2011") == [date(2011, 3, 9)]


def test_relative_days() -> None:
    assert dates("yesterday") == [date(2016, 9, 17)]
    assert dates("Saturday", base=None) == []


def test_transliterations_and_facilities(registry) -> None:  # type: ignore[no-untyped-def]
    for text in [
        "surrounded by Daesh in the Dayr al-Zawr air base",
        "close to the Deir ez-Zor Airport",
        "strikes on the Deir Ezzor air base",
        "at the airport of Deir al-Zour",
    ]:
        (mention,) = find_places(registry, text)
        assert mention.place.id == "deir-ez-zor-airport", text
        assert (mention.place.lat, mention.place.lon, mention.place.country) == (
            35.285,
            40.176,
            "SY",
        )


def test_short_names_match_exactly(registry) -> None:  # type: ignore[no-untyped-def]
    assert [m.place.id for m in find_places(registry, "in Hama and Homs")] == ["hama", "homs"]
    assert find_places(registry, "the Swiss city of Geneva") == []
