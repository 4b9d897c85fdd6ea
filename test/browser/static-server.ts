/**
 * A tiny static file server for dist/ on 127.0.0.1 and a port the system picks, so the test
 * needs neither webpack-dev-server's certificates nor a fixed free port.
 */
import { createReadStream, promises as fs } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import path from "path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const resolvedRoot = path.resolve(root);
  const server: Server = createServer(async (request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const filePath = path.resolve(resolvedRoot, `.${urlPath}`);
    // Refuse anything that escapes the served folder (../ in the URL).
    if (filePath !== resolvedRoot && !filePath.startsWith(resolvedRoot + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const stat = await fs.stat(filePath);
      if (!stat.isFile()) throw new Error("not a file");
      response.writeHead(200, { "Content-Type": contentTypeOf(filePath), "Content-Length": stat.size });
      createReadStream(filePath).pipe(response);
    } catch {
      response.writeHead(404, { "Content-Type": "text/plain" }).end(`Not found: ${urlPath}`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
