import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Lexical's Node entry chooses its build with a top-level await that Node 20 was seen to leave
    // hanging; the condition loads the production build directly (as `npm start` does).
    execArgv: ['--conditions=production'],
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // One CMS on one database is shared: files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
