/**
 * `npm start`: builds what changed, then runs the CMS (http://localhost:3001/admin) and the public
 * site (http://localhost:3000) on the project's own PostgreSQL, with the Coyoacán sample content.
 * Data, uploads and generated secrets stay in `.data/` between runs. Ctrl-C stops everything.
 */
import { buildChanged, localDataDir, localSecrets, stopOnSignal } from './localSetup';
import { startStack } from './stack';

const dataDir = localDataDir();

buildChanged();

const secrets = localSecrets(dataDir);

console.log('Starting the database, the CMS and the site…');
const stack = await startStack({
  dataDir,
  cmsPort: Number(process.env.CMS_PORT ?? 3001),
  webPort: Number(process.env.WEB_PORT ?? 3000),
  secrets,
  echo: process.env.PASEO_QUIET !== '1',
});

console.log(`
Paseo is running.
  Public site:  ${stack.webUrl}
  CMS admin:    ${stack.cmsUrl}/admin   (admin@example.com / paseo-demo-admin, editor@example.com / paseo-demo-editor)
  API:          ${stack.cmsUrl}/api  (REST)  ${stack.cmsUrl}/api/graphql  (GraphQL)
Logs: ${stack.cmsLog}, ${stack.webLog}. Press Ctrl-C to stop.
`);

stopOnSignal(stack);
