// The load balancer of bench/province.bench.ts, in its own process: hands each new connection to the next
// city server instance in turn and copies bytes both ways (a TCP balancer, as HAProxy in TCP mode would).
// Listens on LOKET_BENCH_PROXY_PORT, forwards to LOKET_BENCH_PROXY_TARGETS (host:port,…), prints "ready",
// and exits when its stdin closes.
import { connect, createServer } from 'node:net';

const targets = (process.env.LOKET_BENCH_PROXY_TARGETS ?? '').split(',').map((t) => {
  const [host, port] = t.split(':');
  return { host: host ?? '127.0.0.1', port: Number(port) };
});
let next = 0;

const server = createServer((client) => {
  const target = targets[next++ % targets.length];
  if (!target) return void client.destroy();
  const upstream = connect(target);
  client.pipe(upstream).pipe(client);
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
});
server.listen(Number(process.env.LOKET_BENCH_PROXY_PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
