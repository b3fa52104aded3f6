import { lineText, richTextSchema, stopCountMessage, walkSchema, walkStopLimits } from '@paseo/domain';
import type { ArrayFieldValidation, CollectionConfig } from 'payload';
import { contentTabs } from '../../fields/contentTabs';
import { searchTextField, untranslatedField } from '../../fields/languageIndex';
import { localizedTextField } from '../../fields/localizedText';
import { slugField } from '../../fields/slug';
import { sourceFields } from '../../fields/source';
import { visitMinutesField } from '../../fields/visitMinutes';
import { contentGroup } from '../../lib/adminLabels';
import { validateWith } from '../../lib/validateWith';
import { contentPreview, previewUrl, publishedContent } from '../publishedContent';
import { visitEachVenueOnce } from './visitEachVenueOnce';

const content = publishedContent({
  section: 'walk',
  translatable: ['title', 'slug', 'teaser', 'introduction'],
  searchable: ['title', 'teaser'],
});

/** The admin counts an array's rows in the form and holds the rows themselves on the server. */
const stopCount: ArrayFieldValidation = (value) => {
  const count = Array.isArray(value) ? value.length : Number(value ?? 0);
  return count >= walkStopLimits.min && count <= walkStopLimits.max ? true : stopCountMessage;
};

/** Walks through a neighborhood: venues in order, what to see at each, and the way between them. */
export const Walks: CollectionConfig = {
  slug: 'walks',
  labels: { singular: { en: 'Walk', es: 'Paseo' }, plural: { en: 'Walks', es: 'Paseos' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'neighborhood', '_status', 'untranslated', 'updatedAt'],
    group: contentGroup,
    preview: contentPreview('walk'),
    livePreview: { url: ({ data, locale }) => previewUrl('walk', locale.code, data.slug) },
  },
  ...content,
  fields: [
    contentTabs(
      [
        localizedTextField({ name: 'title', label: 'Title', requiredInSpanish: true, schema: lineText }),
        localizedTextField({
          name: 'teaser',
          label: 'Teaser',
          requiredInSpanish: true,
          schema: walkSchema.shape.teaser.shape.es,
          description: 'One line for cards and lists.',
        }),
        {
          type: 'row',
          fields: [
            {
              name: 'neighborhood',
              type: 'relationship',
              relationTo: 'neighborhoods',
              required: true,
            },
            { name: 'heroImage', label: 'Hero image', type: 'upload', relationTo: 'media', required: true },
          ],
        },
        {
          name: 'introduction',
          type: 'richText',
          localized: true,
          required: true,
          validate: validateWith(richTextSchema, { optional: true }),
        },
        {
          name: 'stops',
          type: 'array',
          required: true,
          labels: { singular: 'Stop', plural: 'Stops' },
          admin: {
            description: `${walkStopLimits.min} to ${walkStopLimits.max} venues, in the order a visitor walks them.`,
          },
          validate: stopCount,
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'venue',
                  type: 'relationship',
                  relationTo: 'venues',
                  required: true,
                  validate: visitEachVenueOnce,
                },
                visitMinutesField('minutes', 'Minutes there', 'Empty: the venue’s own time needed.'),
              ],
            },
            localizedTextField({ name: 'lookFor', label: 'What to look at there', multiline: true }),
            localizedTextField({
              name: 'wayHere',
              label: 'On the way here',
              multiline: true,
              description: 'Directions or a remark for the walk from the previous stop.',
            }),
          ],
        },
        {
          name: 'routeMap',
          type: 'ui',
          admin: { components: { Field: '/components/RouteMap#RouteMap' } },
        },
        {
          name: 'reorderable',
          label: 'Visitors may be offered another order of the stops',
          type: 'checkbox',
          defaultValue: false,
          admin: {
            description:
              'For walks whose stops can come in any order: the site suggests one that finds every door open.',
          },
        },
      ],
      {
        label: 'Sources',
        fields: [
          {
            name: 'verifiedAt',
            label: 'Verified on',
            type: 'text',
            admin: { placeholder: 'YYYY-MM-DD' },
            validate: validateWith(walkSchema.shape.verifiedAt.unwrap(), { optional: true }),
          },
          { name: 'sources', type: 'array', fields: [sourceFields()] },
        ],
      },
    ),
    slugField('title'),
    untranslatedField,
    searchTextField,
  ],
};
