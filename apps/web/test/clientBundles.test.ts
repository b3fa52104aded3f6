import { describe, expect, it } from 'vitest';
import { serverOnlyCodeInClientChunks } from './clientBundles';

describe("the built site's client chunks", () => {
  it('carry no schema library, rules engine or date library: the server does that work', () => {
    const findings = serverOnlyCodeInClientChunks().map(
      ({ chunk, library, signature, loadedBy }) =>
        `${chunk} holds ${library} (it contains "${signature}"), brought in by ${loadedBy.join(', ') || 'no client component'}`,
    );
    expect(findings).toEqual([]);
  });
});
