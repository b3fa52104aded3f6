import { NextRequest, NextResponse } from 'next/server';
import { describe, expect, it } from 'vitest';
import {
  adminLanguageFallback,
  chooseDefaultAdminLanguage,
  isAdminLanguageUnchosen,
  rememberDefaultAdminLanguage,
} from './adminLanguage';

const request = (path: string, cookie?: string) =>
  new NextRequest(`http://localhost:3001${path}`, {
    headers: { 'accept-language': 'es-MX,es;q=0.9', ...(cookie ? { cookie } : {}) },
  });

describe("the admin's language", () => {
  it('is English for an admin page until the editor picks one, whatever the browser asks for', () => {
    const page = request('/admin/collections/venues');
    expect(isAdminLanguageUnchosen(page)).toBe(true);
    const headers = chooseDefaultAdminLanguage(page);
    expect(headers.get('cookie')).toContain(`payload-lng=${adminLanguageFallback}`);
    const response = NextResponse.next({ request: { headers } });
    rememberDefaultAdminLanguage(response);
    const set = response.headers.get('set-cookie') ?? '';
    expect(set).toContain('payload-lng=en');
    expect(set).toMatch(/Path=\//i);
  });

  it("keeps the editor's own pick, and leaves the API and the rest alone", () => {
    expect(isAdminLanguageUnchosen(request('/admin', 'payload-lng=es'))).toBe(false);
    expect(isAdminLanguageUnchosen(request('/api/venues'))).toBe(false);
    expect(isAdminLanguageUnchosen(request('/paseo-icon.svg'))).toBe(false);
  });
});
