import type { TestProject } from 'vitest/node';
import { type Stack, startStack } from '../../../scripts/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    webUrl: string;
    revalidateSecret: string;
    cmsProcessGroup: number;
    webProcessGroup: number;
    /** Where the stack's database, uploads and logs live. */
    dataDir: string;
  }
}

let stack: Stack | undefined;

/** One CMS and one site for every stack test. */
export async function setup(project: TestProject) {
  stack = await startStack();
  project.provide('cmsUrl', stack.cmsUrl);
  project.provide('webUrl', stack.webUrl);
  project.provide('revalidateSecret', stack.revalidateSecret);
  project.provide('cmsProcessGroup', stack.cmsProcessGroup);
  project.provide('webProcessGroup', stack.webProcessGroup);
  project.provide('dataDir', stack.dataDir);
}

export async function teardown() {
  await stack?.stop();
}
