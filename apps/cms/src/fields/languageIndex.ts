import type { TextField } from 'payload';

/**
 * Fields kept by a hook from fields the editor writes, and validated there: an error about them
 * would name a field nobody can see or change, so they are never checked themselves.
 */
const computed = () => true as const;

/** The sidebar marker kept by the `indexLanguages` hook. */
export const untranslatedField: TextField = {
  name: 'untranslated',
  label: { en: 'Translation', es: 'Traducción' },
  type: 'text',
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Fields still without English; the site shows the Spanish text until they are written.',
      es: 'Campos aún sin inglés; el sitio muestra el texto en español hasta que se escriban.',
    },
    // The list shows "Complete" for an entry with nothing left to translate, not an empty cell.
    components: { Cell: '/components/TranslationCell#TranslationCell' },
  },
  validate: computed,
};

/**
 * Accent- and case-folded words of both languages, kept by `indexLanguages`, for the site's search.
 * Search matches words anywhere in it (`like`), which a b-tree index cannot serve; such an index
 * would also refuse a long text outright (PostgreSQL's index rows are limited to ~2.7 kB).
 */
export const searchTextField: TextField = {
  name: 'searchText',
  type: 'text',
  admin: { hidden: true },
  validate: computed,
};
