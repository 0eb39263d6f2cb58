// The dashboard's only way to data: the public /v1 API, and the spec at /openapi.json.
import { el } from "./util.js";

/** An RFC 9457 problem (or a network failure) from the API. */
export class ApiError extends Error {
  constructor(problem, url) {
    super(problem.detail || problem.title || "request failed");
    this.problem = problem;
    this.url = url;
  }
}

/** GET a /v1 path (with URLSearchParams or an object of parameters) as JSON. */
export async function api(path, params) {
  const query = params ? new URLSearchParams(params).toString() : "";
  const url = query ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (error) {
    throw new ApiError({ title: "The API could not be reached", detail: String(error), status: 0 }, url);
  }
  const type = response.headers.get("content-type") || "";
  if (!response.ok) {
    let problem = { title: response.statusText || "Error", status: response.status };
    if (type.includes("json")) problem = await response.json();
    throw new ApiError(problem, url);
  }
  return response.json();
}

/** Every page of a list, following `next`, up to `max` items. */
export async function apiAll(path, params, max = 2000) {
  let page = await api(path, params);
  const items = [...page.items];
  while (page.next && items.length < max) {
    const next = new URL(page.next, location.origin);
    page = await api(next.pathname, next.searchParams);
    items.push(...page.items);
  }
  return { items, total: page.total };
}

let spec;
/** The OpenAPI spec (fetched once), to find which optional filters this API has. */
export function openapi() {
  spec ??= fetch("/openapi.json").then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
  return spec;
}

/** Whether GET `path` takes query parameter `name`, according to the spec. */
export async function hasParameter(path, name) {
  const operation = (await openapi()).paths?.[path]?.get;
  return Boolean(operation?.parameters?.some((p) => p.in === "query" && p.name === name));
}

/** A readable box for an error: the problem's title, detail and each invalid parameter. */
export function problemBox(error) {
  const problem = error instanceof ApiError ? error.problem : { title: "Something went wrong", detail: String(error) };
  const status = problem.status ? ` (${problem.status})` : "";
  return el("div", { class: "error", role: "alert" },
    el("p", {}, el("strong", {}, `${problem.title || "Error"}${status}`)),
    problem.detail ? el("p", {}, problem.detail) : null,
    Array.isArray(problem.errors) && problem.errors.length
      ? el("ul", {}, problem.errors.map((e) => el("li", {}, el("code", {}, (e.loc || []).slice(1).join(".") || "request"), `: ${e.msg}`)))
      : null,
  );
}
