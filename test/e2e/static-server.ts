// The journeys' host: a plain static server (test/e2e/serve.ts) for one folder under a URL prefix.
// Usage: tsx test/e2e/static-server.ts <folder> <port> [/url/prefix/] [--precompress]
// --precompress: gzip every file before listening (serve.ts, precompress), for benchmarks that time fetches.

import { resolve } from 'node:path';

import { createStaticServer, normalizePrefix, precompress } from './serve';

const args = process.argv.slice(2).filter((a) => a !== '--precompress');
const [folder = 'dist', portArg = '4510', prefixArg = '/'] = args;
if (process.argv.includes('--precompress')) await precompress(resolve(folder));
const server = createStaticServer(() => folder, prefixArg);

// Every local address (IPv4 and IPv6), since `localhost` may resolve to either.
server.listen(Number(portArg), () => {
  console.log(`Serving ${folder} at http://localhost:${portArg}${normalizePrefix(prefixArg)}`);
});
