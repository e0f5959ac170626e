// A plain static file server for a built copy of the site under a sub-path, WITHOUT any COOP/COEP header: what a
// teacher gets on GitHub Pages or a school server. `/base` and `/base/` serve index.html; `/base/x` serves x or x.html.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain'
};

export function serveSubpath(root: string, base: string, port: number): Promise<Server> {
	const server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base)) {
			res.writeHead(404).end();
			return;
		}
		const rel = normalize(path.slice(base.length)).replace(/^([/\\])+/, '');
		if (rel.startsWith('..')) {
			res.writeHead(403).end();
			return;
		}
		for (const candidate of rel === '' ? ['index.html'] : [rel, `${rel}.html`, join(rel, 'index.html')]) {
			try {
				const body = await readFile(join(root, candidate));
				res.writeHead(200, { 'Content-Type': TYPES[extname(candidate)] ?? 'application/octet-stream' });
				res.end(body);
				return;
			} catch {
				// try the next candidate
			}
		}
		res.writeHead(404).end();
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
