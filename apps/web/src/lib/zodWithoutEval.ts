import { config } from 'zod';

/**
 * Zod compiles fast parsers with `new Function`, after probing whether that is allowed. The
 * site's Content-Security-Policy forbids it, and the probe alone is reported as a violation, so
 * code that builds schemas in the browser imports this module first.
 */
config({ jitless: true });
