import { z } from 'zod';
import { addressSchema } from './address.js';
import { categoryKeySchema } from './category.js';
import { geoPointSchema } from './geo.js';
import { boundedText, localizedLine, localizedText, textLimits } from './locale.js';
import { mediaSchema } from './media.js';
import { openingHoursSchema } from './openingHours.js';
import { localizedRichText } from './richText.js';
import { localizedSlug, slugSchema } from './slug.js';

export const publicationStatuses = ['draft', 'published'] as const;
export const publicationStatusSchema = z.enum(publicationStatuses);
export type PublicationStatus = (typeof publicationStatuses)[number];

const isoDate = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD' });
const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'Use an ISO 639 language code such as es or en');
const httpUrl = z
  .url({ protocol: /^https?$/, error: 'Must be an http(s) URL' })
  .max(textLimits.url, `Must be at most ${textLimits.url} characters`);

export const transitModes = ['metro', 'metrobus', 'trolleybus', 'light-rail', 'bus', 'bike-share'] as const;
export type TransitMode = (typeof transitModes)[number];

/** The longest walk from a stop that still counts as arriving by it. */
export const maxWalkingMinutes = 60;

/** A stop to arrive by, and how long the walk from it takes. */
export const transitStopSchema = z.object({
  mode: z.enum(transitModes),
  line: boundedText(textLimits.line, { empty: 'Line is required' }),
  name: boundedText(textLimits.line, { empty: 'Stop name is required' }),
  walkingMinutes: z
    .number()
    .int()
    .min(0)
    .max(maxWalkingMinutes, 'A stop more than an hour away is not nearby'),
});
export type TransitStop = z.infer<typeof transitStopSchema>;

export const priceKinds = ['general', 'concession', 'free'] as const;

/** The dearest admission Paseo accepts, in pesos: above it, a typo is likelier than a price. */
export const maxAdmissionMXN = 100_000;

/** Admission in Mexican pesos: who pays what, and when entry is free. */
export const admissionSchema = z.object({
  prices: z
    .array(
      z.object({
        kind: z.enum(priceKinds),
        audience: localizedText,
        amountMXN: z
          .number()
          .min(0, 'Amount must be zero or more')
          .max(maxAdmissionMXN, `Amount must be at most ${maxAdmissionMXN.toLocaleString('en')}`),
      }),
    )
    .default([]),
  freeDays: z.array(z.object({ text: localizedText })).default([]),
  note: localizedText.optional(),
});
export type Admission = z.infer<typeof admissionSchema>;

export const availabilities = ['yes', 'partial', 'no', 'unknown'] as const;
export type Availability = (typeof availabilities)[number];
const availability = z.enum(availabilities).default('unknown');

/** What a visitor with reduced mobility asks of a venue, each answered yes, partly, no or unknown. */
export const accessibilityFeatures = [
  'stepFreeEntrance',
  'lift',
  'accessibleToilet',
  'seating',
  'wheelchairLoan',
] as const;
export type AccessibilityFeature = (typeof accessibilityFeatures)[number];

export const accessibilitySchema = z.object({
  ...(Object.fromEntries(accessibilityFeatures.map((feature) => [feature, availability])) as Record<
    AccessibilityFeature,
    typeof availability
  >),
  signageLanguages: z.array(languageCode).default([]),
  tourLanguages: z.array(languageCode).default([]),
  note: localizedText.optional(),
});
export type Accessibility = z.infer<typeof accessibilitySchema>;

export const contactSchema = z.object({
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{7,20}$/, 'Phone may hold digits, spaces, brackets, hyphens and a leading +')
    .optional(),
  website: httpUrl.optional(),
  email: z.email('Must be an email address').max(254, 'Must be at most 254 characters').optional(),
});
export type Contact = z.infer<typeof contactSchema>;

export const tipKinds = [
  'bag-storage',
  'cash-only',
  'time-needed',
  'photography',
  'best-time',
  'other',
] as const;
export type TipKind = (typeof tipKinds)[number];
export const practicalTipSchema = z.object({
  kind: z.enum(tipKinds),
  text: localizedText,
});
export type PracticalTip = z.infer<typeof practicalTipSchema>;

/** The groups of facts that go stale and are checked one by one. */
export const factGroups = ['location', 'hours', 'admission', 'accessibility', 'contact', 'tips'] as const;
export type FactGroup = (typeof factGroups)[number];

/** Where a fact was checked: a name, and an address when it has one. */
export const sourceSchema = z.object({
  name: boundedText(textLimits.line, { empty: 'Source name is required' }),
  url: httpUrl.optional(),
});

/** When a group of facts was last checked, and against what. */
export const factCheckSchema = z.object({
  group: z.enum(factGroups),
  verifiedAt: isoDate,
  source: sourceSchema,
});
export type FactCheck = z.infer<typeof factCheckSchema>;

export const pullQuoteSchema = z.object({
  text: localizedText,
  attribution: boundedText(textLimits.line, { empty: 'Attribution is required' }),
});

/** How long a visit may be said to take, in minutes: a quick look to a whole day. */
export const visitMinutesRange = { min: 5, max: 480 } as const;
export const visitMinutesSchema = z
  .number({ error: 'Time needed must be a number of minutes' })
  .int('Time needed must be whole minutes')
  .min(visitMinutesRange.min, `Time needed must be at least ${visitMinutesRange.min} minutes`)
  .max(visitMinutesRange.max, `Time needed must be at most ${visitMinutesRange.max} minutes (8 hours)`);

/** A teaser is one line on a card. */
export const teaserMaxLength = 140;
const teaserText = boundedText(teaserMaxLength, {
  tooLong: `Keep a teaser to one line (${teaserMaxLength} characters)`,
});
/** A card's one line, in Spanish and, when written, English. */
export const teaserSchema = z.object({ es: teaserText, en: teaserText.optional() });

/** A venue: everything its page shows. References to other entries are their Spanish slugs. */
export const venueSchema = z.object({
  name: localizedLine,
  slug: localizedSlug,
  status: publicationStatusSchema,
  category: categoryKeySchema,
  neighborhood: slugSchema,
  teaser: teaserSchema,
  pullQuote: pullQuoteSchema.optional(),
  description: localizedRichText,
  heroImage: mediaSchema,
  gallery: z.array(mediaSchema).default([]),
  address: addressSchema,
  location: geoPointSchema,
  gettingThere: localizedText.optional(),
  transit: z.array(transitStopSchema).default([]),
  openingHours: openingHoursSchema.optional(),
  admission: admissionSchema.optional(),
  accessibility: accessibilitySchema.optional(),
  contact: contactSchema.optional(),
  tips: z.array(practicalTipSchema).default([]),
  /** How long a visit usually takes; a walk's stop takes it unless the walk says otherwise. */
  visitMinutes: visitMinutesSchema.optional(),
  pinnedNearby: z.array(slugSchema).default([]),
  guides: z.array(slugSchema).default([]),
  factChecks: z.array(factCheckSchema).default([]),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
});
export type VenueInput = z.input<typeof venueSchema>;
export type Venue = z.output<typeof venueSchema>;

/** The oldest check across the venue's fact groups: the date the page can vouch for. */
export function lastVerified(venue: Pick<Venue, 'factChecks'>): string | undefined {
  return venue.factChecks.map((check) => check.verifiedAt).sort()[0];
}
