import type { Locale } from '@paseo/domain';
import { errorPageWords } from '@/lib/errorPageWords';

/** The body of the 404 and error pages; plain links so it works with nothing else loaded. */
export function ErrorMessage({
  locale,
  kind,
  onRetry,
}: {
  locale: Locale;
  kind: 'not-found' | 'error' | 'unavailable';
  onRetry?: () => void;
}) {
  const words = errorPageWords[locale];
  const code = { 'not-found': '404', error: '500', unavailable: '503' } satisfies Record<typeof kind, string>;
  const title = {
    'not-found': words.notFoundTitle,
    error: words.errorTitle,
    unavailable: words.unavailableTitle,
  } satisfies Record<typeof kind, string>;
  const text = {
    'not-found': words.notFoundText,
    error: words.errorText,
    unavailable: words.unavailableText,
  } satisfies Record<typeof kind, string>;
  const other = locale === 'es' ? 'en' : 'es';
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <a href={`/${locale}`} className="site-header__brand">
            <span className="site-header__mark" aria-hidden="true">
              P
            </span>
            <span>{words.siteName}</span>
          </a>
          <a className="site-header__language" href={`/${other}`} hrefLang={other} lang={other}>
            {words.switchLanguage}
          </a>
        </div>
      </header>
      <main id="main" className="wrap wrap--narrow error-page" data-testid={kind}>
        <p className="error-page__code" aria-hidden="true">
          {code[kind]}
        </p>
        <h1>{title[kind]}</h1>
        <p>{text[kind]}</p>
        <p className="error-page__actions">
          <a className="button" href={`/${locale}`}>
            {words.goHome}
          </a>
          {onRetry ? (
            <button type="button" className="button button--secondary" onClick={onRetry}>
              {words.tryAgain}
            </button>
          ) : null}
        </p>
      </main>
    </>
  );
}
