// How a size is written for --max-file-size and max_file_size: the forms a
// user types (10MB, 512 KB, 500k, 1M, 2GiB, 20000 bytes) all read; a bare
// number is megabytes; anything else (or zero) is refused so the caller can
// say what it expects. A kilobyte is 1,024 bytes, as the limit's messages
// print it ("2.5 MB").
import { describe, expect, it } from 'vitest';
import { parseSize } from '../../src/load/guards.js';

const KB = 1024;
const MB = 1024 * KB;

describe('parseSize', () => {
  it.each([
    ['1', MB],
    ['2.5', 2.5 * MB],
    ['10MB', 10 * MB],
    ['10 mb', 10 * MB],
    ['512 KB', 512 * KB],
    ['500k', 500 * KB],
    ['500K', 500 * KB],
    ['1M', MB],
    ['1.5m', 1.5 * MB],
    ['2G', 2 * 1024 * MB],
    ['2GiB', 2 * 1024 * MB],
    ['64KiB', 64 * KB],
    ['20000 B', 20000],
    ['20000 bytes', 20000],
    ['1 byte', 1],
  ])('reads %s as %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', 'abc', '0', '0 MB', '-1', '1 TB', '1e6', '10 MBs', 'MB', '1,000 KB'])('refuses %j', (text) => {
    expect(parseSize(text)).toBeUndefined();
  });
});
