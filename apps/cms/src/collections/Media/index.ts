import { creditSchema, imageRenditions, mediaSchema } from '@paseo/domain';
import type { CollectionConfig, Field } from 'payload';
import { anyone } from '../../access/anyone';
import { isEditor } from '../../access/isEditor';
import { mediaDir } from '../../env';
import { refuseDeleteWhileUsed } from '../../hooks/refuseDeleteWhileUsed';
import { type Bilingual, contentGroup } from '../../lib/adminLabels';
import { validateWith } from '../../lib/validateWith';
import { answerMissingFileNotFound } from './hooks/answerMissingFileNotFound';

export const acceptedImageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'];

const creditText = (
  name: Extract<keyof typeof creditSchema.shape, string>,
  label: Bilingual,
  description?: Bilingual,
): Field => ({
  name,
  label,
  type: 'text',
  required: true,
  admin: description ? { description } : {},
  validate: validateWith(creditSchema.shape[name]),
});

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Media', es: 'Imagen' }, plural: { en: 'Media', es: 'Imágenes' } },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt.es', 'credit.author', 'credit.licenseName'],
    group: contentGroup,
  },
  access: {
    read: anyone,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  hooks: { beforeOperation: [refuseDeleteWhileUsed] },
  upload: {
    // Uploads live with the rest of the local data (beside the embedded database), not wherever the
    // process happened to start; PASEO_MEDIA_DIR puts them elsewhere. With S3_BUCKET set they go to
    // a bucket instead, which every CMS process shares (plugins/mediaStorage.ts).
    staticDir: mediaDir(),
    handlers: [answerMissingFileNotFound],
    mimeTypes: acceptedImageTypes,
    // The renditions the public site asks for; the original is kept too.
    imageSizes: Object.entries(imageRenditions).map(([name, size]) => ({
      name,
      ...size,
      position: 'centre',
    })),
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      label: { en: 'Alternative text', es: 'Texto alternativo' },
      type: 'group',
      admin: {
        description: {
          en: 'What the image shows, for people who cannot see it. Both languages are required.',
          es: 'Lo que muestra la imagen, para quien no puede verla. Se requieren ambos idiomas.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'es',
              label: 'Español',
              type: 'text',
              required: true,
              validate: validateWith(mediaSchema.shape.alt.shape.es),
            },
            {
              name: 'en',
              label: 'English',
              type: 'text',
              required: true,
              validate: validateWith(mediaSchema.shape.alt.shape.en),
            },
          ],
        },
      ],
    },
    {
      name: 'credit',
      label: {
        en: 'Credit (title, author, source, licence)',
        es: 'Crédito (título, autor, fuente, licencia)',
      },
      type: 'group',
      fields: [
        creditText('title', { en: 'Title', es: 'Título' }),
        creditText('author', { en: 'Author', es: 'Autor' }),
        {
          type: 'row',
          fields: [
            creditText('sourceName', { en: 'Source', es: 'Fuente' }),
            creditText('sourceUrl', { en: 'Source URL', es: 'URL de la fuente' }),
          ],
        },
        {
          type: 'row',
          fields: [
            creditText(
              'licenseName',
              { en: 'Licence', es: 'Licencia' },
              { en: 'e.g. CC BY-SA 4.0', es: 'p. ej. CC BY-SA 4.0' },
            ),
            creditText('licenseUrl', { en: 'Licence URL', es: 'URL de la licencia' }),
          ],
        },
      ],
    },
  ],
};
