import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * An outside developer's plain Node ESM script, in a folder of its own, importing the built
 * package by name through its `exports` map.
 */
describe('the built package, from a script outside the workspace', () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'paseo-consumer-'));
    afterAll(() => rmSync(project, { recursive: true, force: true }));
    it('validates a venue and answers nearby, open-now and JSON-LD', () => {
        mkdirSync(path.join(project, 'node_modules/@paseo'), { recursive: true });
        symlinkSync(packageDir, path.join(project, 'node_modules/@paseo/domain'), 'dir');
        writeFileSync(path.join(project, 'package.json'), JSON.stringify({ type: 'module', private: true }));
        writeFileSync(path.join(project, 'script.mjs'), `import { venueSchema, nearby, isOpenAt, venueJsonLd } from '@paseo/domain';
import { venues } from '@paseo/domain/fixtures';

const all = venues.map((venue) => venueSchema.parse(venue));
const trotsky = all.find((venue) => venue.slug.es === 'museo-casa-de-leon-trotsky');
const closest = nearby(trotsky, all, { limit: 3 });
const bad = venueSchema.safeParse({ ...venues[0], location: { latitude: 120, longitude: 0 } });
console.log(JSON.stringify({
  venues: all.length,
  nearby: closest.map((place) => place.venue.slug.es),
  openTuesdayMorning: isOpenAt(trotsky.openingHours, new Date('2026-11-24T17:00:00Z')),
  openMonday: isOpenAt(trotsky.openingHours, new Date('2026-11-23T17:00:00Z')),
  type: venueJsonLd(trotsky, { locale: 'es', url: 'https://x.example/', absoluteUrl: (u) => u })['@type'],
  badPath: bad.error.issues[0].path.join('.'),
}));
`);
        const output = execFileSync(process.execPath, ['script.mjs'], { cwd: project, encoding: 'utf8' });
        const result = JSON.parse(output);
        expect(result.venues).toBeGreaterThanOrEqual(9);
        expect(result.nearby).toHaveLength(3);
        expect(result.nearby).not.toContain('museo-casa-de-leon-trotsky');
        expect(result.openTuesdayMorning).toBe(true);
        expect(result.openMonday).toBe(false);
        expect(result.type).toEqual(['Museum', 'TouristAttraction']);
        expect(result.badPath).toBe('location.latitude');
    });
});
//# sourceMappingURL=consumer.test.js.map