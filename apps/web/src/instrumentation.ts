/** Runs once when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { answerCmsOutagesWith503 } = await import('./lib/unavailableStatus');
  answerCmsOutagesWith503();
}
