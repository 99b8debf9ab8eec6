// `npm run server [-- <command>]`: the ministry sync server and its admin commands (admin/cli.ts).
import { runCli } from './admin/cli';

runCli(process.argv.slice(2)).then(
  (code) => {
    // `serve` resolves once listening and keeps running until a signal; a command exits with its code
    if (code !== 0) process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
