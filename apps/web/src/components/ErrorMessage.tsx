import type { Locale } from '@paseo/domain';
import { t } from '@/lib/i18n';

/** The body of the 404 and error pages; plain links so it works with nothing else loaded. */
export function ErrorMessage({
  locale,
  kind,
  onRetry,
}: {
  locale: Locale;
  kind: 'not-found' | 'error';
  onRetry?: () => void;
}) {
  const words = t(locale);
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
          {kind === 'not-found' ? '404' : '500'}
        </p>
        <h1>{kind === 'not-found' ? words.notFoundTitle : words.errorTitle}</h1>
        <p>{kind === 'not-found' ? words.notFoundText : words.errorText}</p>
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
