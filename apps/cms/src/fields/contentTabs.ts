import type { Field, Tab } from 'payload';

/**
 * An entry's edit view as tabs: its own text first ("Content"), then `more`. Put first among the
 * fields, so the SEO plugin adds its tab beside these.
 */
export function contentTabs(content: Field[], ...more: Tab[]): Field {
  return { type: 'tabs', tabs: [{ label: { en: 'Content', es: 'Contenido' }, fields: content }, ...more] };
}
