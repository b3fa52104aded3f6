import type { Locale } from '@paseo/domain';

/**
 * The words of the error and 404 pages, part of the site's dictionary (i18n.ts). Kept apart because
 * those pages are client components loaded with every page: they carry these words, not all.
 */
export const errorPageWords = {
  es: {
    siteName: 'Paseo Coyoacán',
    switchLanguage: 'English',
    notFoundTitle: 'No encontramos esta página',
    notFoundText: 'Puede que la dirección haya cambiado o que la página ya no exista.',
    goHome: 'Ir al inicio',
    errorTitle: 'Algo salió mal',
    errorText: 'No pudimos mostrar esta página en este momento. Inténtalo de nuevo en unos minutos.',
    tryAgain: 'Intentar de nuevo',
    unavailableTitle: 'Temporalmente no disponible',
    unavailableText:
      'No podemos cargar esta página en este momento. Vuelve a intentarlo en unos segundos; el resto del sitio sigue disponible.',
  },
  en: {
    siteName: 'Paseo Coyoacán',
    switchLanguage: 'Español',
    notFoundTitle: 'We could not find this page',
    notFoundText: 'The address may have changed, or the page may no longer exist.',
    goHome: 'Go to the home page',
    errorTitle: 'Something went wrong',
    errorText: 'We could not show this page just now. Please try again in a few minutes.',
    tryAgain: 'Try again',
    unavailableTitle: 'Temporarily unavailable',
    unavailableText:
      'We cannot load this page right now. Please try again in a few seconds; the rest of the site is still available.',
  },
} satisfies Record<Locale, unknown>;
