import { test, expect, type Page } from '@playwright/test';
import { gotoReady } from './gotoReady';
import { quietDevServer } from './quietDevServer';

// Huge hostile input stays harmless: 100,000 bad tokens pasted into the block strings give a short list of
// problems with a count, and the page keeps answering clicks.

test.describe.configure({ timeout: 300_000 });

test.beforeEach(async ({ context }) => {
	await quietDevServer(context);
});

async function openCell(page: Page) {
	const cell = page.getByTestId('mnasnet-cell');
	await gotoReady(page, '/', () => expect(cell).toHaveAttribute('data-interactive', 'true', { timeout: 90_000 }));
	return cell;
}

test('100,000 pasted bad tokens: a capped list with a count, and the page still answers', async ({ page }) => {
	const cell = await openCell(page);
	const text = cell.getByRole('textbox', { name: 'block strings' });
	await text.fill('bad '.repeat(100_000));
	await cell.getByRole('button', { name: 'apply the edited text' }).click();
	const alert = cell.getByRole('alert').filter({ hasText: '100000 block strings' });
	await expect(alert).toBeVisible();
	// the first problems and how many more, not 100,000 list items
	await expect(alert.getByRole('listitem')).toHaveCount(13);
	await expect(alert.getByTestId('more-problems')).toHaveText(/^… \+\d[\d,]*$/);
	// another control still works: the width box takes a new value and the totals follow
	const width = cell.getByLabel('width_mult', { exact: true });
	await width.fill('0.5');
	await expect(width).toHaveValue('0.5');
	await expect(cell.getByTestId('mnasnet-total-params')).not.toHaveAttribute('data-value', '4383312');
});
