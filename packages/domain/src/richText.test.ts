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

  it.each(['java\tscript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x'])(
    'refuses a link to %j, in link and autolink nodes alike',
    (url) => {
      for (const node of [
        { type: 'link', fields: { url }, children: [] },
        { type: 'autolink', url, children: [] },
      ]) {
        const value = richTextFromParagraphs(['x']);
        (value.root.children[0] as { children: unknown[] }).children.push(node);
        expect(richTextSchema.safeParse(value).success).toBe(false);
      }
    },
  );

  it('refuses more text than a page should carry', () => {
    expect(richTextSchema.safeParse(richTextFromParagraphs(['x'.repeat(20_001)])).success).toBe(false);
    expect(richTextSchema.safeParse(richTextFromParagraphs(['x'.repeat(20_000)])).success).toBe(true);
  });
});
