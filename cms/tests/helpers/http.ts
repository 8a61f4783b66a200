/** An HTTP answer with its body parsed when it is JSON, and its raw bytes for downloads. */
export interface Reply {
  status: number;
  body: any;
  headers: Headers;
  raw: Buffer;
}

/** One request as a client makes it: an optional bearer token and JSON body. */
export const call = async (base: string, method: string, pathname: string, token?: string | null, json?: unknown): Promise<Reply> => {
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${base}${pathname}`, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) });
  const raw = Buffer.from(await response.arrayBuffer());
  let body: unknown = null;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    // a file download or NDJSON: the caller reads `raw`
  }
  return { status: response.status, body, headers: response.headers, raw };
};
