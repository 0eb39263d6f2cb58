// Search: claims whose text matches `q`, ranked by the API, with the matched words marked.
import { api, problemBox } from "../api.js";
import { el, number, replace } from "../util.js";

const PAGE_SIZE = 25;

/** The words of a search (phrases split, OR and exclusions dropped), as stems to mark. */
export function searchTerms(q) {
  const terms = [];
  for (const match of q.matchAll(/(-?)"([^"]*)"|(-?)(\S+)/g)) {
    if (match[1] === "-" || match[3] === "-") continue;
    const words = match[2] !== undefined ? match[2].split(/\s+/) : [match[4]];
    for (let word of words) {
      if (!word || word === "OR") continue;
      word = word.replace(/\*$/, "").replace(/[^\p{L}\p{N}'-]/gu, "").toLowerCase();
      // Light stemming, so `killed` marks `killing` and `kills` as the API's stemmer matches them.
      const stem = word.length > 4 ? word.replace(/(ing|ed|es|s)$/, "") : word;
      if (stem) terms.push(stem);
    }
  }
  return [...new Set(terms)];
}

/** `text` with every word that starts with one of `terms` in a <mark>. */
export function markTerms(text, terms) {
  if (!terms.length) return [text];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})[\\p{L}\\p{N}]*`, "giu");
  const out = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out.push(text.slice(last, match.index), el("mark", {}, match[0]));
    last = match.index + match[0].length;
  }
  out.push(text.slice(last));
  return out;
}

function result(claim, terms) {
  return el("li", { class: "claim", "data-claim": claim.id },
    el("blockquote", {}, markTerms(claim.text, terms)),
    el("div", { class: "meta" },
      el("a", { href: `/sources/${encodeURIComponent(claim.source.id)}` }, claim.source.name),
      claim.via?.length ? el("span", {}, "via ", claim.via.map((v, i) => [i ? " → " : "", el("a", { href: `/sources/${encodeURIComponent(v.id)}` }, v.name)])) : null,
      el("span", {}, claim.kind),
      el("span", {}, `confidence ${claim.confidence.toFixed(2)}`),
      claim.stated_on ? el("span", {}, claim.stated_on) : null,
      claim.incident_id ? el("a", { href: `/incidents/${encodeURIComponent(claim.incident_id)}#claim-${claim.id}` }, "its incident") : null));
}

let state = null;

async function load(context) {
  const { params } = context;
  const q = (params.get("q") || "").trim();
  const source = (params.get("source") || "").trim();
  state.form.elements.q.value = q;
  state.form.elements.source.value = source;
  if (!q && !source) {
    replace(state.results, el("p", { class: "empty" }, "Type words to find the claims that use them: ",
      el("code", {}, "\"Syrian soldiers\" killed"), ", ", el("code", {}, "airstrike OR shelling"), ", ", el("code", {}, "kill* -ISIS"), "."));
    return;
  }
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (q) query.set("q", q);
  if (source) query.set("source", source);
  if (params.get("cursor")) query.set("cursor", params.get("cursor"));
  replace(state.results, el("p", { class: "loading", role: "status" }, "Searching…"));
  let page;
  try {
    page = await api("/v1/claims", query);
  } catch (error) {
    if (context.alive()) replace(state.results, problemBox(error));
    return;
  }
  if (!context.alive()) return;
  const terms = searchTerms(q);
  const pageNumber = Math.max(1, Number(params.get("page")) || 1);
  const first = (pageNumber - 1) * PAGE_SIZE + 1;
  const links = [];
  const base = new URLSearchParams();
  if (q) base.set("q", q);
  if (source) base.set("source", source);
  if (params.get("cursor")) links.push(el("a", { href: `/search?${base}`, class: "button secondary" }, "← First page"));
  if (page.next) {
    const next = new URLSearchParams(base);
    next.set("cursor", new URL(page.next, location.origin).searchParams.get("cursor"));
    next.set("page", String(pageNumber + 1));
    links.push(el("a", { href: `/search?${next}`, class: "button", rel: "next" }, "Next page →"));
  }
  replace(state.results,
    el("p", { class: "status", role: "status" }, page.total
      ? `${number.format(page.total)} claim${page.total === 1 ? "" : "s"}${q ? ", best match first" : ""}; showing ${first}–${first + page.items.length - 1}.`
      : "No claims match."),
    page.items.length ? el("ol", { class: "claims results-list", start: first }, page.items.map((c) => result(c, terms))) : null,
    el("nav", { class: "paging", "aria-label": "Pages of results" }, links),
    page.total ? el("p", { class: "downloads" }, el("a", { href: `/v1/claims?${base}&format=csv`, download: "claims.csv" }, "Download all as CSV")) : null);
}

export const searchPage = {
  async mount(main, context) {
    document.title = "Search claims · incident-records";
    const form = el("form", { class: "filters search-form", role: "search", "aria-label": "Search claims" },
      el("div", { class: "field wide" }, el("label", { for: "search-q" }, "Words in the claim"), el("input", { id: "search-q", name: "q", type: "search", placeholder: "e.g. \"Syrian soldiers\" killed" })),
      el("div", { class: "field" }, el("label", { for: "search-source" }, "Said by (optional)"), el("input", { id: "search-source", name: "source", placeholder: "e.g. CENTCOM" })),
      el("div", { class: "buttons" }, el("button", { type: "submit" }, "Search")));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const params = new URLSearchParams();
      for (const name of ["q", "source"]) if (form.elements[name].value.trim()) params.set(name, form.elements[name].value.trim());
      context.navigate(`/search?${params}`, { focus: false });
    });
    state = { form, results: el("div", { class: "search-results", "aria-live": "polite" }) };
    replace(main, el("h1", { tabindex: "-1" }, "Search claims"), form, state.results);
    await load(context);
  },
  async update(main, context) { await load(context); },
  unmount() { state = null; },
};
