import type { TextField } from 'payload';

/** The sidebar marker kept by the `indexLanguages` hook. */
export const untranslatedField: TextField = {
  name: 'untranslated',
  label: 'Translation',
  type: 'text',
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'Fields still without English; the site shows the Spanish text until they are written.',
  },
};

/** Accent- and case-folded words of both languages, kept by `indexLanguages`, for the site's search. */
export const searchTextField: TextField = {
  name: 'searchText',
  type: 'text',
  index: true,
  admin: { hidden: true },
};
