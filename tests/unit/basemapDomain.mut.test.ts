/** The basemap vocabulary: which basemaps go online or need a key, their tile URLs, the deployer config. */
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_IDS,
  DeployConfigSchema,
  OSM_TILES,
  TiandituKeySchema,
  failureFromStatus,
  isOnline,
  isTiandituUrl,
  needsTiandituKey,
  tiandituTiles,
  withTiandituKey,
} from '../../src/domain/basemaps';

describe('basemap vocabulary', () => {
  it('only the offline base stays offline; only the two Tianditu bases need a key', () => {
    expect(BASEMAP_IDS.filter(isOnline)).toEqual(['tdt-vec', 'tdt-img', 'osm']);
    expect(BASEMAP_IDS.filter(needsTiandituKey)).toEqual(['tdt-vec', 'tdt-img']);
  });

  it('a Tianditu URL is one of its eight tile hosts, nothing that merely mentions one', () => {
    expect(isTiandituUrl('https://t0.tianditu.gov.cn/vec_w/wmts')).toBe(true);
    expect(isTiandituUrl('https://t7.tianditu.gov.cn/x')).toBe(true);
    for (const url of [
      'https://t8.tianditu.gov.cn/x',
      'https://xt0.tianditu.gov.cn/x',
      'https://t0.tianditu.gov.cn.example.com/x',
      'https://t0xtianditu.gov.cn/x',
      'not a url',
      '',
    ])
      expect(isTiandituUrl(url), url).toBe(false);
  });

  it('the key is added URL-encoded, and only when there is one', () => {
    const url = tiandituTiles('vec')[0]!;
    expect(withTiandituKey(url, 'a b&c')).toBe(`${url}&tk=a%20b%26c`);
    expect(withTiandituKey(url, '')).toBe(url);
  });

  it('Tianditu tiles: the Web Mercator WMTS of the layer on each of the eight hosts', () => {
    const tiles = tiandituTiles('cia');
    expect(tiles).toHaveLength(8);
    expect(tiles[2]).toBe(
      'https://t2.tianditu.gov.cn/cia_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0' +
        '&LAYER=cia&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
    );
    expect(OSM_TILES).toEqual(['https://tile.openstreetmap.org/{z}/{x}/{y}.png']);
  });

  it('a key is 32 hexadecimal characters, spaces around it forgiven', () => {
    const key = '0123456789abcdefABCDEF0123456789';
    expect(TiandituKeySchema.parse(` ${key} `)).toBe(key);
    expect(TiandituKeySchema.safeParse(`${key}0`).success).toBe(false);
    expect(TiandituKeySchema.safeParse(key.replace('0', 'g')).success).toBe(false);
  });

  it('an offline basemap file: a .pmtiles path or http(s) URL, nothing else', () => {
    const ok = (url: string) => DeployConfigSchema.safeParse({ offlineBasemap: { url } }).success;
    for (const url of [
      'city.pmtiles',
      '/tiles/city.PMTILES',
      'https://tiles.example.org/city.pmtiles?v=2',
      'http://intranet/city.pmtiles',
      // A colon further on is part of the path, not a scheme.
      'tiles/liuzhou:2024.pmtiles',
    ])
      expect(ok(url), url).toBe(true);
    for (const url of [
      'ftp://host/city.pmtiles',
      'data:city.pmtiles',
      // An http URL inside another scheme is still that scheme.
      'javascript:fetch("http://x/").pmtiles',
      'city.pmtiles.zip',
      'city.mbtiles',
      ' ',
    ])
      expect(ok(url), url).toBe(false);
  });

  it('a failed basemap: no answer is the network, 401/403 a refused key, 429 too many requests', () => {
    expect(failureFromStatus(undefined)).toBe('network');
    expect(failureFromStatus(404)).toBe('http');
    expect(failureFromStatus(402)).toBe('http');
  });
});
