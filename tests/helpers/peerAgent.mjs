// A second host for the security tests: runs inside its own network namespace (tests/helpers/netnsPeer.ts)
// and performs the requests it is told on stdin (one JSON command per line), answering on stdout.
// Plain node:http and ws, so it can send any Host, Origin or body a browser never would.
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';

function http({ url, method = 'POST', headers = {}, body = '', bodyBytes }, agent) {
  return new Promise((resolve) => {
    const payload = bodyBytes ? Buffer.alloc(bodyBytes, 0x20) : Buffer.from(body);
    const req = request(url, { method, ...(agent ? { agent } : {}), headers: { 'content-length': payload.length, ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', (err) => resolve({ status: 0, error: err.code ?? String(err) }));
    req.end(payload);
  });
}

function ws({ url, headers = {}, origin, send = [], waitMs = 1000 }) {
  return new Promise((resolve) => {
    const result = { opened: false, status: null, closeCode: null, received: [], error: null };
    const socket = new WebSocket(url, { headers, ...(origin ? { origin } : {}), maxPayload: 1 << 20 });
    const done = () => {
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      socket.terminate();
      done();
    }, waitMs);
    socket.on('unexpected-response', (_req, res) => {
      result.status = res.statusCode;
      res.resume();
      socket.terminate();
      done();
    });
    socket.on('open', () => {
      result.opened = true;
      for (const m of send) socket.send(typeof m === 'string' ? m : Buffer.alloc(m.bytes, 0x61));
    });
    socket.on('message', (data) => result.received.push(String(data).slice(0, 500)));
    socket.on('close', (code) => {
      result.closeCode = code;
      done();
    });
    socket.on('error', (err) => {
      result.error = err.code ?? err.message;
    });
  });
}

/**
 * Opens `count` plain TCP connections and reports how many the server closed: as soon as `untilClosed`
 * of them are (the server's refusals, awaited as they happen), at the latest after `holdMs` (a ceiling).
 */
function connections({ host, port, count, untilClosed = count, holdMs = 500 }) {
  return new Promise((resolve) => {
    let closed = 0;
    let sockets = [];
    const finish = () => {
      clearTimeout(ceiling);
      for (const s of sockets) s.destroy();
      resolve({ closedByServer: closed });
    };
    const ceiling = setTimeout(finish, holdMs);
    sockets = Array.from({ length: count }, () => {
      const s = connect({ host, port });
      s.on('error', () => {});
      s.on('close', () => {
        closed += 1;
        if (closed === untilClosed) finish();
      });
      return s;
    });
  });
}

/** A server-sent event stream (the phone page's live channel): its status and the first `events` events, or what came before `waitMs`. */
function sse({ url, headers = {}, events = 1, waitMs = 5000 }) {
  return new Promise((resolve) => {
    const result = { status: null, received: [] };
    let buffer = '';
    const timer = setTimeout(() => {
      req.destroy();
      resolve(result);
    }, waitMs);
    const req = request(url, { method: 'GET', headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      result.status = res.statusCode;
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event) result.received.push({ event, data: data ? JSON.parse(data) : null });
        }
        if (result.received.length >= events) {
          clearTimeout(timer);
          req.destroy();
          resolve(result);
        }
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve(result);
      });
    });
    req.on('error', () => undefined);
    req.end();
  });
}

const ops = {
  http,
  ws,
  sse,
  connections,
  /** Many requests at the same moment over at most `sockets` connections (as a browser would); answers in the order sent. */
  burst: async ({ requests, sockets = 30 }) => {
    const agent = new Agent({ keepAlive: true, maxSockets: sockets });
    const results = await Promise.all(requests.map((r) => http(r, agent)));
    agent.destroy();
    return { results };
  },
};

createInterface({ input: process.stdin }).on('line', async (line) => {
  const { id, op, ...args } = JSON.parse(line);
  let out;
  try {
    out = await ops[op](args);
  } catch (err) {
    out = { error: String(err) };
  }
  process.stdout.write(`${JSON.stringify({ id, ...out })}\n`);
});
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
