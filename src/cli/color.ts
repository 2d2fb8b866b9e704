/**
 * @file Decides whether output is coloured: `--no-color` and `NO_COLOR` turn
 * it off, `--color` and `FORCE_COLOR` turn it on, otherwise colour only when
 * the stream is a terminal. Returns a chalk instance for the formatter.
 */

import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

export interface ColorInputs {
  flag: boolean | undefined;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

export function colorLevel({ flag, env, isTTY }: ColorInputs): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return supportsColor ? supportsColor.level || 1 : 1;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return 0;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  if (!isTTY) return 0;
  return supportsColor ? supportsColor.level : 0;
}

export function chalkFor(inputs: ColorInputs): ChalkInstance {
  return new Chalk({ level: colorLevel(inputs) });
}
