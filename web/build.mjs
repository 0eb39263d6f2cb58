// Builds the dashboard into web/dist: one JS bundle, one CSS file, the basemap, the docs assets.
// Everything comes from node_modules (installed from npm at build time); nothing at run time.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, "dist");
const modules = join(root, "node_modules");

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "docs"), { recursive: true });

await build({
  entryPoints: { app: join(root, "src", "main.js"), style: join(root, "src", "style.css") },
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "esm",
  target: ["es2020"],
  outdir: dist,
  loader: { ".png": "dataurl", ".svg": "dataurl" },
  logLevel: "warning",
});

const copies = [
  // Natural Earth 1:50m country outlines (public domain) as TopoJSON, via world-atlas.
  ["world-atlas/countries-50m.json", "countries.json"],
  ["swagger-ui-dist/swagger-ui-bundle.js", "docs/swagger-ui-bundle.js"],
  ["swagger-ui-dist/swagger-ui.css", "docs/swagger-ui.css"],
  ["swagger-ui-dist/favicon-32x32.png", "docs/favicon.png"],
  ["redoc/bundles/redoc.standalone.js", "docs/redoc.standalone.js"],
];
for (const [from, to] of copies) copyFileSync(join(modules, from), join(dist, to));
// ReDoc's "API docs by Redocly" badge loads its logo from a CDN: point it at our own icon, so
// /redoc makes no request off this machine.
const redoc = join(dist, "docs", "redoc.standalone.js");
const patched = readFileSync(redoc, "utf8").replaceAll(
  "https://cdn.redoc.ly/redoc/logo-mini.svg",
  "/static/favicon.svg",
);
if (patched.includes("cdn.redoc.ly")) throw new Error("redoc still names cdn.redoc.ly");
writeFileSync(redoc, patched);
copyFileSync(join(root, "src", "index.html"), join(dist, "index.html"));
copyFileSync(join(root, "src", "favicon.svg"), join(dist, "favicon.svg"));
