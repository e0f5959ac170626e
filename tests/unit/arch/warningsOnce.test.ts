// Warnings are worked out once per spec: the validation that accepts a spec and the cost report of that spec hand
// out the very same warnings array, and an edit (a new spec object) gets its own.
import { describe, it, expect } from 'vitest';
import type { Checked } from '$lib/arch/issues';
import { analyzeMnasnet, costMnasnet, mnasPreset, mnasnetWarnings, validateMnasnet } from '$lib/arch/mnasnet';
import { costNasfpn, fpnPreset, nasfpnWarnings, validateNasfpn } from '$lib/arch/nasfpn';
import { NotebookState } from '$lib/state/notebook.svelte';

function accepted<T>(checked: Checked<T>) {
	if (!checked.ok) throw new Error('expected a valid spec');
	return checked;
}

// the lecture code (AnjieCheng/MnasNet-PyTorch MnasNet.py) asserts input_size % 32 == 0: 225 draws a warning
const lecture225 = () => ({ ...mnasPreset('lecture'), resolution: 225 });
// tensorflow/tpu nasfpn.py pads the image to a multiple of 2^max_level: 600 is not a multiple of 128
const fpn600 = () => ({ ...fpnPreset('f'), imageSize: 600 });

describe('validateMnasnet → costMnasnet', () => {
	it('the report holds the warnings array validation returned', () => {
		const checked = accepted(validateMnasnet(lecture225()));
		expect(checked.warnings.map((w) => w.code)).toContain('m.wLectureRes');
		expect(costMnasnet(checked.value).warnings).toBe(checked.warnings);
	});

	it('analyzeMnasnet: its warnings and its report’s are one array', () => {
		const a = accepted(analyzeMnasnet(lecture225()));
		expect(a.value.report.warnings).toBe(a.warnings);
	});

	it('an edit (a new spec) gets its own warnings, not the last ones', () => {
		const spec = accepted(validateMnasnet(lecture225())).value;
		const before = mnasnetWarnings(spec);
		const edited = { ...spec, resolution: 224 };
		expect(mnasnetWarnings(edited)).not.toBe(before);
		expect(costMnasnet(edited).warnings).toEqual([]);
	});

	it('the shared array cannot be changed by a reader', () => {
		expect(Object.isFrozen(mnasnetWarnings(lecture225()))).toBe(true);
	});
});

describe('validateNasfpn → costNasfpn', () => {
	it('the report holds the warnings array validation returned', () => {
		const checked = accepted(validateNasfpn(fpn600()));
		expect(checked.warnings.map((w) => w.code)).toContain('f.wPad');
		expect(costNasfpn(checked.value).warnings).toBe(checked.warnings);
		expect(nasfpnWarnings(checked.value)).toBe(checked.warnings);
	});

	it('an edit (a new spec) gets its own warnings', () => {
		const spec = accepted(validateNasfpn(fpn600())).value;
		const edited = { ...spec, imageSize: 640 };
		expect(costNasfpn(edited).warnings).not.toBe(costNasfpn(spec).warnings);
		expect(costNasfpn(edited).warnings.map((w) => w.code)).not.toContain('f.wPad');
	});
});

describe('NotebookState.setMnas / setFpn', () => {
	it('the report on screen shows the warnings of the accepting validation', () => {
		const nb = new NotebookState();
		const m = accepted(nb.setMnas(lecture225()));
		expect(nb.mnasReport.warnings).toBe(m.warnings);
		const f = accepted(nb.setFpn(fpn600()));
		expect(nb.fpnReport.warnings).toBe(f.warnings);
	});
});
