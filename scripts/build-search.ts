/**
 * Rebuilds data/plan/search.json from the shipped data: pinyin of every searched project field
 * (data/plan/projects.geojson) and the place index (base geography, plan layers, gazetteer).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { searchEntries } from './lib/searchIndex';
import { placeEntries, shippedPlaceInputs } from './lib/placeIndex';

const read = <T>(path: string): T => JSON.parse(readFileSync(`data/${path}`, 'utf8')) as T;
const projects = read<{ features: Array<{ properties: Record<string, unknown> }> }>('plan/projects.geojson');
const places = placeEntries(shippedPlaceInputs(read));
const entries = [...searchEntries(projects.features), ...places];
writeFileSync('data/plan/search.json', `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
console.log(`data/plan/search.json: ${entries.length} entries (${places.length} places)`);
