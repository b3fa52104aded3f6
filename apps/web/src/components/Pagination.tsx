import { type Locale, listPagePath } from '@paseo/domain';
import { t } from '@/lib/i18n';
import { pagesAround } from '@/lib/pagesAround';

/** Links between the pages of a list; nothing when it fits on one. */
export function Pagination({
  listPath,
  locale,
  page,
  totalPages,
}: {
  /** The list's own address, which is its first page. */
  listPath: string;
  locale: Locale;
  page: number;
  totalPages: number;
}) {
  if (totalPages <= 1) return null;
  const words = t(locale);
  const href = (n: number) => listPagePath(listPath, locale, n);
  return (
    <nav className="pagination" aria-label={words.pages} data-testid="pagination">
      <p className="pagination__status">{words.pageOf(page, totalPages)}</p>
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              {words.previousPage}
            </a>
          </li>
        ) : null}
        {pagesAround(page, totalPages).map((n, i) =>
          n === undefined ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity of its own
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page">{n}</span>
              ) : (
                <a href={href(n)} aria-label={words.pageNumber(n)}>
                  {n}
                </a>
              )}
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {words.nextPage}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
