/**
 * The import command run in this process, its output captured: the same result as running
 * `npm run import` (fixtures.ts runImport), without starting one. Standard input is `input`,
 * the environment this process's without CONTENT_DIR (as a script under test gets), and neither
 * stream is a terminal.
 */
import { importCommand } from '../../../src/importer/command.ts';
import type { CliResult } from './fixtures.ts';

/** Runs `npm run import -- ...args` in-process; resolves with its exit code, stdout and stderr. */
export async function runImport(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const env: NodeJS.ProcessEnv = { ...process.env };
  // A CONTENT_DIR from the shell must not point a test at the real archive.
  delete env.CONTENT_DIR;
  Object.assign(env, options.env);
  const input = options.input;
  async function* stdin(): AsyncIterable<Buffer> {
    if (input?.length) yield Buffer.from(input);
  }
  const code = await importCommand(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: stdin(),
    env,
  });
  return { code, stdout, stderr };
}
