import { describe, expect, it } from 'vitest';
import { richTextFromParagraphs, richTextSchema, richTextToPlain } from './richText.js';

describe('rich text', () => {
  it('round-trips plain paragraphs', () => {
    const value = richTextFromParagraphs(['Primero.', 'Segundo.']);
    expect(richTextSchema.parse(value)).toEqual(value);
    expect(richTextToPlain(value)).toBe('Primero.\n\nSegundo.');
  });

  it('refuses a link that would run script', () => {
    const value = richTextFromParagraphs(['x']);
    const paragraph = value.root.children[0] as { children: unknown[] };
    paragraph.children.push({ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [] });
    const result = richTextSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['root', 'children', 0, 'children', 1]);
  });

  it('accepts site-relative and https links', () => {
    const value = richTextFromParagraphs(['x']);
    const paragraph = value.root.children[0] as { children: unknown[] };
    paragraph.children.push({ type: 'link', fields: { url: '/es/guias/dinero' }, children: [] });
    paragraph.children.push({ type: 'link', fields: { url: 'https://example.org' }, children: [] });
    expect(richTextSchema.safeParse(value).success).toBe(true);
  });
});
