"""The dashboard in a real browser (chromium via Playwright), on the seed and the dev corpus."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urlparse

import pytest

from tests.web.conftest import Server, Watched

pytestmark = pytest.mark.browser


def open_incidents(page: Watched, server: Server, query: str = "") -> None:
    """Load `/` (with a query) and wait until the list and the marker sizes are in."""
    page.page.goto(f"{server.url}/{query}")
    page.page.wait_for_selector("body[data-sizes='ready']")


def rows(page: Watched) -> list[str]:
    """The incident ids listed, in order."""
    return page.page.eval_on_selector_all(
        ".incident-row", "els => els.map(e => e.dataset.incident)"
    )


def markers(page: Watched) -> list[str]:
    """The incident ids of the markers on the map."""
    return page.page.eval_on_selector_all(
        "path.incident-marker", "els => els.map(e => e.dataset.incident)"
    )


def located(items: list[dict[str, Any]]) -> list[str]:
    """Ids of the incidents that have coordinates."""
    return [i["id"] for i in items if i["latitude"] is not None and i["longitude"] is not None]


def test_incidents_page_lists_and_maps_every_incident(seed_server: Server, page: Watched) -> None:
    api = seed_server.get("/v1/incidents?limit=50")
    open_incidents(page, seed_server)
    assert rows(page) == [i["id"] for i in api["items"]]
    assert sorted(markers(page)) == sorted(located(api["items"]))
    assert page.page.inner_text("h1 .total") == str(api["total"])
    detail = seed_server.get(f"/v1/incidents/{api['items'][0]['id']}")
    killed = next(e["best"] for e in detail["estimates"] if e["metric"] == "killed")
    marker = page.page.locator("path.incident-marker").first
    assert marker.get_attribute("data-killed") == str(killed)
    assert page.page.locator(".incident-row .killed").first.inner_text() == f"{killed} killed"
    csv = page.page.get_attribute(".downloads a:text('CSV')", "href")
    assert csv == "/v1/incidents?format=csv"
    assert (
        page.page.get_attribute(".downloads a:text('GeoJSON')", "href")
        == "/v1/incidents?format=geojson"
    )


def test_filters_live_in_the_url_and_back_restores(dev_server: Server, page: Watched) -> None:
    everything = dev_server.get("/v1/incidents?limit=50")
    source = dev_server.get("/v1/sources?limit=1")["items"][0]
    filtered = dev_server.get(f"/v1/incidents?limit=50&source={source['id']}")
    assert 0 < filtered["total"] < everything["total"]
    open_incidents(page, dev_server)
    assert rows(page) == [i["id"] for i in everything["items"]]

    page.page.fill("#filter-source", source["id"])
    page.page.click("button:text('Apply filters')")
    page.page.wait_for_url(re.compile(r"source="))
    page.page.wait_for_selector("body[data-sizes='ready']")
    assert parse_qs(urlparse(page.page.url).query) == {"source": [source["id"]]}
    assert rows(page) == [i["id"] for i in filtered["items"]]
    assert sorted(markers(page)) == sorted(located(filtered["items"]))
    assert f"{filtered['total']} incident" in page.page.inner_text(".status")
    csv = page.page.get_attribute(".downloads a:text('CSV')", "href")
    assert parse_qs(urlparse(csv).query) == {"source": [source["id"]], "format": ["csv"]}

    # A second filter, then back twice: each step shows what its URL says.
    kind = filtered["items"][0]["type"]
    page.page.fill("#filter-type", kind)
    page.page.click("button:text('Apply filters')")
    page.page.wait_for_url(re.compile(r"type="))
    page.page.wait_for_selector("body[data-sizes='ready']")
    both = dev_server.get(f"/v1/incidents?limit=50&source={source['id']}&type={quote(kind)}")
    assert rows(page) == [i["id"] for i in both["items"]]
    page.page.go_back()
    page.page.wait_for_url(re.compile(r"source=[^&]+$"))
    page.page.wait_for_selector("body[data-sizes='ready']")
    assert rows(page) == [i["id"] for i in filtered["items"]]
    assert page.page.input_value("#filter-type") == ""
    page.page.go_back()
    page.page.wait_for_url(f"{dev_server.url}/")
    page.page.wait_for_selector("body[data-sizes='ready']")
    assert rows(page) == [i["id"] for i in everything["items"]]
    assert page.page.input_value("#filter-source") == ""


def test_date_range_and_search_filters(dev_server: Server, page: Watched) -> None:
    query = {"since": "2016-09-01", "until": "2017-12-31", "q": "Syria"}
    expected = dev_server.get(f"/v1/incidents?limit=50&{urlencode(query)}")
    open_incidents(page, dev_server)
    page.page.fill("#filter-since", query["since"])
    page.page.fill("#filter-until", query["until"])
    page.page.fill("#filter-q", query["q"])
    page.page.press("#filter-q", "Enter")
    page.page.wait_for_url(re.compile(r"until="))
    page.page.wait_for_selector("body[data-sizes='ready']")
    assert rows(page) == [i["id"] for i in expected["items"]]


def test_cursor_paging(dev_server: Server, page: Watched) -> None:
    first = dev_server.get("/v1/incidents?limit=10")
    second = dev_server.get(urlparse(first["next"]).path + "?" + urlparse(first["next"]).query)
    open_incidents(page, dev_server, "?limit=10")
    assert rows(page) == [i["id"] for i in first["items"]]
    page.page.click("a[rel=next]")
    page.page.wait_for_url(re.compile(r"cursor="))
    page.page.wait_for_selector("body[data-sizes='ready']")
    assert rows(page) == [i["id"] for i in second["items"]]
    assert "showing 11–20" in page.page.inner_text(".status")
    page.page.click("a:text('First page')")
    page.page.wait_for_selector("body[data-sizes='ready']")
    assert rows(page) == [i["id"] for i in first["items"]]


def test_an_unknown_source_shows_the_problem(seed_server: Server, page: Watched) -> None:
    page.page.goto(f"{seed_server.url}/?source=nobody-at-all")
    alert = page.page.wait_for_selector("[role=alert]")
    text = alert.inner_text()
    assert "Unprocessable" in text and "nobody-at-all" in text
    # The 422 the API answered is logged by the browser as a failed resource; nothing else.
    page.errors[:] = [e for e in page.errors if "422" not in e]


def test_follow_a_list_link_to_the_incident(seed_server: Server, page: Watched) -> None:
    open_incidents(page, seed_server)
    page.page.click(".incident-row a")
    page.page.wait_for_selector("svg.chart rect.bar")
    assert re.search(r"/incidents/inc_\w+$", page.page.url)
    page.page.go_back()
    page.page.wait_for_selector("body[data-sizes='ready']")
    assert page.page.url == f"{seed_server.url}/"


def check_incident(page: Watched, server: Server, incident_id: str) -> None:
    """The incident page shows the API's facts, one bar per source and metric, exact spans."""
    detail = server.get(f"/v1/incidents/{incident_id}")
    figures = server.get(f"/v1/incidents/{incident_id}/figures")
    page.page.goto(f"{server.url}/incidents/{incident_id}")
    page.page.wait_for_selector(".article-text")
    assert page.page.inner_text("h1") == detail["title"]

    bars = page.page.eval_on_selector_all(
        ".figures-chart rect.bar",
        "els => els.map(e => [e.dataset.metric, e.dataset.source, Number(e.dataset.value)])",
    )
    expected = [
        [m["metric"], s["source"]["id"], s["value"]]
        for m in figures["metrics"]
        for s in m["sources"]
    ]
    assert bars == expected

    texts = {}
    for document_id in {c["document_id"] for g in detail["claims_by_source"] for c in g["claims"]}:
        texts[document_id] = server.get(f"/v1/documents/{document_id}")["text"]
    pieces = page.page.eval_on_selector_all(
        ".document",
        """docs => docs.map(d => [d.dataset.document, [...d.querySelectorAll('a.hl')].map(
            a => [a.dataset.claims.split(' '), a.textContent, a.getAttribute('href')])])""",
    )
    highlighted: dict[tuple[str, str], str] = {}
    for document_id, marks in pieces:
        for claim_ids, text, href in marks:
            # Each piece links to one of the claims it belongs to (the innermost).
            assert href.removeprefix("#claim-") in claim_ids
            for claim_id in claim_ids:
                key = (document_id, claim_id)
                highlighted[key] = highlighted.get(key, "") + text
    claims = [c for g in detail["claims_by_source"] for c in g["claims"]]
    assert len(highlighted) == len(claims)
    for claim in claims:
        start, end = claim["span"]["start"], claim["span"]["end"]
        expected_text = texts[claim["document_id"]][start:end]
        assert highlighted[(claim["document_id"], claim["id"])] == expected_text
        assert page.page.locator(f"#claim-{claim['id']}").count() == 1


def test_incident_page_on_the_seed(seed_server: Server, page: Watched) -> None:
    incident = seed_server.get("/v1/incidents?limit=1")["items"][0]
    check_incident(page, seed_server, incident["id"])
    page.shot("incident", height=1500)
    # A highlight leads to its claim.
    first = page.page.locator("a.hl").first
    target = first.get_attribute("href")
    first.click()
    assert page.page.url.endswith(target)
    assert page.page.locator(f"{target}").is_visible()


def test_every_dev_incident_page(dev_server: Server, page: Watched) -> None:
    incidents = dev_server.get("/v1/incidents?limit=500")["items"]
    assert incidents
    for incident in incidents:
        check_incident(page, dev_server, incident["id"])


def test_source_page(seed_server: Server, page: Watched) -> None:
    actor = seed_server.get("/v1/actors/centcom")
    claims = seed_server.get("/v1/claims?source=centcom&limit=500")
    incidents = seed_server.get("/v1/incidents?source=centcom&limit=50")
    page.page.goto(f"{seed_server.url}/sources/centcom")
    page.page.wait_for_selector("svg.timeline")
    assert page.page.inner_text("h1") == actor["name"]
    counted = page.page.eval_on_selector_all(
        "svg.timeline rect.bar",
        "els => els.reduce((n, e) => n + Number(e.querySelector('title').textContent.split(': ')[1].split(' ')[0]), 0)",
    )
    note = page.page.locator("text=without a date")
    undated = int(note.inner_text().split()[0]) if note.count() else 0
    assert counted + undated == claims["total"]
    assert counted > 0  # the seed's claims without a date take their article's
    links = page.page.eval_on_selector_all(
        "section[aria-labelledby=inc-h] li a", "els => els.map(e => e.getAttribute('href'))"
    )
    assert links == [f"/incidents/{i['id']}" for i in incidents["items"]]
    assert page.page.locator("table.comparison tbody tr").count() >= 1
    page.shot("source")
    page.page.click("section[aria-labelledby=inc-h] li a")
    page.page.wait_for_selector(".article-text")


def test_search_page_marks_the_matched_words(seed_server: Server, page: Watched) -> None:
    expected = seed_server.get("/v1/claims?q=killed&limit=25")
    assert expected["total"] > 0
    page.page.goto(f"{seed_server.url}/search")
    page.page.fill("#search-q", "killed")
    page.page.press("#search-q", "Enter")
    page.page.wait_for_url(re.compile(r"q=killed"))
    page.page.wait_for_selector(".results-list")
    listed = page.page.eval_on_selector_all(
        ".results-list > li", "els => els.map(e => e.dataset.claim)"
    )
    assert listed == [c["id"] for c in expected["items"]]
    marks = page.page.eval_on_selector_all(
        "mark", "els => els.map(e => e.textContent.toLowerCase())"
    )
    assert marks and all(m.startswith("kill") for m in marks)


def test_search_shows_a_malformed_query_as_a_problem(seed_server: Server, page: Watched) -> None:
    page.page.goto(f"{seed_server.url}/search?q=%22unbalanced")
    alert = page.page.wait_for_selector("[role=alert]")
    assert "q" in alert.inner_text()
    page.errors[:] = [e for e in page.errors if "422" not in e]


def test_unknown_incident_and_page(seed_server: Server, page: Watched) -> None:
    page.page.goto(f"{seed_server.url}/incidents/inc_000000000000")
    alert = page.page.wait_for_selector("[role=alert]")
    assert "404" in alert.inner_text()
    page.errors[:] = [e for e in page.errors if "404" not in e]


def test_dev_corpus_screenshots(dev_server: Server, page: Watched, phone: Watched) -> None:
    open_incidents(page, dev_server)
    page.shot("incidents")
    open_incidents(phone, dev_server)
    width = phone.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page is {width}px wide at phone width"
    phone.shot("incidents-phone", height=1400)
    top = dev_server.get("/v1/sources?limit=1")["items"][0]
    busiest = max(
        dev_server.get("/v1/incidents?limit=500")["items"],
        key=lambda i: len(dev_server.get(f"/v1/incidents/{i['id']}")["claims_by_source"]),
    )
    for path, ready in (
        (f"/sources/{top['id']}", "section[aria-labelledby=relay-h]"),
        (f"/incidents/{busiest['id']}", ".article-text"),
        ("/search?q=killed", ".results-list"),
    ):
        phone.page.goto(dev_server.url + path)
        phone.page.wait_for_selector(ready)
        width = phone.page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} is {width}px wide at phone width"
    page.page.goto(f"{dev_server.url}/sources/{top['id']}")
    page.page.wait_for_selector("section[aria-labelledby=relay-h]")
    page.shot("source-dev", height=1400)
    page.page.goto(f"{dev_server.url}/search?q=civilians%20killed")
    page.page.wait_for_selector(".results-list mark")
    page.shot("search")


@pytest.mark.parametrize(
    ("path", "selector"), [("/docs", ".opblock"), ("/redoc", "[data-section-id^='operation']")]
)
def test_api_docs_render_offline(
    seed_server: Server, page: Watched, path: str, selector: str
) -> None:
    spec = seed_server.get("/openapi.json")
    operations = sum(len(item) for item in spec["paths"].values())
    page.page.goto(seed_server.url + path)
    page.page.wait_for_selector(selector, timeout=30_000)
    assert page.page.locator(selector).count() >= operations
    page.shot(path.strip("/"))


def test_admin1_filter_follows_the_spec(seed_server: Server, page: Watched) -> None:
    """The region filter appears, and reaches the API, only when the spec lists `admin1`."""
    sent: list[str] = []
    page.page.on("request", lambda r: "/v1/incidents?" in r.url and sent.append(r.url))
    open_incidents(page, seed_server, "?admin1=Idlib")
    spec = seed_server.get("/openapi.json")
    listed = any(p["name"] == "admin1" for p in spec["paths"]["/v1/incidents"]["get"]["parameters"])
    assert page.page.locator("#filter-admin1").count() == (1 if listed else 0)
    assert any("admin1=Idlib" in url for url in sent) == listed

    # An API that lists it (as a newer one will): the field shows the URL's value and is sent.
    spec["paths"]["/v1/incidents"]["get"]["parameters"].append(
        {"name": "admin1", "in": "query", "required": False, "schema": {"type": "string"}}
    )

    def newer_spec(route: Any) -> None:
        route.fulfill(json=spec)

    page.page.route("**/openapi.json", newer_spec)
    sent.clear()
    page.page.goto(f"{seed_server.url}/?admin1=Idlib")
    page.page.wait_for_selector("#filter-admin1")
    assert page.page.input_value("#filter-admin1") == "Idlib"
    page.page.wait_for_function(
        "document.querySelector('.status').textContent !== 'Loading incidents…'"
    )
    assert any("admin1=Idlib" in url for url in sent)
    if not listed:  # this API refuses the parameter: the page says so
        assert "admin1" in page.page.inner_text("[role=alert]")
        page.errors[:] = [e for e in page.errors if "422" not in e]


def test_relayers_shown_when_claims_carry_via(seed_server: Server, page: Watched) -> None:
    """Claims that name their relayers (`via`, as a newer API will) show them, linked."""
    answer = seed_server.get("/v1/claims?q=killed&limit=25")
    if not answer["items"][0].get("via"):  # the API sends `via`, empty for a direct claim
        answer["items"][0]["via"] = [{"id": "alalam", "name": "Alalam"}]

    def with_via(route: Any) -> None:
        route.fulfill(json=answer)

    page.page.route("**/v1/claims?*", with_via)
    page.page.goto(f"{seed_server.url}/search?q=killed")
    page.page.wait_for_selector(".results-list")
    first = page.page.locator(".results-list > li").first
    via = answer["items"][0]["via"]
    for relayer in via:
        link = first.locator(f"a[href='/sources/{relayer['id']}']")
        assert link.inner_text() == relayer["name"]
    assert "via " in first.inner_text()
