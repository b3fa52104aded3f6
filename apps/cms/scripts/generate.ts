/** Regenerates the admin's import map and the TypeScript types from the Payload config. */
import { generateImportMap } from 'payload';
import { generateTypes } from 'payload/node';

const { default: config } = await import('../src/payload.config');
const sanitized = await config;
await generateImportMap(sanitized, { log: true, force: true });
await generateTypes(sanitized, { log: true });
