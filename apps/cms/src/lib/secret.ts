/** Secrets that ship in docs and examples, and so protect nothing. */
const knownSecrets = new Set([
  '',
  'secret',
  'changeme',
  'change-me',
  'paseo',
  'paseo-dev-secret',
  'YOUR_SECRET_HERE',
]);

const DEVELOPMENT_SECRET = 'paseo-dev-secret';

export function isWeakSecret(secret: string | undefined): boolean {
  return secret === undefined || knownSecrets.has(secret) || secret.length < 32;
}

/**
 * The secret that signs logins. Production refuses to start without a strong one; development
 * and the build get a fixed stand-in so nothing needs configuring.
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET;
  const building = env.NEXT_PHASE === 'phase-production-build';
  if (env.NODE_ENV === 'production' && !building && isWeakSecret(secret)) {
    throw new Error(
      'PAYLOAD_SECRET is missing, too short or a known default. Set it to a random string of 32+ characters, ' +
        'e.g. `openssl rand -hex 32`.',
    );
  }
  return secret || DEVELOPMENT_SECRET;
}
