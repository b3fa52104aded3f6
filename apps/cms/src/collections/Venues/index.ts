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
import { type Bilingual, bilingualOptions, contentGroup } from '../../lib/adminLabels';
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

/** What the admin calls each accessibility feature the domain lists. */
const featureLabels = {
  stepFreeEntrance: { en: 'Step-free entrance', es: 'Entrada sin escalones' },
  lift: { en: 'Lift', es: 'Elevador' },
  accessibleToilet: { en: 'Accessible toilet', es: 'Baño accesible' },
  seating: { en: 'Seating', es: 'Asientos' },
  wheelchairLoan: { en: 'Wheelchair loan', es: 'Préstamo de silla de ruedas' },
} satisfies Record<AccessibilityFeature, Bilingual>;

const availabilityField = (
  name: Extract<keyof typeof accessibilitySchema.shape, string>,
  label: Bilingual,
): Field => ({
  name,
  label,
  type: 'select',
  defaultValue: 'unknown',
  options: bilingualOptions(availabilities),
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
        localizedTextField({
          name: 'name',
          label: { en: 'Name', es: 'Nombre' },
          requiredInSpanish: true,
          schema: lineText,
        }),
        localizedTextField({
          name: 'teaser',
          label: { en: 'Teaser', es: 'Entradilla' },
          requiredInSpanish: true,
          schema: venueSchema.shape.teaser.shape.es,
          description: { en: 'One line for cards and lists.', es: 'Una línea para tarjetas y listas.' },
        }),
        {
          type: 'row',
          fields: [
            {
              name: 'category',
              label: { en: 'Category', es: 'Categoría' },
              type: 'relationship',
              relationTo: 'categories',
              required: true,
            },
            {
              name: 'neighborhood',
              label: { en: 'Neighborhood', es: 'Barrio' },
              type: 'relationship',
              relationTo: 'neighborhoods',
              required: true,
              filterOptions: { kind: { equals: 'neighborhood' } },
            },
          ],
        },
        {
          name: 'heroImage',
          label: { en: 'Hero image', es: 'Imagen principal' },
          type: 'upload',
          relationTo: 'media',
          required: true,
        },
        {
          name: 'pullQuote',
          label: { en: 'Pull quote', es: 'Cita destacada' },
          type: 'group',
          fields: [
            localizedTextField({ name: 'text', label: { en: 'Quote', es: 'Cita' }, multiline: true }),
            {
              name: 'attribution',
              label: { en: 'Attribution', es: 'Atribución' },
              type: 'text',
              validate: attributionOfQuote,
            },
          ],
        },
        {
          name: 'description',
          label: { en: 'Description', es: 'Descripción' },
          type: 'richText',
          localized: true,
          required: true,
          validate: validateWith(richTextSchema, { optional: true }),
        },
        {
          name: 'gallery',
          label: { en: 'Gallery', es: 'Galería' },
          type: 'upload',
          relationTo: 'media',
          hasMany: true,
        },
        {
          name: 'tips',
          label: { en: 'Practical tips', es: 'Consejos prácticos' },
          type: 'array',
          fields: [
            {
              name: 'kind',
              label: { en: 'Kind', es: 'Tipo' },
              type: 'select',
              required: true,
              options: bilingualOptions(tipKinds),
            },
            localizedTextField({
              name: 'text',
              label: { en: 'Tip', es: 'Consejo' },
              requiredInSpanish: true,
            }),
          ],
        },
      ],
      {
        label: { en: 'Location & getting there', es: 'Ubicación y cómo llegar' },
        fields: [
          {
            name: 'address',
            label: { en: 'Address', es: 'Dirección' },
            type: 'group',
            fields: [
              {
                name: 'street',
                label: { en: 'Street', es: 'Calle y número' },
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
                    label: { en: 'Postal Code', es: 'Código postal' },
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
                    label: { en: 'City', es: 'Ciudad' },
                    type: 'text',
                    required: true,
                    defaultValue: 'Ciudad de México',
                    validate: validateWith(addressSchema.shape.city),
                  },
                  {
                    name: 'country',
                    label: { en: 'Country', es: 'País' },
                    type: 'text',
                    required: true,
                    defaultValue: 'MX',
                    validate: validateWith(addressSchema.shape.country),
                  },
                ],
              },
            ],
          },
          geoPointField('location', { en: 'Coordinates', es: 'Coordenadas' }),
          localizedTextField({
            name: 'gettingThere',
            label: { en: 'How to get here', es: 'Cómo llegar' },
            multiline: true,
          }),
          {
            name: 'transit',
            label: { en: 'Nearest transit stops', es: 'Transporte cercano' },
            type: 'array',
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'mode',
                    label: { en: 'Mode', es: 'Medio' },
                    type: 'select',
                    required: true,
                    options: bilingualOptions(transitModes),
                  },
                  {
                    name: 'line',
                    label: { en: 'Line', es: 'Línea' },
                    type: 'text',
                    required: true,
                    validate: validateWith(transitStopSchema.shape.line),
                  },
                  {
                    name: 'name',
                    label: { en: 'Stop', es: 'Parada' },
                    type: 'text',
                    required: true,
                    validate: validateWith(transitStopSchema.shape.name),
                  },
                  {
                    name: 'walkingMinutes',
                    label: { en: 'Walking Minutes', es: 'Minutos a pie' },
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
            label: { en: 'Contact', es: 'Contacto' },
            type: 'group',
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'phone',
                    label: { en: 'Phone', es: 'Teléfono' },
                    type: 'text',
                    validate: validateWith(contactSchema.shape.phone, { optional: true }),
                  },
                  {
                    name: 'website',
                    label: { en: 'Website', es: 'Sitio web' },
                    type: 'text',
                    validate: validateWith(contactSchema.shape.website, { optional: true }),
                  },
                  {
                    name: 'email',
                    label: { en: 'Email', es: 'Correo' },
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
        label: { en: 'Hours & prices', es: 'Horarios y precios' },
        fields: [
          visitMinutesField(
            'visitMinutes',
            { en: 'Time needed (minutes)', es: 'Tiempo de visita (minutos)' },
            {
              en: 'How long a visit usually takes; walks use it for their stops.',
              es: 'Lo que suele durar una visita; los paseos lo usan en sus paradas.',
            },
          ),
          {
            name: 'openingHours',
            label: { en: 'Opening hours', es: 'Horario' },
            type: 'group',
            fields: [
              {
                name: 'rule',
                label: { en: 'Rule', es: 'Regla' },
                type: 'text',
                admin: {
                  description: {
                    en: 'OpenStreetMap syntax, e.g. "Tu-Su 10:00-17:00; PH off". Leave empty if unknown.',
                    es: 'Sintaxis de OpenStreetMap, p. ej. "Tu-Su 10:00-17:00; PH off". Vacío si no se sabe.',
                  },
                },
                validate: validateWith(openingHoursSchema.shape.rule, { optional: true }),
              },
              {
                name: 'timeZone',
                label: { en: 'Time Zone', es: 'Zona horaria' },
                type: 'text',
                defaultValue: defaultTimeZone,
                validate: validateWith(openingHoursSchema.shape.timeZone, { optional: true }),
              },
              {
                name: 'closures',
                label: { en: 'Special closures', es: 'Cierres especiales' },
                type: 'array',
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'date',
                        label: { en: 'Date', es: 'Fecha' },
                        type: 'text',
                        required: true,
                        admin: { placeholder: 'YYYY-MM-DD' },
                        validate: validateWith(closureSchema.shape.date),
                      },
                      localizedTextField({ name: 'reason', label: { en: 'Reason', es: 'Motivo' } }),
                    ],
                  },
                ],
              },
              localizedTextField({ name: 'note', label: { en: 'Note', es: 'Nota' }, multiline: true }),
            ],
          },
          {
            name: 'admission',
            label: { en: 'Admission', es: 'Entrada' },
            type: 'group',
            fields: [
              {
                name: 'prices',
                label: { en: 'Prices', es: 'Precios' },
                type: 'array',
                fields: [
                  {
                    type: 'row',
                    fields: [
                      { name: 'kind', type: 'select', required: true, options: bilingualOptions(priceKinds) },
                      localizedTextField({
                        name: 'audience',
                        label: { en: 'Who', es: 'Quién' },
                        requiredInSpanish: true,
                      }),
                      {
                        name: 'amountMXN',
                        label: { en: 'Amount (MXN)', es: 'Importe (MXN)' },
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
                label: { en: 'Free entry', es: 'Entrada libre' },
                type: 'array',
                fields: [
                  localizedTextField({
                    name: 'text',
                    label: { en: 'When', es: 'Cuándo' },
                    requiredInSpanish: true,
                  }),
                ],
              },
              localizedTextField({ name: 'note', label: { en: 'Note', es: 'Nota' }, multiline: true }),
            ],
          },
        ],
      },
      {
        label: { en: 'Accessibility', es: 'Accesibilidad' },
        fields: [
          {
            name: 'accessibility',
            label: { en: 'Accessibility', es: 'Accesibilidad' },
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
                    label: { en: 'Signage Languages', es: 'Idiomas de la señalización' },
                    type: 'text',
                    hasMany: true,
                    admin: {
                      description: {
                        en: 'Language codes, e.g. es, en',
                        es: 'Códigos de idioma, p. ej. es, en',
                      },
                    },
                    validate: validateWith(accessibilitySchema.shape.signageLanguages, { optional: true }),
                  },
                  {
                    name: 'tourLanguages',
                    label: { en: 'Tour Languages', es: 'Idiomas de las visitas guiadas' },
                    type: 'text',
                    hasMany: true,
                    validate: validateWith(accessibilitySchema.shape.tourLanguages, { optional: true }),
                  },
                ],
              },
              localizedTextField({ name: 'note', label: { en: 'Note', es: 'Nota' }, multiline: true }),
            ],
          },
        ],
      },
      {
        label: { en: 'Sources', es: 'Fuentes' },
        fields: [
          {
            name: 'factChecks',
            label: { en: 'Fact checks', es: 'Verificaciones' },
            type: 'array',
            admin: {
              description: {
                en: 'When each group of facts was last checked, and against what.',
                es: 'Cuándo se verificó por última vez cada grupo de datos, y con qué fuente.',
              },
            },
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'group',
                    label: { en: 'Group', es: 'Grupo' },
                    type: 'select',
                    required: true,
                    options: bilingualOptions(factGroups),
                  },
                  {
                    name: 'verifiedAt',
                    label: { en: 'Verified At', es: 'Verificado el' },
                    type: 'text',
                    required: true,
                    admin: { placeholder: 'YYYY-MM-DD' },
                    validate: validateWith(factCheckSchema.shape.verifiedAt),
                  },
                ],
              },
              // Stored as the columns source_name and source_url.
              {
                name: 'source',
                label: { en: 'Source', es: 'Fuente' },
                type: 'group',
                fields: [sourceFields()],
              },
            ],
          },
          {
            name: 'pinnedNearby',
            label: { en: 'Pinned nearby places', es: 'Lugares cercanos fijados' },
            type: 'relationship',
            relationTo: 'venues',
            hasMany: true,
            admin: {
              description: {
                en: 'Shown first under "Nearby", before the ones computed from the map.',
                es: 'Se muestran primero en "Cerca", antes de los que se calculan en el mapa.',
              },
            },
          },
          {
            name: 'guides',
            label: { en: 'Practical guides', es: 'Guías prácticas' },
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
          es: 'La más antigua de las verificaciones (pestaña Fuentes); vacía mientras no haya ninguna.',
        },
      },
    },
    openReportsField,
    untranslatedField,
    searchTextField,
  ],
};
