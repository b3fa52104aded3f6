import type { Field } from 'payload';
import { describe, expect, it } from 'vitest';
import { Categories } from './Categories';
import { Guides } from './Guides';
import { Media } from './Media';
import { Neighborhoods } from './Neighborhoods';
import { Venues } from './Venues';

/** Kept by hooks from fields that are validated themselves; never typed in. */
const computed = new Set(['searchText', 'untranslated']);

type Leaf = { path: string; field: Field & { name: string; type: string } };

function leaves(fields: readonly Field[], prefix = ''): Leaf[] {
  return fields.flatMap((field): Leaf[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        leaves(tab.fields, 'name' in tab ? `${prefix}${tab.name}.` : prefix),
      );
    }
    if (field.type === 'row' || field.type === 'collapsible') return leaves(field.fields, prefix);
    if (field.type === 'group' || field.type === 'array') {
      return leaves(field.fields, 'name' in field && field.name ? `${prefix}${field.name}.` : prefix);
    }
    if (!('name' in field)) return [];
    return [{ path: `${prefix}${field.name}`, field: field as Leaf['field'] }];
  });
}

const megabyte = 'x'.repeat(1_000_000);
const overlong: Record<string, unknown> = {
  text: megabyte,
  textarea: megabyte,
  email: `${megabyte}@example.org`,
  richText: {
    root: {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', text: megabyte }] }],
    },
  },
};

const options = (field: Leaf['field']) => ({
  ...field,
  req: { locale: 'es', payload: { config: { defaultMaxTextLength: 40_000 } }, t: (key: string) => key },
  data: {},
  siblingData: { text: 'Una cita' },
});

describe('every text an editor types is bounded by the domain’s limits', () => {
  const collections = [Venues, Neighborhoods, Guides, Categories, Media];
  const textFields = collections.flatMap((collection) =>
    leaves(collection.fields)
      .filter(({ field }) => field.type in overlong && !computed.has(field.name))
      .map((leaf) => ({ ...leaf, collection: collection.slug })),
  );

  it('finds the text fields', () => {
    expect(textFields.length).toBeGreaterThan(40);
  });

  it.each(textFields.map((leaf) => [`${leaf.collection}.${leaf.path}`, leaf] as const))(
    '%s refuses a megabyte',
    async (_, { field }) => {
      expect('validate' in field && typeof field.validate, 'has a validate').toBe('function');
      const value = 'hasMany' in field && field.hasMany ? [overlong[field.type]] : overlong[field.type];
      const validate = (field as { validate: (value: unknown, options: unknown) => unknown }).validate;
      const result = await validate(value, options(field));
      expect(typeof result, 'answers with a message').toBe('string');
    },
  );
});
