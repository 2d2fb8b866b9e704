// colorLevel: --no-color and NO_COLOR turn colour off, --color and FORCE_COLOR
// turn it on, otherwise only a terminal gets colour.
import { supportsColor } from 'chalk';
import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/color.js';

// What chalk detected for this test process; a terminal gets this level, --color at least 1.
const detected = supportsColor ? supportsColor.level : 0;

describe('colorLevel', () => {
  it('is off with --no-color, whatever the environment and terminal', () => {
    expect(colorLevel({ flag: false, env: { FORCE_COLOR: '3' }, isTTY: true })).toBe(0);
  });

  it('is on with --color, even with NO_COLOR and no terminal', () => {
    expect(colorLevel({ flag: true, env: { NO_COLOR: '1' }, isTTY: false })).toBe(detected || 1);
  });

  it('honours NO_COLOR (any non-empty value) over FORCE_COLOR and a terminal', () => {
    expect(colorLevel({ flag: undefined, env: { NO_COLOR: '1', FORCE_COLOR: '1' }, isTTY: true })).toBe(0);
    // An empty NO_COLOR does not count (no-color.org).
    expect(colorLevel({ flag: undefined, env: { NO_COLOR: '', FORCE_COLOR: '2' }, isTTY: false })).toBe(2);
  });

  it('honours FORCE_COLOR: 0/false off, 1–3 that level, anything else 1', () => {
    expect(colorLevel({ flag: undefined, env: { FORCE_COLOR: '0' }, isTTY: true })).toBe(0);
    expect(colorLevel({ flag: undefined, env: { FORCE_COLOR: 'false' }, isTTY: true })).toBe(0);
    expect(colorLevel({ flag: undefined, env: { FORCE_COLOR: '3' }, isTTY: false })).toBe(3);
    expect(colorLevel({ flag: undefined, env: { FORCE_COLOR: '' }, isTTY: false })).toBe(1);
    expect(colorLevel({ flag: undefined, env: { FORCE_COLOR: 'yes' }, isTTY: false })).toBe(1);
  });

  it('is off when output is not a terminal, and what the terminal supports when it is', () => {
    expect(colorLevel({ flag: undefined, env: {}, isTTY: false })).toBe(0);
    expect(colorLevel({ flag: undefined, env: {}, isTTY: true })).toBe(detected);
  });
});
