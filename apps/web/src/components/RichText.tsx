import type { RichText as RichTextData, RichTextNode } from '@paseo/domain';
import type { ReactNode } from 'react';

// Lexical's text format bit flags.
const BOLD = 1;
const ITALIC = 2;
const UNDERLINE = 8;

function renderText(node: RichTextNode, key: number): ReactNode {
  let out: ReactNode = node.text ?? '';
  const format = typeof node.format === 'number' ? node.format : 0;
  if (format & BOLD) out = <strong>{out}</strong>;
  if (format & ITALIC) out = <em>{out}</em>;
  if (format & UNDERLINE) out = <u>{out}</u>;
  return <span key={key}>{out}</span>;
}

const headingTags = new Set(['h2', 'h3', 'h4']);

function renderNode(node: RichTextNode, key: number, headingShift: number): ReactNode {
  const children = (node.children ?? []).map((child, i) => renderNode(child, i, headingShift));
  switch (node.type) {
    case 'text':
      return renderText(node, key);
    case 'linebreak':
      return <br key={key} />;
    case 'paragraph':
      return <p key={key}>{children}</p>;
    case 'heading': {
      // A heading the editor may not use keeps its words, as a paragraph.
      if (!headingTags.has(String(node.tag))) return <p key={key}>{children}</p>;
      // Headings inside content sit below the page's own h1/h2.
      const level = Math.min(6, Math.max(3, Number(String(node.tag).slice(1)) + headingShift));
      const Tag = `h${level}` as 'h3';
      return <Tag key={key}>{children}</Tag>;
    }
    case 'quote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'list':
      return node.listType === 'number' ? <ol key={key}>{children}</ol> : <ul key={key}>{children}</ul>;
    case 'listitem':
      return <li key={key}>{children}</li>;
    case 'link':
    case 'autolink': {
      // The domain schema already refused anything but http(s), mailto and site-relative links.
      const href = node.fields?.url ?? node.url ?? '#';
      const external = /^https?:\/\//.test(href);
      return (
        <a key={key} href={href} {...(external ? { rel: 'noopener' } : {})}>
          {children}
        </a>
      );
    }
    default:
      return children.length > 0 ? <span key={key}>{children}</span> : null;
  }
}

/** Rich text from the CMS as plain React elements: never as HTML, so nothing typed becomes markup. */
export function RichText({ value, headingShift = 1 }: { value: RichTextData; headingShift?: number }) {
  return <>{(value.root.children as RichTextNode[]).map((node, i) => renderNode(node, i, headingShift))}</>;
}
