import { creditSchema, imageRenditions, mediaSchema } from '@paseo/domain';
import type { CollectionConfig, Field } from 'payload';
import { anyone } from '../../access/anyone';
import { isEditor } from '../../access/isEditor';
import { mediaDir } from '../../env';
import { refuseDeleteWhileUsed } from '../../hooks/refuseDeleteWhileUsed';
import { contentGroup } from '../../lib/adminLabels';
import { validateWith } from '../../lib/validateWith';
import { answerMissingFileNotFound } from './hooks/answerMissingFileNotFound';

export const acceptedImageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'];

const creditText = (
  name: Extract<keyof typeof creditSchema.shape, string>,
  label: string,
  description?: string,
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
      label: 'Alternative text',
      type: 'group',
      admin: {
        description: 'What the image shows, for people who cannot see it. Both languages are required.',
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
      label: 'Credit (title, author, source, licence)',
      type: 'group',
      fields: [
        creditText('title', 'Title'),
        creditText('author', 'Author'),
        { type: 'row', fields: [creditText('sourceName', 'Source'), creditText('sourceUrl', 'Source URL')] },
        {
          type: 'row',
          fields: [
            creditText('licenseName', 'Licence', 'e.g. CC BY-SA 4.0'),
            creditText('licenseUrl', 'Licence URL'),
          ],
        },
      ],
    },
  ],
};
