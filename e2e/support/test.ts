import { test as base } from '@playwright/test';
import { pickEnglishAdmin } from './admin';
import { CmsApi } from './cms-api';
import { type Account, demoUsers } from './sample';
import { type StackUrls, stackUrls } from './stack-env';

type Fixtures = {
  stack: StackUrls;
  cms: CmsApi;
  /** Undo steps registered by a test; they run after it, whether it passed or not. */
  cleanup: (step: () => Promise<unknown>) => void;
  /** An editor account created for this test alone, removed after it. */
  editor: Account;
};

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  stack: async ({}, use) => {
    await use(stackUrls());
  },
  // Tests that open the admin without logging in read it in English too (support/admin.ts).
  context: async ({ context, stack }, use) => {
    await pickEnglishAdmin(context, stack.cmsUrl);
    await use(context);
  },
  // Relative `page.goto('/es')` and `request.get('/es')` go to the public site.
  baseURL: async ({ stack }, use) => {
    await use(stack.webUrl);
  },
  cms: async ({ playwright, stack }, use) => {
    const request = await playwright.request.newContext();
    await use(new CmsApi(request, stack.cmsUrl));
    await request.dispose();
  },
  // Depends on `cms` so the API is still there while the undo steps run.
  cleanup: async ({ cms: _cms }, use) => {
    const steps: Array<() => Promise<unknown>> = [];
    await use((step) => steps.push(step));
    const errors: unknown[] = [];
    for (const step of steps.reverse()) {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw errors[0];
  },
  editor: async ({ cms }, use) => {
    const account = await cms.createEditor();
    await use(account);
    await cms.delete('users', account.id, demoUsers.admin);
  },
});

export { expect } from '@playwright/test';
