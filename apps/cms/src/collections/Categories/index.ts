import { categories, categoryKeys, lineText } from '@paseo/domain';
import type { CollectionConfig } from 'payload';
import { anyone } from '../../access/anyone';
import { isEditor } from '../../access/isEditor';
import { localizedTextField } from '../../fields/localizedText';
import { refuseDeleteWhileUsed } from '../../hooks/refuseDeleteWhileUsed';
import { contentGroup } from '../../lib/adminLabels';
import { labelFromDomain } from './hooks/labelFromDomain';

/**
 * The closed list of categories and their labels live in the domain package (`categories`); an
 * entry here is what venues point at, its label copied from the domain on every save.
 */
export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: {
    singular: { en: 'Category', es: 'Categoría' },
    plural: { en: 'Categories', es: 'Categorías' },
  },
  admin: { useAsTitle: 'label', defaultColumns: ['label', 'key'], group: contentGroup },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { beforeOperation: [refuseDeleteWhileUsed], beforeChange: [labelFromDomain] },
  fields: [
    {
      name: 'key',
      label: { en: 'Key', es: 'Clave' },
      type: 'select',
      required: true,
      unique: true,
      options: categoryKeys.map((key) => ({ label: categories[key].label.en, value: key })),
    },
    {
      ...localizedTextField({ name: 'label', label: { en: 'Label', es: 'Nombre' }, schema: lineText }),
      admin: {
        readOnly: true,
        description: {
          en: 'Set from the category list in @paseo/domain.',
          es: 'Tomado de la lista de categorías de @paseo/domain.',
        },
      },
    },
  ],
};
