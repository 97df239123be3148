// The journeys' host: a plain static server (test/e2e/serve.ts) for one folder under a URL prefix.
// Usage: tsx test/e2e/static-server.ts <folder> <port> [/url/prefix/]

import { createStaticServer, normalizePrefix } from './serve';

const [folder = 'dist', portArg = '4510', prefixArg = '/'] = process.argv.slice(2);
const server = createStaticServer(() => folder, prefixArg);

// Every local address (IPv4 and IPv6), since `localhost` may resolve to either.
server.listen(Number(portArg), () => {
  console.log(`Serving ${folder} at http://localhost:${portArg}${normalizePrefix(prefixArg)}`);
});
