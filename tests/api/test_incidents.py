"""GET /v1/incidents and /v1/incidents/{id}."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.helpers import assert_problem, ids


def test_list_latest_first(client: TestClient) -> None:
    body = client.get("/v1/incidents").json()
    assert (body["total"], body["limit"], body["offset"]) == (2, 50, 0)
    assert [i["id"] for i in body["items"]] == ["inc_later", "inc_deir"]
    first = body["items"][1]
    assert first["occurred_on"] == "2016-09-17"
    assert first["occurred_on_precision"] == "day"
    assert (first["place_name"], first["country"], first["location_precision"]) == (
        "Deir ez-Zor",
        "SY",
        "city",
    )


def test_filter_by_admin1_any_case_repeatable(client: TestClient) -> None:
    body = client.get("/v1/incidents", params={"admin1": "DEIR EZ-ZOR"}).json()
    assert ids(body) == {"inc_deir"}
    assert (body["items"][0]["admin1"], body["items"][0]["admin2"]) == ("Deir ez-Zor", None)
    assert ids(client.get("/v1/incidents?admin1=Raqqa&admin1=deir%20ez-zor").json()) == {"inc_deir"}
    assert client.get("/v1/incidents", params={"admin1": "Raqqa"}).json()["total"] == 0
    csv_text = client.get("/v1/incidents", params={"admin1": "Deir ez-Zor", "format": "csv"}).text
    header, row = csv_text.lstrip("\ufeff").splitlines()[:2]
    assert "admin1" in header.split(",") and "Deir ez-Zor" in row
    geojson = client.get("/v1/incidents", params={"admin1": "Deir ez-Zor", "format": "geojson"})
    assert geojson.json()["features"][0]["properties"]["admin1"] == "Deir ez-Zor"
    assert client.get("/v1/incidents/inc_deir").json()["admin1"] == "Deir ez-Zor"


def test_filter_by_admin1_accepts_the_names_users_type(client: TestClient) -> None:
    # Other spellings and the ISO 3166-2 code of the division incidents call 'Deir ez-Zor'.
    for spelling in ("Deir Ezzor", "Dayr az Zawr", "deir al-zour", "SY-DY", "sy-dy"):
        body = client.get("/v1/incidents", params={"admin1": spelling}).json()
        assert ids(body) == {"inc_deir"}, spelling
    # Known divisions with no incident, spelled as users do: an empty page, not an error.
    for spelling in ("Idleb", "Dara'a", "Deraa", "Tarabulus", "Donetska", "Gaza Strip"):
        assert client.get("/v1/incidents", params={"admin1": spelling}).json()["total"] == 0


def test_filter_by_an_unknown_admin1_is_a_problem(client: TestClient) -> None:
    response = client.get("/v1/incidents", params=[("admin1", "Raqqa"), ("admin1", "Narnia")])
    body = assert_problem(response, 422)
    assert "Narnia" in body["detail"] and "admin1" in body["detail"]
    assert body["errors"][0]["loc"] == ["query", "admin1"]


def test_filter_by_admin1_accepts_the_town_a_division_is_named_after(client: TestClient) -> None:
    # The town Deir ez-Zor in spellings that only the town has, not the division.
    for spelling in ("Deir-es-Sor", "Dejr ez-Zor", "Deir Azzor"):
        assert ids(client.get("/v1/incidents", params={"admin1": spelling}).json()) == {
            "inc_deir"
        }, spelling
    # Hodeidah is the town of Yemen's Al Hudaydah governorate: the same (empty) answer.
    divisions = client.get("/v1/incidents", params={"admin1": "Al Hudaydah"})
    for spelling in ("Hodeidah", "El-Hodeidah", "Hodeida", "hodeidah"):
        response = client.get("/v1/incidents", params={"admin1": spelling})
        assert response.status_code == 200 and response.json() == divisions.json(), spelling


def test_filter_by_a_town_that_names_several_divisions_is_a_problem(client: TestClient) -> None:
    # 'Gorica' is a spelling of Korce (Albania) and of Nova Gorica (Slovenia).
    body = assert_problem(client.get("/v1/incidents", params={"admin1": "Gorica"}), 422)
    assert "Korce" in body["detail"] and "Nova Gorica" in body["detail"]
    assert body["errors"][0]["loc"] == ["query", "admin1"]


def test_an_unknown_admin1_hints_at_close_division_names(client: TestClient) -> None:
    for typed, close in (
        ("Hudaydahh", "Al Hudaydah"),
        ("Aleppoo", "Aleppo"),
        ("Ninevah", "Nineveh"),
    ):
        body = assert_problem(client.get("/v1/incidents", params={"admin1": typed}), 422)
        assert typed in body["detail"] and close in body["detail"], body["detail"]


def test_filter_by_admin1_accepts_a_divisions_big_city_of_another_name(client: TestClient) -> None:
    # Mosul is Nineveh's largest city, Mukalla Hadramawt's, Sanaa's the capital's own division:
    # the city's name stands for its division, as a namesake town's does.
    for city, division in (
        ("Mosul", "Nineveh"),
        ("Al Mawsil", "Nineveh"),
        ("Mukalla", "Hadramawt"),
        ("Sanaa City", "Amanat al-Asimah"),
    ):
        response = client.get("/v1/incidents", params={"admin1": city})
        expected = client.get("/v1/incidents", params={"admin1": division})
        assert response.status_code == 200 and response.json() == expected.json(), city
    # A division's own name wins over a city of another division: Sanaa is the governorate.
    from app.api.routes.incidents import admin1_names

    assert admin1_names(["Sanaa"]) == ["sanaa"]
    assert admin1_names(["Mosul", "Mukalla"]) == ["hadramawt", "nineveh"]


def test_paging(client: TestClient) -> None:
    body = client.get("/v1/incidents", params={"limit": 1, "offset": 1}).json()
    assert [i["id"] for i in body["items"]] == ["inc_deir"]
    assert body["total"] == 2
    assert_problem(client.get("/v1/incidents", params={"limit": 501}), 422)


def test_filter_by_source(client: TestClient) -> None:
    assert ids(client.get("/v1/incidents", params={"source": "centcom"}).json()) == {"inc_deir"}
    assert ids(client.get("/v1/incidents", params={"source": "Russian MoD"}).json()) == {
        "inc_deir",
        "inc_later",
    }
    assert ids(client.get("/v1/incidents?source=syrian%20general%20command").json()) == {"inc_deir"}
    # Press TV made a claim, but not about an incident.
    assert client.get("/v1/incidents", params={"source": "Press TV"}).json()["total"] == 0


def test_unknown_source_is_a_422_problem(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/incidents", params={"source": "nobody at all"}), 422)
    assert "/v1/sources" in body["detail"]


def test_detail_actors_estimates_and_claims_by_source(client: TestClient) -> None:
    response = client.get("/v1/incidents/inc_deir")
    assert response.status_code == 200
    incident = response.json()
    assert incident["actors"] == {
        "perpetrators": [{"id": "us-led-coalition", "name": "US-led coalition", "claim_id": None}],
        "targets": [{"id": "syrian-army", "name": "Syrian Arab Army", "claim_id": None}],
    }
    # Who did the later strike is only the Russian ministry's claim: the role says which.
    later = client.get("/v1/incidents/inc_later").json()["actors"]["perpetrators"]
    assert later == [
        {"id": "russian-mod", "name": "Russian Ministry of Defence", "claim_id": "clm_russia_later"}
    ]
    assert incident["estimates"] == [
        {
            "id": incident["estimates"][0]["id"],
            "metric": "killed",
            "low": 62,
            "best": 62,
            "high": 62,
            "claim_ids": ["clm_russia_killed"],
        }
    ]
    groups = [
        (g["source"]["id"], [c["id"] for c in g["claims"]]) for g in incident["claims_by_source"]
    ]
    assert groups == [
        ("russian-mod", ["clm_russia_killed"]),
        ("centcom", ["clm_centcom_belief", "clm_centcom_vehicles"]),
        ("syrian-general-command", ["clm_general_command"]),
    ]
    claim = incident["claims_by_source"][0]["claims"][0]
    assert claim["figures"][0]["metric"] == "killed"
    assert claim["source"]["name"] == "Russian Ministry of Defence"


def test_unknown_incident_is_a_404_problem(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/incidents/inc_nope"), 404)
    assert "inc_nope" in body["detail"]
