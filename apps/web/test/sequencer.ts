import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** site.test.ts stops the shared CMS at its end, so it runs after every other stack test. */
export class SiteTestLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const last = (file: TestSpecification) => file.moduleId.endsWith('/site.test.ts');
    return [...sorted.filter((file) => !last(file)), ...sorted.filter(last)];
  }
}
