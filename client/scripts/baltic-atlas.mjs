// Writes src/features/map/baltic-atlas.json: the countries of world-atlas's 1:50m TopoJSON that reach
// into the Baltic Sea Region's surroundings, with only the arcs they use. The whole 1:50m world is
// ~236 kB gzip, the 1:110m one lacks Gotland, Saaremaa, Funen and Bornholm; this subset keeps the
// 1:50m detail at ~45 kB gzip in the map's lazy chunk. Run after upgrading world-atlas:
//   node scripts/baltic-atlas.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
// Iceland to the Urals, the Alps to the Barents Sea: everything a view of the region can show.
const [west, south, east, north] = [-30, 45, 45, 75];

const [sx, sy] = world.transform.scale;
const [tx, ty] = world.transform.translate;
const arcBoxes = world.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [dx, dy] of arc) {
    x += dx;
    y += dy;
    const lon = x * sx + tx;
    const lat = y * sy + ty;
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  }
  return box;
});
const inside = (box) => !(box[2] < west || box[0] > east || box[3] < south || box[1] > north);
const arcIndex = (i) => (i < 0 ? ~i : i);

const used = new Map();
const keepArc = (i) => {
  const index = arcIndex(i);
  if (!used.has(index)) used.set(index, used.size);
  const next = used.get(index);
  return i < 0 ? ~next : next;
};

const geometries = [];
for (const geometry of world.objects.countries.geometries) {
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
  const kept = polygons.filter((rings) => rings.flat().some((i) => inside(arcBoxes[arcIndex(i)])));
  if (kept.length === 0) continue;
  const arcs = kept.map((rings) => rings.map((ring) => ring.map(keepArc)));
  geometries.push({
    type: arcs.length === 1 ? 'Polygon' : 'MultiPolygon',
    arcs: arcs.length === 1 ? arcs[0] : arcs,
    id: geometry.id,
    properties: { name: geometry.properties.name },
  });
}

// A Map keeps insertion order, which is the order of the new indices.
const arcs = [...used.keys()].map((index) => world.arcs[index]);
const topology = {
  type: 'Topology',
  transform: world.transform,
  objects: { countries: { type: 'GeometryCollection', geometries } },
  arcs,
};
const target = new URL('../src/features/map/baltic-atlas.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(topology)}\n`);
console.log(`${geometries.length} countries, ${arcs.length} arcs → ${target.pathname}`);
