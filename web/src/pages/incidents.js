// Incidents (`/`): a map and a list of the incidents matching the filters in the URL.
import { api, hasParameter, problemBox } from "../api.js";
import { IncidentMap, legend } from "../map.js";
import { KNOWN_TYPES, cleanParams, el, formatDate, number, pool, replace, typeColour } from "../util.js";

const PAGE_SIZE = 50;
const FILTERS = ["q", "source", "actor", "type", "country", "admin1", "since", "until", "limit"];
let state = null;

/** The API parameters the URL's filters mean (only the filters this API takes). */
function apiParams(params) {
  const out = new URLSearchParams();
  for (const name of FILTERS) {
    if (name === "admin1" && !state.hasAdmin1) continue;
    const value = (params.get(name) || "").trim();
    if (value) out.set(name, value);
  }
  return out;
}

function field(name, label, attrs = {}) {
  const id = `filter-${name}`;
  return el("div", { class: "field" },
    el("label", { for: id }, label),
    el("input", { id, name, autocomplete: "off", ...attrs }));
}

function filterForm(context) {
  const form = el("form", { class: "filters", role: "search", "aria-label": "Filter incidents" },
    field("q", "Title search", { type: "search", placeholder: "e.g. airport OR hospital" }),
    field("source", "Source (said something about it)", { list: "sources-list", placeholder: "e.g. CENTCOM" }),
    field("actor", "Actor (any role)", { list: "actors-list", placeholder: "e.g. Syrian Arab Army" }),
    field("type", "Type", { list: "types-list", placeholder: "e.g. airstrike" }),
    field("country", "Country (ISO code)", { placeholder: "e.g. SY", size: 4, maxlength: 2 }),
    field("since", "From", { type: "date" }),
    field("until", "To", { type: "date" }),
    el("div", { class: "buttons" },
      el("button", { type: "submit" }, "Apply filters"),
      el("button", { type: "button", class: "secondary", onclick: () => context.navigate("/", { focus: false }) }, "Clear")),
    el("datalist", { id: "sources-list" }),
    el("datalist", { id: "actors-list" }),
    el("datalist", { id: "types-list" }, KNOWN_TYPES.map((t) => el("option", { value: t }))),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    performance.mark("filter-submit");
    const params = cleanParams(new FormData(form));
    const query = params.toString();
    context.navigate(query ? `/?${query}` : "/", { focus: false });
  });
  return form;
}

/** Fill the form's fields from the URL (so back and forward show the filters in force). */
function fillForm(form, params) {
  for (const name of FILTERS) {
    const input = form.elements.namedItem(name);
    if (input) input.value = params.get(name) || "";
  }
}

/** Names for the source and actor inputs' suggestions (in the background). */
function loadSuggestions(form) {
  const fill = (id, items) => replace(form.querySelector(`#${id}`),
    items.map((a) => el("option", { value: a.name }, a.claim_count !== undefined ? `${a.claim_count} claims` : a.kind || "")));
  api("/v1/sources", { limit: 500 }).then((page) => fill("sources-list", page.items)).catch(() => {});
  api("/v1/actors", { limit: 500 }).then((page) => fill("actors-list", page.items)).catch(() => {});
}

function row(incident) {
  const where = [incident.place_name, incident.admin2, incident.admin1, incident.country].filter(Boolean);
  return el("li", { class: "incident-row", "data-incident": incident.id },
    el("span", { class: "swatch", style: { background: typeColour(incident.type) }, title: incident.type, "aria-hidden": "true" }),
    el("div", { class: "row-main" },
      el("a", { href: `/incidents/${encodeURIComponent(incident.id)}`, class: "row-title" }, incident.title),
      el("div", { class: "meta" },
        el("span", {}, formatDate(incident.occurred_on, incident.occurred_on_precision)),
        el("span", {}, incident.type),
        el("span", {}, where.length ? [...new Set(where)].join(", ") : "place unknown"),
        incident.latitude === null ? el("span", { class: "muted" }, "not on the map") : null)),
    el("div", { class: "killed", title: "Best killed estimate" }, el("span", { class: "muted" }, "…")),
  );
}

async function load(context) {
  const { params } = context;
  if (params.get("admin1")) await state.admin1Known; // only then does the spec matter first
  const filters = apiParams(params);
  const query = new URLSearchParams(filters);
  const pageSize = Math.min(500, Math.max(1, Number(params.get("limit")) || PAGE_SIZE));
  query.set("limit", String(pageSize));
  if (params.get("cursor")) query.set("cursor", params.get("cursor"));
  fillForm(state.form, params);
  state.status.textContent = "Loading incidents…";
  state.results.setAttribute("aria-busy", "true");
  let page;
  try {
    page = await api("/v1/incidents", query);
  } catch (error) {
    if (!context.alive()) return;
    replace(state.list, problemBox(error));
    state.status.textContent = "The filters could not be applied.";
    state.map.show([]);
    replace(state.paging);
    replace(state.downloads);
    state.results.removeAttribute("aria-busy");
    return;
  }
  if (!context.alive()) return;
  const pageNumber = Math.max(1, Number(params.get("page")) || 1);
  const first = (pageNumber - 1) * pageSize + 1;
  const last = first + page.items.length - 1;
  state.status.textContent = page.total === 0
    ? "No incidents match these filters."
    : `${number.format(page.total)} incident${page.total === 1 ? " matches" : "s match"}; showing ${number.format(first)}–${number.format(last)}.`;
  state.total.textContent = number.format(page.total);
  replace(state.list, page.items.length
    ? el("ol", { class: "incident-list", start: first }, page.items.map(row))
    : el("p", { class: "empty" }, "Nothing to show. Try fewer filters, or ", el("a", { href: "/" }, "clear them"), "."));
  state.map.show(page.items);
  const located = page.items.filter((i) => i.latitude !== null).length;
  state.mapBox.setAttribute("aria-label", `Map of the ${located} located incidents listed on this page`);
  replace(state.legend, legend([...new Set(page.items.map((i) => i.type))].sort()));

  const links = [];
  if (params.get("cursor")) {
    const firstPage = new URLSearchParams(filters);
    links.push(el("a", { href: `/?${firstPage}`, class: "button secondary" }, "← First page"));
  }
  if (page.next) {
    const nextParams = new URLSearchParams(filters);
    nextParams.set("cursor", new URL(page.next, location.origin).searchParams.get("cursor"));
    nextParams.set("page", String(pageNumber + 1));
    links.push(el("a", { href: `/?${nextParams}`, class: "button", rel: "next" }, "Next page →"));
  }
  replace(state.paging, links);
  const whole = new URLSearchParams(filters);
  whole.delete("limit"); // every matching incident, not this page
  const csv = new URLSearchParams(whole); csv.set("format", "csv");
  const geojson = new URLSearchParams(whole); geojson.set("format", "geojson");
  replace(state.downloads, "Download all matching: ",
    el("a", { href: `/v1/incidents?${csv}`, download: "incidents.csv" }, "CSV"), " · ",
    el("a", { href: `/v1/incidents?${geojson}`, download: "incidents.geojson" }, "GeoJSON"), " · ",
    el("a", { href: `/v1/incidents?${whole}` }, "JSON"));
  state.results.removeAttribute("aria-busy");
  document.body.dataset.list = "ready";
  performance.mark("incidents-list-ready"); // bench/browser.py reads these marks

  // The list has no estimates: each incident's detail gives its best killed figure.
  await pool(page.items, 6, async (incident) => {
    if (!context.alive()) return;
    let killed = null;
    try {
      const detail = await api(`/v1/incidents/${encodeURIComponent(incident.id)}`);
      killed = detail.estimates.find((e) => e.metric === "killed")?.best ?? null;
    } catch { /* the row keeps its placeholder */ }
    if (!context.alive()) return;
    state.map.size(incident.id, killed);
    const cell = state.list.querySelector(`[data-incident="${CSS.escape(incident.id)}"] .killed`);
    if (cell) replace(cell, killed === null ? el("span", { class: "muted" }, "—") : [el("strong", {}, number.format(killed)), " killed"]);
  });
  if (!context.alive()) return;
  state.map.restack();
  document.body.dataset.sizes = "ready";
  performance.mark("incidents-sizes-ready");
}

export const incidentsPage = {
  async mount(main, context) {
    document.title = "Incidents · incident-records";
    state = { hasAdmin1: false };
    state.form = filterForm(context);
    // The admin1 filter comes with a newer API: offer it when the spec lists it.
    const form = state.form;
    state.admin1Known = hasParameter("/v1/incidents", "admin1").then((has) => {
      if (!has || !state || state.form !== form) return;
      state.hasAdmin1 = true;
      const admin1 = field("admin1", "Region (admin1)", { placeholder: "e.g. Deir ez-Zor" });
      form.insertBefore(admin1, form.querySelector("#filter-since").parentElement);
      admin1.querySelector("input").value = new URLSearchParams(location.search).get("admin1") || "";
    });
    state.status = el("p", { class: "status", role: "status", "aria-live": "polite" });
    state.total = el("span", { class: "total" }, "…");
    state.list = el("div", { class: "list" });
    state.mapBox = el("div", { class: "map", role: "region", "aria-label": "Map of incidents" });
    state.legend = el("div");
    state.paging = el("nav", { class: "paging", "aria-label": "Pages of incidents" });
    state.downloads = el("p", { class: "downloads" });
    state.results = el("div", { class: "results" },
      el("div", { class: "map-column" }, state.mapBox, state.legend),
      el("section", { class: "list-column", "aria-label": "Incident list" }, state.status, state.list, state.paging, state.downloads));
    replace(main,
      el("h1", { tabindex: "-1" }, "Incidents ", el("small", {}, "(", state.total, ")")),
      el("details", { class: "filter-box", open: window.innerWidth > 700 },
        el("summary", {}, "Filters"), state.form),
      state.results);
    state.map = new IncidentMap(state.mapBox, { onSelect: (incident) => context.navigate(`/incidents/${encodeURIComponent(incident.id)}`) });
    state.list.addEventListener("mouseover", (event) => {
      const item = event.target.closest("[data-incident]");
      if (item) state.map.highlight(item.dataset.incident);
    });
    state.list.addEventListener("focusin", (event) => {
      const item = event.target.closest("[data-incident]");
      if (item) state.map.highlight(item.dataset.incident);
    });
    loadSuggestions(state.form);
    await load(context);
  },
  async update(main, context) {
    delete document.body.dataset.list;
    delete document.body.dataset.sizes;
    await load(context);
  },
  unmount() {
    state?.map.remove();
    state = null;
    delete document.body.dataset.list;
    delete document.body.dataset.sizes;
  },
};

