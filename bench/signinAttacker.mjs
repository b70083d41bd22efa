// The attacker of bench/signin.bench.ts, in its own process as it would be on its own PC: sends wrong
// sign-ins at a steady rate from many loopback addresses until stdin closes, then prints the answers' statuses.
import { request } from 'node:http';

const { url, accounts, perSecond, sources } = JSON.parse(process.argv[2]);
const statuses = {};
let sent = 0;
let pending = 0;
let stopping = false;

function signIn(i) {
  const body = JSON.stringify({ staffId: accounts[i % accounts.length], counter: 1 + (i % 3), pin: String(100000 + ((i * 7919) % 800000)) });
  pending += 1;
  const req = request(
    `${url}/api/v1/auth.signIn`,
    {
      method: 'POST',
      agent: false,
      localAddress: `127.0.1.${(i % sources) + 1}`,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    },
    (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
    },
  );
  req.on('error', () => done(0));
  req.end(body);
}

function done(status) {
  statuses[status] = (statuses[status] ?? 0) + 1;
  pending -= 1;
  if (stopping && pending === 0) finish();
}

function finish() {
  process.stdout.write(`${JSON.stringify({ sent, statuses })}\n`);
  process.exit(0);
}

const started = performance.now();
const timer = setInterval(() => {
  const due = Math.floor(((performance.now() - started) / 1000) * perSecond);
  for (; sent < due; sent++) signIn(sent);
}, 5);
process.stdin.on('end', () => {
  clearInterval(timer);
  stopping = true;
  if (pending === 0) finish();
});
process.stdin.resume();
process.stdout.write('ready\n');
