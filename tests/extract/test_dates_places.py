"""Dates resolved against the publication date; places from the gazetteer."""

from datetime import date, timedelta

import pytest

from app.extract import DocumentMeta, extract_document
from app.extract.dates import date_line, find_dates
from app.extract.places import find_places
from app.extract.types import Precision

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


def test_the_previous_day_is_the_day_before_the_date_last_named() -> None:
    assert dates("On Friday the army shelled Douma. Twelve died the previous day.") == [
        date(2016, 9, 16),
        date(2016, 9, 15),
    ]
    assert dates("on September 2, and on the preceding day") == [
        date(2016, 9, 2),
        date(2016, 9, 1),
    ]
    assert dates("Twelve died the previous day.") == []  # no date named before it


def test_overnight_before_a_weekday_is_that_night() -> None:
    assert dates("killed overnight Friday") == [date(2016, 9, 16)]
    assert dates("killed overnight Saturday to Sunday") == [SUNDAY - timedelta(1), SUNDAY]
    assert dates("killed overnight, activists said") == [SUNDAY]


def test_without_an_anchor_only_dates_with_a_year_resolve() -> None:
    assert dates("on September 9 and yesterday and Monday", base=None) == []
    assert dates("on 9 March 2011", base=None) == [date(2011, 3, 9)]


def test_date_lines_at_the_top_of_an_article() -> None:
    assert date_line("29-06-2016 Syria Rebels Shell Aleppo") == date(2016, 6, 29)
    assert date_line("Jun 18 2016 Car bomb kills 8") == date(2016, 6, 18)
    assert date_line("Posted on April 19 2017 by Asharq Al-Awsat English") == date(2017, 4, 19)
    assert date_line("Wed 05 Apr 2017 Syria attack symptoms") == date(2017, 4, 5)
    assert date_line("12 February 2015 Casualties mount") == date(2015, 2, 12)
    assert date_line("Syria said on 29-06-2016 that") is None  # not at the top
    assert date_line("31-02-2016 impossible") is None


def test_a_weekday_counts_from_the_date_line_not_the_metadata() -> None:
    text = "01-03-2016 Airstrike kills 9 in Idlib. An airstrike killed nine civilians in Idlib on Monday."
    extraction = extract_document(text, DocumentMeta(published_on=date(2016, 3, 20)))
    assert extraction.incidents[0].occurred_on == date(2016, 2, 29)  # the Monday before 1 March


def test_a_weekday_without_anchor_stays_unresolved_and_the_run_is_deterministic() -> None:
    text = "An airstrike killed nine civilians in Idlib on Monday."
    first = extract_document(text, DocumentMeta())
    (incident,) = first.incidents
    assert (incident.occurred_on, incident.occurred_on_precision) == (None, Precision.unknown)
    assert extract_document(text, DocumentMeta()).to_dict() == first.to_dict()


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


def places(registry, text: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(m.place.name, m.place.kind, m.place.admin1) for m in find_places(registry, text)]


def test_towns_from_geonames_carry_their_governorate(registry) -> None:  # type: ignore[no-untyped-def]
    assert places(registry, "shelling on Tal Abyad") == [("Tall Abyad", "city", "Raqqa")]
    assert places(registry, "in the town of Jaramana") == [("Jaramana", "city", "Rif Dimashq")]
    # Local names win over the library's, and get the division of the nearest town.
    assert places(registry, "in Mayadin") == [("Mayadin", "city", "Deir ez-Zor")]


def test_divisions_named_with_their_city(registry) -> None:  # type: ignore[no-untyped-def]
    assert places(registry, "in Idlib province") == [("Idlib", "admin1", "Idlib")]
    assert places(registry, "in the northern countryside of Aleppo") == [
        ("Aleppo", "admin1", "Aleppo")
    ]
    assert places(registry, "in rural Damascus") == [("Rif Dimashq", "admin1", "Rif Dimashq")]
    assert places(registry, "in the Damascus countryside") == [
        ("Rif Dimashq", "admin1", "Rif Dimashq")
    ]
    assert places(registry, "in Aleppo city") == [("Aleppo", "city", "Aleppo")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Around a city that is a division of its own: the division of its surroundings.
        ("killed near Damascus", ("Rif Dimashq", "admin1", "Rif Dimashq")),
        ("a raid outside Damascus", ("Rif Dimashq", "admin1", "Rif Dimashq")),
        ("fighting around the city of Damascus", ("Rif Dimashq", "admin1", "Rif Dimashq")),
        # Elsewhere the surroundings are the city's own division: the city is kept.
        ("killed near Aleppo", ("Aleppo", "city", "Aleppo")),
        ("shelling outside Homs", ("Homs", "city", "Homs")),
    ],
)
def test_near_or_outside_a_city_is_its_surroundings(registry, text: str, place) -> None:  # type: ignore[no-untyped-def]
    assert places(registry, text) == [place]


def test_common_words_are_not_foreign_villages(registry) -> None:  # type: ignore[no-untyped-def]
    text = "Islamic State fighters and Kurdish forces said Another Ministry statement SANA Rami"
    assert places(registry, text) == []
    assert places(registry, "in Yemen") == [("Yemen", "country", None)]


def test_division_codes_are_iso_3166_2() -> None:
    import pycountry

    from app.extract.gazetteer import gazetteer_for
    from app.extract.registry import default_registry

    gazetteer = gazetteer_for(default_registry())
    assert len(gazetteer.divisions) >= 30
    for division in gazetteer.divisions.values():
        if not division.iso:
            assert division.country == "PS", division  # GeoNames' two regions of Palestine
            continue
        found = pycountry.subdivisions.get(code=division.code)
        assert found is not None and found.country_code == division.country, division


def test_a_country_adjective_with_capital_is_its_capital(registry) -> None:  # type: ignore[no-untyped-def]
    assert places(registry, "east of the Syrian capital on Tuesday") == [
        ("Damascus", "city", "Damascus")
    ]
    assert places(registry, "a blast in the Iraqi capital") == [("Baghdad", "city", "Baghdad")]
    assert places(registry, "on the Syrian capitals outskirts")[0][0] == "Damascus"
    assert [p[0] for p in places(registry, "in the Jordanian capital")] == ["Amman"]
    assert [p[0] for p in places(registry, "the Turkish capital")] == ["Ankara"]
    # Another capital than the country's: the jihadists' own, named after it.
    assert places(registry, "the group's de facto Syrian capital Raqqa") == [
        ("Raqqa", "city", "Raqqa")
    ]
    assert places(registry, "driven from its Syrian capital of Raqqa") == [
        ("Raqqa", "city", "Raqqa")
    ]
    assert places(registry, "the regional capital") == []


def test_a_title_case_headline_names_places_by_their_spelling() -> None:
    text = (
        "A woman and a child were killed after terrorists shelled the centre of Damascus, "
        "local media reported."
    )
    for title in (
        "Center of Damascus Shelled 2 Civilians Killed",
        "Russian Jets Destroy Training Center in Deir Ezzor",
    ):
        (incident, *_) = extract_document(
            text
            if "Damascus" in title
            else text.replace("the centre of Damascus", "a camp in Deir ez-Zor"),
            DocumentMeta(title=title, published_on=SUNDAY),
        ).incidents
        assert incident.admin1 == ("Damascus" if "Damascus" in title else "Deir ez-Zor"), title
    # In a sentence-case headline a capital letter still marks a name: spellings may vary.
    (incident, *_) = extract_document(
        "Shells killed two people, local media reported.",
        DocumentMeta(title="Two killed by shells in Kuneitra", published_on=SUNDAY),
    ).incidents
    assert incident.admin1 == "Quneitra"


def test_divisions_of_other_countries_come_from_pycountry(registry) -> None:  # type: ignore[no-untyped-def]
    (taiz,) = [m.place for m in find_places(registry, "shelling on Taiz")]
    assert (taiz.country, taiz.admin1) == ("YE", "Taiz")
    (incident,) = extract_document(
        "A Saudi-led coalition air strike killed 20 people in Hodeidah on Monday, medics said.",
        DocumentMeta(published_on=SUNDAY),
    ).incidents
    assert (incident.country, incident.admin1) == ("YE", "Al Hudaydah")
    # Such a division names the town's province; it is not itself a place to be found.
    assert [m.place.kind for m in find_places(registry, "SANA reported")] == []


def test_the_pycountry_mapping_agrees_with_the_typed_divisions() -> None:
    import yaml

    from app.extract.gazetteer import _divisions_from_iso, _geonames_cities
    from app.extract.registry import DATA_DIR

    typed = yaml.safe_load((DATA_DIR / "gazetteer.yaml").read_text())["admin1"]
    for country in ("SY", "IQ"):
        found = _divisions_from_iso(country, _geonames_cities({country}))
        assert len(found) >= 5
        for code, division in found.items():
            assert division.code == typed[country][code]["code"], (country, code)
    # Two GeoNames regions against sixteen governorates: nothing to map.
    assert _divisions_from_iso("PS", _geonames_cities({"PS"})) == {}


def test_local_places_carry_their_governorate_and_district(registry) -> None:  # type: ignore[no-untyped-def]
    found = [
        (m.place.name, m.place.admin1, m.place.admin2) for m in find_places(registry, "in Manbij")
    ]
    assert found == [("Manbij", "Aleppo", "Manbij")]
    # A region whose nearest town is not where it lies: its division is written down.
    assert [m.place.admin1 for m in find_places(registry, "on the Qalamoun barrens")] == [
        "Rif Dimashq"
    ]
    (incident,) = extract_document(
        "Air strikes killed 12 people in Khan Shaykhun on Monday, the monitor said.",
        DocumentMeta(published_on=SUNDAY),
    ).incidents
    assert (incident.admin1, incident.admin2) == ("Idlib", "Maarrat al-Numan")


def test_a_lowercase_article_joined_to_a_name(registry) -> None:  # type: ignore[no-untyped-def]
    assert places(registry, "police in al-Hassakeh on Monday") == [("Hasakah", "city", "Hasakah")]
    assert places(registry, "shelling on el-Bab") == [("Al-Bab", "city", "Aleppo")]
    assert places(registry, "al-Qaeda fighters and al-Assad's forces") == []


def test_a_capital_speaking_is_its_government(registry) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "despite Damascus promises of a truce",
        "Damascus has denied using chemical weapons",
        "Baghdad said on Monday",
        "Damascus's allies",
    ):
        assert places(registry, text) == [], text
    assert places(registry, "shelling in Damascus killed four") == [
        ("Damascus", "city", "Damascus")
    ]
    assert places(registry, "Aleppo said to be calm") == [("Aleppo", "city", "Aleppo")]


def test_place_caches_belong_to_the_registry() -> None:
    """The gazetteer and the places found in a text are kept by the registry they come from:
    another registry builds its own, and nothing outlives the registry at module level."""
    import gc
    import weakref

    from app.extract.gazetteer import gazetteer_for
    from app.extract.places import find_places
    from app.extract.registry import load_registry

    first, second = load_registry(), load_registry()
    assert gazetteer_for(first) is gazetteer_for(first)
    assert gazetteer_for(first) is not gazetteer_for(second)
    text = "Shelling hit Idlib province on Monday."
    assert [m.place.id for m in find_places(first, text)] == [
        m.place.id for m in find_places(second, text)
    ]
    gone = weakref.ref(gazetteer_for(second))
    del second
    gc.collect()
    assert gone() is None


def countries(registry, text: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(m.place.name, m.place.country, m.place.admin1) for m in find_places(registry, text)]


def test_the_lead_tells_the_article_country(registry) -> None:  # type: ignore[no-untyped-def]
    from app.extract.places import article_country

    assert article_country(registry, "Afghan President Hamid Karzai condemned a strike.") == "AF"
    assert article_country(registry, "KABUL - A US air strike hit a hospital.") == "AF"
    assert article_country(registry, "KIEV, Ukraine -- Shelling killed six people.") == "UA"
    assert article_country(registry, "Forces of Libya’s government clashed.") == "LY"
    assert article_country(registry, "Fighting raged in Ukraine on Monday.") == "UA"
    # A country whose towns are always read wins: Russian jets over Idlib is a Syrian story.
    assert article_country(registry, "Russian President Putin said jets hit Idlib.") == "SY"
    assert article_country(registry, "Officials in Lebanon said Russian troops left.") == "LB"
    assert article_country(registry, "Six people were killed on Monday.") is None


def test_towns_and_divisions_of_the_article_country(registry) -> None:  # type: ignore[no-untyped-def]
    lead = "Afghan President Hamid Karzai condemned it. "
    assert countries(registry, lead + "The airstrike was in Kunar province.")[-1] == (
        "Kunar",
        "AF",
        "Kunar",
    )
    assert countries(registry, lead + "Gunmen attacked a bus in Kunduz.")[-1] == (
        "Kunduz",
        "AF",
        "Kunduz",
    )
    assert countries(registry, lead + "The strike was in the province of Herat.")[-1] == (
        "Herat",
        "AF",
        "Herat",
    )
    ukraine = "KIEV, Ukraine -- Shelling killed six people in the Donetsk region on Monday."
    assert countries(registry, ukraine)[-1] == ("Donetsk Oblast", "UA", "Donetsk Oblast")
    libya = "Clashes between forces of Libya's government killed 13 people in Tripoli."
    assert countries(registry, libya)[-1] == ("Tripoli", "LY", "Tripoli")


def test_divisions_of_other_countries_carry_english_names(registry) -> None:  # type: ignore[no-untyped-def]
    # ISO 3166-2 writes 'Kharkivska oblast', 'Banghazi', 'Herat' with a macron; users filter
    # on the English name of the town the division is named after.
    kharkiv = "KIEV, Ukraine -- Shelling hit a market in Kharkiv on Monday."
    assert countries(registry, kharkiv)[-1] == ("Kharkiv", "UA", "Kharkiv Oblast")
    benghazi = "Clashes in Libya's east killed 13 people in Benghazi."
    assert countries(registry, benghazi)[-1] == ("Benghazi", "LY", "Benghazi")
    herat = "The Afghan government said a bomb went off in a mosque in Herat city."
    assert countries(registry, herat)[-1] == ("Herat", "AF", "Herat")
    # A plain ISO name stays: Antakya lies in Hatay, Adapazari in Sakarya.
    assert countries(registry, "Rockets hit Antakya.")[-1][1:] == ("TR", "Hatay")
    assert countries(registry, "A bomb went off in Adapazari.")[-1][1:] == ("TR", "Sakarya")
    # A dotless i is an i: 'Diyarbakır' is Diyarbakir, not 'Diyarbakr'.
    assert countries(registry, "A bomb went off in Diyarbakir.")[-1] == (
        "Diyarbakir",
        "TR",
        "Diyarbakir",
    )
    # Syria's and Iraq's typed names stay as they were.
    assert countries(registry, "Shelling hit Deir al-Zour.")[-1][2] == "Deir ez-Zor"


def test_a_dateline_town_or_a_town_and_its_country_tell_the_country(registry) -> None:  # type: ignore[no-untyped-def]
    from app.extract.places import article_country

    assert article_country(registry, "HERAT - A bomb killed eight people.") == "AF"
    assert article_country(registry, "MOSUL - A car bomb killed eight people.") == "IQ"
    assert article_country(registry, "A bomb killed eight people in Herat, Afghanistan.") == "AF"
    assert article_country(registry, "Eight died in Kandahar, Afghanistan's south.") == "AF"
    # A lowercase first word is no dateline.
    assert article_country(registry, "Herat - a bomb killed eight people.") is None
    (incident,) = extract_document(
        "HERAT - A roadside bomb killed eight people in Herat on Sunday, police said.",
        DocumentMeta(published_on=SUNDAY),
    ).incidents
    assert (incident.place_name, incident.country, incident.admin1) == ("Herat", "AF", "Herat")


def test_another_countrys_towns_only_beside_its_name(registry) -> None:  # type: ignore[no-untyped-def]
    lead = "KABUL - A bomb killed 24 people, the Afghan interior ministry said. "
    # 'Hamid' is a Turkish town, but not in an Afghan story.
    assert all(c == "AF" for _, c, _ in countries(registry, lead + "Hamid Karzai spoke."))
    assert all(c != "LB" for _, c, _ in countries(registry, lead + "Envoys met in Tripoli."))
    found = countries(registry, lead + "Envoys met in the Lebanese city of Tripoli.")
    assert found[-1][:2] == ("Tripoli", "LB")


def test_syrian_stories_do_not_read_other_countries_towns(registry) -> None:  # type: ignore[no-untyped-def]
    # Uman and Bila Tserkva are Ukrainian towns; in a Syrian story they stay unread.
    text = "Syrian government forces shelled Idlib. Uman and Bila Tserkva were named."
    found = countries(registry, text)
    assert ("Idlib", "SY", "Idlib") in found
    assert all(c != "UA" for _, c, _ in found)


def test_towns_carry_their_district(registry) -> None:  # type: ignore[no-untyped-def]
    def district(text: str) -> tuple[str | None, str | None]:
        (incident,) = extract_document(text, DocumentMeta(published_on=SUNDAY)).incidents
        return incident.admin1, incident.admin2

    # A district's seat, and towns near a seat of their governorate.
    assert district("Shelling killed five people in Douma on Monday.") == ("Rif Dimashq", "Douma")
    assert district("Shelling killed five people in Aleppo on Monday.") == (
        "Aleppo",
        "Mount Simeon",
    )
    assert district("Air strikes killed 12 people in Saraqeb on Monday.") == ("Idlib", "Idlib")
    assert district("Barrel bombs killed nine in Kafr Batna on Monday.") == (
        "Rif Dimashq",
        "Markaz Rif Dimashq",
    )
    # A division has no district.
    assert district("Shelling killed five people in Idlib province on Monday.") == ("Idlib", None)


def test_every_district_seat_is_a_town_of_its_governorate() -> None:
    import yaml

    from app.extract.gazetteer import (
        _divisions,
        _geonames_cities,
        _geonames_place,
        _with_districts,
    )
    from app.extract.registry import DATA_DIR

    config = yaml.safe_load((DATA_DIR / "gazetteer.yaml").read_text())
    for country, districts in config["admin2"].items():
        cities = _geonames_cities({country})
        _, codes = _divisions(config, {country}, cities)
        towns = _with_districts(
            [_geonames_place(i, c, codes) for i, c in cities.items()], config, {}
        )
        found = {t.admin2 for t in towns}
        assert set(districts) <= found, set(districts) - found


def test_a_weekday_possessive_without_its_apostrophe() -> None:
    text = "The monitor said Wednesdays strike destroyed a prison. Shops close on Fridays."
    found = find_dates(text, 0, len(text), date(2014, 9, 5))  # a Friday
    assert [(m.text, m.on) for m in found] == [("Wednesdays", date(2014, 9, 3))]


def test_the_place_a_city_qualifies_is_the_place() -> None:
    def where(text: str) -> tuple[str | None, str | None]:
        (incident,) = extract_document(text, DocumentMeta(published_on=SUNDAY)).incidents
        return incident.place_name, incident.admin1

    assert where("A car bomb killed 18 people in the Damascus suburb of Jaramana.") == (
        "Jaramana",
        "Rif Dimashq",
    )
    assert where("Shelling killed 4 in the Idlib countryside town of Saraqeb.") == (
        "Saraqeb",
        "Idlib",
    )
    # The headline's 'Damascus suburb' is Rif Dimashq, as the body's suburb is.
    (incident,) = extract_document(
        "A bomb killed 18 people in the Damascus suburb of Jaramana on Tuesday, state media said.",
        DocumentMeta(title="Bomb kills 18 in Damascus suburb", published_on=SUNDAY),
    ).incidents
    assert (incident.place_name, incident.admin1) == ("Jaramana", "Rif Dimashq")
    # An unknown suburb leaves the city.
    assert where("Shelling killed 5 in the Aleppo district of Zzyzxville.")[1] == "Aleppo"


def test_a_country_adjective_is_not_the_country(registry) -> None:  # type: ignore[no-untyped-def]
    found = countries(registry, "Israeli jets and Jordanian pilots flew over Israel and Jordan.")
    assert [name for name, _, _ in found] == ["Israel", "Jordan"]


@pytest.mark.parametrize(
    ("sentence", "place", "admin1"),
    [
        (
            "Israeli air strikes killed three people in Khan Younis on Monday, medics said.",
            "Khan Yunis",
            "Gaza Strip",
        ),
        (
            "Two Palestinians were killed in Gaza on Monday, the health ministry said.",
            "Gaza",
            "Gaza Strip",
        ),
        ("Israeli troops shot dead a Palestinian near Nablus on Monday.", "Nablus", "West Bank"),
        ("Soldiers killed two gunmen in Jenin refugee camp on Monday.", "Janin", "West Bank"),
    ],
)
def test_palestine_carries_its_region_as_admin1(sentence: str, place: str, admin1: str) -> None:
    (incident, *_) = extract_document(sentence, DocumentMeta(published_on=SUNDAY)).incidents
    assert (incident.place_name, incident.country, incident.admin1) == (place, "PS", admin1)
    # The region is itself a place: 'in the Gaza Strip', 'in the occupied West Bank'.
    (incident, *_) = extract_document(
        "An air strike killed four people in the Gaza Strip on Monday.",
        DocumentMeta(published_on=SUNDAY),
    ).incidents
    assert (incident.location_precision, incident.admin1) == (Precision.admin1, "Gaza Strip")


@pytest.mark.parametrize(
    "text",
    [
        "Posted on August 3 2013 by Nazeer Rida At least 12 fighters were killed in Hasaka.",
        "By Nazeer Rida\n\nAt least 12 fighters were killed in Hasaka on Friday.",
        "Published 3 August 2013 by Ali Rida. At least 12 fighters were killed in Hasaka.",
    ],
)
def test_a_bylines_name_is_no_place(registry, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [p[0] for p in places(registry, text)] == ["Hasakah"]


def test_by_a_place_is_still_a_place(registry) -> None:  # type: ignore[no-untyped-def]
    # Not a byline: 'by' after a verb, or deeper in the text.
    assert [p[0] for p in places(registry, "Aid reached Hama by Homs road.")] == ["Hama", "Homs"]
    assert "Rada" in [
        p[0] for p in places(registry, "Clashes in Yemen were reported by Rada residents.")
    ]


def test_the_admin1_names_file_agrees_with_the_gazetteer() -> None:
    import json

    import yaml

    from app.extract.gazetteer import _geonames_cities, division_catalogue
    from app.extract.registry import DATA_DIR

    written = json.loads((DATA_DIR / "admin1_names.json").read_text())
    config = yaml.safe_load((DATA_DIR / "gazetteer.yaml").read_text())
    countries = ["SY", "IQ", "PS", "YE", "LY", "UA", "AF"]
    now = division_catalogue(config, _geonames_cities(set(countries)), countries)
    assert {c: written[c] for c in countries} == now, "run tools/admin1_names.py"
    names = {d["name"] for c in countries for d in now[c]}
    assert {"Idlib", "Rif Dimashq", "Gaza Strip", "Tripoli", "Donetsk Oblast", "Taiz"} <= names
    # A division's namesake town with the town's own spellings; none when the seat has
    # another name (Nineveh: Mosul) or no town shares the division's name (Rif Dimashq).
    towns = {d["code"]: d.get("town") for c in countries for d in now[c]}
    assert {"Hodeida", "El-Hodeidah", "Al Hudaydah"} <= set(towns["YE-HU"])
    assert "Kerkouk" in towns["IQ-KI"] and "Alep" in towns["SY-HL"]
    assert towns["IQ-NI"] is None and towns["SY-RD"] is None


@pytest.mark.parametrize(
    ("text", "published", "on"),
    [
        # A date line at the top: the article's day.
        (
            "Sun Feb 14 2016 Army kills 100 militants in Deir Ezzor. The army killed at least "
            "100 militants in the province during the past 24 hours.",
            date(2016, 2, 20),
            date(2016, 2, 14),
        ),
        ("16-02-2015 Rocket shells killed nine civilians in Aleppo city.", None, date(2015, 2, 16)),
        # No date line: the publication date.
        (
            "Rocket shells killed nine civilians in Aleppo city.",
            date(2015, 2, 16),
            date(2015, 2, 16),
        ),
    ],
)
def test_an_event_without_a_date_of_its_own_is_dated_as_the_article(
    text: str, published: date | None, on: date
) -> None:
    (incident,) = extract_document(text, DocumentMeta(published_on=published)).incidents
    assert (incident.occurred_on, incident.occurred_on_precision) == (on, Precision.day)


@pytest.mark.parametrize(
    "text",
    [
        "State media reported that air strikes killed 12 people in Idlib last week.",
        "Twelve people were killed in air strikes on Idlib over the past few days.",
        "The Observatory said 12 people died in Idlib earlier this month.",
    ],
)
def test_an_earlier_event_without_a_day_is_not_dated_as_the_report(text: str) -> None:
    (incident, *_) = extract_document(text, DocumentMeta(published_on=SUNDAY)).incidents
    assert (incident.occurred_on, incident.occurred_on_precision) == (None, Precision.unknown)


def test_an_earlier_time_beside_the_events_day_keeps_the_day() -> None:
    text = "Air strikes killed 12 people in Idlib on Saturday, a week after last week's raids."
    (incident, *_) = extract_document(text, DocumentMeta(published_on=SUNDAY)).incidents
    assert incident.occurred_on == date(2016, 9, 17)


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # Yemen's governorates are typed by hand: many are not named after their seat.
        ("An air strike hit Mukalla on Monday.", "Hadramawt"),
        ("Militants seized Zinjibar on Monday.", "Abyan"),
        ("A car bomb went off in Sanaa on Monday.", "Amanat al-Asimah"),
        ("Clashes in Aden on Monday.", "Aden"),
        ("Shelling on Taiz on Monday.", "Taiz"),
        ("Air strikes on Hodeidah on Monday.", "Al Hudaydah"),
        ("A drone strike in Ataq on Monday.", "Shabwah"),
    ],
)
def test_yemens_towns_lie_in_their_governorates(registry, text: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    (place, *_) = [m.place for m in find_places(registry, text)]
    assert (place.country, place.kind, place.admin1) == ("YE", "city", admin1)


def test_a_divisions_namesake_town_is_the_town_and_with_province_the_division(registry) -> None:  # type: ignore[no-untyped-def]
    assert places(registry, "fighting in Taiz") == [("Taiz", "city", "Taiz")]
    assert places(registry, "fighting in Taiz province") == [("Taiz", "admin1", "Taiz")]
    assert places(registry, "a bomb in Karbala") == [("Karbala", "city", "Karbala")]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # Villages below GeoNames' cities1000 (or spelled otherwise there): our local names.
        ("A missile slammed into the town of Marea overnight.", "Aleppo"),
        ("Air strikes on Talbisseh in Homs province killed 25.", "Homs"),
        ("Raids hit the village of Abu Alduhour on Monday.", "Idlib"),
        ("Regime shelling on Latamina wounded four.", "Hama"),
        ("Fighting raged around Khan Touman south of the city.", "Aleppo"),
    ],
)
def test_villages_of_the_genre_are_local_names(registry, text: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    (place, *_) = [m.place for m in find_places(registry, text) if m.place.kind == "city"]
    assert (place.country, place.admin1) == ("SY", admin1)


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # Lebanon, Jordan and Israel are typed by hand too (ISO matching left half unmapped).
        ("Rockets hit Tyre on Monday.", "LB", "South Lebanon"),
        ("A blast in Tripoli, Lebanon on Monday.", "LB", "North Lebanon"),
        ("Shelling on Baalbek on Monday.", "LB", "Baalbek-Hermel"),
        ("A protest in Amman on Monday.", "JO", "Amman"),
        ("Refugees reached Mafraq on Monday.", "JO", "Mafraq"),
        ("Sirens sounded in Tel Aviv on Monday.", "IL", "Tel Aviv"),
        ("Sirens sounded in Beersheba on Monday.", "IL", "Southern District"),
        # Turkey's 81 provinces map through their seats.
        ("A rocket hit Kilis on Monday.", "TR", "Kilis"),
        ("Police in Gaziantep on Monday.", "TR", "Gaziantep"),
    ],
)
def test_towns_of_the_neighbours_lie_in_their_divisions(
    registry, text: str, country: str, admin1: str
) -> None:  # type: ignore[no-untyped-def]
    (place, *_) = [m.place for m in find_places(registry, text) if m.place.kind == "city"]
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # GeoNames codes pinned where matching towns to ISO names went wrong or found nothing.
        ("KIEV, Ukraine -- Shelling hit Lviv on Monday.", "Lviv Oblast"),
        ("KIEV, Ukraine -- A blast in Odesa on Monday.", "Odesa Oblast"),
        ("KABUL - A bomb went off in Jalalabad on Monday.", "Nangarhar"),
        ("A blast in Karachi, Pakistan on Monday killed four.", "Sindh"),
        ("Gunmen attacked a bank in Ahvaz, Iran on Monday.", "Khuzestan"),
        ("KABUL - A roadside bomb hit a car in Lashkar Gah on Monday.", "Helmand"),
        ("KABUL - Taliban fighters attacked a checkpoint in Asadabad.", "Kunar"),
        ("MOGADISHU - A car bomb exploded in Baidoa, Somalia on Monday.", "Bay"),
        ("MOGADISHU - Gunmen attacked a hotel in Beledweyne, Somalia.", "Hiiraan"),
        ("KHARTOUM - The RSF shelled El Fasher, Sudan on Sunday.", "North Darfur"),
        ("KHARTOUM - Fighting spread to Nyala, Sudan on Sunday.", "South Darfur"),
        ("An air strike hit Sittwe, Myanmar on Monday.", "Rakhine"),
        ("Clashes broke out in Al Bayda, Libya on Monday.", "Al Jabal al Akhdar"),
        ("KIEV, Ukraine -- A drone hit Sumy on Monday.", "Sumy Oblast"),
        ("JUBA, South Sudan - Fighting broke out in Malakal on Monday.", "Upper Nile"),
    ],
)
def test_pinned_divisions_of_other_countries(registry, text: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    assert admin1 in [m.place.admin1 for m in find_places(registry, text)]
