import { homePath, type Locale } from '@paseo/domain';
import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from '@/components/Breadcrumbs';
import { PageShell } from '@/components/PageShell';
import { type ListedSection, t } from '@/lib/i18n';
import { listTitle } from '@/lib/pages';
import { listPageAlternates, sectionAlternates } from '@/lib/urls';

/**
 * A list page: where it sits (home, any pages above it, itself), its title with the page number
 * past the first, then the list.
 */
export function ListingView({
  locale,
  title,
  listPath,
  above = [],
  page = 1,
  children,
}: {
  locale: Locale;
  title: string;
  listPath: string;
  /** The pages between the home page and this one, e.g. every category above one category. */
  above?: Crumb[];
  page?: number;
  children: ReactNode;
}) {
  const words = t(locale);
  return (
    <div className="wrap listing">
      <Breadcrumbs
        label={t(locale).breadcrumb}
        items={[{ name: words.home, path: homePath(locale) }, ...above, { name: title, path: listPath }]}
      />
      <header className="listing__header">
        <h1>{words.titleOnPage(title, page)}</h1>
      </header>
      {children}
    </div>
  );
}

/** The whole page of a section's list: every place (a page at a time), neighborhood, category or guide. */
export function SectionListing({
  section,
  locale,
  page = 1,
  children,
}: {
  section: ListedSection;
  locale: Locale;
  page?: number;
  children: ReactNode;
}) {
  const alternates = sectionAlternates(section);
  return (
    <PageShell locale={locale} alternates={listPageAlternates(alternates, page)}>
      <ListingView
        locale={locale}
        title={listTitle(section, locale)}
        listPath={alternates[locale]}
        page={page}
      >
        {children}
      </ListingView>
    </PageShell>
  );
}
