/**
 * `npm run start:cluster`: Paseo as it runs past one process — Varnish in front of two site
 * processes sharing a cache on Redis, two CMS processes on the embedded PostgreSQL with their
 * uploads in an S3-compatible store (s3rver) — with the same data, secrets and sample content as
 * `npm start`. Needs Varnish, its modules and Redis from the system's packages; says which to
 * install when one is missing. Ctrl-C stops everything.
 */
import { clusterPrograms, startCluster } from './cluster';
import { buildChanged, localDataDir, localSecrets, stopOnSignal } from './localSetup';

try {
  clusterPrograms();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

buildChanged();

console.log('Starting Redis, the upload store, the database, two CMS and two site processes, and Varnish…');
const dataDir = localDataDir();
const cmsPort = Number(process.env.CMS_PORT ?? 3001);
const cluster = await startCluster({
  dataDir,
  cmsPort,
  secondCmsPort: cmsPort + 1,
  cachePort: Number(process.env.WEB_PORT ?? 3000),
  secrets: localSecrets(dataDir),
  echo: process.env.PASEO_QUIET !== '1',
});

console.log(`
Paseo is running as a cluster.
  Public site:  ${cluster.cacheUrl}   (Varnish, in front of ${cluster.sites.map((site) => site.url).join(' and ')})
  CMS admin:    ${cluster.cmsUrl}/admin   (admin@example.com / paseo-demo-admin, editor@example.com / paseo-demo-editor)
  Second CMS:   ${cluster.secondCms.url}   (same database and uploads; the second site process reads from it)
  Uploads:      ${cluster.objectStore.endpoint}/${cluster.objectStore.bucket}   (s3rver, files in ${cluster.objectStore.directory})
  Shared cache: ${cluster.redisUrl}
Logs in ${dataDir}. Press Ctrl-C to stop.
`);

stopOnSignal(cluster);
