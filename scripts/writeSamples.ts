// Writes the sample venue files in samples/ from the domain's sample content, in the format
// `npm run import` reads. A domain test fails when the committed CSV differs from what this writes.
import { writeFileSync } from 'node:fs';
import { venuesToCsv, venuesToGeoJson } from '@paseo/domain';
import { venueRecords } from '@paseo/domain/fixtures';

const samples = new URL('../samples/', import.meta.url);
writeFileSync(new URL('coyoacan-venues.csv', samples), venuesToCsv(venueRecords));
writeFileSync(
  new URL('coyoacan-venues.geojson', samples),
  `${JSON.stringify(venuesToGeoJson(venueRecords), null, 2)}\n`,
);
console.log(`Wrote ${venueRecords.length} venues to samples/coyoacan-venues.csv and .geojson`);
