// Small DOM and formatting helpers shared by the pages.

/** Build an element: el("a", {href: "/"}, "text", child). Text is never parsed as HTML. */
export function el(tag, attrs = {}, ...children) {
  const node = attrs && attrs.svg
    ? document.createElementNS("http://www.w3.org/2000/svg", tag)
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "svg" || value === undefined || value === null || value === false) continue;
    if (key === "class") node.setAttribute("class", value);
    else if (key === "style" && typeof value === "object") {
      for (const [prop, v] of Object.entries(value)) node.style.setProperty(prop, v);
    } else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

/** Append children (strings, nodes, arrays, null) to a node. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An SVG element. */
export function svg(tag, attrs = {}, ...children) {
  return el(tag, { ...attrs, svg: true }, ...children);
}

/** Replace a node's children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

export const number = new Intl.NumberFormat("en");

/** "2016-09-17" (day precision) or "2016-09" / "2016" for coarser precisions. */
export function formatDate(value, precision) {
  if (!value) return "undated";
  if (precision === "month") return value.slice(0, 7);
  if (precision === "year") return value.slice(0, 4);
  return value;
}

/** Colour-blind-safe palette (Okabe–Ito and Tol), for sources in the order they appear. */
export const PALETTE = [
  "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00",
  "#56b4e9", "#882255", "#999933", "#44aa99", "#aa4499",
];

const TYPE_COLOURS = {
  airstrike: "#d55e00",
  "missile strike": "#cc79a7",
  shelling: "#e69f00",
  "armed clash": "#0072b2",
  shooting: "#009e73",
  execution: "#332288",
  bombing: "#56b4e9",
  "suicide bombing": "#882255",
  "chemical attack": "#999933",
};
export const KNOWN_TYPES = Object.keys(TYPE_COLOURS);

/** The colour of an incident type (a grey for types this page does not know). */
export function typeColour(type) {
  return TYPE_COLOURS[type] || "#6b6b6b";
}

/** A stable colour per source id within one page. */
export class SourceColours {
  constructor() { this.map = new Map(); }
  get(id) {
    if (!this.map.has(id)) this.map.set(id, PALETTE[this.map.size % PALETTE.length]);
    return this.map.get(id);
  }
}

/** Run `task` over `items` with at most `limit` running at once; results in order. */
export async function pool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Query parameters of a URLSearchParams without empty values. */
export function cleanParams(params) {
  const out = new URLSearchParams();
  for (const [k, v] of params) if (v !== "") out.append(k, v);
  return out;
}
