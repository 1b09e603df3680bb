import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createGzip } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml",
  ".json": "application/json", ".xml": "application/xml", ".png": "image/png", ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain", ".ico": "image/x-icon", ".woff2": "font/woff2", ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream", ".pf_fragment": "application/octet-stream", ".pf_index": "application/octet-stream",
};

/**
 * Serves a built site from `root` under `base` ("/" or "/sub/path/") on
 * 127.0.0.1 and a free port, like a plain static host: index.html for
 * folders, 404.html for anything missing. `close()` stops it. With `gzip`, text responses
 * are compressed when the client accepts it, as production hosts do (Lighthouse times the
 * bytes it receives, so an uncompressed server would understate real load times).
 */
export async function serveStatic(root: string, base = "/", headers: Record<string, string> = {}, { gzip = false }: { gzip?: boolean } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(base)) return notFound();
    rel = rel.slice(base.length);
    let file = path.join(root, rel);
    if (!file.startsWith(root)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) return notFound();
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    const compress = gzip && /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    res.writeHead(200, { "content-type": type, ...(compress && { "content-encoding": "gzip", vary: "accept-encoding" }), ...headers });
    if (compress) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);

    function notFound() {
      const page = path.join(root, "404.html");
      res.writeHead(404, { "content-type": "text/html; charset=utf-8", ...headers });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((r) => server.close(() => r())) };
}
