/**
 * Builds the implementation record and the records of other documents from the hand-read files
 * data/plan/src/events.json and data/plan/src/others.json:
 *   data/plan/events.json       dated statements of the later documents about plan items
 *   data/plan/others.geojson    projects those documents name that the logistics plan does not
 *   data/plan/other-targets.json their quantified targets
 * Everything is validated before anything is written; problems name file › record › field.
 *
 *   npm run data:events
 */
import { writeFileSync } from 'node:fs';
import { destination, point } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { THEMES } from '../src/domain/schema';
import { PROJECTS_FILE, TARGETS_FILE, THEME_FILES } from '../src/domain/planFiles';
import { EVENTS_FILE, OTHERS_FILE, OTHER_TARGETS_FILE } from '../src/domain/eventFiles';
import { validateEventsFile, validateOthers, validateOtherTargets } from '../src/domain/validateEvents';
import type { DocEvent, DocPart } from '../src/domain/implementation';
import { DATA_DIR, readJson, readSourceLines } from './lib/sources';

type Rec = Record<string, unknown>;
interface Recipe {
  anchor?: Position;
  line?: Position[];
  county_point?: string;
  line_between_towns?: [string, string];
}

const SPREAD_KM = 0.35;
const round5 = (p: Position): Position => [Math.round(p[0]! * 1e5) / 1e5, Math.round(p[1]! * 1e5) / 1e5];

const lines = readSourceLines();
const problems: string[] = [];
const fail = (msg: string) => problems.push(msg);

function pointOf(file: string, id: string): Position | null {
  const fc = readJson<FeatureCollection<Geometry, Rec>>(file);
  const f = fc.features.find((x) => x.properties.id === id || x.properties.name === id);
  return f && f.geometry.type === 'Point' ? f.geometry.coordinates : null;
}

function buildOthers(src: Rec[]): FeatureCollection<Geometry, Rec> {
  const features: Array<Feature<Geometry, Rec>> = [];
  for (const r of src) {
    const { anchor, line, county_point, line_between_towns, ...props } = r as Rec & Recipe;
    const where = `data/plan/src/others.json › ${String(props.id)} › geometry`;
    let geometry: Geometry | null = null;
    if (anchor) geometry = { type: 'Point', coordinates: anchor };
    else if (line) geometry = { type: 'LineString', coordinates: line };
    else if (county_point) {
      const c = pointOf('base/county_labels.geojson', county_point);
      if (c) geometry = { type: 'Point', coordinates: c };
      else fail(`${where}: no county label "${county_point}"`);
    } else if (line_between_towns) {
      const ends = line_between_towns.map((t) => pointOf('plan/towns.geojson', t));
      if (ends.every(Boolean)) geometry = { type: 'LineString', coordinates: ends as Position[] };
      else fail(`${where}: unknown town in ${line_between_towns.join(', ')}`);
    } else fail(`${where}: no recipe (anchor, line, county_point or line_between_towns)`);
    if (geometry) features.push({ type: 'Feature', properties: props, geometry });
  }
  spreadShared(features);
  return { type: 'FeatureCollection', features };
}

/** Records that share one anchor are spread on a small ring so each can be clicked; the basis says so. */
function spreadShared(features: Array<Feature<Geometry, Rec>>) {
  const groups = new Map<string, Array<Feature<Point, Rec>>>();
  for (const f of features) {
    if (f.geometry.type !== 'Point') continue;
    const k = f.geometry.coordinates.join(',');
    groups.set(k, [...(groups.get(k) ?? []), f as Feature<Point, Rec>]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.forEach((f, i) => {
      const c = destination(point(f.geometry.coordinates), SPREAD_KM, (360 * i) / group.length, {
        units: 'kilometers',
      }).geometry.coordinates;
      f.geometry = { type: 'Point', coordinates: round5(c) };
      f.properties.location_basis += ` 与另外 ${group.length - 1} 项共用同一定位点，标记在其周围约 ${SPREAD_KM * 1000} 米处错开显示，以便逐个点选。`;
      f.properties.location_basis_en += ` Shares its placement with ${group.length - 1} other record(s); the markers are spread on a ${SPREAD_KM * 1000} m ring so each can be clicked.`;
    });
  }
}

function knownPlanIds(): Set<string> {
  const ids = new Set<string>();
  for (const name of [PROJECTS_FILE, ...THEMES.map((t) => THEME_FILES[t])]) {
    for (const f of readJson<FeatureCollection<Geometry, Rec>>(`plan/${name}`).features)
      ids.add(String(f.properties.id));
  }
  for (const t of readJson<Rec[]>(`plan/${TARGETS_FILE}`)) ids.add(String(t.id));
  return ids;
}

const othersSrc = readJson<{ items: Rec[]; targets: Rec[] }>('plan/src/others.json');
const others = buildOthers(othersSrc.items);
problems.push(...validateOthers(`data/plan/${OTHERS_FILE}`, others, lines));
const otherIds = new Set(others.features.map((f) => String(f.properties.id)));
problems.push(...validateOtherTargets(`data/plan/${OTHER_TARGETS_FILE}`, othersSrc.targets, lines, otherIds));

const known = knownPlanIds();
for (const id of [...otherIds, ...othersSrc.targets.map((t) => String(t.id))]) {
  if (known.has(id)) fail(`data/plan/src/others.json › ${id}: id already used by the plan`);
  known.add(id);
}
const eventsSrc = readJson<{ documents: DocPart[]; events: DocEvent[] }>('plan/src/events.json');
problems.push(...validateEventsFile('data/plan/src/events.json', eventsSrc, lines, known));

if (problems.length) {
  console.error(
    `Events data is invalid (${problems.length} problem(s)); nothing written:\n- ${problems.join('\n- ')}`,
  );
  process.exit(1);
}

// Oldest statement first; within a date, in the order of the document.
const events = [...eventsSrc.events].sort(
  (a, b) => a.doc_date.localeCompare(b.doc_date) || a.citation.line - b.citation.line,
);
const rows = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).join(',\n');
const write = (name: string, text: string) => writeFileSync(new URL(`plan/${name}`, DATA_DIR), text);
write(EVENTS_FILE, `{"documents":[\n${rows(eventsSrc.documents)}\n],"events":[\n${rows(events)}\n]}\n`);
write(OTHERS_FILE, `{"type":"FeatureCollection","features":[\n${rows(others.features)}\n]}\n`);
write(OTHER_TARGETS_FILE, `[\n${rows(othersSrc.targets)}\n]\n`);
console.log(
  `events: ${events.length} events from ${eventsSrc.documents.length} document parts; ` +
    `${others.features.length} other-document records, ${othersSrc.targets.length} targets`,
);
