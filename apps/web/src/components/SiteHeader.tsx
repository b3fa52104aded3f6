import { homePath, type Locale, pagePath } from '@paseo/domain';
import { t } from '@/lib/i18n';
import { otherLocale } from '@/lib/urls';
import { SectionLinks } from './SectionLinks';

type Props = {
  locale: Locale;
  /** This page in each language, for the language switch. */
  alternates: Record<Locale, string>;
};

/** The top of every page: name, sections, search and the language switch — no JavaScript needed. */
export function SiteHeader({ locale, alternates }: Props) {
  const words = t(locale);
  const other = otherLocale(locale);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href={homePath(locale)} className="site-header__brand">
          <span className="site-header__mark" aria-hidden="true">
            P
          </span>
          <span>{words.siteName}</span>
        </a>
        <a
          className="site-header__language"
          href={alternates[other]}
          hrefLang={other}
          lang={other}
          aria-label={words.switchLanguageLabel}
        >
          {words.switchLanguage}
        </a>
        <nav className="site-header__nav" aria-label={words.mainNav}>
          <ul>
            <SectionLinks locale={locale} sections={['venue', 'walk', 'neighborhood', 'category', 'guide']} />
            {/* On phones the search box gives way to a link, so the page itself starts sooner. */}
            <li className="site-header__search-link">
              <a href={pagePath('search', locale)}>{words.search}</a>
            </li>
          </ul>
        </nav>
        <SearchForm locale={locale} className="site-header__search" />
      </div>
    </header>
  );
}

export function SearchForm({
  locale,
  className,
  defaultValue,
}: {
  locale: Locale;
  className?: string;
  defaultValue?: string;
}) {
  const words = t(locale);
  return (
    <search className={className}>
      <form action={pagePath('search', locale)} method="get" className="search-form">
        <label className="visually-hidden" htmlFor={`q-${className ?? 'main'}`}>
          {words.searchLabel}
        </label>
        <input
          id={`q-${className ?? 'main'}`}
          type="search"
          name="q"
          placeholder={words.searchPlaceholder}
          defaultValue={defaultValue}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit">{words.search}</button>
      </form>
    </search>
  );
}
