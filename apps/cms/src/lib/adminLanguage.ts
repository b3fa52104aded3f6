import type { NextRequest, NextResponse } from 'next/server';

/** The admin's language until an editor picks another on their account page. */
export const adminLanguageFallback = 'en';

/** Where Payload keeps the editor's pick: a cookie its language selector sets. */
const languageCookie = 'payload-lng';

/**
 * Payload would otherwise follow the browser's Accept-Language, so a Spanish-speaking browser
 * would get a Spanish admin that the editor never asked for (and the help and screenshots,
 * written for the English one, would not match). Until the editor picks a language, the admin
 * pages carry the English choice as if it had been made; the account page's selector replaces it.
 */
export function isAdminLanguageUnchosen(request: NextRequest): boolean {
  return request.nextUrl.pathname.startsWith('/admin') && !request.cookies.has(languageCookie);
}

/** Sets the default choice on the request being served and in the browser, for the next ones. */
export function chooseDefaultAdminLanguage(request: NextRequest): Headers {
  request.cookies.set(languageCookie, adminLanguageFallback);
  return request.headers;
}

export function rememberDefaultAdminLanguage(response: NextResponse): void {
  response.cookies.set({
    name: languageCookie,
    value: adminLanguageFallback,
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
  });
}
