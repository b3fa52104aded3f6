import { boundarySchema, neighborhoodKinds, pagePath } from '@paseo/domain';
import type { CollectionConfig } from 'payload';
import { isEditor } from '../../access/isEditor';
import { publishedOrEditor } from '../../access/publishedOrEditor';
import { geoPointField } from '../../fields/geoPoint';
import { searchTextField, untranslatedField } from '../../fields/languageIndex';
import { localizedTextField } from '../../fields/localizedText';
import { previewUrl, publishedEntryVersions } from '../../fields/publishedEntry';
import { slugField } from '../../fields/slug';
import { indexLanguages } from '../../hooks/indexLanguages';
import { notifySiteOfChange } from '../../hooks/notifySiteOfChange';
import { recordPublishedState } from '../../hooks/recordPublishedState';
import { recordSlugRedirects } from '../../hooks/recordSlugRedirects';
import { validateWith } from '../../lib/validateWith';

const siteNotice = notifySiteOfChange('neighborhood');

/** Boroughs (alcaldías) and the neighborhoods (colonias, barrios) inside them. */
export const Neighborhoods: CollectionConfig = {
  slug: 'neighborhoods',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'parent', '_status', 'untranslated'],
    group: 'Content',
    preview: (doc, { locale }) =>
      previewUrl(pagePath('neighborhood', locale === 'en' ? 'en' : 'es', String(doc.slug ?? ''))),
  },
  access: {
    read: publishedOrEditor,
    readVersions: isEditor,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  versions: publishedEntryVersions,
  hooks: {
    beforeChange: [
      recordPublishedState,
      indexLanguages({ translatable: ['name', 'slug', 'summary'], searchable: ['name', 'summary'] }),
    ],
    afterChange: [recordSlugRedirects('neighborhood'), siteNotice.afterChange],
    afterDelete: [siteNotice.afterDelete],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Content',
          fields: [
            localizedTextField({ name: 'name', label: 'Name', requiredInSpanish: true }),
            {
              type: 'row',
              fields: [
                {
                  name: 'kind',
                  type: 'select',
                  required: true,
                  defaultValue: 'neighborhood',
                  options: neighborhoodKinds.map((value) => ({ label: value, value })),
                },
                {
                  name: 'parent',
                  type: 'relationship',
                  relationTo: 'neighborhoods',
                  admin: { description: 'The borough this neighborhood belongs to.' },
                  filterOptions: ({ id }) => ({ id: { not_equals: id ?? 0 } }),
                },
              ],
            },
            localizedTextField({
              name: 'summary',
              label: 'Summary',
              requiredInSpanish: true,
              multiline: true,
            }),
            geoPointField('centre', 'Centre'),
            {
              name: 'boundary',
              type: 'json',
              admin: {
                description: 'Optional outline as GeoJSON (Polygon or MultiPolygon, [longitude, latitude]).',
              },
              validate: validateWith(boundarySchema, { optional: true }),
            },
          ],
        },
      ],
    },
    slugField('name'),
    untranslatedField,
    searchTextField,
  ],
};
