// Teaching features as a teacher and a student use them: a classroom link that locks controls, a full pass of the
// guided tour, exercises checked against the live numbers, and a comparison of two networks, on the notebook page.
// Expected numbers come from the engines, imported here directly.
import { test, expect, type Page } from '@playwright/test';
import { quietDevServer } from './quietDevServer';
import { costMnasnet, mnasPreset } from '../../src/lib/arch/mnasnet';
import { costNasfpn, fpnPreset } from '../../src/lib/arch/nasfpn';
import { formatRatio } from '../../src/lib/arch/format';
import { TOUR_STEPS } from '../../src/lib/teach/tourSteps';

const PAGE = '/';
const SHOTS = 'test-results';

/** Open `rest` (a query string and/or a `#v1=` fragment, may be '') on the page and wait until it is hydrated (the
 * page sets `data-ready="true"` in onMount; a cold dev server compiles the page on the first visit, hence the long wait). */
async function open(page: Page, rest = ''): Promise<void> {
	await openLink(page, PAGE + rest);
}

/** The notebook's link fragment for a JSON object of link fields (format: src/lib/arch/serialize/codec.ts). */
function fragment(fields: object): string {
	return '#v1=' + Buffer.from(JSON.stringify(fields), 'utf8').toString('base64url');
}

async function openLink(page: Page, href: string): Promise<void> {
	await page.goto(href);
	await expect(page.locator('[data-ready="true"]')).toBeAttached({ timeout: 150_000 });
}

test.beforeEach(async ({ context }) => {
	await quietDevServer(context);
});

async function shot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: `${SHOTS}/teach-${name}.png` });
}

test.describe('classroom link', () => {
	test('a copied classroom link locks the unticked controls and shows the banner', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page);
		await page.getByRole('button', { name: 'Classroom link', exact: true }).click();
		const dialog = page.getByRole('dialog');
		// a group shortcut, a single control by its on-screen name, and a column
		await dialog.getByRole('checkbox', { name: 'MnasNet settings' }).uncheck();
		await dialog.getByRole('checkbox', { name: 'MnasNet preset', exact: true }).check();
		await dialog.getByRole('checkbox', { name: 'Latency runs in the browser' }).uncheck();
		await dialog.getByRole('checkbox', { name: 'k', exact: true }).uncheck();
		await page.getByRole('button', { name: 'Copy classroom link', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: /Link copied|Could not copy/ })).toBeVisible();
		await shot(page, 'classroom-panel-1280');

		const link = await page.getByRole('textbox', { name: 'Link for students' }).inputValue();
		// the locks travel inside the link's `#v1=` fragment
		expect(link).not.toBe(page.url());
		expect(link).not.toContain('teacher');

		// a student opens the link in a fresh tab (on `/` a hash-only change would not reload the page)
		const student = await context.newPage();
		await openLink(student, link);
		await expect(student.getByText('Classroom mode: your teacher has locked some controls')).toBeVisible();
		// locked controls: shown, disabled
		await expect(student.getByRole('textbox', { name: 'width_mult', exact: true })).toBeDisabled();
		await expect(student.getByRole('textbox', { name: 'resolution', exact: true })).toBeDisabled();
		// allowed: still editable
		await expect(student.getByRole('combobox', { name: 'MnasNet preset' })).toBeEnabled();
		// locked column: still readable, but it cannot take focus
		const k3 = student.getByRole('textbox', { name: 'k of block 3' });
		await expect(k3).toBeVisible();
		// lecture block 3 = settings row [3, 40, 3, 2, 5] of the lecture's MnasNet table (t, c, n, s, k)
		await expect(k3).toHaveValue('5');
		expect(await k3.evaluate((el) => (el as HTMLElement).focus() ?? document.activeElement === el)).toBe(false);
		// an open column still works
		await expect(student.getByRole('textbox', { name: 'c of block 3' })).toBeEditable();
		// students get no way out, and no classroom panel
		await expect(student.getByRole('button', { name: 'Exit classroom mode' })).toHaveCount(0);
		await expect(student.getByRole('button', { name: 'Classroom link', exact: true })).toHaveCount(0);
		await shot(student, 'classroom-student-1280');
		await student.setViewportSize({ width: 390, height: 844 });
		await shot(student, 'classroom-student-390');
	});

	test('the teacher previews the locks and leaves classroom mode again', async ({ page }) => {
		await open(page);
		await page.getByRole('button', { name: 'Classroom link', exact: true }).click();
		await page.getByRole('dialog').getByRole('checkbox', { name: 'width_mult', exact: true }).uncheck();
		await page.getByRole('button', { name: 'Preview as a student' }).click();
		await expect(page.getByText('Classroom mode: your teacher has locked some controls')).toBeVisible();
		await expect(page.getByRole('textbox', { name: 'width_mult', exact: true })).toBeDisabled();
		await page.getByRole('button', { name: 'Exit classroom mode' }).click();
		await expect(page.getByText('Classroom mode: your teacher has locked some controls')).toBeHidden();
		await expect(page.getByRole('textbox', { name: 'width_mult', exact: true })).toBeEnabled();
	});

	test('a teacher link (?teacher) keeps the way out', async ({ page }) => {
		await open(page, '?teacher' + fragment({ lock: ['mnasnet-globals'] }));
		await expect(page.getByRole('textbox', { name: 'width_mult', exact: true })).toBeDisabled();
		await expect(page.getByRole('button', { name: 'Exit classroom mode' })).toBeVisible();
	});

	test('a hostile lock field shows every control and says so, running nothing', async ({ page }) => {
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		await open(page, fragment({ lock: ['<img src=x onerror=alert(1)>'] }));
		await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
		await expect(page.getByText('Classroom mode: some controls are hidden by your teacher')).toHaveCount(0);
		await expect(page.getByRole('textbox', { name: 'width_mult', exact: true })).toBeVisible();
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		expect(dialogs).toBe(0);
	});
});

test.describe('guided tour', () => {
	test('a full pass: Start tour, Next until the end, each step drives the page', async ({ page }) => {
		await open(page);
		await page.getByRole('button', { name: 'Start tour' }).click();
		const progress = page.getByRole('progressbar');
		const card = page.getByTestId('tour-card');
		const preset = page.getByRole('combobox', { name: 'MnasNet preset' });
		const rows = page.getByTestId('block-row');
		const count = TOUR_STEPS.length;
		const a1At05 = costMnasnet({ ...mnasPreset('mnasnet-a1'), widthMult: 0.5 }).total.params;

		for (let i = 0; i < count; i++) {
			const step = TOUR_STEPS[i];
			await expect(progress).toHaveAttribute('aria-valuenow', String(i + 1));
			await expect(card).toContainText(`${i + 1} / ${count}`);
			await expect(card).toContainText(step.title.en);
			await expect(card).not.toContainText('{');
			switch (step.id) {
				case 'mnas-lecture':
					await expect(preset).toHaveValue('lecture');
					await expect(page.getByTestId('mnasnet-total-params')).toHaveAttribute('data-value', '4383312'); // torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet
					await expect(page.locator('[data-control~="mnasnet-preset"]').first()).toHaveCSS('outline-style', 'solid');
					await shot(page, 'tour-step1-1280');
					break;
				case 'mnas-a1':
					await expect(preset).toHaveValue('mnasnet-a1');
					await expect(page.getByTestId('mnasnet-total-params')).toHaveAttribute('data-value', '3887038'); // torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet
					break;
				case 'mnas-kernel':
					await expect(rows.nth(2)).toHaveAttribute('data-selected', 'true');
					await expect(card).toContainText('Block 3');
					await shot(page, 'tour-kernel-1280');
					break;
				case 'mnas-se':
					await expect(rows.nth(4)).toHaveAttribute('data-selected', 'true');
					break;
				case 'mnas-width':
					await expect(page.getByRole('textbox', { name: 'width_mult', exact: true })).toHaveValue('0.5');
					await expect(page.getByTestId('mnasnet-total-params')).toHaveAttribute('data-value', String(a1At05));
					break;
				case 'fpn-a':
					await expect(page.getByRole('button', { name: '(a)', exact: true })).toHaveAttribute('aria-pressed', 'true');
					await expect(page.getByTestId('nasfpn-cell')).toHaveCount(4); // progression.ts: (a) has 4 cells
					break;
				case 'fpn-c':
					await expect(page.getByRole('button', { name: '(c)', exact: true })).toHaveAttribute('aria-pressed', 'true');
					await expect(page.getByTestId('nasfpn-cell')).toHaveCount(7);
					break;
				case 'fpn-f':
					await expect(page.getByRole('button', { name: '(f)', exact: true })).toHaveAttribute('aria-pressed', 'true');
					break;
				case 'fpn-p3': {
					const selected = page.locator('[data-testid="nasfpn-cell"][aria-pressed="true"]');
					await expect(selected).toHaveCount(1);
					await expect(selected).toHaveAttribute('aria-label', /P3/);
					await expect(card).toContainText('54.6%'); // tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost: P3 node = 54.6 % of a cell
					await shot(page, 'tour-p3-1280');
					break;
				}
				case 'compare':
					// the last step's primary button ends the tour (tour.spec.ts checks what it gives back)
					await expect(page.getByRole('button', { name: 'Next step' })).toHaveCount(0);
					await expect(page.getByRole('button', { name: 'Finish tour' })).toBeVisible();
					await expect(page.getByRole('combobox', { name: 'compare left' })).toBeInViewport();
					break;
				default:
					throw new Error(`no check for tour step ${step.id}`);
			}
			if (i < count - 1) await page.getByRole('button', { name: 'Next step' }).click();
		}

		await page.getByRole('button', { name: 'Previous step' }).click();
		await expect(progress).toHaveAttribute('aria-valuenow', String(count - 1));
		await page.getByRole('button', { name: 'End tour' }).click();
		await expect(progress).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Start tour' })).toBeVisible();
	});

	test('a tour link opens at its step; the phone layout and Korean text', async ({ page, context }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page);
		await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
		// Korean mode: controls by test id (their accessible names are Korean now)
		await page.getByTestId('tour-start').click();
		await page.getByTestId('tour-next').click();
		await page.getByTestId('tour-next').click();
		const href = await page.getByTestId('tour-card').getByRole('link').getAttribute('href');
		expect(href).toBeTruthy();

		// opened fresh, as someone who gets the link does
		const reader = await context.newPage();
		await reader.setViewportSize({ width: 390, height: 844 });
		await openLink(reader, new URL(href!, page.url()).href);
		await expect(reader.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');
		await expect(reader.getByTestId('block-row').nth(2)).toHaveAttribute('data-selected', 'true');
		await expect(reader.getByTestId('language')).toHaveValue('ko');
		await expect(reader.getByTestId('tour-card')).toContainText(TOUR_STEPS[2].title.ko);
		await shot(reader, 'tour-ko-390');
		await reader.getByTestId('tour-next').click();
		await expect(reader.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '4');
		await shot(reader, 'tour-se-ko-390');
	});
});

test.describe('exercises', () => {
	test('predict, then check: a choice and a typed answer, revealed from the live numbers', async ({ page }) => {
		await open(page);
		const halve = page.locator('[data-exercise="halve-block"]');
		await halve.scrollIntoViewIfNeeded();
		await halve.getByRole('button', { name: 'Check' }).click();
		await expect(halve.getByRole('alert')).toContainText('Pick an option');

		// lecture block 5 (t = 6): only halving t halves its MACs exactly (conv cost formulas, checked with PyTorch forward hooks MBConv MACs ∝ hidden width)
		await halve.getByRole('radio', { name: /halve its repeats n/ }).check();
		await halve.getByRole('button', { name: 'Check' }).click();
		await expect(halve.getByTestId('exercise-result')).toContainText('Not quite.');
		await halve.getByRole('radio', { name: /halve its expansion ratio t \(6 → 3\)/ }).check();
		await halve.getByRole('button', { name: 'Check' }).click();
		await expect(halve.getByTestId('exercise-result')).toContainText('Correct!');
		await expect(halve.getByTestId('exercise-result')).toContainText('0.50×');
		await shot(page, 'exercise-1280');

		const width = page.locator('[data-exercise="width-half"]');
		const answer = width.getByRole('textbox', { name: 'Your answer' });
		await answer.fill('a quarter');
		await width.getByRole('button', { name: 'Check' }).click();
		await expect(width.getByRole('alert')).toBeVisible();
		await answer.fill('25%');
		await width.getByRole('button', { name: 'Check' }).click();
		const ratio = (id: 'lecture' | 'mnasnet-a1') => {
			const spec = mnasPreset(id);
			return (
				costMnasnet({ ...spec, widthMult: 0.5 }).total.params / costMnasnet({ ...spec, widthMult: 1 }).total.params
			);
		};
		await expect(width.getByTestId('exercise-result')).toContainText('Not quite.');
		await expect(width.getByTestId('exercise-result')).toContainText(formatRatio(ratio('lecture')));

		// the answer follows the network: switch to MnasNet-A1 and the revealed answer changes with it
		await page.getByRole('combobox', { name: 'MnasNet preset' }).selectOption('mnasnet-a1');
		await expect(width.getByTestId('exercise-result')).toContainText(formatRatio(ratio('mnasnet-a1')));
		await width.scrollIntoViewIfNeeded();
		await page.setViewportSize({ width: 390, height: 844 });
		await width.scrollIntoViewIfNeeded();
		await shot(page, 'exercise-390');
	});
});

test.describe('compare', () => {
	test('two presets side by side, with the ratio of the totals from the engine', async ({ page }) => {
		await open(page);
		const left = page.getByRole('combobox', { name: 'compare left' });
		const right = page.getByRole('combobox', { name: 'compare right' });
		await left.selectOption('m.mnasnet-small');
		await right.selectOption('m.mnasnet-a1');
		const small = costMnasnet(mnasPreset('mnasnet-small')).total;
		const a1 = costMnasnet(mnasPreset('mnasnet-a1')).total;
		await expect(page.getByTestId('compare-params-ratio')).toHaveText(formatRatio(a1.params / small.params));
		await expect(page.getByTestId('compare-macs-ratio')).toHaveText(formatRatio(a1.macs / small.macs));
		// stem + 7 blocks + head (tensorflow/tpu models/official/mnasnet/mnasnet_models.py: both have 7 block strings)
		await expect(page.getByTestId('compare-row')).toHaveCount(9);
		await expect(page.locator('svg[data-export="compare-mnasnet"]')).toBeVisible();
		await page.locator('#compare').scrollIntoViewIfNeeded();
		await shot(page, 'compare-mnasnet-1280');

		// a NAS-FPN step on the left moves the right side to the NAS-FPN being edited ((f) by default)
		await left.selectOption('f.a');
		await expect(right).toHaveValue('f.current');
		const stepA = costNasfpn(fpnPreset('a')).total;
		const stepF = costNasfpn(fpnPreset('f')).total;
		await expect(page.getByTestId('compare-macs-ratio')).toHaveText(formatRatio(stepF.macs / stepA.macs));
		await expect(page.locator('svg[data-export="compare-nasfpn"]')).toBeVisible();
		await expect(page.getByTestId('compare-row')).toHaveCount(8); // input stage + 7 cells of (f)
		await page.setViewportSize({ width: 390, height: 844 });
		await page.locator('#compare').scrollIntoViewIfNeeded();
		await shot(page, 'compare-nasfpn-390');
	});

	test('the address is a link to the comparison; the current edit follows the page', async ({ page, context }) => {
		await open(page);
		await page.getByRole('combobox', { name: 'compare right' }).selectOption('m.current');
		await page.getByRole('combobox', { name: 'compare left' }).selectOption('m.mnasnet-d1');
		// the page writes its address a moment after a change: open it fresh until it carries the pair
		const reader = await context.newPage();
		await expect(async () => {
			await openLink(reader, page.url());
			await expect(reader.getByRole('combobox', { name: 'compare left' })).toHaveValue('m.mnasnet-d1', {
				timeout: 1000
			});
		}).toPass();
		await expect(reader.getByRole('combobox', { name: 'compare right' })).toHaveValue('m.current');
		const d1 = costMnasnet(mnasPreset('mnasnet-d1')).total;
		const lecture = costMnasnet(mnasPreset('lecture')).total;
		await expect(reader.getByTestId('compare-macs-ratio')).toHaveText(formatRatio(lecture.macs / d1.macs));

		const width = reader.getByRole('textbox', { name: 'width_mult', exact: true });
		await width.fill('0.5');
		await width.press('Enter');
		const half = costMnasnet({ ...mnasPreset('lecture'), widthMult: 0.5 }).total;
		await expect(reader.getByTestId('compare-macs-ratio')).toHaveText(formatRatio(half.macs / d1.macs));
	});
});
