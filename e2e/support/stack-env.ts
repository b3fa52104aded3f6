/** Where the running stack is, as global setup announced it to the test workers. */
export type StackUrls = { cmsUrl: string; webUrl: string };

export const stackEnv = {
  cmsUrl: 'PASEO_E2E_CMS_URL',
  webUrl: 'PASEO_E2E_WEB_URL',
  adminToken: 'PASEO_E2E_ADMIN_TOKEN',
} as const;

export function stackUrls(): StackUrls {
  const cmsUrl = process.env[stackEnv.cmsUrl];
  const webUrl = process.env[stackEnv.webUrl];
  if (!cmsUrl || !webUrl) {
    throw new Error(
      'The stack URLs are not set: run the tests with `playwright test`, whose global setup starts it',
    );
  }
  return { cmsUrl, webUrl };
}
