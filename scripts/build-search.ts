/** Rebuilds data/plan/search.json (pinyin of every searched field) from data/plan/projects.geojson. */
import { readFileSync, writeFileSync } from 'node:fs';
import { searchEntries } from './lib/searchIndex';

const projects = JSON.parse(readFileSync('data/plan/projects.geojson', 'utf8')) as {
  features: Array<{ properties: Record<string, unknown> }>;
};
const entries = searchEntries(projects.features);
writeFileSync('data/plan/search.json', `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
console.log(`data/plan/search.json: ${entries.length} entries`);
