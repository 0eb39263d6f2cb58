// The dashboard: a single page that renders the page the URL names from the public /v1 API.
import { problemBox } from "./api.js";
import { incidentPage } from "./pages/incident.js";
import { incidentsPage } from "./pages/incidents.js";
import { searchPage } from "./pages/search.js";
import { sourcePage } from "./pages/source.js";
import { el, replace } from "./util.js";

const ROUTES = [
  [/^\/$/, incidentsPage],
  [/^\/incidents\/([^/]+)$/, incidentPage],
  [/^\/sources\/([^/]+)$/, sourcePage],
  [/^\/search$/, searchPage],
];

const main = document.getElementById("main");
let current = null; // { page, path, search }
let generation = 0;

function match(pathname) {
  for (const [pattern, page] of ROUTES) {
    const found = pattern.exec(pathname);
    if (found) return { page, args: found.slice(1).map(decodeURIComponent) };
  }
  return null;
}

/** Render the page for the current URL; a page already shown with other parameters updates. */
async function render({ focus = true } = {}) {
  const token = ++generation;
  const route = match(location.pathname);
  const params = new URLSearchParams(location.search);
  const context = { params, args: route?.args || [], alive: () => token === generation, navigate };
  document.body.dataset.state = "loading";
  try {
    if (!route) {
      replace(main, el("h1", {}, "Not found"), el("p", {}, "No page here. ", el("a", { href: "/" }, "See the incidents.")));
    } else if (current && current.page === route.page && current.args.join("/") === context.args.join("/") && route.page.update) {
      await route.page.update(main, context);
    } else {
      current?.page.unmount?.();
      current = { page: route.page, args: context.args };
      replace(main, el("p", { class: "loading", role: "status" }, "Loading…"));
      await route.page.mount(main, context);
      if (focus && token === generation) (main.querySelector("h1") || main).focus({ preventScroll: true });
    }
  } catch (error) {
    if (token !== generation) return;
    console.warn(error);
    replace(main, el("h1", {}, "Could not load this page"), problemBox(error));
    current = null;
  }
  if (token === generation) document.body.dataset.state = "ready";
}

/** Go to `url` inside the dashboard (pushState), or replace the current entry. */
export function navigate(url, { replace: replaceEntry = false, focus = true } = {}) {
  const target = new URL(url, location.href);
  if (replaceEntry) history.replaceState(null, "", target);
  else history.pushState(null, "", target);
  window.scrollTo({ top: 0 });
  return render({ focus });
}

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[href]");
  if (!link || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.target || link.hasAttribute("download")) return;
  const target = new URL(link.href, location.href);
  if (target.origin !== location.origin || !match(target.pathname)) return;
  if (target.pathname === location.pathname && target.search === location.search && target.hash) return;
  event.preventDefault();
  navigate(target);
});

let shown = location.pathname + location.search;
window.addEventListener("popstate", () => {
  const now = location.pathname + location.search;
  if (now === shown) return; // a hash change within the page
  shown = now;
  render({ focus: false });
});
const pushState = history.pushState.bind(history);
history.pushState = (...args) => { pushState(...args); shown = location.pathname + location.search; };
const replaceState = history.replaceState.bind(history);
history.replaceState = (...args) => { replaceState(...args); shown = location.pathname + location.search; };

render({ focus: false });
