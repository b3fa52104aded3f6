import { describe, expect, inject, it } from 'vitest';
import { api, asAdmin, asEditor, asVisitor, graphql, someAddress, suffix } from './api';
import { references, venueData } from './fixtures';

describe('anonymous visitors', () => {
  it('read published content over REST', async () => {
    for (const collection of ['venues', 'neighborhoods', 'categories', 'guides', 'media']) {
      const { status, body } = await api(`/api/${collection}?limit=1`);
      expect(status, collection).toBe(200);
      expect(Number(body.totalDocs), collection).toBeGreaterThan(0);
    }
  });

  it('never see drafts, over REST or GraphQL, even when they ask for them', async () => {
    const token = await asEditor();
    const draft = venueData(await references(token), { _status: 'draft' });
    const created = await api('/api/venues?draft=true', { method: 'POST', token, body: draft });
    expect(created.status).toBe(201);
    const id = (created.body.doc as { id: number }).id;

    expect((await api(`/api/venues/${id}`)).status).toBe(404);
    expect((await api(`/api/venues/${id}?draft=true`)).status).toBe(404);
    const listed = await api(
      `/api/venues?draft=true&limit=100&where[name][equals]=${encodeURIComponent(String(draft.name))}`,
    );
    expect(listed.body.totalDocs).toBe(0);
    const viaGraphql = await graphql(
      `{ Venues(draft: true, where: { name: { equals: "${draft.name}" } }) { totalDocs } }`,
    );
    expect(viaGraphql.body.data).toEqual({ Venues: { totalDocs: 0 } });
    // The editor does see it, and so does the site's preview, with its API key.
    expect((await api(`/api/venues/${id}?draft=true`, { token })).status).toBe(200);
    const preview = await api(`/api/venues/${id}?draft=true`, {
      headers: { authorization: `users API-Key ${inject('cmsApiKey')}` },
    });
    expect(preview.status).toBe(200);
    expect(
      (await api(`/api/venues/${id}?draft=true`, { headers: { authorization: 'users API-Key wrong' } }))
        .status,
    ).not.toBe(200);
  });

  it('get published venue slugs a page at a time, never a draft or a draft’s new slug', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const draft = venueData(refs, { _status: 'draft', slug: `borrador-${suffix()}` });
    expect((await api('/api/venues?draft=true', { method: 'POST', token, body: draft })).status).toBe(201);
    const published = venueData(refs, { slug: `publicada-${suffix()}` });
    const created = await api('/api/venues', { method: 'POST', token, body: published });
    expect(created.status).toBe(201);
    const id = (created.body.doc as { id: number }).id;
    const renamed = `renombrada-${suffix()}`;
    const edited = await api(`/api/venues/${id}?draft=true`, {
      method: 'PATCH',
      token,
      body: { slug: renamed, _status: 'draft' },
    });
    expect(edited.status).toBe(200);

    const { status, body } = await api('/api/venues/published-slugs');
    expect(status).toBe(200);
    const slugs = (body.docs as { slug: { es: string } }[]).map((doc) => doc.slug.es);
    expect(slugs).toContain('museo-casa-de-leon-trotsky');
    expect(slugs).toContain(published.slug);
    expect(slugs).not.toContain(draft.slug);
    expect(slugs).not.toContain(renamed);
    expect(body.totalDocs).toBe((await api('/api/venues?limit=1&depth=0')).body.totalDocs);

    // Pages of two, in a fixed order, together the same slugs as the one answer.
    const pages = [];
    for (let page = 1; page <= Math.ceil(Number(body.totalDocs) / 2); page++) {
      const answer = await api(`/api/venues/published-slugs?limit=2&page=${page}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ page, totalDocs: body.totalDocs });
      pages.push(...(answer.body.docs as { slug: { es: string } }[]).map((doc) => doc.slug.es));
    }
    expect(pages).toEqual(slugs);
    // A page past any offset the database can hold is refused, not a server error.
    expect((await api('/api/venues/published-slugs?page=99999999999999999999')).status).toBe(400);
    const refused = await api('/api/venues/published-slugs?page=0&limit=muchos');
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { message: 'page must be a whole number from 1 to 1000000' },
      { message: 'limit must be a whole number from 1 to 1000000' },
    ]);
  });

  it('cannot read versions', async () => {
    expect((await api('/api/venues/versions')).status).toBe(403);
    const viaGraphql = await graphql('{ versionsVenues { totalDocs } }');
    expect(JSON.stringify(viaGraphql.body.errors)).toMatch(/not allowed/i);
  });

  it('cannot read users, over REST or GraphQL', async () => {
    expect((await api('/api/users')).status).toBe(403);
    const viaGraphql = await graphql('{ Users { docs { email } } }');
    expect(viaGraphql.body.data).toMatchObject({ Users: null });
    expect(JSON.stringify(viaGraphql.body.errors)).toMatch(/not allowed/i);
  });

  it('cannot write content, over REST or GraphQL', async () => {
    const refs = await references(await asEditor());
    expect((await api('/api/venues', { method: 'POST', body: venueData(refs) })).status).toBe(403);
    expect((await api('/api/categories/1', { method: 'PATCH', body: { label: 'x' } })).status).toBe(403);
    expect((await api('/api/media/1', { method: 'DELETE' })).status).toBe(403);
    const mutation = await graphql('mutation { deleteCategory(id: 1) { id } }');
    expect(JSON.stringify(mutation.body.errors)).toMatch(/not allowed/i);
    expect((await api('/api/categories/1')).status).toBe(200);
  });

  it('can file a report but not read reports', async () => {
    const filed = await api('/api/reports', {
      method: 'POST',
      body: { message: 'The opening hours changed last month.', pageUrl: '/es/lugares/x', website: '' },
      headers: asVisitor(someAddress()),
    });
    expect(filed.status).toBe(201);
    expect((await api('/api/reports')).status).toBe(403);
    expect((await api('/api/reports', { token: await asEditor() })).status).toBe(200);
  });

  it('has reports from robots (honeypot filled) refused, and floods limited', async () => {
    const sender = asVisitor(someAddress());
    const robot = await api('/api/reports', {
      method: 'POST',
      body: { message: 'Cheap watches here', website: 'http://spam.example' },
      headers: sender,
    });
    expect(robot.status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const filed = await api('/api/reports', {
        method: 'POST',
        body: { message: `Report number ${i} about a venue.` },
        headers: sender,
      });
      statuses.push(filed.status);
    }
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});

describe('editors', () => {
  it('manage content', async () => {
    const token = await asEditor();
    const created = await api('/api/venues', {
      method: 'POST',
      token,
      body: venueData(await references(token)),
    });
    expect(created.status).toBe(201);
    const id = (created.body.doc as { id: number }).id;
    expect((await api(`/api/venues/${id}`, { method: 'DELETE', token })).status).toBe(200);
  });

  it('cannot see or change other users, nor their own role', async () => {
    const token = await asEditor();
    const listed = await api('/api/users?limit=100', { token });
    expect(listed.status).toBe(200);
    expect((listed.body.docs as { email: string }[]).map((u) => u.email)).toEqual(['editor@example.com']);
    const admin = await api('/api/users?where[email][equals]=admin@example.com', { token: await asAdmin() });
    const adminId = (admin.body.docs as { id: number }[])[0]?.id;
    expect((await api(`/api/users/${adminId}`, { token })).status).toBe(404);
    expect((await api(`/api/users/${adminId}`, { method: 'PATCH', token, body: { name: 'x' } })).status).toBe(
      403,
    );
    const created = await api('/api/users', {
      method: 'POST',
      token,
      body: { email: `new-${suffix()}@example.com`, password: 'a-long-password', role: 'admin' },
    });
    expect(created.status).toBe(403);
    const me = (listed.body.docs as { id: number }[])[0]?.id;
    await api(`/api/users/${me}`, { method: 'PATCH', token, body: { role: 'admin' } });
    const after = await api(`/api/users/${me}`, { token });
    expect(after.body.role).toBe('editor');
    const viaGraphql = await graphql('{ Users { docs { email } } }', token);
    expect(viaGraphql.body.data).toEqual({ Users: { docs: [{ email: 'editor@example.com' }] } });
  });
});

describe('admins', () => {
  it('manage users and roles', async () => {
    const token = await asAdmin();
    const email = `editor-${suffix()}@example.com`;
    const created = await api('/api/users', {
      method: 'POST',
      token,
      body: { email, password: 'a-long-password', role: 'editor' },
    });
    expect(created.status).toBe(201);
    const id = (created.body.doc as { id: number }).id;
    const promoted = await api(`/api/users/${id}`, { method: 'PATCH', token, body: { role: 'admin' } });
    expect((promoted.body.doc as { role: string }).role).toBe('admin');
    const listed = await api('/api/users?limit=100', { token });
    expect(Number(listed.body.totalDocs)).toBeGreaterThanOrEqual(3);
    expect((await api(`/api/users/${id}`, { method: 'DELETE', token })).status).toBe(200);
  });
});
