/**
 * The site's reads of venue cards as REST query strings, as apps/web/src/data/content.ts asks them:
 * a card's fields, and of the documents they refer to only what a card reads.
 */
const CARD_FIELDS = [
  'name',
  'slug',
  '_status',
  'category',
  'neighborhood',
  'teaser',
  'heroImage',
  'location',
];

/** For a read whose populated venues (pinned nearby) come as cards. */
export const cardPopulate = [
  ...CARD_FIELDS.map((field) => `populate[venues][${field}]=true`),
  'populate[categories][key]=true',
  'populate[neighborhoods][slug]=true',
].join('&');

/** For a list of cards. */
export const cardQuery = `${CARD_FIELDS.map((field) => `select[${field}]=true`).join('&')}&${cardPopulate}`;
