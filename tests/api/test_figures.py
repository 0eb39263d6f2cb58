"""GET /v1/incidents/{id}/figures: every source's figures side by side, per metric."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.documents import load_extraction
from app.extract.types import ClaimKind
from tests.api.helpers import assert_problem
from tests.factories import ClaimSpec, make_extraction, make_incident


def add_competing_figures(client: TestClient) -> None:
    """A second article about the Deir ez-Zor strike: two more sources, other death tolls."""
    specs = [
        ClaimSpec(
            "clm_sohr",
            "syrian-general-command",
            "The General Command said 90 soldiers were killed.",
            incident_id="inc_deir",
            figures=[("killed", 90, "90")],
        ),
        ClaimSpec(
            "clm_centcom_toll",
            "centcom",
            "CENTCOM said about 30 may have been killed.",
            kind=ClaimKind.indirect,
            incident_id="inc_deir",
            figures=[("killed", 30, "about 30")],
        ),
    ]
    incident = make_incident(
        "inc_deir", occurred_on=date(2016, 9, 17), claim_ids=[s.id for s in specs]
    )
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        load_extraction(session, make_extraction(specs, [incident]))


def test_one_source_per_metric_agrees_with_itself(client: TestClient) -> None:
    response = client.get("/v1/incidents/inc_deir/figures")
    assert response.status_code == 200
    body = response.json()
    assert body["incident_id"] == "inc_deir"
    metrics = {m["metric"]: m for m in body["metrics"]}
    assert list(metrics) == ["injured", "killed", "vehicles destroyed"]
    killed = metrics["killed"]
    assert (killed["low"], killed["best"], killed["high"]) == (62, 62, 62)
    assert killed["disagree"] is False
    value = killed["sources"][0]["values"][0]
    assert value["claim_id"] == "clm_russia_killed"
    assert value["words"] == "Sixty-two"
    assert "Sixty-two Syrian soldiers" in value["quote"]


def test_competing_sources_side_by_side(client: TestClient) -> None:
    add_competing_figures(client)
    killed = next(
        m
        for m in client.get("/v1/incidents/inc_deir/figures").json()["metrics"]
        if m["metric"] == "killed"
    )
    assert [(s["source"]["id"], s["value"]) for s in killed["sources"]] == [
        ("centcom", 30),
        ("russian-mod", 62),
        ("syrian-general-command", 90),
    ]
    assert (killed["low"], killed["best"], killed["high"]) == (30, 62, 90)
    assert killed["disagree"] is True
    assert killed["source_count"] == 3
    centcom = killed["sources"][0]["values"][0]
    assert (centcom["approximate"], centcom["claim_id"]) == (True, "clm_centcom_toll")


def test_figure_spans_point_at_the_words(client: TestClient) -> None:
    add_competing_figures(client)
    for metric in client.get("/v1/incidents/inc_deir/figures").json()["metrics"]:
        for source in metric["sources"]:
            for value in source["values"]:
                text = client.get(f"/v1/documents/{value['document_id']}").json()["text"]
                assert text[value["span"]["start"] : value["span"]["end"]] == value["words"]


def test_incident_without_figures_has_no_metrics(client: TestClient) -> None:
    extraction = make_extraction(
        [ClaimSpec("clm_quiet", "centcom", "CENTCOM said a strike hit.", incident_id="inc_q")],
        [make_incident("inc_q", occurred_on=date(2016, 9, 1), claim_ids=["clm_quiet"])],
    )
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        load_extraction(session, extraction)
    assert client.get("/v1/incidents/inc_q/figures").json()["metrics"] == []


def test_unknown_incident_is_a_404(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/incidents/inc_nope/figures"), 404)
    assert "inc_nope" in body["detail"]


def test_a_claims_conjoined_parts_are_one_figure_as_in_the_estimates(settings) -> None:  # type: ignore[no-untyped-def]
    """The seed: 'Two F-16 and two A-10 jets' is four aircraft, as the estimates count them."""
    import shutil
    from pathlib import Path

    seed = Path(__file__).resolve().parents[2] / "data" / "documents"
    for path in seed.iterdir():
        shutil.copy(path, settings.documents_dir / path.name)
    from app.main import create_app

    with TestClient(create_app(settings)) as client:
        (incident,) = client.get("/v1/incidents").json()["items"]
        figures = client.get(f"/v1/incidents/{incident['id']}/figures").json()
        by_metric = {m["metric"]: m for m in figures["metrics"]}
        aircraft = by_metric["aircraft"]
        assert (aircraft["low"], aircraft["best"], aircraft["high"]) == (4, 4, 4)
        assert [s["value"] for s in aircraft["sources"]] == [4]
        assert [v["words"] for v in aircraft["sources"][0]["values"]] == ["Two F-16", "two A-10"]
        killed = by_metric["killed"]
        estimates = {
            e["metric"]: e
            for e in client.get(f"/v1/incidents/{incident['id']}").json()["estimates"]
        }
        assert (killed["low"], killed["best"], killed["high"]) == (
            estimates["killed"]["low"],
            estimates["killed"]["best"],
            estimates["killed"]["high"],
        )


def test_best_is_the_estimates_rule_the_toll_each_report_leads_with(client: TestClient) -> None:
    """One report: its lead toll is best, not the median of its sources' figures (which would
    be 20 here)."""
    from app.extract import DocumentMeta, extract_document

    text = (
        "A car bomb killed 16 civilians outside a bakery in Qamishli on Tuesday, the monitor "
        "said. Local activists put the death toll at 20. Kurdish officials said 30 people died."
    )
    extraction = extract_document(
        text, DocumentMeta(publisher="AFP", published_on=date(2016, 7, 5))
    )
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        load_extraction(session, extraction)
    incident_id = extraction.incidents[0].id
    killed = next(
        m
        for m in client.get(f"/v1/incidents/{incident_id}/figures").json()["metrics"]
        if m["metric"] == "killed"
    )
    estimate = next(
        e
        for e in client.get(f"/v1/incidents/{incident_id}").json()["estimates"]
        if e["metric"] == "killed"
    )
    assert (killed["low"], killed["best"], killed["high"]) == (16, 16, 30)
    assert killed["best"] == estimate["best"]
    assert len(killed["sources"]) >= 2
