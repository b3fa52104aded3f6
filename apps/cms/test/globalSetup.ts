import type { TestProject } from 'vitest/node';
import { newSecrets, type Secrets, type Stack, startStack } from '../../../scripts/stack';
import { startSiteStandIn } from './siteStandIn';

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    siteUrl: string;
    revalidateSecret: string;
    cmsApiKey: string;
    dataDir: string;
    databaseUrl: string;
    cmsProcessGroup: number;
    /** Every secret of the CMS, for a test that starts another CMS process on its database. */
    secrets: Secrets;
  }
}

let stack: Stack | undefined;
let site: Awaited<ReturnType<typeof startSiteStandIn>> | undefined;

/** One built CMS on a fresh embedded PostgreSQL, with a stand-in for the public site. */
export async function setup(project: TestProject) {
  site = await startSiteStandIn();
  const secrets = newSecrets();
  stack = await startStack({ siteUrl: site.url, secrets });
  project.provide('cmsUrl', stack.cmsUrl);
  project.provide('siteUrl', site.url);
  project.provide('revalidateSecret', stack.revalidateSecret);
  project.provide('cmsApiKey', stack.cmsApiKey);
  project.provide('dataDir', stack.dataDir);
  project.provide('databaseUrl', stack.databaseUrl);
  project.provide('cmsProcessGroup', stack.cmsProcessGroup);
  project.provide('secrets', secrets);
}

export async function teardown() {
  await stack?.stop();
  await site?.close();
}
