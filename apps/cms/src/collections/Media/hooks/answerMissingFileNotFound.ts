import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { CollectionConfig } from 'payload';

type UploadHandler = NonNullable<
  Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']
>[number];

/**
 * A file whose entry exists but whose bytes are gone (a lost volume, a partial restore) is a 404,
 * like any file that is not there; Payload's own file route answers it as a 500. Files that exist
 * are left to Payload to serve.
 */
async function missingFileNotFound(
  ...[req, { params }]: Parameters<UploadHandler>
): Promise<Response | undefined> {
  const upload = req.payload.collections[params.collection as 'media']?.config.upload;
  // Files kept in a bucket are answered by its handler, a missing one with a 404 too.
  if (!upload?.staticDir || upload.disableLocalStorage) return;
  const dir = path.resolve(upload.staticDir);
  const file = path.resolve(dir, params.filename);
  // Names that leave the folder are Payload's to refuse.
  if (!file.startsWith(dir + path.sep)) return;
  try {
    await stat(file);
  } catch {
    return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 });
  }
  return undefined;
}

// Payload's type asks for a Response or nothing; it passes on to its own route when none comes back.
export const answerMissingFileNotFound = missingFileNotFound as UploadHandler;
