/**
 * Builds the shipped plan data (data/plan/*.geojson, targets.json, search.json and the counts table
 * of data/README.md) from the hand-read records in data/plan/src/. It resolves geometry recipes
 * (union of county polygons, OSM railways/stations, a key project's point), computes each
 * project's administrative county with turf, spreads markers that share one point and validates
 * everything. Files are written only when every output is valid, so a bad record never leaves half
 * a build behind; the problems name file › record › field.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  area,
  booleanPointInPolygon,
  destination,
  featureCollection,
  intersect,
  multiPolygon,
  point,
  polygon,
  simplify,
  truncate,
  union,
} from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import {
  GazetteerEntrySchema,
  PROJECT_TABLES,
  THEMES,
  type AdminCounty,
  type GazetteerEntry,
  type PlanItemProps,
  type Theme,
} from '../../src/domain/schema';
import {
  GAZETTEER_FILE,
  PROJECTS_FILE,
  SEARCH_FILE,
  TARGETS_FILE,
  THEME_FILES,
} from '../../src/domain/planFiles';
import { searchEntries } from './searchIndex';
import { placeEntries } from './placeIndex';
import { validateFeatureCollection, validateTargets } from '../../src/domain/validatePlan';
import { DATA_DIR, readJsonIn, readSourceLinesIn } from './sources';
import { withCounts } from './countsTable';

type Props = Record<string, unknown>;

export interface BuildResult {
  /** file › record › field problems; empty when the build is valid and was written. */
  problems: string[];
  /** Output files (relative to the data dir) with their feature/record counts. */
  outputs: Array<[string, number]>;
  written: boolean;
}

/** Builds from `dataDir` (a directory URL ending in '/'), writing into it only if all is valid. */
export function buildPlan(dataDir: URL = DATA_DIR): BuildResult {
  const readJson = <T = unknown>(relative: string): T => readJsonIn<T>(dataDir, relative);
  const counties = readJson<FeatureCollection<Polygon, { name: AdminCounty }>>('base/counties.geojson');
  const railways = readJson<FeatureCollection<LineString, { name?: string }>>('base/railways.geojson');
  const countyLabels = readJson<FeatureCollection<Point, { name: string }>>('base/county_labels.geojson');
  const stations = readJson<FeatureCollection<Point, { name: string }>>('base/railway_stations.geojson');
  const gazetteer = readJson<unknown[]>('plan/src/gazetteer.json');
  const places = new Map<string, GazetteerEntry>();
  gazetteer.forEach((g, i) => {
    const parsed = GazetteerEntrySchema.safeParse(g);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        problems.push(
          `data/plan/src/gazetteer.json › ${String((g as { id?: string }).id ?? `#${i}`)} › ${issue.path.join('.')}: ${issue.message}`,
        );
    else if (places.has(parsed.data.id))
      problems.push(`data/plan/src/gazetteer.json › ${parsed.data.id}: duplicate id`);
    else places.set(parsed.data.id, parsed.data);
  });
  /** A gazetteer place's position, optionally moved by [east, north] km (e.g. a ring road north of a town). */
  function placePoint(id: string, offsetKm?: [number, number]): Position {
    const g = places.get(id);
    if (!g) throw new Error(`no gazetteer place ${id}`);
    if (!offsetKm) return g.position;
    let p = point(g.position);
    if (offsetKm[0])
      p = destination(p, Math.abs(offsetKm[0]), offsetKm[0] > 0 ? 90 : -90, { units: 'kilometers' });
    if (offsetKm[1])
      p = destination(p, Math.abs(offsetKm[1]), offsetKm[1] > 0 ? 0 : 180, { units: 'kilometers' });
    return round5(p.geometry.coordinates);
  }
  const rivers = ['base/rivers_ne.geojson', 'base/rivers_gshhg.geojson'].flatMap(
    (f) => readJson<FeatureCollection<LineString | MultiLineString>>(f).features,
  );
  const problems: string[] = [];
  /** ≈ 50 m at Liuzhou's latitude. */
  const SIMPLIFY_DEG = 0.0005;

  function adminCountyOf(p: Position): AdminCounty | null {
    return counties.features.find((f) => booleanPointInPolygon(point(p), f))?.properties.name ?? null;
  }

  /** Union of county polygons, without the sliver gaps the source leaves between neighbours. */
  function unionOfCounties(names: string[]): Polygon | MultiPolygon {
    const parts = counties.features.filter((f) => names.includes(f.properties.name));
    if (parts.length !== names.length) throw new Error(`unknown county in ${names.join(',')}`);
    const merged = parts.length === 1 ? parts[0]! : union(featureCollection(parts));
    if (!merged) throw new Error(`union failed for ${names.join(',')}`);
    const polys =
      merged.geometry.type === 'Polygon' ? [merged.geometry.coordinates] : merged.geometry.coordinates;
    const kept = polys.filter((p) => area(polygon([p[0]!])) > 1e6).map((p) => [p[0]!]);
    const g = kept.length === 1 ? polygon(kept[0]!).geometry : multiPolygon(kept).geometry;
    // The source is quantised to ~100 m; simplifying at half that keeps every real detail and makes
    // the plan files a fraction of the size.
    const simple = simplify(
      { type: 'Feature', properties: {}, geometry: g },
      { tolerance: SIMPLIFY_DEG, highQuality: true },
    );
    return truncate(simple, { precision: 5 }).geometry;
  }

  const cityOutline = unionOfCounties(counties.features.map((f) => f.properties.name));

  function osmRailway(names: string[]): Geometry {
    const lines = railways.features.filter((f) => f.properties.name && names.includes(f.properties.name));
    const missing = names.filter((n) => !lines.some((l) => l.properties.name === n));
    if (missing.length) throw new Error(`no OSM railway named ${missing.join(', ')}`);
    return { type: 'MultiLineString', coordinates: lines.map((l) => l.geometry.coordinates) };
  }

  function osmStation(name: string): Point {
    const s = stations.features.find((f) => f.properties.name === name);
    if (!s) throw new Error(`no OSM station named ${name}`);
    return s.geometry;
  }

  /** The vertex of the map's river lines inside `county` that lies nearest the county's label point. */
  function riverPointIn(county: string): Point {
    const poly = counties.features.find((f) => f.properties.name === county);
    const label = countyLabels.features.find((f) => f.properties.name === county);
    if (!poly || !label) throw new Error(`no county ${county}`);
    const [lx, ly] = label.geometry.coordinates as [number, number];
    const vertices = rivers
      .flatMap((f) =>
        f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat(),
      )
      .filter((v) => booleanPointInPolygon(point(v), poly));
    if (!vertices.length) throw new Error(`no river line drawn in ${county}`);
    const d = (v: Position) => (v[0]! - lx) ** 2 + (v[1]! - ly) ** 2;
    const best = vertices.reduce((a, b) => (d(b) < d(a) ? b : a));
    return { type: 'Point', coordinates: round5(best) };
  }

  const round5 = (p: Position): Position => [Math.round(p[0]! * 1e5) / 1e5, Math.round(p[1]! * 1e5) / 1e5];

  // ---------------------------------------------------------------------------------------------
  // Projects

  const SPREAD_KM = 0.35;

  /**
   * Several records may share one placement (e.g. a county seat when the plan names no site). Spread
   * them on a small ring so each marker can be seen and clicked, and say so in the basis.
   */
  function spreadStacked(
    points: Position[],
    fixed: boolean[] = [],
  ): Array<{ coords: Position; note: string; noteEn: string }> {
    const groups = new Map<string, number[]>();
    points.forEach((p, i) => groups.set(`${p[0]},${p[1]}`, [...(groups.get(`${p[0]},${p[1]}`) ?? []), i]));
    return points.map((p, i) => {
      const group = groups.get(`${p[0]},${p[1]}`)!;
      // Exact (surveyed) points never move; the others make room around them.
      if (group.length === 1 || fixed[i]) return { coords: p, note: '', noteEn: '' };
      const movable = group.filter((j) => !fixed[j]);
      const k = movable.indexOf(i) + (movable.length < group.length ? 0.5 : 0);
      // The ring never carries a marker across a district/county boundary: turn it until the
      // marker stays in the unit of the shared point (or leave it on the point itself).
      const home = adminCountyOf(p);
      let coords = p;
      for (let turn = 0; turn < 12; turn++) {
        const bearing = (360 * k) / movable.length + turn * 30;
        const c = round5(
          destination(point(p), SPREAD_KM, bearing, { units: 'kilometers' }).geometry.coordinates,
        );
        if (adminCountyOf(c) === home) {
          coords = c;
          break;
        }
      }
      return {
        coords,
        note: ` 与另外 ${group.length - 1} 项共用同一定位点，标记在其周围约 ${SPREAD_KM * 1000} 米处错开显示，以便逐个点选。`,
        noteEn: ` Shares one placement with ${group.length - 1} other record(s); the markers are spread about ${SPREAD_KM * 1000} m around it so each can be clicked.`,
      };
    });
  }
  const tableOrder = (t: string) => PROJECT_TABLES.indexOf(t as (typeof PROJECT_TABLES)[number]);

  function buildProjects(): FeatureCollection<Point, Props> {
    const rows = ['projects-a.json', 'projects-b.json'].flatMap((f) => readJson<Props[]>(`plan/src/${f}`));
    rows.sort(
      (a, b) =>
        tableOrder(a.table as string) - tableOrder(b.table as string) ||
        (a.seq as number) - (b.seq as number),
    );
    const at = rows.map((r): Position => {
      if (typeof r.place === 'string') {
        try {
          return placePoint(r.place);
        } catch (e) {
          problems.push(`data/plan/src › ${String(r.id)} › place: ${(e as Error).message}`);
          return [109.4, 24.3];
        }
      }
      return [r.lon as number, r.lat as number];
    });
    const spread = spreadStacked(at);
    return featureCollection(
      rows.map((r, i) => {
        const { lon: _lon, lat: _lat, place: _place, ...rest } = r;
        const coords = spread[i]!.coords;
        const basis = (rest.location_basis as string) + spread[i]!.note;
        const admin = adminCountyOf(coords);
        if (!admin) problems.push(`plan/src › ${String(r.id)} › lon/lat: point lies outside Liuzhou`);
        const props: Props = {
          id: rest.id,
          name: rest.name,
          table: rest.table,
          admin_county: admin ?? '城中区',
          seq: rest.seq,
          type: rest.type,
          status: rest.status,
          scale_text: rest.scale_text,
          summary: rest.summary,
          area_mu: rest.area_mu,
          floor_area_m2: rest.floor_area_m2,
          investment_yi: rest.investment_yi,
          ...(rest.number_citations ? { number_citations: rest.number_citations } : {}),
          location_text: rest.location_text,
          location_quality: rest.location_quality,
          location_basis: basis,
          location_basis_en: (rest.location_basis_en as string) + spread[i]!.noteEn,
          ...(rest.placement_scope ? { placement_scope: rest.placement_scope } : {}),
          ...(typeof r.place === 'string' ? { place_id: r.place } : {}),
          citation: rest.citation,
          mentions: rest.mentions ?? [],
          ...(rest.ocr_corrections ? { ocr_corrections: rest.ocr_corrections } : {}),
        };
        return point(coords, props);
      }),
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Other themes

  interface GeometryRecipe {
    union_of_counties?: string[];
    osm_railway?: string[];
    osm_station?: string;
    project?: string;
    /** Only the county is known: the county's label point stands for it. */
    county_centre?: string;
    /** A gazetteer place (plan/src/gazetteer.json), optionally offset by [east, north] km. */
    place?: string;
    offset_km?: [number, number];
    /** Only the county is known, and the item is on the water: the drawn river point in that county nearest its label. */
    river_in_county?: string;
  }

  function buildTheme(
    theme: Theme,
    projects: FeatureCollection<Point, Props>,
  ): FeatureCollection<Geometry, Props> {
    const src = `plan/src/${theme}.json`;
    if (!existsSync(new URL(src, dataDir))) {
      problems.push(`data/${src}: missing`);
      return featureCollection([]);
    }
    const records = readJson<Props[]>(src);
    const features: Array<Feature<Geometry, Props>> = [];
    for (const r of records) {
      const { geometry, geometry_from, ...props } = r as Props & {
        geometry?: Geometry;
        geometry_from?: GeometryRecipe;
      };
      let geom: Geometry;
      try {
        if (geometry && geometry_from) throw new Error('has both geometry and geometry_from');
        if (geometry) geom = geometry;
        else if (geometry_from?.union_of_counties) geom = unionOfCounties(geometry_from.union_of_counties);
        else if (geometry_from?.osm_railway) geom = osmRailway(geometry_from.osm_railway);
        else if (geometry_from?.osm_station) geom = osmStation(geometry_from.osm_station);
        else if (geometry_from?.county_centre) {
          const c = countyLabels.features.find((f) => f.properties.name === geometry_from.county_centre);
          if (!c) throw new Error(`no county ${geometry_from.county_centre}`);
          geom = c.geometry;
          props.placement_scope = 'county';
        } else if (geometry_from?.place) {
          geom = { type: 'Point', coordinates: placePoint(geometry_from.place, geometry_from.offset_km) };
          props.place_id = geometry_from.place;
        } else if (geometry_from?.river_in_county) {
          geom = riverPointIn(geometry_from.river_in_county);
          props.placement_scope = 'county';
        } else if (geometry_from?.project) {
          const p = projects.features.find((f) => f.properties.id === geometry_from.project);
          if (!p) throw new Error(`no key project ${geometry_from.project}`);
          geom = p.geometry;
          // The same place as a project placed only by its county is a county-level placement too.
          if (p.properties.placement_scope === 'county') props.placement_scope = 'county';
        } else throw new Error('no geometry');
        // Hand-drawn approximate areas are clipped to the city so they never claim land outside it.
        if (
          (geom.type === 'Polygon' || geom.type === 'MultiPolygon') &&
          props.location_quality === 'approximate'
        ) {
          const clipped = intersect(
            featureCollection([
              { type: 'Feature', properties: {}, geometry: geom },
              { type: 'Feature', properties: {}, geometry: cityOutline },
            ]),
          );
          if (!clipped) throw new Error('area lies outside Liuzhou');
          geom = truncate(clipped, { precision: 6 }).geometry;
        }
      } catch (e) {
        problems.push(`data/${src} › ${String(props.id)} › geometry: ${(e as Error).message}`);
        continue;
      }
      // A county-level marker on a label point stands for no county the plan names: leave it empty.
      if (
        geom.type === 'Point' &&
        Array.isArray(props.counties) &&
        props.counties.length === 0 &&
        props.placement_scope !== 'county'
      ) {
        const c = adminCountyOf(geom.coordinates);
        if (c) props.counties = [c];
      }
      features.push({
        type: 'Feature',
        properties: { mentions: [], numbers: [], facts: [], ...props },
        geometry: geom,
      });
    }
    // Points of one theme that coincide (two sites known only by county) are spread like projects;
    // points shared with a key project stay on it, as the same place.
    // County-level items are listed in the county profiles, not drawn: they stay where they were put.
    const own = features.filter(
      (f) =>
        f.geometry.type === 'Point' &&
        f.properties.placement_scope !== 'county' &&
        !(records.find((r) => r.id === f.properties.id) as { geometry_from?: GeometryRecipe }).geometry_from
          ?.project,
    );
    const spread = spreadStacked(
      own.map((f) => (f.geometry as Point).coordinates),
      own.map((f) => f.properties.location_quality === 'exact'),
    );
    own.forEach((f, i) => {
      f.geometry = { type: 'Point', coordinates: spread[i]!.coords };
      f.properties.location_basis = `${String(f.properties.location_basis)}${spread[i]!.note}`;
      f.properties.location_basis_en = `${String(f.properties.location_basis_en)}${spread[i]!.noteEn}`;
    });
    return featureCollection(features);
  }

  // ---------------------------------------------------------------------------------------------

  const lines = readSourceLinesIn(dataDir);
  /** One feature (or target) per line: compact for the app, readable in diffs. */
  function serialise(data: unknown): string {
    const rows = Array.isArray(data) ? data : (data as FeatureCollection).features;
    const body = rows.map((r) => JSON.stringify(r)).join(',\n');
    return Array.isArray(data)
      ? `[\n${body}\n]\n`
      : `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
  }
  const write = (name: string, data: unknown) =>
    writeFileSync(new URL(`plan/${name}`, dataDir), serialise(data));

  const projects = buildProjects();
  problems.push(...validateFeatureCollection(`data/plan/${PROJECTS_FILE}`, projects, 'projects', lines));
  const built: Array<[string, unknown]> = [[PROJECTS_FILE, projects]];
  const themes = {} as Record<Theme, FeatureCollection<Geometry, PlanItemProps>>;
  for (const theme of THEMES) {
    const fc = buildTheme(theme, projects);
    problems.push(...validateFeatureCollection(`data/plan/${THEME_FILES[theme]}`, fc, 'items', lines));
    built.push([THEME_FILES[theme], fc]);
    themes[theme] = fc as unknown as FeatureCollection<Geometry, PlanItemProps>;
  }
  built.push([GAZETTEER_FILE, [...places.values()]]);
  if (existsSync(new URL('plan/src/targets.json', dataDir))) {
    const targets = readJson('plan/src/targets.json');
    problems.push(...validateTargets(`data/plan/${TARGETS_FILE}`, targets, lines));
    built.push([TARGETS_FILE, targets]);
  } else problems.push('data/plan/src/targets.json: missing');

  const search = [
    ...searchEntries(projects.features),
    ...placeEntries({ counties, countyLabels, stations, themes, gazetteer: [...places.values()] }),
  ];
  built.push([SEARCH_FILE, search]);
  const readmeUrl = new URL('README.md', dataDir);
  const readme = withCounts(
    readFileSync(readmeUrl, 'utf8'),
    Object.fromEntries(built.filter(([n]) => n.endsWith('.geojson')).map(([n, d]) => [n, d])),
  );
  const count = (d: unknown) => (Array.isArray(d) ? d.length : (d as FeatureCollection).features.length);
  const outputs = built.map(([n, d]): [string, number] => [n, count(d)]);
  // All or nothing: a single problem anywhere keeps every shipped file as it was.
  if (problems.length) return { problems, outputs, written: false };
  for (const [name, data] of built) write(name, data);
  writeFileSync(readmeUrl, readme);
  return { problems, outputs, written: true };
}
