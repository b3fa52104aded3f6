import { homePath, type Locale } from '@paseo/domain';
import type { ReactNode } from 'react';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { t } from '@/lib/i18n';

/** A section's list page: where it sits, its title (with the page number past the first), the list. */
export function ListingView({
  locale,
  title,
  listPath,
  page = 1,
  children,
}: {
  locale: Locale;
  title: string;
  listPath: string;
  page?: number;
  children: ReactNode;
}) {
  const words = t(locale);
  return (
    <div className="wrap listing">
      <Breadcrumbs
        label={t(locale).breadcrumb}
        items={[
          { name: words.home, path: homePath(locale) },
          { name: title, path: listPath },
        ]}
      />
      <header className="listing__header">
        <h1>{words.titleOnPage(title, page)}</h1>
      </header>
      {children}
    </div>
  );
}
