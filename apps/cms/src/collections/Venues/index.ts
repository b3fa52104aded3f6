import {
  type AccessibilityFeature,
  accessibilityFeatures,
  accessibilitySchema,
  addressSchema,
  admissionSchema,
  availabilities,
  closureSchema,
  contactSchema,
  defaultTimeZone,
  factCheckSchema,
  factGroups,
  lineText,
  maxAdmissionMXN,
  maxWalkingMinutes,
  openingHoursSchema,
  priceKinds,
  pullQuoteSchema,
  richTextSchema,
  tipKinds,
  transitModes,
  transitStopSchema,
  venueSchema,
} from '@paseo/domain';
import type { CollectionConfig, Field, TextFieldSingleValidation } from 'payload';
import { contentTabs } from '../../fields/contentTabs';
import { geoPointField } from '../../fields/geoPoint';
import { searchTextField, untranslatedField } from '../../fields/languageIndex';
import { localizedTextField } from '../../fields/localizedText';
import { openReportsField } from '../../fields/openReports';
import { slugField } from '../../fields/slug';
import { sourceFields } from '../../fields/source';
import { visitMinutesField } from '../../fields/visitMinutes';
import { contentGroup } from '../../lib/adminLabels';
import { validateWith } from '../../lib/validateWith';
import { contentPreview, previewUrl, publishedContent } from '../publishedContent';
import { exportVenues } from './endpoints/exportVenues';
import { listNearestVenues } from './endpoints/listNearestVenues';
import { listPublishedSlugs } from './endpoints/listPublishedSlugs';
import { recordLastVerified } from './hooks/recordLastVerified';

/** A quote needs its attribution: the site shows neither without the other. */
const attributionOfQuote: TextFieldSingleValidation = (value, options) => {
  const quote = (options.siblingData as { text?: unknown } | undefined)?.text;
  const hasQuote = typeof quote === 'string' && quote.trim() !== '';
  return validateWith(pullQuoteSchema.shape.attribution, { optional: !hasQuote })(value, options);
};

/** One admission price: who pays how much. */
const priceSchema = admissionSchema.shape.prices.unwrap().element;

const options = (values: readonly string[]) =>
  values.map((value) => ({ label: value.replace(/-/g, ' '), value }));

/** What the admin calls each accessibility feature the domain lists. */
const featureLabels = {
  stepFreeEntrance: 'Step-free entrance',
  lift: 'Lift',
  accessibleToilet: 'Accessible toilet',
  seating: 'Seating',
  wheelchairLoan: 'Wheelchair loan',
} satisfies Record<AccessibilityFeature, string>;

const availabilityField = (
  name: Extract<keyof typeof accessibilitySchema.shape, string>,
  label: string,
): Field => ({
  name,
  label,
  type: 'select',
  defaultValue: 'unknown',
  options: options(availabilities),
});

/** The fields the language index reads (also what `npm run generate:venues` writes it from). */
export const venueLanguageFields = {
  translatable: ['name', 'slug', 'teaser', 'description'],
  searchable: ['name', 'teaser'],
};

const content = publishedContent({ section: 'venue', ...venueLanguageFields });

export const Venues: CollectionConfig = {
  slug: 'venues',
  labels: { singular: { en: 'Venue', es: 'Lugar' }, plural: { en: 'Venues', es: 'Lugares' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: [
      'name',
      'category',
      'neighborhood',
      '_status',
      'untranslated',
      'lastVerifiedAt',
      'updatedAt',
    ],
    group: contentGroup,
    listSearchableFields: ['name', 'slug'],
    components: { beforeListTable: ['/components/VenueListActions#VenueListActions'] },
    preview: contentPreview('venue'),
    livePreview: { url: ({ data, locale }) => previewUrl('venue', locale.code, data.slug) },
  },
  ...content,
  hooks: { ...content.hooks, beforeChange: [...(content.hooks?.beforeChange ?? []), recordLastVerified] },
  endpoints: [listPublishedSlugs, listNearestVenues, exportVenues],
  // The tabs come first so the SEO plugin adds its tab beside them; sidebar fields follow.
  fields: [
    contentTabs(
      [
        localizedTextField({ name: 'name', label: 'Name', requiredInSpanish: true, schema: lineText }),
        localizedTextField({
          name: 'teaser',
          label: 'Teaser',
          requiredInSpanish: true,
          schema: venueSchema.shape.teaser.shape.es,
          description: 'One line for cards and lists.',
        }),
        {
          type: 'row',
          fields: [
            { name: 'category', type: 'relationship', relationTo: 'categories', required: true },
            {
              name: 'neighborhood',
              type: 'relationship',
              relationTo: 'neighborhoods',
              required: true,
              filterOptions: { kind: { equals: 'neighborhood' } },
            },
          ],
        },
        { name: 'heroImage', label: 'Hero image', type: 'upload', relationTo: 'media', required: true },
        {
          name: 'pullQuote',
          label: 'Pull quote',
          type: 'group',
          fields: [
            localizedTextField({ name: 'text', label: 'Quote', multiline: true }),
            {
              name: 'attribution',
              type: 'text',
              validate: attributionOfQuote,
            },
          ],
        },
        {
          name: 'description',
          type: 'richText',
          localized: true,
          required: true,
          validate: validateWith(richTextSchema, { optional: true }),
        },
        { name: 'gallery', type: 'upload', relationTo: 'media', hasMany: true },
        {
          name: 'tips',
          label: 'Practical tips',
          type: 'array',
          fields: [
            { name: 'kind', type: 'select', required: true, options: options(tipKinds) },
            localizedTextField({ name: 'text', label: 'Tip', requiredInSpanish: true }),
          ],
        },
      ],
      {
        label: 'Location & getting there',
        fields: [
          {
            name: 'address',
            type: 'group',
            fields: [
              {
                name: 'street',
                type: 'text',
                required: true,
                validate: validateWith(addressSchema.shape.street),
              },
              {
                type: 'row',
                fields: [
                  {
                    name: 'neighborhood',
                    label: 'Colonia',
                    type: 'text',
                    required: true,
                    validate: validateWith(addressSchema.shape.neighborhood),
                  },
                  {
                    name: 'postalCode',
                    type: 'text',
                    required: true,
                    validate: validateWith(addressSchema.shape.postalCode),
                  },
                ],
              },
              {
                type: 'row',
                fields: [
                  {
                    name: 'borough',
                    label: 'Alcaldía',
                    type: 'text',
                    required: true,
                    defaultValue: 'Coyoacán',
                    validate: validateWith(addressSchema.shape.borough),
                  },
                  {
                    name: 'city',
                    type: 'text',
                    required: true,
                    defaultValue: 'Ciudad de México',
                    validate: validateWith(addressSchema.shape.city),
                  },
                  {
                    name: 'country',
                    type: 'text',
                    required: true,
                    defaultValue: 'MX',
                    validate: validateWith(addressSchema.shape.country),
                  },
                ],
              },
            ],
          },
          geoPointField('location', 'Coordinates'),
          localizedTextField({ name: 'gettingThere', label: 'How to get here', multiline: true }),
          {
            name: 'transit',
            label: 'Nearest transit stops',
            type: 'array',
            fields: [
              {
                type: 'row',
                fields: [
                  { name: 'mode', type: 'select', required: true, options: options(transitModes) },
                  {
                    name: 'line',
                    type: 'text',
                    required: true,
                    validate: validateWith(transitStopSchema.shape.line),
                  },
                  {
                    name: 'name',
                    label: 'Stop',
                    type: 'text',
                    required: true,
                    validate: validateWith(transitStopSchema.shape.name),
                  },
                  {
                    name: 'walkingMinutes',
                    type: 'number',
                    required: true,
                    min: 0,
                    max: maxWalkingMinutes,
                    validate: validateWith(transitStopSchema.shape.walkingMinutes),
                  },
                ],
              },
            ],
          },
          {
            name: 'contact',
            type: 'group',
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'phone',
                    type: 'text',
                    validate: validateWith(contactSchema.shape.phone, { optional: true }),
                  },
                  {
                    name: 'website',
                    type: 'text',
                    validate: validateWith(contactSchema.shape.website, { optional: true }),
                  },
                  {
                    name: 'email',
                    type: 'text',
                    validate: validateWith(contactSchema.shape.email, { optional: true }),
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        label: 'Hours & prices',
        fields: [
          visitMinutesField(
            'visitMinutes',
            'Time needed (minutes)',
            'How long a visit usually takes; walks use it for their stops.',
          ),
          {
            name: 'openingHours',
            label: 'Opening hours',
            type: 'group',
            fields: [
              {
                name: 'rule',
                type: 'text',
                admin: {
                  description:
                    'OpenStreetMap syntax, e.g. "Tu-Su 10:00-17:00; PH off". Leave empty if unknown.',
                },
                validate: validateWith(openingHoursSchema.shape.rule, { optional: true }),
              },
              {
                name: 'timeZone',
                type: 'text',
                defaultValue: defaultTimeZone,
                validate: validateWith(openingHoursSchema.shape.timeZone, { optional: true }),
              },
              {
                name: 'closures',
                label: 'Special closures',
                type: 'array',
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'date',
                        type: 'text',
                        required: true,
                        admin: { placeholder: 'YYYY-MM-DD' },
                        validate: validateWith(closureSchema.shape.date),
                      },
                      localizedTextField({ name: 'reason', label: 'Reason' }),
                    ],
                  },
                ],
              },
              localizedTextField({ name: 'note', label: 'Note', multiline: true }),
            ],
          },
          {
            name: 'admission',
            type: 'group',
            fields: [
              {
                name: 'prices',
                type: 'array',
                fields: [
                  {
                    type: 'row',
                    fields: [
                      { name: 'kind', type: 'select', required: true, options: options(priceKinds) },
                      localizedTextField({ name: 'audience', label: 'Who', requiredInSpanish: true }),
                      {
                        name: 'amountMXN',
                        label: 'Amount (MXN)',
                        type: 'number',
                        required: true,
                        min: 0,
                        max: maxAdmissionMXN,
                        validate: validateWith(priceSchema.shape.amountMXN),
                      },
                    ],
                  },
                ],
              },
              {
                name: 'freeDays',
                label: 'Free entry',
                type: 'array',
                fields: [localizedTextField({ name: 'text', label: 'When', requiredInSpanish: true })],
              },
              localizedTextField({ name: 'note', label: 'Note', multiline: true }),
            ],
          },
        ],
      },
      {
        label: 'Accessibility',
        fields: [
          {
            name: 'accessibility',
            type: 'group',
            fields: [
              {
                type: 'row',
                fields: accessibilityFeatures.map((feature) =>
                  availabilityField(feature, featureLabels[feature]),
                ),
              },
              {
                type: 'row',
                fields: [
                  {
                    name: 'signageLanguages',
                    type: 'text',
                    hasMany: true,
                    admin: { description: 'Language codes, e.g. es, en' },
                    validate: validateWith(accessibilitySchema.shape.signageLanguages, { optional: true }),
                  },
                  {
                    name: 'tourLanguages',
                    type: 'text',
                    hasMany: true,
                    validate: validateWith(accessibilitySchema.shape.tourLanguages, { optional: true }),
                  },
                ],
              },
              localizedTextField({ name: 'note', label: 'Note', multiline: true }),
            ],
          },
        ],
      },
      {
        label: 'Sources',
        fields: [
          {
            name: 'factChecks',
            label: 'Fact checks',
            type: 'array',
            admin: { description: 'When each group of facts was last checked, and against what.' },
            fields: [
              {
                type: 'row',
                fields: [
                  { name: 'group', type: 'select', required: true, options: options(factGroups) },
                  {
                    name: 'verifiedAt',
                    type: 'text',
                    required: true,
                    admin: { placeholder: 'YYYY-MM-DD' },
                    validate: validateWith(factCheckSchema.shape.verifiedAt),
                  },
                ],
              },
              // Stored as the columns source_name and source_url.
              { name: 'source', type: 'group', fields: [sourceFields()] },
            ],
          },
          {
            name: 'pinnedNearby',
            label: 'Pinned nearby places',
            type: 'relationship',
            relationTo: 'venues',
            hasMany: true,
            admin: { description: 'Shown first under "Nearby", before the ones computed from the map.' },
          },
          {
            name: 'guides',
            label: 'Practical guides',
            type: 'relationship',
            relationTo: 'guides',
            hasMany: true,
          },
        ],
      },
    ),
    slugField('name'),
    {
      name: 'lastVerifiedAt',
      label: { en: 'Last verified', es: 'Última verificación' },
      type: 'date',
      // Sorted and filtered on by the list and the dashboard.
      index: true,
      // Kept by recordLastVerified from the fact checks; nobody writes it directly.
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
        description: {
          en: 'The oldest of the fact checks (Sources tab); empty while there are none.',
          es: 'La más antigua de las verificaciones (pestaña Sources); vacía mientras no haya ninguna.',
        },
      },
    },
    openReportsField,
    untranslatedField,
    searchTextField,
  ],
};
