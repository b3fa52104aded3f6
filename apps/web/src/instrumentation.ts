/** Runs once when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // A wrong setting stops the server at its start, naming the variable, not at some page later.
  const { env } = await import('./env');
  env();
  const { answerCmsOutagesWith503 } = await import('./lib/unavailableStatus');
  answerCmsOutagesWith503();
}
