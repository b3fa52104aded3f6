import type { TextField } from 'payload';

/** The sidebar marker kept by the `markUntranslated` hook. */
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
