import { createHash, randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inSystemScope, type Trx } from '../db/scope.ts';
import { validationFailed } from '../http/errors.ts';
import type { SystemActor } from '../platform/actor.ts';
import { findForceOrFail } from '../platform/forces.service.ts';
import { settingsOf } from '../platform/settings.service.ts';
import { formatReference, referencePrefix } from './references.ts';
import * as repo from './synthetic.repository.ts';

/**
 * Synthetic reports at national scale, for benchmarks and demonstrations: deterministic from a
 * seed, spread over ten years with the patterns of police-recorded hate crime (a rising trend,
 * summer peaks, quieter Sundays, afternoon and evening hours, two-week rises after national
 * trigger events), the Home Office strand mix with overlaps, several languages, repeat victims
 * and locations, and cases in every state of their life. Written in batches through the system
 * scope in one transaction: all of it lands, or none.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEARS = 10;
const BATCH = 10_000;

// ---- A small, fast, seedable generator (sfc32, seeded through splitmix32) ----------------------

export function createRandom(seed: number) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) {
    next();
  }
  const gauss = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    /** A log-normal duration: `median` with spread `sigma` (in the median's unit). */
    lognormal: (median: number, sigma: number) => median * Math.exp(sigma * gauss()),
    gauss,
  };
}
type Random = ReturnType<typeof createRandom>;

/** Weighted choice from `[value, weight]` pairs, through a cumulative table built once. */
function weighted<T>(pairs: readonly (readonly [T, number])[]) {
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  let running = 0;
  const cumulative = pairs.map(([value, w]) => [value, (running += w / total)] as const);
  return (rng: Random): T => {
    const u = rng.next();
    return (cumulative.find(([, c]) => u < c) ?? cumulative[cumulative.length - 1])?.[0] as T;
  };
}

// ---- The mix ----------------------------------------------------------------------------------

type Strand = 'race' | 'religion' | 'sexual_orientation' | 'disability' | 'transgender' | 'other';
type Kind = 'hate_crime' | 'hate_incident' | 'concern';

// Combinations whose marginals give race 70%, sexual orientation 17%, disability 10%, religion 8%,
// transgender 4% (Home Office, Hate crime, England and Wales): 109% in all, through the overlaps.
const strandMix = weighted<Strand[]>([
  [['race'], 0.63],
  [['religion'], 0.032],
  [['race', 'religion'], 0.048],
  [['sexual_orientation'], 0.132],
  [['sexual_orientation', 'transgender'], 0.022],
  [['transgender'], 0.018],
  [['disability'], 0.083],
  [['race', 'disability'], 0.012],
  [['race', 'sexual_orientation'], 0.01],
  [['disability', 'sexual_orientation'], 0.005],
  [['other'], 0.008],
]);
// Recorded hate crimes are mostly public order offences, then violence (Home Office, Hate crime, England and Wales).
const offenceMix = weighted([
  ['Public order', 0.55], ['Violence and sexual offences', 0.3], ['Criminal damage and arson', 0.08], ['Other crime', 0.04],
  ['Robbery', 0.01], ['Burglary', 0.01], ['Theft from the person', 0.01],
] as const);
const kindMix = weighted<Kind>([['hate_crime', 0.75], ['hate_incident', 0.2], ['concern', 0.05]]);
const channelMix = weighted([['call', 0.5], ['web', 0.3], ['partner', 0.1], ['open311', 0.05], ['import', 0.05]] as const);
const religionMix = weighted([['muslim', 0.45], ['jewish', 0.22], ['christian', 0.08], ['sikh', 0.06], ['hindu', 0.04], ['other', 0.05], ['unknown', 0.1]] as const);
const roleMix = weighted([['victim', 0.62], ['witness', 0.2], ['on_behalf', 0.12], ['organisation', 0.06]] as const);
const closureMix = weighted([['resolved', 0.3], ['no_further_action', 0.3], ['charged', 0.12], ['out_of_court', 0.08], ['victim_declined', 0.14], ['duplicate', 0.03], ['other', 0.03]] as const);
// Hours of the day (UTC) and weekdays (Sunday first), as recorded offences fall across them.
const HOURS = [0.3, 0.2, 0.15, 0.1, 0.1, 0.15, 0.3, 0.6, 0.9, 1, 1.1, 1.2, 1.3, 1.35, 1.4, 1.5, 1.6, 1.6, 1.5, 1.3, 1.1, 0.9, 0.7, 0.5];
const WEEKDAYS = [0.9, 1.04, 1.05, 1.03, 1.02, 1.03, 0.93];
const MONTHS = [0.88, 0.86, 0.95, 0.97, 1.04, 1.08, 1.16, 1.1, 1, 1, 0.97, 0.9];

/** National trigger events: recorded hate crime rose for about two weeks after each. */
export const TRIGGER_EVENTS: { date: string; name: string; rise: number; strands: Strand[]; religion?: 'muslim' | 'jewish' }[] = [
  { date: '2016-06-24', name: 'EU referendum result', rise: 0.6, strands: ['race'] },
  { date: '2017-03-23', name: 'Westminster attack', rise: 0.3, strands: ['religion', 'race'], religion: 'muslim' },
  // NPCC: 273 hate crimes across the country two days after, against 171 a day in 2016.
  { date: '2017-05-23', name: 'Manchester Arena attack', rise: 0.6, strands: ['religion', 'race'], religion: 'muslim' },
  { date: '2017-06-04', name: 'London Bridge attack', rise: 0.45, strands: ['religion', 'race'], religion: 'muslim' },
  { date: '2017-06-19', name: 'Finsbury Park attack', rise: 0.3, strands: ['religion'], religion: 'muslim' },
  { date: '2019-03-15', name: 'Christchurch mosque attacks', rise: 0.35, strands: ['religion'], religion: 'muslim' },
  { date: '2021-07-12', name: 'Euro 2020 final', rise: 0.35, strands: ['race'] },
  { date: '2023-10-08', name: '7 October attack and the war in Gaza', rise: 0.9, strands: ['religion'], religion: 'jewish' },
  { date: '2024-07-30', name: 'Southport attack and the riots', rise: 0.8, strands: ['race', 'religion'], religion: 'muslim' },
];

// ---- Words ------------------------------------------------------------------------------------

const INCIDENTS: Record<Strand, string[]> = {
  race: [
    'a man shouted racist abuse at me and told me to go back to my own country',
    'a group of teenagers threw eggs at the shop window and shouted racial slurs',
    'my neighbour called my children racist names over the fence',
    'someone spat at my husband and called him a racist name',
    'a taxi driver refused to take us and used racist language',
    'racist graffiti was painted on our front door',
    'a customer racially abused the staff and threatened to burn the takeaway down',
  ],
  religion: [
    'a woman pulled at my headscarf and called me a terrorist',
    'bacon was left on the steps of the mosque',
    'antisemitic leaflets were pushed through letterboxes on the street',
    'graffiti was sprayed on the gurdwara wall',
    'a man shouted abuse at people leaving the synagogue',
    'stones were thrown at the church hall during a service',
  ],
  sexual_orientation: [
    'two men holding hands were followed and called homophobic names',
    'someone scratched a homophobic word into my car',
    'a group shouted homophobic abuse at us outside the bar',
    'my neighbour keeps threatening me because I am gay',
    'lesbian couple threatened and pushed by a drunk man',
  ],
  disability: [
    'a group of youths mocked my son and pushed his wheelchair',
    'someone took my walking stick and threw it into the road',
    'a man shouted abuse at my brother who has a learning disability',
    'they called me names about my guide dog and kicked at it',
  ],
  transgender: [
    'a man followed me and shouted transphobic abuse',
    'someone posted my photo with threats because I am trans',
    'I was refused service and called names because I am trans',
  ],
  other: ['I was attacked because of the way I dress', 'abuse shouted at me because of my alternative clothing'],
};
const PLACES = [
  'at the bus stop', 'outside the school gate', 'on the tram', 'in the supermarket car park', 'outside my home',
  'in the park', 'at the takeaway where I work', 'on the high street', 'at the train station', 'outside the mosque',
  'in the town centre', 'outside the community centre', 'at the football ground', 'in the stairwell of our block of flats',
];
const OPENERS = ['Last night', 'This morning', 'Yesterday afternoon', 'Today', 'On my way home from work', 'Earlier this evening', 'At the weekend'];
const AFTERMATHS = [
  'I am frightened to go out now.', 'It has happened before.', 'There is CCTV nearby.', 'A witness saw it happen.',
  'My children were with me.', 'I want the police to know even if nothing can be done.', 'This is the third time this month.', '',
];
const PLATFORMS = ['Facebook', 'X', 'TikTok', 'Instagram', 'WhatsApp', 'YouTube'];
/** Reports in other languages, with the translation staff add beside them. */
const FOREIGN: { language: string; text: string; translation: string; strands: Strand[]; religion?: 'muslim' | 'sikh' }[] = [
  { language: 'ur', text: 'اسکول کے گیٹ کے باہر دو آدمیوں نے ہمیں نسلی گالیاں دیں اور ہم پر تھوکا۔', translation: 'Outside the school gate two men racially abused us and spat at us.', strands: ['race', 'religion'], religion: 'muslim' },
  { language: 'pl', text: 'Sąsiad krzyczał na mnie, żebym wracał do Polski, i zniszczył mój samochód.', translation: 'My neighbour shouted at me to go back to Poland and damaged my car.', strands: ['race'] },
  { language: 'ar', text: 'قام رجل بشتمي وسحب حجابي في الحافلة وقال إنني إرهابية.', translation: 'A man insulted me, pulled my hijab on the bus and said I was a terrorist.', strands: ['religion', 'race'], religion: 'muslim' },
  { language: 'pa', text: 'ਗੁਰਦੁਆਰੇ ਦੀ ਕੰਧ ਉੱਤੇ ਰਾਤ ਨੂੰ ਨਫ਼ਰਤ ਭਰੇ ਸ਼ਬਦ ਲਿਖੇ ਗਏ।', translation: 'Hateful words were written on the gurdwara wall during the night.', strands: ['religion'], religion: 'sikh' },
  { language: 'bn', text: 'দোকানের সামনে কয়েকজন যুবক আমাকে বর্ণবাদী গালি দিয়েছে এবং ধাক্কা দিয়েছে।', translation: 'Some young men racially abused me and pushed me in front of the shop.', strands: ['race'] },
  { language: 'ro', text: 'Un grup de tineri ne-au înjurat pentru că suntem români și ne-au spart geamul.', translation: 'A group of young people swore at us because we are Romanian and broke our window.', strands: ['race'] },
  { language: 'so', text: 'Nin ayaa igu qayliyay oo igu yiri dalkaagii ku noqo, wuxuuna igu tuuray dhagax.', translation: 'A man shouted at me to go back to my country and threw a stone at me.', strands: ['race'] },
  { language: 'cy', text: "Roedd dyn yn gweiddi sarhad hiliol arnom ni y tu allan i'r siop.", translation: 'A man was shouting racial abuse at us outside the shop.', strands: ['race'] },
];
const FIRST_NAMES = ['Ayesha', 'Mohammed', 'Olivia', 'Jakub', 'Priya', 'Daniel', 'Fatima', 'Tomasz', 'Grace', 'Imran', 'Chloe', 'Samuel', 'Amina', 'Harpreet', 'Ewa', 'Kwame', 'Sophie', 'Yusuf', 'Rebecca', 'Andrei'];
const LAST_NAMES = ['Khan', 'Smith', 'Kowalski', 'Patel', 'Jones', 'Begum', 'Nowak', 'Williams', 'Ahmed', 'Singh', 'Brown', 'Hussain', 'Okafor', 'Taylor', 'Popescu', 'Cohen', 'Evans', 'Ali', 'Davies', 'Mensah'];
/** Ofcom's numbers reserved for drama: never a real person's. */
const PHONE_RANGES = ['07700 900', '0161 496 0', '0113 496 0', '0114 496 0', '0115 496 0', '0116 496 0', '0117 496 0', '0118 496 0', '0121 496 0', '0131 496 0', '0141 496 0', '0151 496 0', '0191 498 0', '020 7946 0', '029 2018 0', '028 9018 0'];
const CHECKLIST_KEYS = ['flag_correct', 'thrive_done', 'victim_contacted', 'crime_number', 'support_offered', 'repeat_checked'];
const THRIVE_ELEMENTS = ['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement'];
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---- Places, people and the timeline ------------------------------------------------------------

type Ring = [number, number][];
interface Place {
  areaId: string | null;
  neighbourhoodId: string | null;
  name: string;
  points: [number, number][];
  postcodes: { postcode: string; latitude: number; longitude: number }[];
}
interface Spot {
  place: Place;
  latitude: number;
  longitude: number;
  postcode: string | null;
  description: string;
}

function ringsOf(boundary: unknown): Ring[][] {
  const g = boundary as { type?: string; coordinates?: unknown } | null;
  return g?.type === 'Polygon' ? [g.coordinates as Ring[]] : g?.type === 'MultiPolygon' ? (g.coordinates as Ring[][]) : [];
}

function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/** Points inside a boundary (rejection sampling in its bounding box), or around a centre without one. */
function pointsIn(rng: Random, boundary: unknown, count: number): [number, number][] {
  const polygons = ringsOf(boundary);
  const all = polygons.flatMap((p) => p[0] ?? []);
  if (all.length === 0) {
    return Array.from({ length: count }, () => [53.48 + (rng.next() - 0.5) * 0.2, -2.24 + (rng.next() - 0.5) * 0.3]);
  }
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const points: [number, number][] = [];
  for (let tries = 0; points.length < count && tries < count * 50; tries++) {
    const x = minX + rng.next() * (maxX - minX);
    const y = minY + rng.next() * (maxY - minY);
    if (polygons.some(([outer, ...holes]) => outer && inRing(x, y, outer) && !holes.some((h) => inRing(x, y, h)))) {
      points.push([Math.round(y * 1e6) / 1e6, Math.round(x * 1e6) / 1e6]);
    }
  }
  return points.length > 0 ? points : [[(minY + maxY) / 2, (minX + maxX) / 2]];
}

async function loadPlaces(trx: Trx, rng: Random, forceId: string): Promise<{ places: Place[]; weights: number[] }> {
  const rows = await repo.listPlaces(trx, forceId);
  const neighbourhoods = rows.filter((r) => r.level === 'neighbourhood');
  const chosen = neighbourhoods.length > 0 ? neighbourhoods : rows;
  const postcodes = await repo.listPostcodesIn(trx, neighbourhoods.map((n) => n.code), 50_000);
  const places: Place[] = chosen.map((r) => ({
    areaId: r.level === 'neighbourhood' ? r.parent_id : r.id,
    neighbourhoodId: r.level === 'neighbourhood' ? r.id : null,
    name: r.name,
    points: pointsIn(rng, r.boundary, 40),
    postcodes: postcodes
      .filter((p) => p.ward_code === r.code)
      .map((p) => ({ postcode: p.postcode, latitude: p.latitude ?? 0, longitude: p.longitude ?? 0 })),
  }));
  if (places.length === 0) {
    places.push({ areaId: null, neighbourhoodId: null, name: 'the force area', points: pointsIn(rng, null, 200), postcodes: [] });
  }
  // Some neighbourhoods see far more reports than others (town centres, transport hubs).
  return { places, weights: places.map(() => rng.lognormal(1, 0.7)) };
}

function spotIn(rng: Random, place: Place): Spot {
  const postcode = place.postcodes.length > 0 && rng.chance(0.3) ? rng.pick(place.postcodes) : undefined;
  const [lat, lng] = rng.pick(place.points);
  return {
    place,
    latitude: postcode?.latitude ?? Math.round((lat + (rng.next() - 0.5) * 0.004) * 1e6) / 1e6,
    longitude: postcode?.longitude ?? Math.round((lng + (rng.next() - 0.5) * 0.006) * 1e6) / 1e6,
    postcode: postcode?.postcode ?? null,
    description: `${rng.pick(PLACES)}, ${place.name}`,
  };
}

/** Reports per day over the ten years: trend × season × weekday × noise × trigger events. */
type Trigger = (typeof TRIGGER_EVENTS)[number];

function dayWeights(rng: Random, firstDay: number, days: number, until: number): { weights: number[]; rise: number[]; trigger: (Trigger | null)[] } {
  const events = TRIGGER_EVENTS.map((e) => ({ ...e, at: Date.parse(`${e.date}T00:00:00Z`) }));
  const hoursTotal = HOURS.reduce((a, b) => a + b, 0);
  const weights: number[] = [];
  const rise: number[] = [];
  const trigger: (Trigger | null)[] = [];
  for (let d = 0; d < days; d++) {
    const at = firstDay + d * DAY;
    const date = new Date(at);
    const trend = Math.min(1, 0.5 + (0.8 * d) / days);
    let extra = 0;
    let strongest: Trigger | null = null;
    for (const e of events) {
      const k = Math.floor((at - e.at) / DAY);
      const part = k >= 0 && k < 14 ? e.rise * Math.exp(-k / 4) : 0;
      strongest = part > extra ? e : strongest;
      extra += part;
    }
    // The last day counts only the hours that have passed.
    const elapsed = until - at < DAY ? HOURS.slice(0, Math.floor((until - at) / HOUR)).reduce((a, b) => a + b, 0) / hoursTotal : 1;
    const noise = Math.exp(0.12 * rng.gauss());
    weights.push(trend * (MONTHS[date.getUTCMonth()] ?? 1) * (WEEKDAYS[date.getUTCDay()] ?? 1) * noise * (1 + extra) * elapsed);
    rise.push(extra);
    trigger.push(strongest);
  }
  return { weights, rise, trigger };
}

/** Times of day for `n` reports on one day, in order, never after `until`. */
function timesOfDay(rng: Random, day: number, n: number, until: number): number[] {
  const hour = weighted(HOURS.map((w, h) => [h, day + h * HOUR < until ? w : 0] as const));
  const times = Array.from({ length: n }, () => Math.min(day + hour(rng) * HOUR + rng.int(HOUR), until - 1000 - rng.int(60_000)));
  return times.sort((a, b) => a - b);
}

// ---- One report and what happened to it --------------------------------------------------------

interface Staff {
  id: string;
  name: string;
}
interface World {
  forceId: string;
  forceCode: string;
  seed: number;
  until: number;
  grades: { code: string; minutes: number | null }[];
  gradeMix: (rng: Random) => number;
  decisionHours: number;
  nchi: boolean;
  place: (rng: Random) => Place;
  hotspots: Spot[];
  victims: { name: string; email: string; phone: string | null }[];
  triagers: Staff[];
  officers: Staff[];
  deciders: Staff[];
  reviewers: Staff[];
  counters: Map<string, number>;
}

const iso = (ms: number) => new Date(ms).toISOString();
const columns = <K extends string>(spec: Record<K, string>) =>
  Object.fromEntries(Object.keys(spec).map((k) => [k, []])) as unknown as Record<K, (string | number | boolean | null)[]>;

function newBatch() {
  return {
    reports: columns(repo.REPORT_COLUMNS),
    contacts: columns(repo.CONTACT_COLUMNS),
    events: columns(repo.EVENT_COLUMNS),
    thrive: columns(repo.THRIVE_COLUMNS),
    decisions: columns(repo.DECISION_COLUMNS),
    reviews: columns(repo.REVIEW_COLUMNS),
  };
}
type Batch = ReturnType<typeof newBatch>;

function push<K extends string>(target: Record<K, (string | number | boolean | null)[]>, row: Record<K, string | number | boolean | null>) {
  for (const key in row) {
    target[key].push(row[key]);
  }
}

function describeIncident(rng: Random, strands: Strand[], online: boolean, platform: string | null, spot: Spot | null): string {
  const incident = rng.pick(INCIDENTS[strands[0] ?? 'race']);
  const where = online ? `online on ${platform ?? 'social media'}` : (spot?.description.split(',')[0] ?? '');
  const after = rng.pick(AFTERMATHS);
  return `${capitalise(`${rng.pick(OPENERS).toLowerCase()} ${incident} ${where}`.trim())}.${after ? ` ${after}` : ''}`;
}

/** Adds one report received at `at`, with its contact details, history, THRIVE, decision and review. */
function addReport(rng: Random, world: World, batch: Batch, at: number, rise: number, trigger: Trigger | null): void {
  const id = randomUUID();
  const kind = kindMix(rng);
  const fromEvent = trigger !== null && kind !== 'concern' && rng.chance(rise / (1 + rise));
  let strands: Strand[] = kind === 'concern' && rng.chance(0.5) ? [] : strandMix(rng);
  let religion: string | null = null;
  if (fromEvent) {
    strands = trigger.strands.length > 1 && rng.chance(0.5) ? [trigger.strands[0] ?? 'race'] : [...trigger.strands];
    religion = strands.includes('religion') ? (trigger.religion ?? null) : null;
  }
  // About one report in ten about race or religion is written in another language.
  const sameStrands = FOREIGN.filter((f) => f.strands.length === strands.length && f.strands.every((s) => strands.includes(s)));
  const foreign = sameStrands.length > 0 && rng.chance(0.12) ? rng.pick(sameStrands) : undefined;
  religion = foreign?.religion ?? religion;
  if (strands.includes('religion') && religion === null) {
    religion = religionMix(rng);
  }
  const channel = channelMix(rng);
  const online = rng.chance(0.1);
  const platform = online ? rng.pick(PLATFORMS) : null;
  const spot = online ? null : rng.chance(0.1) && world.hotspots.length > 0 ? rng.pick(world.hotspots) : spotIn(rng, world.place(rng));
  const anonymous = rng.chance(0.25);
  const victim = anonymous ? undefined : rng.chance(0.15) ? world.victims[Math.floor(world.victims.length * rng.next() ** 2)] : undefined;
  const language = foreign?.language ?? 'en';
  const description = foreign ? foreign.text : describeIncident(rng, strands, online, platform, spot);
  const year = new Date(at).getUTCFullYear(); // London's new year is always at midnight GMT
  const key = `${referencePrefix(kind)}:${year}`;
  const serial = (world.counters.get(key) ?? 0) + 1;
  world.counters.set(key, serial);
  const reference = formatReference(world.forceCode, kind, year, serial);

  // Milestones, in hours after the report; each happened if its time has come by `until`. A few
  // cases stall at some stage for good, as some always do: every state has its old cases too.
  const stall = rng.chance(0.003) ? rng.int(5) : -1;
  const triagedAt = stall === 0 || (kind === 'concern' && rng.chance(0.5)) ? Infinity : at + rng.lognormal(1.5, 1) * HOUR;
  const gradeIndex = world.gradeMix(rng);
  const grade = world.grades[gradeIndex] ?? world.grades[0];
  const dueAt = grade?.minutes != null ? at + grade.minutes * 60_000 : null;
  const assignedAt = stall === 1 ? Infinity : triagedAt + rng.lognormal(3, 1) * HOUR;
  const attendedAt =
    stall === 2 ? Infinity : stall >= 3 || dueAt !== null ? Math.max(assignedAt, at + ((dueAt ?? at + 2 * HOUR) - at) * (0.2 + rng.next() * 1.1)) : Infinity;
  const investigatedAt =
    stall === 4 || (stall < 0 && kind === 'hate_crime' && rng.chance(0.6)) ? Math.min(attendedAt, assignedAt + 6 * HOUR) + rng.lognormal(24, 1) * HOUR : Infinity;
  const decidedAt = kind === 'concern' ? Infinity : at + rng.lognormal(8, 1) * HOUR;
  const last = Math.max(...[triagedAt, assignedAt, attendedAt, investigatedAt, decidedAt].filter(Number.isFinite), at);
  const closedAt = stall >= 0 ? Infinity : last + rng.lognormal(kind === 'concern' ? 5 : 14, 1.1) * DAY;
  const happened = (t: number) => t <= world.until;
  const status = happened(closedAt)
    ? 'closed'
    : happened(investigatedAt)
      ? 'under_investigation'
      : happened(attendedAt)
        ? 'attended'
        : happened(assignedAt)
          ? 'assigned'
          : happened(triagedAt)
            ? 'triaged'
            : 'new';
  const decision = !happened(decidedAt)
    ? null
    : kind === 'hate_crime'
      ? rng.chance(0.9) ? 'crime' : 'no_record'
      : rng.chance(0.1) ? 'crime' : world.nchi && rng.chance(0.72) ? 'nchi' : 'no_record';
  const crimeNumber = decision === 'crime' ? `CR/${String(rng.int(10_000_000)).padStart(7, '0')}/${String(year % 100).padStart(2, '0')}` : null;
  const triager = rng.pick(world.triagers);
  const officer = kind === 'concern' || rng.chance(0.2) ? null : rng.pick(world.officers);
  const team = officer ? null : `Neighbourhood team, ${spot?.place.name ?? 'force-wide'}`;
  const decider = rng.pick(world.deciders);
  const reason = closureMix(rng);
  const translated = foreign && happened(triagedAt) && rng.chance(0.8);
  const submitter = channel === 'call' ? triager : null;

  push(batch.reports, {
    id, force_id: world.forceId, reference, kind, channel, status, description, language,
    language_detected: channel !== 'import', translation: translated ? (foreign?.translation ?? null) : null,
    needs_interpreter: foreign !== undefined && !anonymous && rng.chance(0.4),
    occurred_at: iso(at - rng.lognormal(3, 1.2) * HOUR), occurred_approximate: rng.chance(0.1), occurred_note: null,
    ongoing: rng.chance(0.05), strands: strands.join(','), perceived_religion: religion, online, online_platform: platform,
    location_postcode: spot?.postcode ?? null, location_latitude: spot?.latitude ?? null, location_longitude: spot?.longitude ?? null,
    location_description: spot?.description ?? null, area_id: spot?.place.areaId ?? null, neighbourhood_id: spot?.place.neighbourhoodId ?? null,
    offender_description: rng.chance(0.5) ? rng.pick(['a white man in his thirties', 'a group of teenagers', 'two men and a woman', 'my neighbour', 'a man in a grey hoodie']) : null,
    witnesses: rng.chance(0.2) ? 'a shopkeeper saw it' : null,
    reporter_role: channel === 'partner' ? 'organisation' : roleMix(rng),
    organisation: channel === 'partner' ? 'Neighbourhood Watch' : null, anonymous,
    grade: happened(triagedAt) ? (grade?.code ?? null) : null, attendance_due_at: happened(triagedAt) && dueAt !== null ? iso(dueAt) : null,
    assigned_user_id: happened(assignedAt) ? (officer?.id ?? null) : null, assigned_team: happened(assignedAt) ? team : null,
    crime_number: crimeNumber, recording_decision: decision, recording_decided_at: decision ? iso(decidedAt) : null,
    offence_group: decision === 'crime' ? offenceMix(rng) : null,
    closure_reason: status === 'closed' ? reason : null, closed_at: status === 'closed' ? iso(closedAt) : null,
    secret_hash: createHash('sha256').update(`${world.seed}:${reference}`).digest('hex'),
    submitted_by: submitter?.id ?? null, partner_organisation: channel === 'partner' ? 'Neighbourhood Watch' : null,
    received_at: iso(at), updated_at: iso(Math.max(...[at, triagedAt, assignedAt, attendedAt, investigatedAt, decidedAt, closedAt].filter(happened))),
  });

  if (!anonymous) {
    const n = rng.int(FIRST_NAMES.length * LAST_NAMES.length);
    const name = victim?.name ?? `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(n / FIRST_NAMES.length)]}`;
    push(batch.contacts, {
      report_id: id, force_id: world.forceId, name, email: victim?.email ?? `${name.toLowerCase().replace(' ', '.')}.${reference.toLowerCase()}@example.com`,
      phone: victim?.phone ?? null, preferred_method: rng.pick(['phone', 'email', 'text']), language: foreign ? language : null,
      needs_interpreter: foreign !== undefined && rng.chance(0.4),
    });
  }
  const event = (t: number, by: Staff | null, actorName: string, kindOfEvent: string, details: Record<string, unknown>) => {
    if (happened(t)) {
      push(batch.events, { force_id: world.forceId, report_id: id, at: iso(t), actor_user_id: by?.id ?? null, actor_name: actorName, kind: kindOfEvent, details: JSON.stringify(details) });
    }
  };
  const receivedBy = channel === 'call' ? triager.name : channel === 'web' ? 'public:report' : channel === 'partner' ? 'Neighbourhood Watch' : `${channel}:synthetic`;
  event(at, submitter, receivedBy, 'received', { channel, language, detected: channel !== 'import' });
  if (happened(triagedAt) && grade) {
    const rating = () => ({ rating: rng.pick(['low', 'medium', 'medium', 'high']), notes: '' });
    push(batch.thrive, {
      force_id: world.forceId, report_id: id, elements: JSON.stringify(Object.fromEntries(THRIVE_ELEMENTS.map((e) => [e, rating()]))),
      grade: grade.code, attendance_due_at: dueAt !== null ? iso(dueAt) : null, rationale: null, assessed_by: triager.id, assessed_at: iso(triagedAt),
    });
    event(triagedAt, triager, triager.name, 'thrived', { grade: grade.code, previousGrade: null });
  }
  event(assignedAt, triager, triager.name, 'assigned', { userId: officer?.id ?? null, team });
  event(attendedAt, officer, officer?.name ?? triager.name, 'status_changed', { from: 'assigned', to: 'attended' });
  event(investigatedAt, officer, officer?.name ?? triager.name, 'status_changed', { from: happened(attendedAt) && attendedAt <= investigatedAt ? 'attended' : 'assigned', to: 'under_investigation' });
  if (decision) {
    push(batch.decisions, { force_id: world.forceId, report_id: id, decision, crime_number: crimeNumber, rationale: 'synthetic decision', decided_by: decider.id, decided_at: iso(decidedAt) });
    const withinLimit = decidedAt - at <= world.decisionHours * HOUR;
    event(decidedAt, decider, decider.name, 'recording_decided', { decision, crimeNumber, withinLimit, nchiPersonalDataAllowed: null, nchiThreshold: null });
  }
  if (status === 'closed') {
    event(closedAt, officer ?? triager, (officer ?? triager).name, 'closed', { reason, notes: null });
    const reviewedAt = closedAt + rng.lognormal(2, 1) * DAY;
    if (kind !== 'concern' && happened(reviewedAt) && rng.chance(0.9)) {
      const compliant = rng.chance(0.9);
      const checklist = Object.fromEntries(CHECKLIST_KEYS.map((k, i) => [k, compliant || i !== 3]));
      push(batch.reviews, { force_id: world.forceId, report_id: id, checklist: JSON.stringify(checklist), outcome: compliant ? 'compliant' : 'returned', reviewed_by: rng.pick(world.reviewers).id, reviewed_at: iso(reviewedAt) });
    }
  }
}

// ---- The service ------------------------------------------------------------------------------

export interface SeedOptions {
  count: number;
  /** The same seed, the same starting counters and the same `until` give the same rows (ids apart). */
  seed?: number;
  /** The end of the ten years; by default the start of the current minute. */
  until?: Date;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  forceId: string;
  count: number;
  from: string;
  until: string;
  seconds: number;
}

const byRole = (staff: repo.StaffRow[], roles: string[]): Staff[] => {
  const found = staff.filter((s) => s.roles.some((r) => roles.includes(r)));
  return (found.length > 0 ? found : staff).map((s) => ({ id: s.id, name: s.name }));
};

export function createSyntheticService(deps: { db: Db }) {
  const { db } = deps;

  async function buildWorld(trx: Trx, rng: Random, forceCode: string, count: number, seed: number, until: number): Promise<World> {
    const force = await findForceOrFail(trx, forceCode);
    const staff = await repo.listStaff(trx, force.id);
    if (staff.length === 0) {
      throw validationFailed([{ field: 'force', message: `force ${forceCode} has no staff to triage and decide its reports: add users first (seed --demo does)` }]);
    }
    const settings = await settingsOf(trx, force.id);
    const { places, weights } = await loadPlaces(trx, rng, force.id);
    const place = weighted(places.map((p, i) => [p, weights[i] ?? 1] as const));
    const counters = new Map((await repo.lockCounters(trx, force.id)).map((c) => [`${c.prefix}:${c.year}`, c.last]));
    const victims = Array.from({ length: Math.max(20, Math.round(count / 60)) }, (_, i) => {
      const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
      const range = PHONE_RANGES[Math.floor(i / 1000)];
      return {
        name,
        email: `${name.toLowerCase().replace(' ', '.')}.${seed}.${i}@example.org`,
        phone: range ? `${range}${String(i % 1000).padStart(3, '0')}` : null,
      };
    });
    const hotspots = Array.from({ length: Math.min(5000, Math.max(10, Math.round(count / 400))) }, () => spotIn(rng, place(rng)));
    const gradeWeights = [0.05, 0.25, 0.5, 0.2];
    return {
      forceId: force.id,
      forceCode: force.code,
      seed,
      until,
      grades: settings.callGrades.map((g) => ({ code: g.code, minutes: g.attendanceMinutes })),
      gradeMix: weighted(settings.callGrades.map((_, i) => [i, gradeWeights[i] ?? 0.05] as const)),
      decisionHours: settings.recordingDecisionHours,
      nchi: settings.nchiRecording,
      place,
      hotspots,
      victims,
      triagers: byRole(staff, ['call_handler', 'supervisor']),
      officers: byRole(staff, ['officer']),
      deciders: byRole(staff, ['supervisor', 'officer', 'hate_crime_officer', 'inspector']),
      reviewers: byRole(staff, ['hate_crime_officer']),
      counters,
    };
  }

  async function writeBatch(trx: Trx, batch: Batch): Promise<void> {
    await repo.insertReports(trx, batch.reports);
    await repo.insertContacts(trx, batch.contacts);
    await repo.insertEvents(trx, batch.events);
    await repo.insertThrive(trx, batch.thrive);
    await repo.insertDecisions(trx, batch.decisions);
    await repo.insertReviews(trx, batch.reviews);
  }

  /**
   * Adds `count` synthetic reports to a force over the ten years ending `until`, numbered after its
   * existing references, with one audit row for the whole seed. The force needs staff (they triage,
   * decide and review) and is best seeded with areas and postcodes (`seed --demo`).
   */
  async function seedReports(actor: SystemActor, forceCode: string, options: SeedOptions): Promise<SeedResult> {
    const { count, seed = 1 } = options;
    if (!Number.isInteger(count) || count < 1 || count > 20_000_000) {
      throw validationFailed([{ field: 'count', message: 'must be a whole number from 1 to 20,000,000' }]);
    }
    const until = options.until?.getTime() ?? Math.floor(Date.now() / 60_000) * 60_000;
    const started = performance.now();
    const lastDay = Math.floor((until - 1) / DAY) * DAY;
    const days = YEARS * 365 + 3;
    const firstDay = lastDay - (days - 1) * DAY;
    const result = await inSystemScope(db, async (trx) => {
      await repo.prepareBulkLoad(trx);
      const rng = createRandom(seed);
      const world = await buildWorld(trx, rng, forceCode, count, seed, until);
      const starting = new Map(world.counters);
      const { weights, rise, trigger } = dayWeights(rng, firstDay, days, until);
      const total = weights.reduce((a, b) => a + b, 0);
      let batch = newBatch();
      let done = 0;
      let cumulative = 0;
      for (let d = 0; d < days; d++) {
        // Cumulative rounding: the days' counts add up to exactly `count`.
        const before = Math.round((cumulative / total) * count);
        cumulative += weights[d] ?? 0;
        const n = Math.round((cumulative / total) * count) - before;
        for (const at of timesOfDay(rng, firstDay + d * DAY, n, until)) {
          addReport(rng, world, batch, at, rise[d] ?? 0, trigger[d] ?? null);
          if (batch.reports.id.length >= BATCH) {
            await writeBatch(trx, batch);
            done += batch.reports.id.length;
            batch = newBatch();
            options.onProgress?.(done, count);
          }
        }
      }
      await writeBatch(trx, batch);
      done += batch.reports.id.length;
      options.onProgress?.(done, count);
      await repo.endBulkLoad(trx);
      const advanced = [...world.counters].filter(([key, last]) => starting.get(key) !== last);
      await repo.advanceCounters(trx, world.forceId, advanced.map(([key, last]) => ({ prefix: key.split(':')[0] ?? '', year: Number(key.split(':')[1]), last })));
      await recordAudit(trx, actor, {
        action: 'report.synthetic_seeded',
        forceId: world.forceId,
        recordType: 'report',
        details: { count: done, seed, from: iso(firstDay), until: iso(until) },
      });
      return { forceId: world.forceId, count: done };
    });
    await repo.vacuumAnalyse(db);
    return { ...result, from: iso(firstDay), until: iso(until), seconds: Math.round((performance.now() - started) / 100) / 10 };
  }

  return { seedReports };
}

export type SyntheticService = ReturnType<typeof createSyntheticService>;
