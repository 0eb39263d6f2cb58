"""OpenAPI links: how one response's ids feed the next request (for clients and for stateful
testing, which follows them: POST a document, read it, list its claims, delete it)."""

from __future__ import annotations

from typing import Any

FIRST_ITEM_ID = "$response.body#/items/0/id"

# (operation, status) -> {link name: (target operation, {parameter: runtime expression})}
LINKS: dict[tuple[str, str], dict[str, tuple[str, dict[str, str]]]] = {
    ("create_document", "201"): {
        "ReadDocument": ("read_document", {"document_id": "$response.body#/document_id"}),
        "ReadClaimsOfDocument": ("read_claims", {"document": "$response.body#/document_id"}),
        "ReadIncident": ("read_incident", {"incident_id": "$response.body#/incidents/0/id"}),
        "DeleteDocument": ("delete_document", {"document_id": "$response.body#/document_id"}),
    },
    ("create_document", "200"): {
        "ReadDocument": ("read_document", {"document_id": "$response.body#/document_id"}),
    },
    ("read_claims", "200"): {"ReadClaim": ("read_claim", {"claim_id": FIRST_ITEM_ID})},
    ("read_incidents", "200"): {
        "ReadIncident": ("read_incident", {"incident_id": FIRST_ITEM_ID}),
        "ReadIncidentFigures": ("read_incident_figures", {"incident_id": FIRST_ITEM_ID}),
        "ReadClaimsOfIncident": ("read_claims", {"incident": FIRST_ITEM_ID}),
    },
    ("read_actors", "200"): {"ReadActor": ("read_actor", {"actor_id": FIRST_ITEM_ID})},
    ("read_sources", "200"): {"ReadClaimsOfSource": ("read_claims", {"source": FIRST_ITEM_ID})},
    ("read_documents", "200"): {
        "ReadDocument": ("read_document", {"document_id": FIRST_ITEM_ID}),
        "DeleteDocument": ("delete_document", {"document_id": FIRST_ITEM_ID}),
    },
}


def add_links(spec: dict[str, Any]) -> dict[str, Any]:
    """Add `LINKS` to the responses of the spec's operations."""
    operations = {
        op["operationId"]: op
        for item in spec.get("paths", {}).values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    for (operation_id, status), links in LINKS.items():
        response = operations[operation_id]["responses"][status]
        response["links"] = {
            name: {"operationId": target, "parameters": parameters}
            for name, (target, parameters) in links.items()
        }
    return spec
