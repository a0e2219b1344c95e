// Starts the already-built Api on a free loopback port with a fresh SQLite file, and stops it again.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Maximum wait for the demo checkout links in the Api's output, in milliseconds. */
export const apiStartTimeoutMs = Number(process.env.E2E_API_START_TIMEOUT_MS ?? 90_000);

/** Maximum wait for the Api to exit after SIGTERM before it gets SIGKILL, in milliseconds. */
const stopTimeoutMs = 10_000;

// Matches the Api's log message "Demo checkout link of {TenantName} / {PlanName}: {CheckoutUrl}".
const demoLinkPattern = /Demo checkout link of (.+?) \/ (.+?): (https?:\/\/\S+)/g;

/** Returns a TCP port that was free on 127.0.0.1 a moment ago. */
async function findFreePort() {
  const server = createServer();
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', resolveListen);
  });
  const { port } = server.address();
  await new Promise((resolveClose) => server.close(resolveClose));
  return port;
}

/** Sends a signal to the whole process group of `child`, which covers the Api that `dotnet run` starts. */
function signalProcessGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    // ESRCH: the group has already exited.
    if (error.code !== 'ESRCH') {
      throw error;
    }
  }
}

/**
 * Starts `dotnet run --no-build` of the Api in Development and waits until it has logged the
 * demo checkout link of every plan named in `requiredLinks` (items like { tenant, plan }).
 * Returns { baseUrl, links, output, stop }: links maps "Tenant / Plan" to the checkout URL, and
 * output() returns the Api's console output so far.
 * Throws, after stopping the process, when the Api exits early or the links do not appear within
 * apiStartTimeoutMs.
 */
export async function startApi({ requiredLinks }) {
  const port = await findFreePort();
  const dataDirectory = mkdtempSync(join(tmpdir(), 'conexa-e2e-'));
  const databasePath = join(dataDirectory, 'conexa.db');
  const baseUrl = `http://127.0.0.1:${port}`;

  // detached puts dotnet and the Api it starts in a new process group, so stop() can end both.
  const child = spawn(
    'dotnet',
    ['run', '--no-build', '--no-launch-profile', '--project', join(repositoryRoot, 'Api')],
    {
      cwd: repositoryRoot,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ASPNETCORE_ENVIRONMENT: 'Development',
        ASPNETCORE_URLS: baseUrl,
        ConnectionStrings__Default: `Data Source=${databasePath}`,
        DOTNET_CLI_TELEMETRY_OPTOUT: '1',
        DOTNET_NOLOGO: '1',
      },
    },
  );

  let output = '';
  const links = new Map();
  let exited = false;
  const exitPromise = new Promise((resolveExit) => {
    child.once('exit', (code, signal) => {
      exited = true;
      resolveExit({ code, signal });
    });
  });

  // The Api runs in its own process group, so a signal sent to the test run does not reach it.
  // These handlers end it when the test process exits or is interrupted before stop() runs.
  const killOnExit = () => signalProcessGroup(child, 'SIGKILL');
  const killOnSignal = (signal) => {
    killOnExit();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', killOnExit);
  process.once('SIGINT', killOnSignal);
  process.once('SIGTERM', killOnSignal);

  async function stop() {
    process.removeListener('exit', killOnExit);
    process.removeListener('SIGINT', killOnSignal);
    process.removeListener('SIGTERM', killOnSignal);
    if (!exited) {
      signalProcessGroup(child, 'SIGTERM');
      const timer = setTimeout(() => signalProcessGroup(child, 'SIGKILL'), stopTimeoutMs);
      await exitPromise;
      clearTimeout(timer);
    }
    // Children of dotnet may outlive it, so the group gets SIGKILL even after a clean exit.
    signalProcessGroup(child, 'SIGKILL');
    rmSync(dataDirectory, { recursive: true, force: true });
  }

  const hasAllLinks = () => requiredLinks.every(({ tenant, plan }) => links.has(`${tenant} / ${plan}`));

  const ready = new Promise((resolveReady, rejectReady) => {
    const timer = setTimeout(() => {
      rejectReady(
        new Error(
          `Timed out after ${apiStartTimeoutMs} ms waiting for the demo checkout links in the Api output. ` +
            'Set E2E_API_START_TIMEOUT_MS to wait longer.',
        ),
      );
    }, apiStartTimeoutMs);

    let isReady = false;
    const onData = (chunk) => {
      output += chunk.toString();
      if (isReady) {
        return;
      }
      for (const match of output.matchAll(demoLinkPattern)) {
        links.set(`${match[1]} / ${match[2]}`, match[3]);
      }
      if (hasAllLinks()) {
        isReady = true;
        clearTimeout(timer);
        resolveReady();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);

    child.once('error', (error) => {
      clearTimeout(timer);
      rejectReady(new Error(`Starting dotnet failed: ${error.message}. Check that the .NET SDK is on PATH.`));
    });
    exitPromise.then(({ code, signal }) => {
      clearTimeout(timer);
      rejectReady(
        new Error(
          `The Api exited before it was ready (code ${code}, signal ${signal}). ` +
            'Check that it is built (dotnet build) and read its output below.',
        ),
      );
    });
  });

  try {
    await ready;
  } catch (error) {
    await stop();
    error.message += `\nApi output:\n${output.slice(-4000)}`;
    throw error;
  }

  return { baseUrl, links, output: () => output, stop };
}
