/**
 * `npm run import -- [options] FILE...` (see docs/importing.md): the command run with this
 * process's arguments, streams and environment, its result the exit code. The command is in
 * command.ts and the engine in run.ts, so both can be imported; this file only binds them.
 */
import { importCommand } from './command.ts';

process.exitCode = await importCommand(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
