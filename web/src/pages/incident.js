// Incident: what, when, where, who; estimates; each source's figures side by side; the claims
// grouped by source; and the article text with every claim span highlighted.
import { api } from "../api.js";
import { figuresChart } from "../charts.js";
import { SourceColours, el, formatDate, number, pool, replace, typeColour } from "../util.js";

function actorLinks(actors) {
  if (!actors?.length) return el("span", { class: "muted" }, "not stated");
  return actors.map((a, i) => [i ? ", " : "", el("a", { href: `/sources/${encodeURIComponent(a.id)}` }, a.name)]);
}

function facts(incident) {
  const where = [incident.place_name, incident.admin2, incident.admin1, incident.country].filter(Boolean);
  const rows = [
    ["What", [el("span", { class: "swatch", style: { background: typeColour(incident.type) }, "aria-hidden": "true" }), incident.type]],
    ["When", `${formatDate(incident.occurred_on, incident.occurred_on_precision)}${incident.occurred_on_precision && incident.occurred_on_precision !== "day" ? ` (to the ${incident.occurred_on_precision})` : ""}`],
    ["Where", [
      where.length ? [...new Set(where)].join(", ") : "unknown",
      incident.location_precision ? ` (located to the ${incident.location_precision})` : "",
      incident.latitude !== null ? el("span", { class: "muted" }, ` ${incident.latitude.toFixed(3)}, ${incident.longitude.toFixed(3)}`) : "",
    ]],
    ["By", actorLinks(incident.actors?.perpetrators)],
    ["Against", actorLinks(incident.actors?.targets)],
  ];
  return el("dl", { class: "facts" }, rows.map(([term, value]) => [el("dt", {}, term), el("dd", {}, value)]));
}

function estimatesTable(incident) {
  if (!incident.estimates.length) return el("p", { class: "empty" }, "No casualty figures were reported for this incident.");
  return el("div", { class: "table-scroll" }, el("table", { class: "estimates" },
    el("caption", {}, "Casualty estimates across all claims"),
    el("thead", {}, el("tr", {}, ["Metric", "Low", "Best", "High", "Claims"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, incident.estimates.map((e) => el("tr", {},
      el("th", { scope: "row" }, e.metric),
      [e.low, e.best, e.high].map((v) => el("td", { class: "num" }, v === null ? "–" : number.format(v))),
      el("td", { class: "num" }, e.claim_ids.map((id, i) => [i ? " " : "", el("a", { href: `#claim-${id}`, "aria-label": `claim ${i + 1}` }, `#${i + 1}`)])))))));
}

function claimItem(claim) {
  const figures = claim.figures.map((f) => `${f.approximate ? "~" : ""}${number.format(f.value)} ${f.metric}`);
  const via = claim.via?.length ? claim.via : null;
  return el("li", { class: "claim", id: `claim-${claim.id}`, "data-claim": claim.id },
    el("blockquote", {}, claim.quote || claim.text),
    el("div", { class: "meta" },
      el("span", {}, claim.speaker ? `“${claim.speaker}” ${claim.cue || ""}` : claim.kind === "publisher" ? "the publisher's own words" : "continues the quote above"),
      el("span", {}, claim.kind),
      el("span", {}, `confidence ${claim.confidence.toFixed(2)}`),
      claim.stated_on ? el("span", {}, `stated ${claim.stated_on}`) : null,
      figures.length ? el("span", { class: "figures" }, figures.join(", ")) : null,
      via ? el("span", {}, "via ", via.map((v, i) => [i ? " → " : "", el("a", { href: `/sources/${encodeURIComponent(v.id)}` }, v.name)])) : null,
      el("a", { href: `#span-${claim.id}` }, "show in the article")));
}

function claimsBySource(incident, colours) {
  return incident.claims_by_source.map((group) => el("section", { class: "source-group", style: { "--c": colours.get(group.source.id) } },
    el("h3", {},
      el("span", { class: "swatch", style: { background: colours.get(group.source.id) }, "aria-hidden": "true" }),
      el("a", { href: `/sources/${encodeURIComponent(group.source.id)}` }, group.source.name),
      el("small", {}, ` ${group.claims.length} claim${group.claims.length === 1 ? "" : "s"}`)),
    el("ul", { class: "claims" }, group.claims.map(claimItem))));
}

/**
 * The article text with each claim's span marked. Overlapping spans are cut at every span
 * boundary; each piece links to the innermost claim covering it and lists all of them in
 * `data-claims`, so the pieces of one claim joined in order are exactly its span.
 */
export function highlightedText(text, claims, colours) {
  const spans = claims.filter((c) => c.span && c.span.end > c.span.start);
  const cuts = new Set([0, text.length]);
  for (const c of spans) { cuts.add(c.span.start); cuts.add(c.span.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const container = el("div", { class: "article-text" });
  const anchored = new Set();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter((c) => c.span.start <= a && c.span.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { container.append(piece); continue; }
    for (const c of covering) {
      if (!anchored.has(c.id)) { anchored.add(c.id); container.append(el("span", { id: `span-${c.id}`, class: "anchor" })); }
    }
    const inner = covering.reduce((x, y) => (y.span.end - y.span.start < x.span.end - x.span.start ? y : x));
    container.append(el("a", {
      class: "hl", href: `#claim-${inner.id}`, "data-claims": covering.map((c) => c.id).join(" "),
      "data-source": inner.source.id, title: `${inner.source.name} (${inner.kind})`,
      style: { "--c": colours.get(inner.source.id) },
    }, piece));
  }
  return container;
}

async function articles(incident, colours) {
  const claims = incident.claims_by_source.flatMap((g) => g.claims);
  const ids = [...new Set(claims.map((c) => c.document_id))];
  const documents = await pool(ids, 4, (id) => api(`/v1/documents/${encodeURIComponent(id)}`));
  return documents.map((doc) => el("article", { class: "document", "data-document": doc.id },
    el("h3", {}, doc.title || "Untitled article"),
    el("p", { class: "meta" },
      [doc.publisher, doc.relayed_by ? `relayed by ${doc.relayed_by}` : null, doc.published_on].filter(Boolean).join(" · "),
      doc.url ? [" · ", el("a", { href: doc.url, rel: "noopener noreferrer" }, "original")] : null),
    highlightedText(doc.text, claims.filter((c) => c.document_id === doc.id), colours)));
}

export const incidentPage = {
  async mount(main, context) {
    const [id] = context.args;
    const [incident, figures] = await Promise.all([
      api(`/v1/incidents/${encodeURIComponent(id)}`),
      api(`/v1/incidents/${encodeURIComponent(id)}/figures`),
    ]);
    const colours = new SourceColours();
    for (const group of incident.claims_by_source) colours.get(group.source.id);
    const texts = await articles(incident, colours);
    if (!context.alive()) return;
    document.title = `${incident.title} · incident-records`;
    const legend = el("p", { class: "legend" }, "Sources: ", incident.claims_by_source.map((g) =>
      el("span", { class: "legend-item" }, el("span", { class: "swatch", style: { background: colours.get(g.source.id) }, "aria-hidden": "true" }), g.source.name)));
    replace(main,
      el("p", { class: "crumbs" }, el("a", { href: "/" }, "← All incidents")),
      el("h1", { tabindex: "-1" }, incident.title),
      el("div", { class: "incident-top" }, facts(incident), estimatesTable(incident)),
      el("section", { "aria-labelledby": "figures-h" },
        el("h2", { id: "figures-h" }, "Each source's figures"),
        figures.metrics.length ? figuresChart(figures, colours) : el("p", { class: "empty" }, "No source gave a figure for this incident.")),
      el("div", { class: "two-col" },
        el("section", { "aria-labelledby": "claims-h" },
          el("h2", { id: "claims-h" }, "Claims by source"), claimsBySource(incident, colours)),
        el("section", { "aria-labelledby": "text-h" },
          el("h2", { id: "text-h" }, texts.length === 1 ? "The article" : "The articles"), legend, texts)));
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  },
};
