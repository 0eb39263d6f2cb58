// The incidents map: Leaflet over Natural Earth country outlines (no tiles, nothing remote).
import L from "leaflet";
import { feature } from "topojson-client";
import { el, number, typeColour } from "./util.js";

let countries;
/** The basemap's countries as GeoJSON (fetched once from the built bundle). */
function basemap() {
  const url = document.querySelector('meta[name="basemap"]').content;
  countries ??= fetch(url)
    .then((r) => r.json())
    .then((topology) => feature(topology, topology.objects.countries));
  return countries;
}

/** Marker radius in pixels for a best killed estimate (area grows with the count). */
export function radius(killed) {
  if (killed === null || killed === undefined) return 5;
  return Math.min(30, 5 + 2.2 * Math.sqrt(killed));
}

export class IncidentMap {
  constructor(container, { onSelect }) {
    this.map = L.map(container, {
      attributionControl: true,
      zoomSnap: 0.25,
      worldCopyJump: true,
      preferCanvas: false,
    }).setView([34.8, 38.5], 5);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Natural Earth");
    this.layer = L.layerGroup().addTo(this.map);
    this.markers = new Map();
    this.onSelect = onSelect;
    this.removed = false;
    basemap().then((geojson) => {
      if (this.removed) return; // the page was left before the outlines arrived
      L.geoJSON(geojson, {
        style: { color: "#8a8f98", weight: 0.7, fillColor: "#e9ecef", fillOpacity: 1 },
        interactive: false,
      }).addTo(this.map).bringToBack();
    });
  }

  /** Show one marker per located incident, and fit the view to them. */
  show(incidents) {
    this.layer.clearLayers();
    this.markers.clear();
    const points = [];
    for (const incident of incidents) {
      if (incident.latitude === null || incident.longitude === null) continue;
      const latlng = [incident.latitude, incident.longitude];
      const marker = L.circleMarker(latlng, {
        radius: radius(null),
        color: "#1f2328",
        weight: 1,
        fillColor: typeColour(incident.type),
        fillOpacity: 0.75,
        className: "incident-marker",
      });
      marker.bindTooltip(`${incident.title}`, { direction: "top" });
      marker.on("click", () => this.onSelect(incident));
      marker.addTo(this.layer);
      marker.getElement()?.setAttribute("data-incident", incident.id);
      this.markers.set(incident.id, marker);
      points.push(latlng);
    }
    this.map.invalidateSize();
    if (points.length === 1) this.map.setView(points[0], 5.5, { animate: false });
    else if (points.length > 1) this.map.fitBounds(points, { padding: [24, 24], maxZoom: 9, animate: false });
  }

  /** Size an incident's marker by its best killed estimate once that is known. */
  size(id, killed) {
    const marker = this.markers.get(id);
    if (!marker) return;
    marker.setRadius(radius(killed));
    const label = killed === null ? "killed: no estimate" : `killed (best estimate): ${number.format(killed)}`;
    marker.setTooltipContent(`${marker.getTooltip().getContent()} — ${label}`);
    marker.getElement()?.setAttribute("data-killed", killed ?? "");
  }

  /** Draw small markers over large ones, so every incident stays clickable. */
  restack() {
    [...this.markers.values()].sort((a, b) => b.getRadius() - a.getRadius()).forEach((m) => m.bringToFront());
  }

  /** Emphasise one incident's marker (the list row under the pointer or focus). */
  highlight(id) {
    for (const [key, marker] of this.markers) {
      marker.setStyle({ weight: key === id ? 3 : 1, color: key === id ? "#000" : "#1f2328" });
      if (key === id) marker.bringToFront();
    }
  }

  invalidate() { this.map.invalidateSize(); }

  remove() {
    this.removed = true;
    this.map.stop();
    this.map.remove();
  }
}

/** A legend of the types on the map, and of marker sizes. */
export function legend(types) {
  return el("div", { class: "legend", "aria-label": "Map legend" },
    el("span", { class: "legend-title" }, "Type:"),
    types.map((type) => el("span", { class: "legend-item" },
      el("span", { class: "swatch", style: { background: typeColour(type) }, "aria-hidden": "true" }), type)),
    el("span", { class: "legend-item" }, "· Size: best killed estimate · The map shows this page's incidents"),
  );
}
