import { geoPointSchema } from '@paseo/domain';
import type { GroupField } from 'payload';
import type { Bilingual } from '../lib/adminLabels';
import { validateWith } from '../lib/validateWith';

/**
 * Latitude and longitude as two numbers (the embedded PostgreSQL has no PostGIS), each checked by
 * the domain's rules, with a map preview beside them.
 */
export function geoPointField(name: string, label: string | Bilingual): GroupField {
  return {
    name,
    label,
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'latitude',
            label: { en: 'Latitude', es: 'Latitud' },
            type: 'number',
            required: true,
            admin: {
              step: 0.00001,
              description: { en: 'Degrees north, e.g. 19.35533', es: 'Grados al norte, p. ej. 19.35533' },
            },
            validate: validateWith(geoPointSchema.shape.latitude),
          },
          {
            name: 'longitude',
            label: { en: 'Longitude', es: 'Longitud' },
            type: 'number',
            required: true,
            admin: {
              step: 0.00001,
              description: {
                en: 'Degrees east (negative in the Americas), e.g. -99.15654',
                es: 'Grados al este (negativos en América), p. ej. -99.15654',
              },
            },
            validate: validateWith(geoPointSchema.shape.longitude),
          },
        ],
      },
      {
        name: 'mapPreview',
        type: 'ui',
        admin: { components: { Field: '/components/MapPreview#MapPreview' } },
      },
    ],
  };
}
