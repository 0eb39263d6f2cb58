// Source: an actor's claims over time, the incidents it spoke about, its figures against the
// other sources' on the same incidents, and who relayed it (where the API records relays).
import { api, apiAll, hasParameter } from "../api.js";
import { timeline } from "../charts.js";
import { el, formatDate, number, pool, replace } from "../util.js";

const COMPARED_INCIDENTS = 12;

/** Claims per month (or per year over long spans); claims without a date use their article's. */
function periods(claims, documentDates) {
  const dates = claims.map((c) => c.stated_on || documentDates.get(c.document_id) || null);
  const known = dates.filter(Boolean).sort();
  if (!known.length) return { bars: [], undated: dates.length };
  const years = Number(known.at(-1).slice(0, 4)) - Number(known[0].slice(0, 4));
  const key = years > 3 ? (d) => d.slice(0, 4) : (d) => d.slice(0, 7);
  const counts = new Map();
  // Every period between the first and the last, so gaps show as gaps.
  let cursor = new Date(`${known[0].slice(0, 7)}-01T00:00:00Z`);
  const end = new Date(`${known.at(-1).slice(0, 7)}-01T00:00:00Z`);
  while (cursor <= end) {
    counts.set(key(cursor.toISOString().slice(0, 10)), 0);
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  for (const d of known) counts.set(key(d), (counts.get(key(d)) || 0) + 1);
  return { bars: [...counts], undated: dates.length - known.length };
}

async function documentDates(claims) {
  const dates = new Map();
  if (claims.every((c) => c.stated_on)) return dates;
  const { items } = await apiAll("/v1/documents", { limit: 500 }, 5000);
  for (const doc of items) dates.set(doc.id, doc.published_on);
  return dates;
}

function comparison(rows, sourceId) {
  if (!rows.length) return el("p", { class: "empty" }, "It gave no figures on the incidents compared here.");
  return el("div", { class: "table-scroll", tabindex: "0", role: "region", "aria-label": "Figures compared" }, el("table", { class: "comparison" },
    el("caption", {}, "Its figure beside every other source's, per incident and metric"),
    el("thead", {}, el("tr", {}, ["Incident", "Metric", "This source", "Others", "Best estimate"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows.map(({ incident, metric }) => {
      const mine = metric.sources.find((s) => s.source.id === sourceId);
      const others = metric.sources.filter((s) => s.source.id !== sourceId);
      return el("tr", { class: others.some((o) => o.value !== mine.value) ? "differs" : "" },
        el("td", {}, el("a", { href: `/incidents/${encodeURIComponent(incident.id)}` }, incident.title)),
        el("td", {}, metric.metric),
        el("td", { class: "num" }, el("strong", {}, number.format(mine.value))),
        el("td", {}, others.length
          ? others.map((o, i) => [i ? "; " : "", el("a", { href: `/sources/${encodeURIComponent(o.source.id)}` }, o.source.name), ` ${number.format(o.value)}`])
          : el("span", { class: "muted" }, "no other source")),
        el("td", { class: "num" }, metric.best === null ? "–" : number.format(metric.best)));
    }))));
}

function relays(claims, viaCount) {
  const hasVia = claims.some((c) => Array.isArray(c.via));
  const out = [];
  if (!hasVia) {
    out.push(el("p", { class: "muted" }, "This API does not record who relayed a claim."));
  } else {
    const counts = new Map();
    for (const claim of claims) for (const v of claim.via || []) {
      const entry = counts.get(v.id) || { ...v, n: 0 };
      entry.n += 1;
      counts.set(v.id, entry);
    }
    out.push(counts.size
      ? el("ul", { class: "relays" }, [...counts.values()].sort((a, b) => b.n - a.n).map((v) =>
        el("li", {}, el("a", { href: `/sources/${encodeURIComponent(v.id)}` }, v.name), ` relayed ${v.n} of its claims`)))
      : el("p", { class: "muted" }, "No relays recorded: its claims reached the articles directly."));
  }
  if (viaCount !== null) out.push(el("p", {}, `It relayed ${number.format(viaCount)} claim${viaCount === 1 ? "" : "s"} of other sources.`));
  return out;
}

/** Relay counts `/v1/sources` gives for this source (any count field naming relays). */
function relayCounts(row) {
  if (!row) return null;
  const counts = Object.entries(row).filter(([key, value]) => /relay/i.test(key) && typeof value === "number");
  if (!counts.length) return null;
  return el("p", {}, counts.map(([key, value], i) => [i ? "; " : "", `${key.replaceAll("_", " ")}: ${number.format(value)}`]));
}

export const sourcePage = {
  async mount(main, context) {
    const [id] = context.args;
    const actor = await api(`/v1/actors/${encodeURIComponent(id)}`);
    const [claims, incidents, viaCount, sourceRow] = await Promise.all([
      apiAll("/v1/claims", { source: id, limit: 500 }, 2000),
      api("/v1/incidents", { source: id, limit: 50 }),
      hasParameter("/v1/claims", "via").then((has) => (has ? api("/v1/claims", { via: id, limit: 1 }).then((p) => p.total) : null)),
      api("/v1/sources", { limit: 500 }).then((p) => p.items.find((s) => s.id === id) || null).catch(() => null),
    ]);
    const dates = await documentDates(claims.items);
    const figures = await pool(incidents.items.slice(0, COMPARED_INCIDENTS), 4, (incident) =>
      api(`/v1/incidents/${encodeURIComponent(incident.id)}/figures`).then((f) => ({ incident, f })));
    if (!context.alive()) return;
    const rows = figures.flatMap(({ incident, f }) => f.metrics
      .filter((m) => m.sources.some((s) => s.source.id === id))
      .map((metric) => ({ incident, metric })));
    const { bars, undated } = periods(claims.items, dates);
    document.title = `${actor.name} · incident-records`;
    replace(main,
      el("p", { class: "crumbs" }, el("a", { href: "/" }, "← All incidents")),
      el("h1", { tabindex: "-1" }, actor.name),
      el("dl", { class: "facts" },
        el("dt", {}, "Kind"), el("dd", {}, actor.kind || "unknown"),
        el("dt", {}, "Country"), el("dd", {}, actor.country || "–"),
        el("dt", {}, "Also called"), el("dd", {}, actor.aliases?.length ? actor.aliases.join("; ") : "–"),
        el("dt", {}, "Part of"), el("dd", {}, actor.parent_id ? el("a", { href: `/sources/${encodeURIComponent(actor.parent_id)}` }, actor.parent_id) : "–"),
        el("dt", {}, "In the registry"), el("dd", {}, actor.known ? "yes" : "no (found in an article)"),
        el("dt", {}, "Claims"), el("dd", {}, number.format(claims.total), " · ", el("a", { href: `/search?source=${encodeURIComponent(id)}` }, "search them"), " · ",
          el("a", { href: `/v1/claims?source=${encodeURIComponent(id)}&format=csv`, download: `claims-${id}.csv` }, "CSV")),
      ),
      el("section", { "aria-labelledby": "time-h" },
        el("h2", { id: "time-h" }, "Claims over time"),
        bars.length ? timeline(bars, { label: `Claims by ${actor.name} per period` }) : el("p", { class: "empty" }, "No dated claims."),
        undated ? el("p", { class: "muted" }, `${undated} claim${undated === 1 ? "" : "s"} without a date.`) : null,
        claims.items.length > 0 && claims.total > claims.items.length ? el("p", { class: "muted" }, `The chart counts the first ${claims.items.length} claims.`) : null),
      el("section", { "aria-labelledby": "inc-h" },
        el("h2", { id: "inc-h" }, `Incidents it spoke about (${number.format(incidents.total)})`),
        incidents.items.length
          ? el("ul", { class: "plain" }, incidents.items.map((i) => el("li", {},
            el("a", { href: `/incidents/${encodeURIComponent(i.id)}` }, i.title), el("span", { class: "muted" }, ` · ${formatDate(i.occurred_on, i.occurred_on_precision)}`))))
          : el("p", { class: "empty" }, "None."),
        incidents.total > incidents.items.length
          ? el("p", {}, el("a", { href: `/?source=${encodeURIComponent(id)}` }, `All ${number.format(incidents.total)} on the map`)) : null),
      el("section", { "aria-labelledby": "cmp-h" },
        el("h2", { id: "cmp-h" }, "Its figures against the others'"),
        comparison(rows, id),
        incidents.items.length > COMPARED_INCIDENTS ? el("p", { class: "muted" }, `Compared on its ${COMPARED_INCIDENTS} latest incidents.`) : null),
      el("section", { "aria-labelledby": "relay-h" },
        el("h2", { id: "relay-h" }, "Who relayed it"),
        relays(claims.items, viaCount), relayCounts(sourceRow)));
  },
};
