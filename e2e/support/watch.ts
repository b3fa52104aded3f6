import type { Page } from '@playwright/test';

/**
 * Every dialog a page opens (`alert`, `confirm`, `prompt`): the hostile content in these tests
 * calls `alert`, so a dialog means an editor's text ran as script. Dialogs are dismissed so the
 * page goes on, and the test checks the list at the end.
 */
export function recordDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`${dialog.type()} "${dialog.message()}" on ${page.url()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return seen;
}

export type CspViolation = {
  page: string;
  directive: string;
  blocked: string;
  sample?: string;
  source?: string;
};

/**
 * Content-Security-Policy violations in every frame of the page, from the browser's
 * `securitypolicyviolation` events and from its console (which also reports what no event
 * reaches, such as a frame refused by `frame-ancestors`).
 */
export async function recordCspViolations(page: Page): Promise<CspViolation[]> {
  const seen: CspViolation[] = [];
  await page.exposeBinding('__paseoCspViolation', (_source, violation: CspViolation) => {
    seen.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { __paseoCspViolation?: (v: unknown) => void })
          .__paseoCspViolation;
        report?.({
          page: document.location.href,
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        });
      },
      true,
    );
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Content-Security-Policy/i.test(text)) {
      seen.push({ page: page.url(), directive: 'console', blocked: '', sample: text.slice(0, 300) });
    }
  });
  return seen;
}
