import { Socket, connect } from 'node:net';

/** One answer as the load generator needs it: status, the headers asked for, body size. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyBytes: number;
}

/**
 * A keep-alive HTTP/1.1 connection that sends one GET at a time and reads its answer with a
 * minimal parser (status line, Content-Length or chunked body; 304 and 204 have none). As light
 * as autocannon's client, so on a 2-core machine the load generator takes as little CPU from the
 * server as it can, and the same for every server measured.
 */
export class HttpConnection {
  private socket: Socket | null = null;
  private buffer = Buffer.alloc(0);
  private waiting: { resolve: (a: Answer) => void; reject: (e: Error) => void; head: boolean } | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  /** Sends GET `path` with `headers` and resolves with the whole answer. */
  get(path: string, headers: Readonly<Record<string, string>>): Promise<Answer> {
    const socket = this.socket ?? this.open();
    let request = `GET ${path} HTTP/1.1\r\nHost: ${this.host}:${this.port}\r\n`;
    for (const [name, value] of Object.entries(headers)) request += `${name}: ${value}\r\n`;
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject, head: false };
      socket.write(`${request}\r\n`);
    });
  }

  close(): void {
    const socket = this.socket;
    this.socket = null;
    this.buffer = Buffer.alloc(0);
    socket?.destroy();
  }

  private open(): Socket {
    const socket = connect({ host: this.host, port: this.port, noDelay: true });
    // Handlers of a socket already replaced (closed after `connection: close`) do nothing.
    socket.on('data', (chunk) => {
      if (this.socket !== socket) return;
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.parse();
    });
    const fail = (error: Error) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.buffer = Buffer.alloc(0);
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.reject(error);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('connection closed')));
    this.socket = socket;
    return socket;
  }

  private parse(): void {
    if (!this.waiting) return;
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const lines = this.buffer.subarray(0, end).toString('latin1').split('\r\n');
    const status = Number(lines[0].slice(9, 12));
    const headers: Record<string, string> = {};
    for (let i = 1; i < lines.length; i++) {
      const colon = lines[i].indexOf(':');
      headers[lines[i].slice(0, colon).toLowerCase()] = lines[i].slice(colon + 1).trim();
    }
    const bodyStart = end + 4;
    let bodyEnd: number;
    let bodyBytes: number;
    if (status === 304 || status === 204) [bodyEnd, bodyBytes] = [bodyStart, 0];
    else if (headers['transfer-encoding']?.includes('chunked')) {
      const chunked = chunkedEnd(this.buffer, bodyStart);
      if (!chunked) return;
      [bodyEnd, bodyBytes] = [chunked.end, chunked.bytes];
    } else {
      bodyBytes = Number(headers['content-length'] ?? 0);
      bodyEnd = bodyStart + bodyBytes;
      if (this.buffer.length < bodyEnd) return;
    }
    this.buffer = this.buffer.subarray(bodyEnd);
    const waiting = this.waiting;
    this.waiting = null;
    if (headers.connection === 'close') this.close();
    waiting.resolve({ status, headers, bodyBytes });
  }
}

/** Where a chunked body ends (after its last chunk and trailer), and its size; null when not all of it has arrived. */
function chunkedEnd(buffer: Buffer, from: number): { end: number; bytes: number } | null {
  let at = from;
  let bytes = 0;
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', at);
    if (lineEnd < 0) return null;
    const size = parseInt(buffer.subarray(at, lineEnd).toString('latin1'), 16);
    if (size === 0) {
      const trailerEnd = buffer.indexOf('\r\n', lineEnd + 2);
      return trailerEnd < 0 ? null : { end: trailerEnd + 2, bytes };
    }
    at = lineEnd + 2 + size + 2;
    bytes += size;
    if (buffer.length < at) return null;
  }
}
