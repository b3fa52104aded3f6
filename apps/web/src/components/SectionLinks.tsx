import { type Locale, pagePath, type Section } from '@paseo/domain';
import { type Dictionary, t } from '@/lib/i18n';

/** What a link to each section is called. */
const linkWords = {
  venue: 'places',
  neighborhood: 'neighborhoods',
  category: 'categories',
  guide: 'guides',
  search: 'search',
} as const satisfies Record<Section, keyof Dictionary>;

/** List items linking to sections of the site, in the page's language. */
export function SectionLinks({ locale, sections }: { locale: Locale; sections: readonly Section[] }) {
  const words = t(locale);
  return sections.map((section) => (
    <li key={section}>
      <a href={pagePath(section, locale)}>{words[linkWords[section]]}</a>
    </li>
  ));
}
