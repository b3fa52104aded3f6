/** Rich text as the CMS's editor stores it (Lexical's JSON), for content the tests create. */

export const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
});

/** One paragraph of the given text and link nodes. */
export const richText = (...children: object[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children },
    ],
  },
});
