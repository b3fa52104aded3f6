import type { RichText as RichTextData } from '@paseo/domain';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichText } from './RichText';

const heading = (tag: string | undefined, text: string) => ({
  type: 'heading',
  ...(tag ? { tag } : {}),
  children: [{ type: 'text', text }],
});

function render(...children: object[]): string {
  const value = { root: { type: 'root', children } } as unknown as RichTextData;
  return renderToStaticMarkup(createElement(RichText, { value }));
}

describe('RichText', () => {
  it('puts the headings an editor may use below the page’s own', () => {
    expect(render(heading('h2', 'Historia'), heading('h4', 'Detalles'))).toBe(
      '<h3><span>Historia</span></h3><h5><span>Detalles</span></h5>',
    );
  });

  it('keeps the words of any other heading as a paragraph', () => {
    expect(render(heading('h1', 'Grito'), heading('h6', 'Nota'), heading(undefined, 'Sin etiqueta'))).toBe(
      '<p><span>Grito</span></p><p><span>Nota</span></p><p><span>Sin etiqueta</span></p>',
    );
  });
});
