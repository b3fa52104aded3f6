import { z } from 'zod';
import { isSafeLinkUrl } from './links.js';
import { hasControlCharacters, textLimits } from './locale.js';

/**
 * Rich text in the portable form the CMS stores it in: a Lexical editor state
 * (`{ root: { type: 'root', children: [...] } }`). Only the parts Paseo renders are checked;
 * other node properties pass through untouched. Links must be http(s), mailto, tel or within the
 * site (see `safeLinkUrl`), so nothing an editor writes can become script; the words are bounded
 * by `textLimits.richText`.
 */
export type RichTextNode = {
  type: string;
  version?: number;
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  url?: string;
  fields?: { url?: string; newTab?: boolean; linkType?: string } | null;
  children?: RichTextNode[];
  [key: string]: unknown;
};

function plainText(root: RichTextNode): string {
  const walk = (node: RichTextNode): string =>
    node.text ?? (node.children ?? []).map(walk).join(node.type === 'root' ? '\n\n' : '');
  return walk(root).trim();
}

const richTextNode: z.ZodType<RichTextNode, RichTextNode> = z.lazy(() =>
  z
    .looseObject({
      type: z.string().min(1),
      version: z.number().optional(),
      text: z
        .string()
        .refine((text) => !hasControlCharacters(text), 'Must not contain control characters')
        .optional(),
      format: z.union([z.number(), z.string()]).optional(),
      tag: z.string().optional(),
      listType: z.string().optional(),
      url: z.string().optional(),
      fields: z
        .looseObject({
          url: z.string().optional(),
          newTab: z.boolean().optional(),
          linkType: z.string().optional(),
        })
        .nullable()
        .optional(),
      children: z.array(richTextNode).optional(),
    })
    .superRefine((node, ctx) => {
      const href = node.fields?.url ?? node.url;
      if (node.type === 'link' || node.type === 'autolink') {
        if (href !== undefined && !isSafeLinkUrl(href)) {
          ctx.addIssue({
            code: 'custom',
            message: 'Links must start with http(s)://, mailto:, tel: or / (or be relative)',
          });
        }
      }
    }),
);

export const richTextSchema = z
  .object({
    root: z.looseObject({
      type: z.literal('root'),
      children: z.array(richTextNode),
    }),
  })
  .refine(
    (value) => plainText(value.root as RichTextNode).length <= textLimits.richText,
    `Must be at most ${textLimits.richText} characters of text`,
  );
export type RichText = z.infer<typeof richTextSchema>;

/** Rich text per language; English falls back to Spanish. */
export const localizedRichText = z.object({
  es: richTextSchema,
  en: richTextSchema.optional(),
});
export type LocalizedRichText = z.infer<typeof localizedRichText>;

/** Builds rich text from plain paragraphs: for sample content and for tests. */
export function richTextFromParagraphs(paragraphs: readonly string[]): RichText {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  };
}

/** The text of rich text with paragraphs separated by blank lines: for search and descriptions. */
export function richTextToPlain(value: RichText): string {
  return plainText(value.root as RichTextNode);
}

/** Text cut at a word before `max` characters, with an ellipsis; shorter text is kept whole. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}
