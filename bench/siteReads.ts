/**
 * The site's reads of venue cards as REST query strings, taken from the site's data module so the
 * benches ask exactly what the site asks: a card's fields, and of the documents they refer to only
 * what a card reads.
 */
import type { Query } from '../apps/web/src/data/client';
import { cardPopulate as cardPopulateQuery, venueCardFields } from '../apps/web/src/data/content';

const queryString = (query: Query) =>
  Object.entries(query)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join('&');

/** For a read whose populated venues (pinned nearby) come as cards. */
export const cardPopulate = queryString(cardPopulateQuery);

/** For a list of cards. */
export const cardQuery = queryString(venueCardFields);
