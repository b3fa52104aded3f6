import { boundarySchema, lineText, neighborhoodKinds } from '@paseo/domain';
import type { CollectionConfig } from 'payload';
import { contentTabs } from '../../fields/contentTabs';
import { geoPointField } from '../../fields/geoPoint';
import { searchTextField, untranslatedField } from '../../fields/languageIndex';
import { localizedTextField } from '../../fields/localizedText';
import { slugField } from '../../fields/slug';
import { bilingualOptions, contentGroup } from '../../lib/adminLabels';
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
      localizedTextField({
        name: 'name',
        label: { en: 'Name', es: 'Nombre' },
        requiredInSpanish: true,
        schema: lineText,
      }),
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            label: { en: 'Kind', es: 'Tipo' },
            type: 'select',
            required: true,
            defaultValue: 'neighborhood',
            options: bilingualOptions(neighborhoodKinds),
          },
          {
            name: 'parent',
            label: { en: 'Parent', es: 'Alcaldía a la que pertenece' },
            type: 'relationship',
            relationTo: 'neighborhoods',
            admin: {
              description: {
                en: 'The borough this neighborhood belongs to.',
                es: 'La alcaldía a la que pertenece este barrio.',
              },
            },
            filterOptions: ({ id }) => ({ id: { not_equals: id ?? 0 } }),
          },
        ],
      },
      localizedTextField({
        name: 'summary',
        label: { en: 'Summary', es: 'Resumen' },
        requiredInSpanish: true,
        multiline: true,
      }),
      geoPointField('centre', 'Centre'),
      {
        name: 'boundary',
        label: { en: 'Boundary', es: 'Contorno' },
        type: 'json',
        admin: {
          description: {
            en: 'Optional outline as GeoJSON (Polygon or MultiPolygon, [longitude, latitude]).',
            es: 'Contorno opcional en GeoJSON (Polygon o MultiPolygon, [longitud, latitud]).',
          },
        },
        validate: validateWith(boundarySchema, { optional: true }),
      },
    ]),
    slugField('name'),
    untranslatedField,
    searchTextField,
  ],
};
