/** Applies pending migrations and checks they ran: `npm run migrate -w @paseo/cms`. */
import { migrateDatabase } from './migrateDatabase';
import { withPayload } from './openPayload';

await withPayload(migrateDatabase);
// Payload leaves timers behind; the work is done.
process.exit(0);
