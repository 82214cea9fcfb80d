/**
 * A loopback fake of the GitHub REST endpoints pull-request mode uses: list/create/update pulls of one repository.
 * It checks the token (401 otherwise), records every request, and can fail chosen requests (5xx, secondary rate
 * limit with any Retry-After, 429) or leave them unanswered (`hang`) to exercise the octokit retry and throttling
 * plugins and the client's bounds.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  head: { ref: string; label: string };
  base: { ref: string };
  html_url: string;
  user: { login: string };
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: any;
}

export interface Fault {
  readonly method: string;
  readonly path: RegExp;
  /** Answer nothing: the connection stays open until the client gives up or the server closes. */
  readonly hang?: boolean;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly message: string;
  /** How many matching requests fail before the endpoint works again. */
  times: number;
}

export class FakeGitHubServer {
  readonly pulls: FakePull[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  private readonly server: http.Server;
  private nextNumber = 1;

  private constructor(
    readonly owner: string,
    readonly repo: string,
    readonly token: string,
  ) {
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  static async start(owner = 'acme', repo = 'fleet', token = 'ghs_FakeTokenValue0123456789'): Promise<FakeGitHubServer> {
    const fake = new FakeGitHubServer(owner, repo, token);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Requests that change something (anything but GET/HEAD). */
  get writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  }

  /** Adds an open PR as if someone opened it by hand. */
  addPull(props: { title: string; body: string | null; head: string; base: string; login?: string }): FakePull {
    const pull: FakePull = {
      number: this.nextNumber++,
      state: 'open',
      title: props.title,
      body: props.body,
      head: { ref: props.head, label: `${this.owner}:${props.head}` },
      base: { ref: props.base },
      html_url: `https://github.example/${this.owner}/${this.repo}/pull/${this.nextNumber - 1}`,
      user: { login: props.login ?? 'someone' },
    };
    this.pulls.push(pull);
    return pull;
  }

  fail(fault: Omit<Fault, 'times'> & { times?: number }): void {
    this.faults.push({ ...fault, times: fault.times ?? 1 });
  }

  /** Leaves matching requests unanswered, as an API that never responds. */
  hang(fault: { method: string; path: RegExp; times?: number }): void {
    this.fail({ ...fault, hang: true, status: 0, message: '' });
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // Unanswered (hanging) requests would keep close() waiting for ever.
    this.server.closeAllConnections();
    await closed;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const text = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), body: text ? JSON.parse(text) : undefined });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(data));
    };
    if (req.headers.authorization !== `token ${this.token}` && req.headers.authorization !== `bearer ${this.token}`) {
      return send(401, { message: 'Bad credentials' });
    }
    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname));
    if (fault) {
      fault.times--;
      if (fault.hang) return;
      return send(fault.status, { message: fault.message }, fault.headers);
    }
    const prefix = `/repos/${this.owner}/${this.repo}/pulls`;
    if (url.pathname === prefix && method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      const head = url.searchParams.get('head');
      const base = url.searchParams.get('base');
      return send(
        200,
        this.pulls.filter((p) => (state === 'all' || p.state === state) && (!head || p.head.label === head) && (!base || p.base.ref === base)),
      );
    }
    if (url.pathname === prefix && method === 'POST') {
      const body = JSON.parse(text);
      if (typeof body.body === 'string' && body.body.length > 65536) return send(422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
      if (this.pulls.some((p) => p.state === 'open' && p.head.ref === body.head && p.base.ref === body.base)) {
        return send(422, { message: 'Validation Failed', errors: [{ message: `A pull request already exists for ${this.owner}:${body.head}.` }] });
      }
      const pull = this.addPull({ title: body.title, body: body.body ?? null, head: body.head, base: body.base, login: 'github-actions[bot]' });
      return send(201, pull);
    }
    const match = new RegExp(`^${prefix}/(\\d+)$`).exec(url.pathname);
    const pull = match ? this.pulls.find((p) => p.number === Number(match[1])) : undefined;
    if (pull && method === 'GET') return send(200, pull);
    if (pull && method === 'PATCH') {
      const body = JSON.parse(text);
      if (typeof body.body === 'string' && body.body.length > 65536) return send(422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
      if (body.title !== undefined) pull.title = body.title;
      if (body.body !== undefined) pull.body = body.body;
      if (body.state !== undefined) pull.state = body.state;
      return send(200, pull);
    }
    return send(404, { message: 'Not Found' });
  }
}
