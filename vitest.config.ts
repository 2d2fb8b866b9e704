import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests spawn the built binary; build once before the run.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20000,
  },
});
