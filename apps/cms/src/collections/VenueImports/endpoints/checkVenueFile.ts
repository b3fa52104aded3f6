import type { Endpoint } from 'payload';
import { hasRole } from '../../../access/roles';
import { formatOf, planImport } from '../planImport';

/** The largest file an import takes: 10,000 venues with long descriptions fit well within it. */
const maxFileBytes = 64 * 1024 * 1024;

/**
 * The dry run: `POST /api/venue-imports/check?fileName=venues.csv&publishNew=true` with the file
 * as the body. Answers what the import would create, update, leave unchanged and refuse (each
 * refusal with its row and column), and the id of the import to start once the editor agrees.
 */
export const checkVenueFile: Endpoint = {
  path: '/check',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'editor', 'admin'))
      return Response.json({ error: 'Editors only' }, { status: 403 });
    const fileName = req.searchParams.get('fileName')?.trim() || 'venues.csv';
    const declared = Number(req.headers.get('content-length') ?? 0);
    if (declared > maxFileBytes)
      return Response.json({ error: 'The file is larger than 64 MB' }, { status: 413 });
    const text = (await req.text?.()) ?? '';
    if (text.length > maxFileBytes)
      return Response.json({ error: 'The file is larger than 64 MB' }, { status: 413 });
    if (text.trim() === '') return Response.json({ error: 'The file is empty' }, { status: 400 });
    const format = formatOf(fileName);
    const { plan } = await planImport(req.payload, format, text);
    const created = await req.payload.create({
      collection: 'venue-imports',
      data: {
        fileName,
        format,
        file: text,
        publishNew: req.searchParams.get('publishNew') === 'true',
        state: 'checked',
        plan,
        progress: { total: plan.counts.create + plan.counts.update },
        createdBy: req.user?.id,
      },
      overrideAccess: true,
    });
    return Response.json({ id: created.id, plan }, { headers: { 'cache-control': 'no-store' } });
  },
};
