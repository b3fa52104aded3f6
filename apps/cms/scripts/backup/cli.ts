import path from 'node:path';
import { Refusal } from './backups';

/** Paths on the command line are the caller's: npm runs scripts from elsewhere but keeps INIT_CWD. */
export const fromCaller = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

/** Runs a command; a refusal is printed as a sentence, anything else with its stack. */
export async function runCommand(work: () => Promise<void>): Promise<never> {
  try {
    await work();
    process.exit(0);
  } catch (error) {
    console.error(error instanceof Refusal ? error.message : error);
    process.exit(1);
  }
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
