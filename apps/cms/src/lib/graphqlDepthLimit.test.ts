import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphqlDepthLimit } from './graphqlDepthLimit';

const schema = buildSchema(`
  type Venue { name: String, related: [Venue] }
  type Query { venues: [Venue] }
`);
const errors = (query: string) =>
  validate(schema, parse(query), [graphqlDepthLimit(3)]).map((e) => e.message);

describe('graphqlDepthLimit', () => {
  it('accepts queries up to the limit', () => {
    expect(errors('{ venues { related { name } } }')).toEqual([]);
  });

  it('refuses deeper queries, through fragments and inline fragments too', () => {
    expect(errors('{ venues { related { related { name } } } }')).toEqual([
      'The query is nested 4 fields deep; at most 3 are allowed.',
    ]);
    expect(
      errors(
        'query { venues { ...Deep } } fragment Deep on Venue { related { ... on Venue { related { name } } } }',
      ),
    ).toHaveLength(1);
  });

  it('leaves introspection alone', () => {
    expect(errors('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual([]);
  });
});
