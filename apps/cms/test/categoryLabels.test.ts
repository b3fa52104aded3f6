import { categories } from '@paseo/domain';
import type { CategoryDoc } from '@paseo/domain/cms';
import { describe, expect, it } from 'vitest';
import { api, asEditor } from './api';

describe('category labels', () => {
  it('are the domain’s in both languages, whatever a save sends', async () => {
    const { body } = await api('/api/categories?locale=all&depth=0&limit=100');
    const docs = body.docs as CategoryDoc[];
    expect(docs.map((doc) => doc.key).sort()).toEqual(Object.keys(categories).sort());
    for (const doc of docs) expect(doc.label, doc.key).toEqual(categories[doc.key].label);

    const museum = docs.find((doc) => doc.key === 'museum');
    const token = await asEditor();
    for (const locale of ['es', 'en']) {
      const renamed = await api(`/api/categories/${museum?.id}?locale=${locale}`, {
        method: 'PATCH',
        token,
        body: { label: 'Museos de todo tipo' },
      });
      expect(renamed.status, locale).toBe(200);
    }
    const after = await api(`/api/categories/${museum?.id}?locale=all&depth=0`);
    expect(after.body.label).toEqual(categories.museum.label);
  });
});
