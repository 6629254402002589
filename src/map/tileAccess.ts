/**
 * What the map's tile requests need at request time and nothing else may see: the `pmtiles`
 * protocol (archives are added to it when opened) and the Tianditu key, which io/settings sets
 * and the adapter adds to Tianditu tile URLs only (never to a style, a link or an export).
 */
import { Protocol } from 'pmtiles';

export const pmtilesProtocol = new Protocol();

let tiandituKey: string | null = null;
export const setTiandituKey = (key: string | null): void => {
  tiandituKey = key;
};
export const getTiandituKey = (): string | null => tiandituKey;
