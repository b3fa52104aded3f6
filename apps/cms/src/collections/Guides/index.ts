import { guideTopics, lineText, richTextSchema } from '@paseo/domain';
import type { CollectionConfig } from 'payload';
import { contentTabs } from '../../fields/contentTabs';
import { searchTextField, untranslatedField } from '../../fields/languageIndex';
import { localizedTextField } from '../../fields/localizedText';
import { slugField } from '../../fields/slug';
import { bilingualOptions, contentGroup } from '../../lib/adminLabels';
import { validateWith } from '../../lib/validateWith';
import { contentPreview, publishedContent } from '../publishedContent';

const content = publishedContent({
  section: 'guide',
  translatable: ['title', 'slug', 'summary', 'body'],
  searchable: ['title', 'summary'],
});

/** Practical guides and services: transport, money, safety, accessibility, tours. */
export const Guides: CollectionConfig = {
  slug: 'guides',
  labels: { singular: { en: 'Guide', es: 'Guía' }, plural: { en: 'Guides', es: 'Guías' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'topic', '_status', 'untranslated'],
    group: contentGroup,
    preview: contentPreview('guide'),
  },
  ...content,
  fields: [
    contentTabs([
      localizedTextField({
        name: 'title',
        label: { en: 'Title', es: 'Título' },
        requiredInSpanish: true,
        schema: lineText,
      }),
      {
        name: 'topic',
        label: { en: 'Topic', es: 'Tema' },
        type: 'select',
        required: true,
        options: bilingualOptions(guideTopics),
      },
      localizedTextField({
        name: 'summary',
        label: { en: 'Summary', es: 'Resumen' },
        requiredInSpanish: true,
        multiline: true,
      }),
      {
        name: 'body',
        label: { en: 'Body', es: 'Texto' },
        type: 'richText',
        localized: true,
        required: true,
        validate: validateWith(richTextSchema, { optional: true }),
      },
    ]),
    slugField('title'),
    untranslatedField,
    searchTextField,
  ],
};
