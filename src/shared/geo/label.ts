import { polygonsOf, type AreaGeometry, type PolygonRings, type Position, type Ring } from './types.ts';

/**
 * Where to write an area's name: the pole of inaccessibility of its largest polygon, the inside
 * point furthest from any edge (Garcia-Castellanos and Lombardo's grid search, as in Mapbox's
 * polylabel). Unlike a centroid it is always inside, even in a crescent or a U-shaped district.
 * Use projected coordinates, so that "furthest" means furthest on screen.
 */

/** A ring's signed area (shoelace formula): positive when anticlockwise with y up (as GeoJSON outer rings are). */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[j] as Position, ring[i] as Position];
    sum += (a[0] - b[0]) * (a[1] + b[1]);
  }
  return sum / 2;
}

/** The area of a polygon: its outer ring less its holes. */
export function polygonArea([outer, ...holes]: PolygonRings): number {
  return Math.abs(outer ? ringArea(outer) : 0) - holes.reduce((sum, hole) => sum + Math.abs(ringArea(hole)), 0);
}

function segmentDistanceSquared(px: number, py: number, a: Position, b: Position): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = Math.min(1, Math.max(0, ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy)));
    x += dx * t;
    y += dy * t;
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Distance from a point to the polygon's outline: positive inside, negative outside. */
function signedDistance(x: number, y: number, polygon: PolygonRings): number {
  let inside = false;
  let nearest = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [a, b] = [ring[i] as Position, ring[j] as Position];
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) {
        inside = !inside;
      }
      nearest = Math.min(nearest, segmentDistanceSquared(x, y, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(nearest);
}

type Cell = { x: number; y: number; half: number; d: number; max: number };

function cell(x: number, y: number, half: number, polygon: PolygonRings): Cell {
  const d = signedDistance(x, y, polygon);
  return { x, y, half, d, max: d + half * Math.SQRT2 };
}

/** A max-heap of cells by the best distance they could still hold. */
class CellQueue {
  private readonly items: Cell[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: Cell): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if ((items[parent] as Cell).max >= item.max) {
        break;
      }
      items[i] = items[parent] as Cell;
      items[parent] = item;
      i = parent;
    }
  }
  pop(): Cell | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ; ) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let best = i;
        if (l < items.length && (items[l] as Cell).max > (items[best] as Cell).max) {
          best = l;
        }
        if (r < items.length && (items[r] as Cell).max > (items[best] as Cell).max) {
          best = r;
        }
        if (best === i) {
          break;
        }
        [items[i], items[best]] = [items[best] as Cell, items[i] as Cell];
        i = best;
      }
    }
    return top;
  }
}

/** A point inside an area and how far it is from the nearest edge (the room a label has). */
export interface LabelPoint {
  point: Position;
  distance: number;
}

/** The pole of inaccessibility of one polygon, found to within `precision` (in its units). */
export function poleOfInaccessibility(polygon: PolygonRings, precision = 1): LabelPoint {
  const outer = polygon[0] ?? [];
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of outer) {
    [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  }
  const size = Math.min(maxX - minX, maxY - minY);
  if (!(size > 0)) {
    return { point: [minX === Infinity ? 0 : minX, minY === Infinity ? 0 : minY], distance: 0 };
  }
  const queue = new CellQueue();
  const half = size / 2;
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) {
      queue.push(cell(x + half, y + half, half, polygon));
    }
  }
  // Start from the centre of the bounding box; the search only ever improves on it.
  let best = cell(minX + (maxX - minX) / 2, minY + (maxY - minY) / 2, 0, polygon);
  for (let c = queue.pop(); c; c = queue.pop()) {
    if (c.d > best.d) {
      best = c;
    }
    if (c.max - best.d > precision) {
      const h = c.half / 2;
      queue.push(cell(c.x - h, c.y - h, h, polygon));
      queue.push(cell(c.x + h, c.y - h, h, polygon));
      queue.push(cell(c.x - h, c.y + h, h, polygon));
      queue.push(cell(c.x + h, c.y + h, h, polygon));
    }
  }
  return { point: [best.x, best.y], distance: Math.max(0, best.d) };
}

/** Where to label a geometry: the pole of inaccessibility of its largest polygon; null if empty. */
export function labelPoint(geometry: AreaGeometry, precision = 1): LabelPoint | null {
  let largest: PolygonRings | null = null;
  let largestArea = -Infinity;
  for (const polygon of polygonsOf(geometry)) {
    const area = polygonArea(polygon);
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  return largest ? poleOfInaccessibility(largest, precision) : null;
}
