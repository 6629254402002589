/** The shipped implementation-record files under data/plan/ (built by scripts/build-events.ts). */
export const EVENTS_FILE = 'events.json';
export const OTHERS_FILE = 'others.geojson';
export const OTHER_TARGETS_FILE = 'other-targets.json';
