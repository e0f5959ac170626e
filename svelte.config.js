import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH: the sub-path the site is served under (GitHub Pages project sites, a school server's folder), e.g.
// `BASE_PATH=/nas-notebook npm run build`. BUILD_DIR / KIT_OUT_DIR move the output (tests build a second copy).
const base = process.env.BASE_PATH ?? '';
const out = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our code; libraries keep their own mode.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ pages: out, assets: out, strict: true, fallback: undefined }),
		paths: { base },
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// registered by the page itself (src/lib/hosting/isolation.ts), in the built site only
		serviceWorker: { register: false }
	}
};

export default config;
