import { z } from 'zod';
import { geoPointSchema } from './geo.js';
import { localizedLine, localizedText } from './locale.js';
import { localizedSlug, slugSchema } from './slug.js';

/** A GeoJSON position: [longitude, latitude] — GeoJSON's order, the reverse of ours. */
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z
  .array(position)
  .min(4, 'A ring needs at least four positions')
  .max(5000, 'A ring may have at most 5000 positions')
  .refine((r) => {
    const first = r[0];
    const last = r[r.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, 'A ring must end where it starts');

/** A neighborhood's outline as a GeoJSON Polygon or MultiPolygon (RFC 7946). */
export const boundarySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1).max(50) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ring).min(1).max(50)).min(1).max(50),
  }),
]);
export type Boundary = z.infer<typeof boundarySchema>;

/** Boroughs (alcaldías) hold neighborhoods (colonias and barrios). */
export const neighborhoodKinds = ['borough', 'neighborhood'] as const;

export const neighborhoodSchema = z.object({
  name: localizedLine,
  slug: localizedSlug,
  kind: z.enum(neighborhoodKinds),
  /** The Spanish slug of the area this one sits in, e.g. Del Carmen → coyoacan. */
  parent: slugSchema.optional(),
  summary: localizedText,
  centre: geoPointSchema,
  boundary: boundarySchema.optional(),
});
export type NeighborhoodInput = z.input<typeof neighborhoodSchema>;
export type Neighborhood = z.output<typeof neighborhoodSchema>;

/** The chain from the outermost area down to the given one: Coyoacán → Del Carmen. */
export function neighborhoodTrail(slug: string, all: readonly Neighborhood[]): Neighborhood[] {
  const bySlug = new Map(all.map((n) => [n.slug.es, n]));
  const trail: Neighborhood[] = [];
  let current = bySlug.get(slug);
  while (current && !trail.includes(current)) {
    trail.unshift(current);
    current = current.parent ? bySlug.get(current.parent) : undefined;
  }
  return trail;
}
