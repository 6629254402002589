/**
 * The map's place names (districts/counties, the plan's zones, the airport) as one point set, with
 * the markers they must keep clear of. One symbol layer draws it: markers are placed first as
 * blank collision boxes, then names in priority order, each trying its preferred side first.
 */
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { labelPoint } from './labelPoints';

/** What a feature of the set stands for; `group` is the layer group whose toggle shows it. */
export type PlaceRole = 'marker' | 'label';
export type PlaceGroup = 'counties' | 'structure' | 'airport' | 'projects' | 'railport' | 'air';
/** Text style of a name (colour and size are chosen by the layer spec). */
export type PlaceStyle = 'county' | 'district' | 'core' | 'zone' | 'cluster' | 'airport';

export interface PlaceProps {
  role: PlaceRole;
  group: PlaceGroup;
  /** Placement order: lower goes first and wins a contested spot. */
  rank: number;
  /** Label text ('' for markers). */
  text: string;
  style: PlaceStyle | 'marker';
  /** Key of the label's candidate positions (see LEADS). */
  lead: LeadKey;
  /** Markers: radius in CSS px at zoom 7 and 12 (before the presentation scale). */
  r7: number;
  r12: number;
}

/** The four central districts (城中、柳南、柳北、鱼峰) are small at city scale. */
export const CENTRAL_DISTRICTS = ['城中区', '柳南区', '柳北区', '鱼峰区'];
/** The two inner ones are a few kilometres across: named only where there is room. */
const INNER_DISTRICTS = ['城中区', '鱼峰区'];

type Anchor = 'center' | 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'bottom-left' | 'bottom-right';
type Offset = [dx: number, dy: number];

/** A name's candidate positions (anchor of the text, offset in ems), preferred first. */
export const LEADS = {
  // Area names sit on their area, shifting a line up or down when a marker is in the way.
  area: [
    ['center', [0, 0]],
    ['top', [0, 0.9]],
    ['bottom', [0, -0.9]],
    ['left', [0.9, 0]],
    ['right', [-0.9, 0]],
  ],
  // The 一核 is small at city scale: its name leads out to the west, clear of the crowded centre.
  core: [
    ['right', [-3.2, 0.4]],
    ['right', [-2.2, 1.6]],
    ['right', [-2.2, -1.4]],
  ],
  north: [
    ['bottom-left', [1.2, -1.6]],
    ['bottom-left', [2.4, -0.4]],
    ['left', [2.2, -1.2]],
  ],
  liudong: [
    ['left', [2.2, 0.3]],
    ['left', [2.2, 1.5]],
    ['top-left', [1.6, 1.4]],
  ],
  south: [
    ['top', [0, 1.2]],
    ['top', [0, 2.4]],
    ['top-left', [0.6, 1.2]],
    ['top', [-2.5, 1.2]],
  ],
  luzhai: [
    ['bottom', [0.8, -1.2]],
    ['top', [0.8, 1.2]],
    ['bottom-right', [-0.6, -1.2]],
  ],
  north3: [
    ['bottom', [0, -2.2]],
    ['bottom', [0, -3.4]],
    ['top', [0, 1.6]],
  ],
  // A point's name sits beside its marker: right first, then left, below, above.
  marker: [
    ['left', [1.1, 0]],
    ['right', [-1.1, 0]],
    ['top', [0, 1]],
    ['bottom', [0, -1]],
  ],
  none: [['center', [0, 0]]],
} as const satisfies Record<string, ReadonlyArray<readonly [Anchor, Offset]>>;
export type LeadKey = keyof typeof LEADS;

/** Zones whose names lead outward (others sit below the zone's label point). */
const ZONE_LEADS: Record<string, LeadKey> = {
  'structure-core': 'core',
  'structure-north': 'north',
  'structure-liudong': 'liudong',
  'structure-luzhai': 'luzhai',
  'structure-rong-san': 'north3',
};

/** Marker radii per theme, as the theme's layer draws them (stroke included), at zoom 7 and 12. */
export const MARKER_RADII: Record<Exclude<PlaceGroup, 'counties' | 'structure'>, [number, number]> = {
  projects: [6, 9.5],
  airport: [7, 11],
  railport: [8.5, 8.5],
  air: [7.5, 7.5],
};
/** County badges are drawn 12 px with a 2 px ring. */
export const BADGE_RADIUS = 14;

export interface PlaceInputs {
  countyLabels: FeatureCollection<Geometry, object>;
  structure: FeatureCollection<Geometry, object>;
  airport: FeatureCollection<Geometry, object>;
  /** Sited project points (county-level ones are drawn as badges). */
  projects: FeatureCollection<Geometry, object>;
  /** Badge positions (one per district/county with county-level projects). */
  badges: FeatureCollection<Point, object>;
  railport: FeatureCollection<Geometry, object>;
  air: FeatureCollection<Geometry, object>;
}

const prop = (f: Feature<Geometry, object>, k: string) => (f.properties as Record<string, unknown>)[k];
const str = (f: Feature<Geometry, object>, k: string) => String(prop(f, k) ?? '');

function feature(at: Position, p: PlaceProps): Feature<Point, PlaceProps> {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: p };
}

const marker = (group: PlaceGroup, at: Position, [r7, r12]: [number, number]) =>
  feature(at, { role: 'marker', group, rank: 0, text: '', style: 'marker', lead: 'none', r7, r12 });

/** Rank of a name: the airport, the core, the counties, the zones, clusters, then the small districts. */
export function placeRank(style: PlaceStyle): number {
  return { airport: 1, core: 2, county: 3, zone: 4, cluster: 5, district: 6 }[style];
}

function zoneLabel(f: Feature<Geometry, object>): Feature<Point, PlaceProps> {
  const kind = str(f, 'kind');
  const style: PlaceStyle = kind === '一核' ? 'core' : kind === '多组团' ? 'cluster' : 'zone';
  const id = str(f, 'id');
  return feature(labelPoint(f), {
    role: 'label',
    group: 'structure',
    rank: placeRank(style),
    text: style === 'core' ? str(f, 'name') : `${kind}·${str(f, 'name')}`,
    style,
    lead: ZONE_LEADS[id] ?? 'south',
    r7: 0,
    r12: 0,
  });
}

function countyLabel(f: Feature<Geometry, object>): Feature<Point, PlaceProps> {
  const name = str(f, 'name');
  const style: PlaceStyle = CENTRAL_DISTRICTS.includes(name) ? 'district' : 'county';
  // 柳南区 and 柳北区 reach well beyond the centre and rank with the counties.
  const rank = INNER_DISTRICTS.includes(name) ? placeRank('district') : placeRank('county');
  return feature(labelPoint(f), {
    role: 'label',
    group: 'counties',
    rank,
    text: name,
    style,
    lead: 'area',
    r7: 0,
    r12: 0,
  });
}

const points = (fc: FeatureCollection<Geometry, object>) =>
  fc.features.filter((f) => f.geometry.type === 'Point').map((f) => labelPoint(f));

export function placeLabels(d: PlaceInputs): FeatureCollection<Point, PlaceProps> {
  const airportAt = points(d.airport);
  const features = [
    ...points(d.projects).map((at) => marker('projects', at, MARKER_RADII.projects)),
    ...d.badges.features.map((f) => marker('projects', f.geometry.coordinates, [BADGE_RADIUS, BADGE_RADIUS])),
    ...points(d.railport).map((at) => marker('railport', at, MARKER_RADII.railport)),
    ...points(d.air).map((at) => marker('air', at, MARKER_RADII.air)),
    ...airportAt.map((at) => marker('airport', at, MARKER_RADII.airport)),
    ...d.airport.features.map((f) =>
      feature(labelPoint(f), {
        role: 'label',
        group: 'airport',
        rank: placeRank('airport'),
        text: `✈ ${str(f, 'name_zh')}`,
        style: 'airport',
        lead: 'marker',
        r7: 0,
        r12: 0,
      }),
    ),
    ...d.structure.features.map(zoneLabel),
    ...d.countyLabels.features.map(countyLabel),
  ];
  return { type: 'FeatureCollection', features };
}
