/** Saving a file: the link it clicks, the name it gives, and the date stamp in file names. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateStamp, downloadBlob } from '../../src/io/download';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('download', () => {
  it('stamps file names with the local date, zero-padded', () => {
    expect(dateStamp(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
    expect(dateStamp(new Date(2026, 10, 27, 12))).toBe('2026-11-27');
  });

  it('clicks a temporary link named for the file, then removes it and frees the blob later', () => {
    vi.useFakeTimers();
    const events: string[] = [];
    const link = {
      href: '',
      download: '',
      click: () => events.push(`click ${link.download}`),
      remove: () => events.push('remove'),
    };
    vi.stubGlobal('document', {
      createElement: (tag: string) => (tag === 'a' ? link : null),
      body: { append: (el: unknown) => events.push(el === link ? 'append' : 'append?') },
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    downloadBlob(new Blob(['x']), '柳州-2026-11-27.xlsx');
    expect(events).toEqual(['append', 'click 柳州-2026-11-27.xlsx', 'remove']);
    expect(link.href).toMatch(/^blob:/);
    // The browser may still be reading the blob: it is freed only after a while.
    vi.advanceTimersByTime(9_000);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(revoke).toHaveBeenCalledWith(link.href);
  });
});
