// Hand-made SVG charts: small, accessible (each bar has a title) and testable (one rect a bar).
import { el, number, svg } from "./util.js";

/**
 * Each source's figure per metric, side by side: one group per metric, one bar per source,
 * with the low–high range across claims and the best estimate marked.
 */
export function figuresChart(figures, colours) {
  const box = el("div", { class: "figures-chart" });
  for (const metric of figures.metrics) {
    const max = Math.max(1, metric.high ?? 0, ...metric.sources.map((s) => s.value));
    // One row per source: its name above its bar, the value at the bar's end.
    const rowHeight = 38;
    const width = 360;
    const plot = width - 60;
    const height = metric.sources.length * rowHeight + 24;
    const x = (v) => (v / max) * plot;
    const chart = svg("svg", {
      class: "chart", viewBox: `0 0 ${width} ${height}`, role: "img", "data-metric": metric.metric,
      "aria-label": `${metric.metric}: ${metric.sources.map((s) => `${s.source.name} ${s.value}`).join(", ")}; best estimate ${metric.best}`,
    });
    metric.sources.forEach((entry, index) => {
      const y = index * rowHeight + 2;
      const colour = colours.get(entry.source.id);
      const approximate = entry.values.some((v) => v.approximate);
      chart.append(
        svg("text", { x: 0, y: y + 12, class: "label" }, truncate(entry.source.name, 48)),
        svg("rect", {
          class: "bar", x: 0, y: y + 17, width: Math.max(2, x(entry.value)), height: 16,
          fill: colour, "data-source": entry.source.id, "data-metric": metric.metric, "data-value": entry.value,
        }, svg("title", {}, `${entry.source.name}: ${entry.value} ${metric.metric}${approximate ? " (approximate)" : ""}`)),
        svg("text", { x: x(entry.value) + 5, y: y + 30, class: "value" }, `${approximate ? "~" : ""}${number.format(entry.value)}`),
      );
    });
    const axisY = metric.sources.length * rowHeight + 4;
    if (metric.best !== null && metric.best !== undefined) {
      chart.append(
        svg("line", { x1: x(metric.best), x2: x(metric.best), y1: 0, y2: axisY, class: "best" }),
        svg("text", { x: Math.min(Math.max(x(metric.best), 24), width - 24), y: axisY + 16, "text-anchor": "middle", class: "axis" }, `best ${number.format(metric.best)}`),
      );
    }
    box.append(el("figure", { class: "metric" },
      el("figcaption", {},
        el("strong", {}, metric.metric), " ",
        `low ${fmt(metric.low)} · best ${fmt(metric.best)} · high ${fmt(metric.high)}`,
        metric.disagree ? el("span", { class: "badge warn" }, "sources disagree") : null),
      chart));
  }
  return box;
}

function fmt(value) {
  return value === null || value === undefined ? "–" : number.format(value);
}

function truncate(text, length) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** Counts per period as vertical bars (claims over time). `periods` is [[label, count], ...]. */
export function timeline(periods, { label }) {
  const width = 640;
  const height = 160;
  const bottom = 24;
  const max = Math.max(1, ...periods.map(([, n]) => n));
  const step = (width - 40) / Math.max(1, periods.length);
  const chart = svg("svg", { class: "chart timeline", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": label });
  periods.forEach(([period, count], index) => {
    const h = ((height - bottom - 10) * count) / max;
    const x = 30 + index * step;
    chart.append(svg("rect", { class: "bar", x: x + step * 0.1, y: height - bottom - h, width: Math.max(1, step * 0.8), height: h, "data-period": period },
      svg("title", {}, `${period}: ${count} claim${count === 1 ? "" : "s"}`)));
    const every = Math.ceil(periods.length / 8);
    if (index % every === 0) chart.append(svg("text", { x: x + step / 2, y: height - 6, "text-anchor": "middle", class: "axis" }, period));
  });
  chart.append(svg("text", { x: 2, y: 12, class: "axis" }, `max ${max}`));
  return chart;
}
