import './globals.css';
import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'Página no encontrada · Page not found — Paseo Coyoacán',
  robots: { index: false },
};

/** The 404 for addresses outside both languages: said in both. */
export default function GlobalNotFound() {
  return (
    <html lang="es">
      <body>
        <main id="main" className="wrap wrap--narrow error-page" data-testid="not-found">
          <p className="error-page__code" aria-hidden="true">
            404
          </p>
          <h1>No encontramos esta página</h1>
          <p>Puede que la dirección haya cambiado o que la página ya no exista.</p>
          <p className="error-page__actions">
            <a className="button" href="/es">
              Ir al inicio
            </a>
          </p>
          <div lang="en">
            <h2>We could not find this page</h2>
            <p>The address may have changed, or the page may no longer exist.</p>
            <p className="error-page__actions">
              <a className="button button--secondary" href="/en">
                Go to the home page
              </a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
