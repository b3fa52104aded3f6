import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { SiteTestLast } from './test/sequencer';

const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  resolve: { alias: { '@': src } },
  test: {
    // Only honoured here, for all projects: see test/sequencer.ts.
    sequence: { sequencer: SiteTestLast },
    projects: [
      {
        resolve: { alias: { '@': src } },
        test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias: { '@': src } },
        test: {
          name: 'stack',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One CMS and one site are shared, and one test stops the CMS: run files one after another,
          // that one last (the sequencer above).
          fileParallelism: false,
        },
      },
    ],
  },
});
