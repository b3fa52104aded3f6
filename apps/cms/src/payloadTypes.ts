/**
 * Tells Payload's Local API the types generated from this config. They are written into the
 * shared contract (`@paseo/domain/cms`) rather than here, so the declaration is made by hand.
 */
import type { Config } from '@paseo/domain/cms';

declare module 'payload' {
  export interface GeneratedTypes extends Config {}
}
