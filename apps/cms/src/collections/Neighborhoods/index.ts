import { boundarySchema, lineText, neighborhoodKinds } from '@paseo/domain';
import type { CollectionConfig } from 'payload';
import { contentTabs } from '../../fields/contentTabs';
import { geoPointField } from '../../fields/geoPoint';
import { searchTextField, untranslatedField } from '../../fields/languageIndex';
import { localizedTextField } from '../../fields/localizedText';
import { slugField } from '../../fields/slug';
import { contentGroup } from '../../lib/adminLabels';
import { validateWith } from '../../lib/validateWith';
import { contentPreview, publishedContent } from '../publishedContent';

const content = publishedContent({
  section: 'neighborhood',
  translatable: ['name', 'slug', 'summary'],
  searchable: ['name', 'summary'],
});

/** Boroughs (alcaldías) and the neighborhoods (colonias, barrios) inside them. */
export const Neighborhoods: CollectionConfig = {
  slug: 'neighborhoods',
  labels: {
    singular: { en: 'Neighborhood', es: 'Colonia' },
    plural: { en: 'Neighborhoods', es: 'Colonias' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'parent', '_status', 'untranslated'],
    group: contentGroup,
    preview: contentPreview('neighborhood'),
  },
  ...content,
  fields: [
    contentTabs([
      localizedTextField({ name: 'name', label: 'Name', requiredInSpanish: true, schema: lineText }),
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
    ]),
    slugField('name'),
    untranslatedField,
    searchTextField,
  ],
};
