// A classroom link as a teacher makes it and a student opens it: only width_mult may change. Every other path that
// edits the network (the block table, block strings, a dropped spec file, the TF block specs, the header's reset)
// leaves the teacher's network as it is, and the reset goes back to it. Expected numbers come from the engines.
import { test, expect, type Page } from '@playwright/test';
import { quietDevServer } from './quietDevServer';
import { gotoReady } from './gotoReady';
import { costMnasnet, mnasPreset } from '../../src/lib/arch/mnasnet';
import { formatSpecJson } from '../../src/lib/arch/export/specFile';

async function open(page: Page, url: string): Promise<void> {
	await gotoReady(page, url, () => expect(page.locator('main[data-ready="true"]')).toBeAttached({ timeout: 150_000 }));
	await expect(page.getByTestId('mnasnet-cell')).toHaveAttribute('data-interactive', 'true');
}

// the lecture network (width 1.0) at width_mult 0.75 and 0.5: the teacher's network and a student's edit of it
const params075 = costMnasnet({ ...mnasPreset('lecture'), widthMult: 0.75 }).total.params;
const params05 = costMnasnet({ ...mnasPreset('lecture'), widthMult: 0.5 }).total.params;

test('a width_mult-only classroom link: nothing else changes the teacher’s network, and Reset goes back to it', async ({
	page,
	browser
}) => {
	test.setTimeout(600_000); // two cold page loads on a shared dev server
	await quietDevServer(page.context());
	await open(page, '/');
	const width = page.getByRole('textbox', { name: 'width_mult', exact: true });
	await width.fill('0.75');
	await width.press('Tab');
	await expect(page.getByTestId('mnasnet-total-params')).toHaveAttribute('data-value', String(params075));

	// the teacher allows width_mult alone
	await page.getByRole('button', { name: 'Classroom link', exact: true }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('not a security boundary');
	await dialog.getByRole('button', { name: 'Allow none' }).click();
	await dialog.getByRole('checkbox', { name: 'width_mult', exact: true }).check();
	// the group shortcut shows a partly allowed group
	expect(
		await dialog
			.locator('input[data-group="mnasnet-settings"]')
			.evaluate((el) => (el as HTMLInputElement).indeterminate)
	).toBe(true);
	const link = await dialog.getByRole('textbox', { name: 'Link for students' }).inputValue();
	expect(link).toContain('#v1=');
	await page.screenshot({ path: 'test-results/classroom-dialog-1280.png' });
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	// a student opens it in a fresh browser context (no saved state, no history)
	const context = await browser.newContext();
	await quietDevServer(context);
	const student = await context.newPage();
	await open(student, link);
	const params = student.getByTestId('mnasnet-total-params');
	await expect(params).toHaveAttribute('data-value', String(params075));
	await expect(student.getByTestId('classroom-banner')).toBeVisible();

	// the table: locked cells are disabled, out of the Tab order, and an input event forced on one changes nothing
	const k3 = student.getByRole('textbox', { name: 'k of block 3' });
	await expect(k3).toBeDisabled();
	await expect(student.getByRole('button', { name: 'append a block row' })).toBeDisabled();
	await k3.evaluate((el) => {
		const input = el as HTMLInputElement;
		input.value = '3';
		input.dispatchEvent(new Event('input', { bubbles: true }));
	});
	await expect(params).toHaveAttribute('data-value', String(params075));
	await expect(student.getByRole('combobox', { name: 'MnasNet preset' })).toBeDisabled();

	// block strings: read-only
	await expect(student.getByRole('textbox', { name: 'block strings' })).toBeDisabled();

	// a spec file dropped on the drop zone (the file input itself is disabled) changes nothing
	await expect(student.getByLabel('Upload spec JSON')).toBeDisabled();
	const other = formatSpecJson(mnasPreset('mnasnet-a1'));
	await student.getByTestId('spec-drop-zone').evaluate((zone, text) => {
		const data = new DataTransfer();
		data.items.add(new File([text], 'a1.json', { type: 'application/json' }));
		zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
		zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
	}, other);
	await expect(params).toHaveAttribute('data-value', String(params075));
	await expect(student.getByRole('combobox', { name: 'MnasNet preset' })).toHaveValue('lecture');

	// TF block specs: read-only, and the apply button is disabled
	await expect(student.getByRole('textbox', { name: 'TF block specs' })).toBeDisabled();
	await expect(student.getByRole('button', { name: 'Apply block specs' })).toBeDisabled();

	// Tab never lands on a locked control: from the width box on, the next stops are not the locked table cells
	const widthBox = student.getByRole('textbox', { name: 'width_mult', exact: true });
	await widthBox.focus();
	for (let i = 0; i < 6; i++) {
		await student.keyboard.press('Tab');
		const disabled = await student.evaluate(
			() => (document.activeElement as HTMLInputElement | null)?.disabled ?? false
		);
		expect(disabled).toBe(false);
	}

	// the header's reset: labelled for the classroom, and it keeps the teacher's network (not the preset's)
	const reset = student.getByRole('button', { name: "Reset to the teacher's network" });
	await reset.click();
	await expect(params).toHaveAttribute('data-value', String(params075));
	await expect(widthBox).toHaveValue('0.75');

	// width_mult is allowed: the student changes it, and Reset restores the teacher's network
	await widthBox.fill('0.5');
	await widthBox.press('Tab');
	await expect(params).toHaveAttribute('data-value', String(params05));
	await student.screenshot({ path: 'test-results/classroom-student-width-only-1280.png', fullPage: false });
	await reset.click();
	await expect(params).toHaveAttribute('data-value', String(params075));
	await expect(widthBox).toHaveValue('0.75');
	await context.close();
});
