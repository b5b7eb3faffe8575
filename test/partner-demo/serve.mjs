// Serves the partner demo under the strict CSP, with a booking endpoint that accepts every booking:
//   npx pnpm@10 build && npx pnpm@10 exec node test/partner-demo/serve.mjs   → http://127.0.0.1:5180
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { partnerDemoCsp, preparePartnerDemo } from './prepare.mjs';

const dir = preparePartnerDemo();
const port = Number(process.env.PORT ?? 5180);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/api/bookings' && req.method === 'POST') {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      console.log('booking received:', body);
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
    });
    return;
  }
  let file = normalize(join(dir, decodeURIComponent(path)));
  if (!file.startsWith(dir)) return res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end('not found');
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': partnerDemoCsp,
  });
  res.end(readFileSync(file));
}).listen(port, '127.0.0.1', () =>
  console.log(`Partner demo on http://127.0.0.1:${port} (plain page without the embed: /plain.html)`),
);
