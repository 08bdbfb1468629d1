// The API benchmark's client, in its own process (as a browser would be), so the server's event
// loop serves requests only. Reads a job as JSON on stdin, prints each request's milliseconds.
import { text } from 'node:stream/consumers';

interface Job {
  cookie: string;
  endpoints: { method: string; requests: { url: string; body?: unknown }[] }[];
}

const job = JSON.parse(await text(process.stdin)) as Job;
const times: number[][] = [];
for (const endpoint of job.endpoints) {
  const own: number[] = [];
  for (const { url, body } of endpoint.requests) {
    const started = performance.now();
    const r = await fetch(url, {
      method: endpoint.method,
      headers: { cookie: job.cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    await r.arrayBuffer();
    const ms = performance.now() - started;
    if (!r.ok) throw new Error(`${endpoint.method} ${url}: ${r.status}`);
    own.push(ms);
  }
  times.push(own);
}
process.stdout.write(JSON.stringify(times));
