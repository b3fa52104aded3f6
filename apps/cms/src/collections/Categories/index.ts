import { categories, categoryKeys, lineText } from '@paseo/domain';
import type { CollectionConfig } from 'payload';
import { anyone } from '../../access/anyone';
import { isEditor } from '../../access/isEditor';
import { localizedTextField } from '../../fields/localizedText';
import { refuseDeleteWhileUsed } from '../../hooks/refuseDeleteWhileUsed';

/** The closed list of categories lives in the domain package; here editors word their labels. */
export const Categories: CollectionConfig = {
  slug: 'categories',
  admin: { useAsTitle: 'label', defaultColumns: ['label', 'key'], group: 'Content' },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { beforeOperation: [refuseDeleteWhileUsed] },
  fields: [
    {
      name: 'key',
      type: 'select',
      required: true,
      unique: true,
      options: categoryKeys.map((key) => ({ label: categories[key].label.en, value: key })),
    },
    localizedTextField({ name: 'label', label: 'Label', requiredInSpanish: true, schema: lineText }),
  ],
};
