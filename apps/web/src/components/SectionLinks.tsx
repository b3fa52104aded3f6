import { type Locale, pagePath, type Section } from '@paseo/domain';
import { sectionWords, t } from '@/lib/i18n';

/** List items linking to sections of the site, in the page's language. */
export function SectionLinks({ locale, sections }: { locale: Locale; sections: readonly Section[] }) {
  const words = t(locale);
  return sections.map((section) => (
    <li key={section}>
      <a href={pagePath(section, locale)}>{words[sectionWords[section]]}</a>
    </li>
  ));
}
