import { guideTopics, pagePath } from '@paseo/domain';
import type { CollectionConfig } from 'payload';
import { isEditor } from '../../access/isEditor';
import { publishedOrEditor } from '../../access/publishedOrEditor';
import { searchTextField, untranslatedField } from '../../fields/languageIndex';
import { localizedTextField } from '../../fields/localizedText';
import { previewUrl, publishedEntryVersions } from '../../fields/publishedEntry';
import { slugField } from '../../fields/slug';
import { indexLanguages } from '../../hooks/indexLanguages';
import { notifySiteOfChange } from '../../hooks/notifySiteOfChange';
import { recordPublishedState } from '../../hooks/recordPublishedState';
import { recordSlugRedirects } from '../../hooks/recordSlugRedirects';

const siteNotice = notifySiteOfChange('guide');

/** Practical guides and services: transport, money, safety, accessibility, tours. */
export const Guides: CollectionConfig = {
  slug: 'guides',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'topic', '_status', 'untranslated'],
    group: 'Content',
    preview: (doc, { locale }) =>
      previewUrl(pagePath('guide', locale === 'en' ? 'en' : 'es', String(doc.slug ?? ''))),
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
      indexLanguages({
        translatable: ['title', 'slug', 'summary', 'body'],
        searchable: ['title', 'summary'],
      }),
    ],
    afterChange: [recordSlugRedirects('guide'), siteNotice.afterChange],
    afterDelete: [siteNotice.afterDelete],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Content',
          fields: [
            localizedTextField({ name: 'title', label: 'Title', requiredInSpanish: true }),
            {
              name: 'topic',
              type: 'select',
              required: true,
              options: guideTopics.map((value) => ({ label: value, value })),
            },
            localizedTextField({
              name: 'summary',
              label: 'Summary',
              requiredInSpanish: true,
              multiline: true,
            }),
            { name: 'body', type: 'richText', localized: true, required: true },
          ],
        },
      ],
    },
    slugField('title'),
    untranslatedField,
    searchTextField,
  ],
};
