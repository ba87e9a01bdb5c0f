import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compare, REPORTERS } from '../src/index.js';
import { CORPUS, ROOT } from './helpers.js';

describe('offline', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs the whole pipeline, every bridge and every reporter without touching the network', async () => {
    const attempts: string[] = [];
    const refuse = (what: string) => () => {
      attempts.push(what);
      throw new Error(`network access attempted: ${what}`);
    };
    vi.spyOn(net, 'connect').mockImplementation(refuse('net.connect'));
    vi.spyOn(net, 'createConnection').mockImplementation(refuse('net.createConnection'));
    vi.spyOn(tls, 'connect').mockImplementation(refuse('tls.connect'));
    vi.spyOn(http, 'request').mockImplementation(refuse('http.request'));
    vi.spyOn(http, 'get').mockImplementation(refuse('http.get'));
    vi.spyOn(https, 'request').mockImplementation(refuse('https.request'));
    vi.spyOn(https, 'get').mockImplementation(refuse('https.get'));
    vi.spyOn(dns, 'lookup').mockImplementation(refuse('dns.lookup'));
    vi.spyOn(dns.promises, 'lookup').mockImplementation(refuse('dns.promises.lookup'));
    vi.spyOn(globalThis, 'fetch').mockImplementation(refuse('fetch'));

    for (const bridge of ['lexical', 'auto'] as const) {
      const report = await compare([CORPUS], { cwd: ROOT, bridge, cacheDir: false });
      expect(report.documents).toHaveLength(5);
      for (const reporter of Object.values(REPORTERS)) expect(reporter(report, { color: true, width: 100 }).length).toBeGreaterThan(0);
    }
    expect(attempts).toEqual([]);
  });

  it('reports an in-memory input that is neither text, bytes nor a stream instead of crashing', async () => {
    const report = await compare([{ path: 'broken.txt', content: undefined as unknown as string }, { path: 'a.txt', content: 'Heavy rain flooded the valley on Sunday, forcing thousands from their homes.' }], { cacheDir: false });
    expect(report.warnings).toEqual([{ path: 'broken.txt', code: 'unreadable', message: 'content is neither text, bytes nor a stream, skipped' }]);
    expect(report.documents).toHaveLength(1);
  });
});
