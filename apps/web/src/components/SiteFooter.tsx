import { homePath, type Locale, pagePath } from '@paseo/domain';
import { t } from '@/lib/i18n';

export function SiteFooter({ locale }: { locale: Locale }) {
  const words = t(locale);
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__brand">
          <a href={homePath(locale)}>{words.siteName}</a> — {words.tagline}
        </p>
        <ul className="site-footer__links">
          <li>
            <a href={pagePath('venue', locale)}>{words.places}</a>
          </li>
          <li>
            <a href={pagePath('neighborhood', locale)}>{words.neighborhoods}</a>
          </li>
          <li>
            <a href={pagePath('guide', locale)}>{words.guides}</a>
          </li>
        </ul>
        <p className="site-footer__note">{words.footerNote}</p>
      </div>
    </footer>
  );
}
