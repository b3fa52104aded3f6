import { repeatedStopMessage, repeatedStops } from '@paseo/domain';
import type { RelationshipFieldSingleValidation } from 'payload';
import { validations } from 'payload/shared';
import { relationId } from '../../lib/relationId';

/**
 * A stop's venue must exist (Payload's own check) and not be an earlier stop's: the domain's rule,
 * told on the repeated row with the venue's name.
 */
export const visitEachVenueOnce: RelationshipFieldSingleValidation = async (value, options) => {
  const builtIn = await validations.relationship(value, options);
  if (builtIn !== true) return builtIn;
  const index = Number(options.path[options.path.length - 2]);
  const rows = (options.data as { stops?: { venue?: unknown }[] | null }).stops ?? [];
  const repeat = repeatedStops(rows.map((row) => relationId(row?.venue))).find((r) => r.index === index);
  if (!repeat) return true;
  const id = relationId(value);
  const venue = await options.req.payload
    .findByID({ collection: 'venues', id: id as number, depth: 0, draft: true, req: options.req })
    .catch(() => undefined);
  const name = typeof venue?.name === 'string' ? venue.name : `#${String(id)}`;
  return repeatedStopMessage(name, repeat.index, repeat.first);
};
