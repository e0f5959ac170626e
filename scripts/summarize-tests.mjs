// Sums every suite of scripts/test.sh into one closing line `N passed, N failed` and sets the exit code.
// A suite that produced no report counts as one failure, so a crash can never read as a pass.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.test-output';
const rows = [];

function status(name, file) {
	const path = join(dir, file);
	const ok = existsSync(path) && readFileSync(path, 'utf8').trim() === 'ok';
	rows.push({ suite: name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
	return ok;
}

function json(file) {
	const path = join(dir, file);
	if (!existsSync(path)) return null;
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

status('svelte-check', 'check.status');
status('lint', 'lint.status');

const vitest = json('vitest.json');
if (vitest && typeof vitest.numPassedTests === 'number') {
	rows.push({
		suite: 'vitest',
		passed: vitest.numPassedTests,
		failed:
			vitest.numFailedTests +
			(vitest.numRuntimeErrorTestSuites ?? 0) +
			(vitest.success === false && vitest.numFailedTests === 0 ? 1 : 0),
		skipped: (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)
	});
} else rows.push({ suite: 'vitest (no report)', passed: 0, failed: 1, skipped: 0 });

const built = status('build', 'build.status');

const pw = json('playwright.json');
if (pw && pw.stats) {
	const s = pw.stats;
	const errors = Array.isArray(pw.errors) ? pw.errors.length : 0;
	rows.push({
		suite: 'playwright',
		passed: s.expected + (s.flaky ?? 0),
		failed: s.unexpected + errors,
		skipped: s.skipped ?? 0
	});
} else
	rows.push({
		suite: built ? 'playwright (no report)' : 'playwright (not run: build failed)',
		passed: 0,
		failed: 1,
		skipped: 0
	});

let passed = 0,
	failed = 0,
	skipped = 0;
console.log('\nsuite                      passed  failed  skipped');
for (const r of rows) {
	console.log(
		`${r.suite.padEnd(26)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}`
	);
	passed += r.passed;
	failed += r.failed;
	skipped += r.skipped;
}
console.log(skipped ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
