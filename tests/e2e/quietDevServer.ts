// The dev server full-reloads every open page when any file of the tree changes (an editor saving, or another test
// run writing). The notebook has no websockets of its own, so answering the dev server's HMR socket with a silent
// mock keeps a test's page still; a preview build has no such socket and is unaffected.
import type { BrowserContext } from '@playwright/test';

export async function quietDevServer(context: BrowserContext): Promise<void> {
	await context.routeWebSocket(
		() => true,
		() => {}
	);
}
