"""POST and DELETE /v1/documents: token, limits, what is stored and what a deletion leaves."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlmodel import Session, SQLModel, col, func, select

from app.core.config import Settings
from app.documents import load_extraction
from app.extract.types import CasualtyEstimate as ExtractedEstimate
from app.extract.types import ClaimKind, Extraction
from app.extract.types import IncidentActor as IncidentActorLink
from app.main import create_app
from app.models import (
    Actor,
    CasualtyEstimate,
    Claim,
    ClaimVia,
    Document,
    EstimateClaim,
    Figure,
    Incident,
    IncidentActor,
)
from tests.api.helpers import assert_problem
from tests.factories import (
    ClaimSpec,
    first_extraction,
    make_extraction,
    make_incident,
    second_extraction,
)
from tests.ingest.conftest import AUTH, MAX_BODY

SEED = Path(__file__).resolve().parents[2] / "data" / "documents" / "000_f236ada43775dc95.txt"
SEED_META = {"publisher": "Press TV", "published_on": "2016-09-18", "title": "Strikes"}
TABLES: list[type[SQLModel]] = [
    Actor,
    Document,
    Incident,
    IncidentActor,
    Claim,
    ClaimVia,
    Figure,
    CasualtyEstimate,
    EstimateClaim,
]


def counts(session: Session) -> dict[str, int]:
    """Row counts of every data table."""
    session.expire_all()
    return {t.__name__: session.exec(select(func.count()).select_from(t)).one() for t in TABLES}


def seed_body() -> dict[str, object]:
    """The seed article as a POST body."""
    return {"text": SEED.read_text(encoding="utf-8"), **SEED_META}


# Authorisation


def test_post_without_token_is_401_with_challenge(writer: TestClient, db: Session) -> None:
    before = counts(db)
    response = writer.post("/v1/documents", json=seed_body())
    assert_problem(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"
    assert counts(db) == before


@pytest.mark.parametrize("header", ["Basic dXNlcjpwYXNz", "Bearer", "s3cret-write-token"])
def test_malformed_authorization_is_401(writer: TestClient, header: str) -> None:
    response = writer.post("/v1/documents", json=seed_body(), headers={"Authorization": header})
    assert_problem(response, 401)


def test_wrong_token_is_403(writer: TestClient, db: Session) -> None:
    before = counts(db)
    wrong = {"Authorization": "Bearer s3cret-write-tokeN"}
    assert_problem(writer.post("/v1/documents", json=seed_body(), headers=wrong), 403)
    assert_problem(writer.delete("/v1/documents/doc_x", headers=wrong), 403)
    assert counts(db) == before


def test_writes_are_disabled_without_a_configured_token(settings: Settings) -> None:
    assert settings.write_token is None
    with TestClient(create_app(settings)) as client:
        body = assert_problem(client.post("/v1/documents", json=seed_body(), headers=AUTH), 403)
        assert "INCIDENTS_WRITE_TOKEN" in body["detail"]
        assert_problem(client.delete("/v1/documents/doc_x", headers=AUTH), 403)
        assert client.get("/v1/documents").status_code == 200  # reads need no token


def test_blank_token_setting_disables_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCIDENTS_WRITE_TOKEN", "  ")
    assert Settings().write_token is None
    monkeypatch.setenv("INCIDENTS_WRITE_TOKEN", "abc")
    token = Settings().write_token
    assert token is not None and token.get_secret_value() == "abc"
    assert "abc" not in repr(Settings())


def test_delete_without_token_is_401(writer: TestClient) -> None:
    posted = writer.post("/v1/documents", json=seed_body(), headers=AUTH).json()
    assert_problem(writer.delete(f"/v1/documents/{posted['document_id']}"), 401)
    assert writer.get(f"/v1/documents/{posted['document_id']}").status_code == 200


# POST


def test_post_stores_the_article_and_says_what_it_created(writer: TestClient, db: Session) -> None:
    response = writer.post("/v1/documents", json=seed_body(), headers=AUTH)
    assert response.status_code == 201, response.text
    created = response.json()
    document_id = created["document_id"]
    assert created["status"] == "new"
    assert response.headers["location"] == f"/v1/documents/{document_id}"
    assert created["location"] == response.headers["location"]
    assert created["claim_count"] == len(created["claim_ids"]) > 0
    assert created["incidents"] and all(i["status"] == "new" for i in created["incidents"])

    document = writer.get(response.headers["location"]).json()
    assert (document["publisher"], document["published_on"]) == ("Press TV", "2016-09-18")
    assert document["text"] == SEED.read_text(encoding="utf-8")
    claims = writer.get("/v1/claims", params={"document": document_id, "limit": 500}).json()
    assert [c["id"] for c in claims["items"]] == created["claim_ids"]
    incident_ids = {c["incident_id"] for c in claims["items"] if c["incident_id"]}
    assert incident_ids == {i["id"] for i in created["incidents"]}
    assert sum(i["claims"] for i in created["incidents"]) == len(
        [c for c in claims["items"] if c["incident_id"]]
    )
    assert counts(db)["Document"] == 1


def test_post_same_text_again_is_200_unchanged(writer: TestClient, db: Session) -> None:
    first = writer.post("/v1/documents", json=seed_body(), headers=AUTH).json()
    before = counts(db)
    again = writer.post("/v1/documents", json={**seed_body(), "title": "Other"}, headers=AUTH)
    assert again.status_code == 200, again.text
    body = again.json()
    assert (body["status"], body["document_id"]) == ("unchanged", first["document_id"])
    assert body["claim_ids"] == first["claim_ids"]
    assert {i["status"] for i in body["incidents"]} == {"existing"}
    assert counts(db) == before


def test_post_is_visible_to_cached_reads(writer: TestClient) -> None:
    assert writer.get("/v1/documents").json()["total"] == 0  # now cached
    created = writer.post("/v1/documents", json=seed_body(), headers=AUTH).json()
    listed = writer.get("/v1/documents").json()
    assert [d["id"] for d in listed["items"]] == [created["document_id"]]
    writer.delete(created["location"], headers=AUTH)
    assert writer.get("/v1/documents").json()["total"] == 0


@pytest.mark.parametrize(
    "body",
    [
        {"text": ""},
        {"text": " \n\t "},
        {"title": "no text"},
        {"text": "x", "published_on": "9/12/16"},
    ],
)
def test_invalid_fields_are_422(writer: TestClient, db: Session, body: dict[str, object]) -> None:
    before = counts(db)
    problem = assert_problem(writer.post("/v1/documents", json=body, headers=AUTH), 422)
    assert problem["errors"][0]["loc"][0] == "body"
    assert counts(db) == before


def test_text_that_is_not_an_article_is_422_and_stores_nothing(
    writer: TestClient, db: Session
) -> None:
    before = counts(db)
    response = writer.post("/v1/documents", json={"text": "a\u0000b"}, headers=AUTH)
    assert "NUL" in assert_problem(response, 422)["detail"]
    assert counts(db) == before


def test_storage_failure_stores_nothing(
    writer: TestClient, db: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> Extraction:
        extraction = first_extraction()
        extraction.claims[-1].source_id = "nobody-known"  # after the actors and the document
        return extraction

    monkeypatch.setattr("app.api.routes.documents.extract_document", broken)
    before = counts(db)
    response = writer.post("/v1/documents", json=seed_body(), headers=AUTH)
    assert "nobody-known" in assert_problem(response, 500)["detail"]
    assert counts(db) == before


def test_body_over_the_limit_is_413(writer: TestClient, db: Session) -> None:
    before = counts(db)
    body = {"text": "Officials said a strike hit the base. " * (MAX_BODY // 30)}
    response = writer.post("/v1/documents", json=body, headers=AUTH)
    assert_problem(response, 413)
    assert counts(db) == before
    just_under = {"text": ("Officials said a strike hit the base. " * MAX_BODY)[: MAX_BODY - 20]}
    assert len(json.dumps(just_under)) <= MAX_BODY
    assert writer.post("/v1/documents", json=just_under, headers=AUTH).status_code == 201


def test_chunked_body_over_the_limit_is_413(writer: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(MAX_BODY // 1000 + 1):
            yield b"a" * 1000
        yield b'"}'

    headers = {**AUTH, "Content-Type": "application/json"}
    response = writer.post("/v1/documents", content=chunks(), headers=headers)
    assert "content-length" not in response.request.headers
    assert_problem(response, 413)


def test_declared_length_over_the_limit_is_413_before_reading(writer: TestClient) -> None:
    headers = {**AUTH, "Content-Type": "application/json", "Content-Length": str(MAX_BODY + 1)}
    response = writer.post("/v1/documents", content=b"{}" + b" " * (MAX_BODY - 1), headers=headers)
    assert_problem(response, 413)


def test_token_is_checked_before_the_size(writer: TestClient) -> None:
    body = {"text": "x" * (MAX_BODY + 1)}
    assert_problem(writer.post("/v1/documents", json=body), 401)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"text": "caf\xe9 bombed"}', "not UTF-8"),
        (b'{"text": "unterminated', "not valid JSON"),
        (b"", "empty"),
        (b"[1, 2", "not valid JSON"),
    ],
)
def test_undecodable_or_invalid_json_is_400(
    writer: TestClient, db: Session, content: bytes, words: str
) -> None:
    before = counts(db)
    headers = {**AUTH, "Content-Type": "application/json"}
    response = writer.post("/v1/documents", content=content, headers=headers)
    assert words in assert_problem(response, 400)["detail"]
    assert counts(db) == before


def test_json_that_is_not_an_object_is_422(writer: TestClient) -> None:
    assert_problem(writer.post("/v1/documents", json=["text"], headers=AUTH), 422)


# DELETE


def shared_incident_extraction() -> Extraction:
    """Another report of the Deir ez-Zor strike (inc_deir of first_extraction), 70 killed."""
    spec = ClaimSpec(
        "clm_other_killed",
        "russian-mod",
        "The Russian Defence Ministry later said 70 soldiers had been killed.",
        kind=ClaimKind.indirect,
        incident_id="inc_deir",
        figures=[("killed", 70, "70")],
    )
    incident = make_incident(
        "inc_deir",
        occurred_on=date(2016, 9, 17),
        claim_ids=[spec.id],
        estimates=[ExtractedEstimate("killed", 70, 70, 70, [spec.id])],
    )
    return make_extraction([spec], [incident], published_on=date(2016, 9, 19))


@pytest.fixture
def stored(writer: TestClient, db: Session) -> dict[str, str]:
    """The sample documents and another report of the first one's incident, by name."""
    documents = {}
    for name, extraction in (
        ("first", first_extraction()),
        ("second", second_extraction()),
        ("other", shared_incident_extraction()),
    ):
        result = load_extraction(db, extraction)
        assert result.status == "new"
        documents[name] = extraction.document.id
    return documents


def claim_ids_of(session: Session, document_id: str) -> set[str]:
    """Ids of the claims stored for a document."""
    session.expire_all()
    return set(session.exec(select(Claim.id).where(Claim.document_id == document_id)).all())


def test_delete_removes_the_document_claims_figures_and_its_only_incident(
    writer: TestClient, db: Session, stored: dict[str, str]
) -> None:
    document_id = stored["second"]
    claims = claim_ids_of(db, document_id)
    assert claims and writer.get("/v1/incidents/inc_later").status_code == 200
    response = writer.delete(f"/v1/documents/{document_id}", headers=AUTH)
    assert response.status_code == 204 and response.content == b""
    assert_problem(writer.get(f"/v1/documents/{document_id}"), 404)
    assert claim_ids_of(db, document_id) == set()
    assert db.exec(select(Figure).where(col(Figure.claim_id).in_(claims))).all() == []
    assert db.exec(select(EstimateClaim).where(col(EstimateClaim.claim_id).in_(claims))).all() == []
    assert_problem(writer.get("/v1/incidents/inc_later"), 404)
    assert (
        db.exec(select(IncidentActor).where(IncidentActor.incident_id == "inc_later")).all() == []
    )
    assert (
        db.exec(select(CasualtyEstimate).where(CasualtyEstimate.incident_id == "inc_later")).all()
        == []
    )
    # The other documents are untouched.
    assert writer.get("/v1/incidents/inc_deir").status_code == 200
    assert len(claim_ids_of(db, stored["first"])) == 5


def test_delete_keeps_and_re_estimates_an_incident_other_documents_report(
    writer: TestClient, db: Session, stored: dict[str, str]
) -> None:
    before = writer.get("/v1/incidents/inc_deir").json()
    killed = next(e for e in before["estimates"] if e["metric"] == "killed")
    assert "clm_russia_killed" in killed["claim_ids"]
    assert writer.delete(f"/v1/documents/{stored['first']}", headers=AUTH).status_code == 204
    after = writer.get("/v1/incidents/inc_deir")
    assert after.status_code == 200
    incident = after.json()
    estimates = {e["metric"]: e for e in incident["estimates"]}
    assert set(estimates) == {"killed"}  # injured came from the deleted document only
    assert (
        estimates["killed"]["low"],
        estimates["killed"]["best"],
        estimates["killed"]["high"],
    ) == (
        70,
        70,
        70,
    )
    assert estimates["killed"]["claim_ids"] == ["clm_other_killed"]
    claims = [c["id"] for group in incident["claims_by_source"] for c in group["claims"]]
    assert claims == ["clm_other_killed"]


def test_delete_removes_open_world_actors_nothing_else_uses(
    writer: TestClient, db: Session, stored: dict[str, str]
) -> None:
    assert writer.get("/v1/actors/syrian-army-4th-division").json()["known"] is False
    known_before = counts(db)["Actor"] - 1
    assert writer.delete(f"/v1/documents/{stored['first']}", headers=AUTH).status_code == 204
    assert_problem(writer.get("/v1/actors/syrian-army-4th-division"), 404)
    assert counts(db)["Actor"] == known_before  # registry actors stay, used or not
    assert writer.get("/v1/actors/syrian-army").json()["known"] is True


def test_open_world_actor_still_used_elsewhere_stays(
    writer: TestClient, db: Session, stored: dict[str, str]
) -> None:
    reuse = make_extraction(
        [ClaimSpec("clm_division_again", "syrian-army-4th-division", "The 4th Division said so.")]
    )
    load_extraction(db, reuse)
    assert writer.delete(f"/v1/documents/{stored['first']}", headers=AUTH).status_code == 204
    assert writer.get("/v1/actors/syrian-army-4th-division").status_code == 200
    assert writer.delete(f"/v1/documents/{reuse.document.id}", headers=AUTH).status_code == 204
    assert_problem(writer.get("/v1/actors/syrian-army-4th-division"), 404)


def test_delete_everything_leaves_only_the_registry(
    writer: TestClient, db: Session, stored: dict[str, str]
) -> None:
    for document_id in stored.values():
        assert writer.delete(f"/v1/documents/{document_id}", headers=AUTH).status_code == 204
    remaining = counts(db)
    assert {k: v for k, v in remaining.items() if k != "Actor"} == dict.fromkeys(
        [t.__name__ for t in TABLES if t is not Actor], 0
    )
    assert db.exec(select(Actor).where(col(Actor.known).is_(False))).all() == []


def test_delete_unknown_document_is_404(writer: TestClient, stored: dict[str, str]) -> None:
    body = assert_problem(writer.delete("/v1/documents/doc_000000000000", headers=AUTH), 404)
    assert "doc_000000000000" in body["detail"]


def test_post_then_delete_round_trip(writer: TestClient, db: Session) -> None:
    before = counts(db)
    created = writer.post("/v1/documents", json=seed_body(), headers=AUTH).json()
    assert counts(db)["Claim"] == created["claim_count"]
    assert writer.delete(created["location"], headers=AUTH).status_code == 204
    assert counts(db) == before
    again = writer.post("/v1/documents", json=seed_body(), headers=AUTH)
    assert again.status_code == 201  # deleted for good: the same text is new again


# The spec


def test_spec_documents_the_token_on_writes_only(write_settings: Settings) -> None:
    spec = create_app(write_settings).openapi()
    assert spec["components"]["securitySchemes"]["WriteToken"]["scheme"] == "bearer"
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            secured = "security" in operation
            assert secured == (method in ("post", "delete")), (method, path)
    post = spec["paths"]["/v1/documents"]["post"]
    assert {"201", "200", "400", "401", "403", "413", "422"} <= set(post["responses"])
    delete = spec["paths"]["/v1/documents/{document_id}"]["delete"]
    assert {"204", "401", "403", "404"} <= set(delete["responses"])
    for response in [*post["responses"].values(), *delete["responses"].values()]:
        for media in response.get("content", {}).values():
            assert "example" in media
    fields = spec["components"]["schemas"]["DocumentCreate"]["properties"]
    assert all(f.get("description") and f.get("examples") for f in fields.values())


def test_settings_secret_is_not_in_the_spec(write_settings: Settings) -> None:
    assert write_settings.write_token == SecretStr("s3cret-write-token")
    assert "s3cret" not in json.dumps(create_app(write_settings).openapi())


def test_a_role_only_a_deleted_documents_claim_asserted_goes_with_it(
    writer: TestClient, db: Session
) -> None:
    """Who did it is a claim: the role goes when the only claim asserting it does."""
    asserted = first_extraction()
    (incident,) = asserted.incidents
    incident.actors = [
        IncidentActorLink("isis", "perpetrator", "clm_russia_killed"),  # one side's word
        IncidentActorLink("syrian-army", "target"),
    ]
    load_extraction(db, asserted)
    other = shared_incident_extraction()
    other.incidents[0].actors = [IncidentActorLink("syrian-army", "target")]
    load_extraction(db, other)
    perpetrators = writer.get("/v1/incidents/inc_deir").json()["actors"]["perpetrators"]
    assert perpetrators == [
        {"id": "isis", "name": "Islamic State", "claim_id": "clm_russia_killed"}
    ]
    assert writer.delete(f"/v1/documents/{asserted.document.id}", headers=AUTH).status_code == 204
    actors = writer.get("/v1/incidents/inc_deir").json()["actors"]
    assert actors["perpetrators"] == []
    assert [t["id"] for t in actors["targets"]] == ["syrian-army"]


def test_another_report_stating_a_role_in_its_own_voice_clears_its_claim(
    writer: TestClient, db: Session
) -> None:
    asserted = first_extraction()
    asserted.incidents[0].actors = [
        IncidentActorLink("us-led-coalition", "perpetrator", "clm_russia_killed")
    ]
    load_extraction(db, asserted)
    load_extraction(db, shared_incident_extraction())  # names the coalition in its own voice
    (perpetrator,) = writer.get("/v1/incidents/inc_deir").json()["actors"]["perpetrators"]
    assert (perpetrator["id"], perpetrator["claim_id"]) == ("us-led-coalition", None)
