import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { createIpcHandlers } from '../../../electron/ipc-handlers';
import type { Services } from '../../../electron/services/contracts';
import { channels, type Channel } from '../../../shared/ipc';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

async function readBody(request: import('node:http').IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the built renderer and answers POST /ipc/<channel> with the same
 * validated handlers electron/ipc.ts registers, over the given services.
 */
export async function startTestServer(rendererFolder: string, services: Services): Promise<RunningServer> {
  const handlers = createIpcHandlers(services);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (request.method === 'POST' && url.pathname.startsWith('/ipc/')) {
        const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
        if (!(channels as string[]).includes(channel)) {
          response.writeHead(404).end();
          return;
        }
        const body = JSON.parse((await readBody(request)) || '{}') as { args?: unknown };
        const result = await handlers[channel as Channel](body.args);
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
        return;
      }
      // Browsers ask for a favicon; the app itself never does (Electron loads it from file://).
      if (url.pathname === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
      const path = normalize(join(rendererFolder, relative));
      if (!path.startsWith(rendererFolder + sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const data = await readFile(path);
        response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' }).end(data);
      } catch {
        response.writeHead(404).end();
      }
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
