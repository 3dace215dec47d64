import type { MapPoint } from '@contracts/tickets';

/** Two map points this close are the same spot (a manhole, a lamp post, a stairwell door). */
export const SAME_SPOT_METRES = 50;
/** Share of two-character pieces two spot texts must have in common to be the same spot. */
const SAME_TEXT_SCORE = 0.5;

const FULL_WIDTH = /[\uff01-\uff5e]/g;

/**
 * A spot as people type it, reduced to what identifies it: full-width letters and digits made
 * half-width, case, spaces and punctuation dropped, Chinese numerals for buildings kept as typed.
 * "3号楼 东侧，路灯！" and "3号楼东侧路灯" are the same key.
 */
export const normaliseSpot = (text: string): string =>
  text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(/(?:附近|旁边|旁|这里|那里|处)$/u, '');

/** Great-circle distance in metres (haversine). */
export const distanceMetres = (a: MapPoint, b: MapPoint): number => {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
};

const bigrams = (key: string): Set<string> => {
  const chars = Array.from(key);
  if (chars.length < 2) return new Set(chars);
  const out = new Set<string>();
  for (let i = 0; i < chars.length - 1; i += 1) out.add(`${chars[i]}${chars[i + 1]}`);
  return out;
};

/** 0–1: how alike two normalised spot keys are (1 when one contains the other). */
export const spotTextScore = (a: string, b: string): number => {
  if (!a || !b) return 0;
  if (a === b || a.includes(b) || b.includes(a)) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  for (const piece of x) if (y.has(piece)) common += 1;
  return common / (x.size + y.size - common);
};

export interface SpotProbe {
  buildingId?: string;
  spotKey: string;
  point?: MapPoint;
}

/**
 * Whether an open ticket is at the same spot: by map distance when both have a point, else by
 * the spot text; a different building never matches. Returns a score (higher is closer) or undefined.
 */
export const sameSpot = (probe: SpotProbe, other: SpotProbe): { score: number; distance?: number } | undefined => {
  if (probe.buildingId && other.buildingId && probe.buildingId !== other.buildingId) return undefined;
  if (probe.point && other.point) {
    const distance = distanceMetres(probe.point, other.point);
    return distance <= SAME_SPOT_METRES ? { score: 2 - distance / SAME_SPOT_METRES, distance: Math.round(distance) } : undefined;
  }
  const score = spotTextScore(probe.spotKey, other.spotKey);
  if (score >= SAME_TEXT_SCORE) return { score };
  // Same building and no spot text worth comparing: still worth showing.
  if (probe.buildingId && probe.buildingId === other.buildingId && (!probe.spotKey || !other.spotKey)) return { score: 0.4 };
  return undefined;
};
