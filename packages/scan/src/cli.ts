// The privacy-scan command: reads the command line, runs the scan on this process's streams and
// exits with its code (0 nothing found, 1 found, 2 unusable input or options).
import { helpText, parseCommandLine, UsageError } from './cli-options';
import { exitCodes, runScan } from './run-scan';
import { scanVersion } from './version';

async function main(): Promise<number> {
  let command: ReturnType<typeof parseCommandLine>;
  try {
    command = parseCommandLine(process.argv.slice(2), {
      isStdoutTerminal: process.stdout.isTTY === true,
      columns: process.stdout.columns,
      workerUrl: new URL('./scan-worker.js', import.meta.url),
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`privacy-scan: ${error.message}\nRun privacy-scan --help for the options.\n`);
    return exitCodes.unusableInput;
  }
  if (command.kind === 'help') {
    process.stdout.write(helpText);
    return exitCodes.clean;
  }
  if (command.kind === 'version') {
    process.stdout.write(`${scanVersion}\n`);
    return exitCodes.clean;
  }
  return runScan(command.options, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    isStdoutTerminal: process.stdout.isTTY === true,
    isStderrTerminal: process.stderr.isTTY === true,
  });
}

main().then(
  (code) => {
    process.exitCode = code;
    process.stdin.destroy(); // the scan may stop early (a closed pipe); nothing more is read
  },
  (error: unknown) => {
    process.stderr.write(
      `privacy-scan: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
