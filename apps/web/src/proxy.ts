import { type NextRequest, NextResponse } from 'next/server';
import { preferredLocale } from '@/lib/urls';

/** `/` sends each visitor to the home page in the language their browser asks for. */
export function proxy(request: NextRequest) {
  const locale = preferredLocale(request.headers.get('accept-language'));
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
  response.headers.set('vary', 'accept-language');
  return response;
}

export const config = { matcher: '/' };
