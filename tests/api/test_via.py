"""Relayed claims: `via` in JSON and CSV, the `via=` filter, relay counts in /v1/sources."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.core.config import Settings
from app.documents import remove_document
from app.main import create_app
from app.models import Actor, ClaimVia
from tests.api.helpers import assert_problem

ARTICLE = (
    "DAMASCUS - Syrian state news agency SANA reported, citing a statement by the Syrian army "
    "General Command, that 12 soldiers were killed in the attack on Saturday.\n\n"
    "Three civilians were also killed, Sham FM radio quoted a military source as saying.\n\n"
    "The Syrian Observatory for Human Rights said 20 people died.\n"
)


@pytest.fixture
def relay_client(settings: Settings, documents_dir: Path) -> Iterator[TestClient]:
    """An app that loaded one article with relayed claims."""
    (documents_dir / "relay.txt").write_text(ARTICLE, encoding="utf-8")
    (documents_dir / "relay.meta.json").write_text(
        json.dumps({"publisher": "Reuters", "published": "2018-05-06"}), encoding="utf-8"
    )
    with TestClient(create_app(settings)) as client:
        yield client


def test_claims_carry_their_relayers_in_order(relay_client: TestClient) -> None:
    items = relay_client.get("/v1/claims", params={"kind": "indirect"}).json()["items"]
    by_source = {item["source"]["id"]: item for item in items}
    command = by_source["syrian-general-command"]
    assert command["via"] == [{"id": "sana", "name": "SANA"}]
    assert by_source["sohr"]["via"] == []
    relayed = [i for i in items if i["via"] and i["source"]["id"] != "syrian-general-command"]
    assert [v["id"] for v in relayed[0]["via"]] == ["sham-fm-radio"]
    one = relay_client.get(f"/v1/claims/{command['id']}").json()
    assert one["via"] == command["via"]


def test_via_filter_matches_relayers_source_matches_originators(
    relay_client: TestClient,
) -> None:
    by_sana = relay_client.get("/v1/claims", params={"via": "Syrian Arab News Agency"}).json()
    assert [i["source"]["id"] for i in by_sana["items"]] == ["syrian-general-command"]
    assert relay_client.get("/v1/claims", params={"source": "sana"}).json()["total"] == 0
    both = relay_client.get("/v1/claims", params=[("via", "sana"), ("via", "Sham FM radio")])
    assert both.json()["total"] == 2
    body = assert_problem(relay_client.get("/v1/claims", params={"via": "Nobody Agency"}), 422)
    assert body["errors"][0]["loc"] == ["query", "via"]


def test_csv_has_a_via_column(relay_client: TestClient) -> None:
    response = relay_client.get("/v1/claims", params={"format": "csv", "via": "sana"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["via"] for row in rows] == ["sana"]


def test_sources_count_claims_and_relays(relay_client: TestClient) -> None:
    items = {i["id"]: i for i in relay_client.get("/v1/sources").json()["items"]}
    assert (items["sana"]["claim_count"], items["sana"]["relayed_count"]) == (0, 1)
    command = items["syrian-general-command"]
    assert (command["claim_count"], command["relayed_count"]) == (1, 0)
    ordered = relay_client.get("/v1/sources", params={"sort": "-relayed_count"}).json()
    assert ordered["items"][0]["relayed_count"] == 1


def test_deleting_the_document_removes_its_relay_links(relay_client: TestClient) -> None:
    engine = relay_client.app.state.engine  # type: ignore[attr-defined]
    with Session(engine) as session:
        assert session.exec(select(ClaimVia)).all()
        assert session.get(Actor, "sham-fm-radio") is not None  # a relayer the registry lacks
        document_id = relay_client.get("/v1/documents").json()["items"][0]["id"]
        assert remove_document(session=session, document_id=document_id)
        assert session.exec(select(ClaimVia)).all() == []
        # The open-world relayer nothing refers to any more goes too.
        assert session.get(Actor, "sham-fm-radio") is None


CHANNEL_ARTICLE = (
    "HOMS - A statement by the army General Command carried by SANA and state TV said 12 "
    "soldiers were killed in Homs on Saturday.\n\n"
    "Defence Minister Sergei Shoigu, quoted by Interfax, said 30 militants were killed.\n"
)


@pytest.fixture
def channel_client(settings: Settings, documents_dir: Path) -> Iterator[TestClient]:
    """An app that loaded one article whose claims channels carried ('carried by', 'quoted by')."""
    (documents_dir / "channel.txt").write_text(CHANNEL_ARTICLE, encoding="utf-8")
    (documents_dir / "channel.meta.json").write_text(
        json.dumps({"publisher": "Reuters", "published": "2018-05-06"}), encoding="utf-8"
    )
    with TestClient(create_app(settings)) as client:
        yield client


def test_a_statements_channels_are_its_via(channel_client: TestClient) -> None:
    items = channel_client.get("/v1/claims", params={"via": "sana"}).json()["items"]
    assert [(i["source"]["id"], [v["id"] for v in i["via"]]) for i in items] == [
        ("syrian-general-command", ["sana", "syrian-state-media"])
    ]
    quoted = channel_client.get("/v1/claims", params={"via": "Interfax"}).json()["items"]
    assert [i["source"]["id"] for i in quoted] == ["sergei-shoigu"]
    sources = {i["id"]: i for i in channel_client.get("/v1/sources").json()["items"]}
    assert (sources["interfax"]["claim_count"], sources["interfax"]["relayed_count"]) == (0, 1)
    assert sources["syrian-state-media"]["relayed_count"] == 1
