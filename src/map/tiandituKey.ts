/**
 * The Tianditu key, which io/settings sets and the adapter adds to Tianditu tile URLs only, at
 * request time (never to a style, a link or an export).
 */
let tiandituKey: string | null = null;
export const setTiandituKey = (key: string | null): void => {
  tiandituKey = key;
};
export const getTiandituKey = (): string | null => tiandituKey;
