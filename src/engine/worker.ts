/**
 * @file The worker thread of a parallel check (bundled as dist/worker.mjs;
 * started by `./parallel.ts`): receives the check options once, then checks
 * one claims file per message with the same code as the serial loop, and
 * sends back its result, or the error that stopped it.
 */

import { parentPort } from 'node:worker_threads';
import type { FileResult } from '../types.js';
import { fileChecker } from './check.js';
import { SetupError } from './errors.js';
import type { FromWorker, ToWorker } from './parallel.js';

const port = parentPort;
let checkOne: ((path: string) => FileResult) | undefined;

port?.on('message', (message: ToWorker) => {
  if (message.type === 'start') {
    checkOne = fileChecker(message.options);
    return;
  }
  let reply: FromWorker;
  try {
    if (!checkOne) throw new Error('the worker was sent a file before its options');
    reply = { type: 'result', index: message.index, result: checkOne(message.path) };
  } catch (error) {
    const setup = error instanceof SetupError;
    const e = error instanceof Error ? error : new Error(String(error));
    reply = {
      type: 'error',
      index: message.index,
      setup,
      message: e.message,
      words: setup ? (error as SetupError).words : e.message,
      detailWords: setup ? [...(error as SetupError).detailWords] : [],
      ...(e.stack !== undefined ? { stack: e.stack } : {}),
    };
  }
  port.postMessage(reply);
});
