// shape.js holds what every map script in tools/mapdata does to a
// TopoJSON collection: clip each outer ring to a box larger than any
// view of it, simplify it by Douglas-Peucker, drop small islands, round
// to 0.001 degree, and write the map as assets/map/*.json holds it (one
// region per line of rings, then the named places).
'use strict';

const { feature } = require('topojson-client');

// regions turns the features of topology's object whose id is a key of
// names ([id, name, nameKo]) into the map's regions, sorted by id.
// opts: box {minLon, minLat, maxLon, maxLat}, tolerance in degrees on
// longitude scaled by shrink, minArea in square degrees.
function regions(topology, object, names, opts) {
  const out = [];
  for (const f of feature(topology, topology.objects[object]).features) {
    const c = names[f.id] || names[Number(f.id)];
    if (!c) continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = [];
    for (const poly of polys) {
      let ring = poly[0].slice(0, -1); // outer ring; the closing point is implied
      ring = clip(ring, opts.box);
      if (ring.length < 3 || area(ring) < opts.minArea) continue;
      ring = simplify([...ring, ring[0]], opts).slice(0, -1).map((p) => [round(p[0]), round(p[1])]);
      ring = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
      if (ring.length >= 3) rings.push(ring);
    }
    rings.sort((a, b) => area(b) - area(a));
    if (rings.length) out.push({ id: c[0], name: c[1], nameKo: c[2], rings });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

// clip cuts a ring to the box (Sutherland-Hodgman, one edge at a time).
function clip(ring, box) {
  const edges = [
    [(p) => p[0] >= box.minLon, (a, b) => cut(a, b, 0, box.minLon)],
    [(p) => p[0] <= box.maxLon, (a, b) => cut(a, b, 0, box.maxLon)],
    [(p) => p[1] >= box.minLat, (a, b) => cut(a, b, 1, box.minLat)],
    [(p) => p[1] <= box.maxLat, (a, b) => cut(a, b, 1, box.maxLat)],
  ];
  let out = ring;
  for (const [inside, meet] of edges) {
    const src = out;
    out = [];
    for (let i = 0; i < src.length; i++) {
      const a = src[(i + src.length - 1) % src.length];
      const b = src[i];
      if (inside(b)) {
        if (!inside(a)) out.push(meet(a, b));
        out.push(b);
      } else if (inside(a)) {
        out.push(meet(a, b));
      }
    }
    if (out.length === 0) break;
  }
  return out;
}

function cut(a, b, k, v) {
  const t = (v - a[k]) / (b[k] - a[k]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

// simplify is Douglas-Peucker on a closed ring, in scaled degrees.
function simplify(ring, opts) {
  const pts = ring.map((p) => [p[0] * opts.shrink, p[1], p]);
  const keep = new Array(pts.length).fill(false);
  keep[0] = keep[pts.length - 1] = true;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    let best = -1;
    let far = 0;
    for (let k = i + 1; k < j; k++) {
      const d = distance(pts[k], pts[i], pts[j]);
      if (d > far) { far = d; best = k; }
    }
    if (far > opts.tolerance) {
      keep[best] = true;
      stack.push([i, best], [best, j]);
    }
  }
  return pts.filter((_, i) => keep[i]).map((p) => p[2]);
}

function distance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
}

function area(ring) {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(s / 2);
}

const round = (x) => Math.round(x * 1000) / 1000;

// write prints the map to stdout as assets/map/*.json holds it.
function write(source, regionList, places) {
  const lines = ['{', `  "source": ${JSON.stringify(source)},`, '  "regions": ['];
  regionList.forEach((r, i) => {
    lines.push(`    {"id": ${JSON.stringify(r.id)}, "name": ${JSON.stringify(r.name)}, "nameKo": ${JSON.stringify(r.nameKo)}, "rings": [`);
    r.rings.forEach((ring, j) => lines.push('      ' + JSON.stringify(ring) + (j < r.rings.length - 1 ? ',' : '')));
    lines.push('    ]}' + (i < regionList.length - 1 ? ',' : ''));
  });
  lines.push('  ],', '  "places": [');
  places.forEach((p, i) => lines.push('    ' + JSON.stringify(p) + (i < places.length - 1 ? ',' : '')));
  lines.push('  ]', '}');
  process.stdout.write(lines.join('\n') + '\n');
}

module.exports = { regions, write };
