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
        localizedTextField({
          name: 'title',
          label: { en: 'Title', es: 'Título' },
          requiredInSpanish: true,
          schema: lineText,
        }),
        localizedTextField({
          name: 'teaser',
          label: { en: 'Teaser', es: 'Entradilla' },
          requiredInSpanish: true,
          schema: walkSchema.shape.teaser.shape.es,
          description: { en: 'One line for cards and lists.', es: 'Una línea para tarjetas y listas.' },
        }),
        {
          type: 'row',
          fields: [
            {
              name: 'neighborhood',
              label: { en: 'Neighborhood', es: 'Barrio' },
              type: 'relationship',
              relationTo: 'neighborhoods',
              required: true,
            },
            {
              name: 'heroImage',
              label: { en: 'Hero image', es: 'Imagen principal' },
              type: 'upload',
              relationTo: 'media',
              required: true,
            },
          ],
        },
        {
          name: 'introduction',
          label: { en: 'Introduction', es: 'Introducción' },
          type: 'richText',
          localized: true,
          required: true,
          validate: validateWith(richTextSchema, { optional: true }),
        },
        {
          name: 'stops',
          label: { en: 'Stops', es: 'Paradas' },
          type: 'array',
          required: true,
          labels: { singular: { en: 'Stop', es: 'Parada' }, plural: { en: 'Stops', es: 'Paradas' } },
          admin: {
            description: {
              en: `${walkStopLimits.min} to ${walkStopLimits.max} venues, in the order a visitor walks them.`,
              es: `De ${walkStopLimits.min} a ${walkStopLimits.max} lugares, en el orden en que se recorren.`,
            },
          },
          validate: stopCount,
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'venue',
                  label: { en: 'Venue', es: 'Lugar' },
                  type: 'relationship',
                  relationTo: 'venues',
                  required: true,
                  validate: visitEachVenueOnce,
                },
                visitMinutesField('minutes', 'Minutes there', 'Empty: the venue’s own time needed.'),
              ],
            },
            localizedTextField({
              name: 'lookFor',
              label: { en: 'What to look at there', es: 'Qué mirar ahí' },
              multiline: true,
            }),
            localizedTextField({
              name: 'wayHere',
              label: { en: 'On the way here', es: 'De camino' },
              multiline: true,
              description: {
                en: 'Directions or a remark for the walk from the previous stop.',
                es: 'Indicaciones o un comentario para el camino desde la parada anterior.',
              },
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
          label: {
            en: 'Visitors may be offered another order of the stops',
            es: 'Se puede ofrecer a los visitantes otro orden de las paradas',
          },
          type: 'checkbox',
          defaultValue: false,
          admin: {
            description: {
              en: 'For walks whose stops can come in any order: the site suggests one that finds every door open.',
              es: 'Para paseos cuyas paradas pueden ir en cualquier orden: el sitio sugiere uno con todas las puertas abiertas.',
            },
          },
        },
      ],
      {
        label: { en: 'Sources', es: 'Fuentes' },
        fields: [
          {
            name: 'verifiedAt',
            label: { en: 'Verified on', es: 'Verificado el' },
            type: 'text',
            admin: { placeholder: 'YYYY-MM-DD' },
            validate: validateWith(walkSchema.shape.verifiedAt.unwrap(), { optional: true }),
          },
          {
            name: 'sources',
            label: { en: 'Sources', es: 'Fuentes' },
            type: 'array',
            fields: [sourceFields()],
          },
        ],
      },
    ),
    slugField('title'),
    untranslatedField,
    searchTextField,
  ],
};
