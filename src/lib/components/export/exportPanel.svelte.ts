// Behaviour of the export panel: which diagrams the page shows, the downloads, spec upload and the TF block-spec
// round trip. Every import is validated first and goes through nb.setMnas / nb.setFpn, so a bad file or text
// leaves the networks untouched.
import type { Issue } from '$lib/arch/issues';
import { planMnasnet } from '$lib/arch/mnasnet';
import { formatBlockSpecs, parseBlockSpecs } from '$lib/arch/nasfpn';
import { fpnNodeTable, mnasBlockTable, mnasLayerTable } from '$lib/arch/export/costTables';
import { toCsv } from '$lib/arch/export/csv';
import { toMarkdown } from '$lib/arch/export/markdown';
import { mnasnetPytorchCode } from '$lib/arch/export/pytorchCode';
import { decodeSpecBytes, fileSizeIssue, formatSpecJson, parseSpecFile, specFileName } from '$lib/arch/export/specFile';
import type { NetworkKind } from '$lib/arch/kinds';
import type { Table } from '$lib/arch/export/table';
import { downloadBlob, downloadText, safeFileName } from '$lib/export/download';
import { svgToPng } from '$lib/export/pngExport';
import { serializeSvg } from '$lib/export/svgExport';
import type { NotebookState } from '$lib/state/notebook.svelte';
import type { TableFormat, TableId } from './names';

/** A message key of messages/export.ts with its placeholders; the component renders it in the current language. */
export interface Notice {
	key:
		| 'pngScaled'
		| 'exportFailed'
		| 'loadedMnas'
		| 'loadedFpn'
		| 'blockSpecsApplied'
		| 'pytorchDone'
		| 'uploadOneFile'
		| 'uploadNoFile';
	params?: Record<string, string | number>;
	error?: boolean;
}

function errorText(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

export class ExportPanelState {
	readonly nb: NotebookState;
	/** `data-export` names of the svgs on the page, in document order, without repeats */
	diagrams = $state.raw<string[]>([]);
	/** the last result of a download, upload or apply (success or failure) */
	notice = $state.raw<Notice | null>(null);
	/** problems of the last rejected upload, and the file's name */
	uploadIssues = $state.raw<Issue[]>([]);
	uploadFile = $state('');
	/** warnings of the last accepted upload */
	uploadWarnings = $state(0);
	/** problems of the last rejected block-spec text */
	blockSpecIssues = $state.raw<Issue[]>([]);
	/** the block-spec text: follows the graph until the user types, then holds the draft (writable derived) */
	blockSpecText = $derived(formatBlockSpecs(this.getNb().fpn.cells, { multiline: true }));
	busy = $state(false);

	constructor(nb: NotebookState) {
		this.nb = nb;
	}

	// $derived field initializers run before the constructor body; read nb through a method so it is set by then.
	private getNb(): NotebookState {
		return this.nb;
	}

	/** Re-reads the svgs marked for export under `root`. */
	scan(root: ParentNode = document): void {
		const names: string[] = [];
		for (const el of root.querySelectorAll('svg[data-export]')) {
			const name = el.getAttribute('data-export') ?? '';
			if (name !== '' && !names.includes(name)) names.push(name);
		}
		if (names.length !== this.diagrams.length || names.some((n, i) => n !== this.diagrams[i])) this.diagrams = names;
	}

	/** Keeps `diagrams` current while cells mount, re-render or disappear. Returns the cleanup. */
	watch(root: HTMLElement = document.body): () => void {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const rescan = () => {
			clearTimeout(timer);
			// batched: a re-render fires many mutations at once
			timer = setTimeout(() => this.scan(root), 50);
		};
		const observer = new MutationObserver(rescan);
		observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-export'] });
		rescan();
		return () => {
			clearTimeout(timer);
			observer.disconnect();
		};
	}

	#svg(name: string): SVGSVGElement | null {
		for (const el of document.querySelectorAll('svg[data-export]')) {
			if (el.getAttribute('data-export') === name && el instanceof SVGSVGElement) return el;
		}
		return null;
	}

	exportSvg(name: string): void {
		const svg = this.#svg(name);
		if (!svg) {
			this.notice = { key: 'exportFailed', params: { reason: `${name} is no longer on the page` }, error: true };
			return;
		}
		try {
			downloadText(serializeSvg(svg).text, `${safeFileName(name)}.svg`, 'image/svg+xml');
			this.notice = null;
		} catch (e) {
			this.notice = { key: 'exportFailed', params: { reason: errorText(e) }, error: true };
		}
	}

	async exportPng(name: string): Promise<void> {
		const svg = this.#svg(name);
		if (!svg) {
			this.notice = { key: 'exportFailed', params: { reason: `${name} is no longer on the page` }, error: true };
			return;
		}
		this.busy = true;
		try {
			const png = await svgToPng(svg, 2);
			downloadBlob(png.blob, `${safeFileName(name)}@2x.png`);
			this.notice = png.scale < 2 ? { key: 'pngScaled', params: { scale: png.scale.toFixed(2) } } : null;
		} catch (e) {
			this.notice = { key: 'exportFailed', params: { reason: errorText(e) }, error: true };
		} finally {
			this.busy = false;
		}
	}

	table(id: TableId): Table {
		if (id === 'mnasnet-layers') return mnasLayerTable(this.nb.mnasReport);
		if (id === 'mnasnet-blocks') return mnasBlockTable(this.nb.mnasReport);
		return fpnNodeTable(this.nb.fpnReport);
	}

	exportTable(id: TableId, format: TableFormat): void {
		const table = this.table(id);
		if (format === 'csv') downloadText(toCsv(table), `${id}.csv`, 'text/csv');
		else downloadText(toMarkdown(table), `${id}.md`, 'text/markdown');
		this.notice = null;
	}

	exportSpec(kind: NetworkKind): void {
		const spec = kind === 'mnasnet' ? this.nb.mnas : this.nb.fpn;
		downloadText(formatSpecJson(spec), specFileName(kind), 'application/json');
		this.notice = null;
	}

	exportPytorch(): void {
		try {
			const spec = this.nb.mnas;
			const report = this.nb.mnasReport;
			const code = mnasnetPytorchCode({ spec, plan: planMnasnet(spec), totals: report.total });
			downloadText(code, 'mnasnet.py', 'text/x-python');
			this.notice = { key: 'pytorchDone', params: { params: report.total.params } };
		} catch (e) {
			this.notice = { key: 'exportFailed', params: { reason: errorText(e) }, error: true };
		}
	}

	#reject(file: string, issues: Issue[]): void {
		this.uploadFile = file;
		this.uploadIssues = issues;
		this.uploadWarnings = 0;
		this.notice = null;
	}

	/** Reads, validates and applies a spec file; on any problem the networks stay as they are. */
	async upload(file: File): Promise<void> {
		const name = file.name || 'the file';
		const tooBig = fileSizeIssue(file.size);
		if (tooBig) return this.#reject(name, [tooBig]);
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(await file.arrayBuffer());
		} catch (e) {
			return this.#reject(name, [{ path: 'file', message: `could not be read (${errorText(e)}).`, severity: 'error' }]);
		}
		// UTF-8 with or without a BOM, or UTF-16 with one (as the CLI reads them)
		const decoded = decodeSpecBytes(bytes);
		if (!decoded.ok) return this.#reject(name, [decoded.issue]);
		const parsed = parseSpecFile(decoded.text);
		if (!parsed.ok) return this.#reject(name, parsed.issues);
		const checked = parsed.kind === 'mnasnet' ? this.nb.setMnas(parsed.spec) : this.nb.setFpn(parsed.spec);
		if (!checked.ok) return this.#reject(name, checked.issues);
		this.uploadIssues = [];
		this.uploadFile = name;
		this.uploadWarnings = checked.warnings.length;
		this.notice = { key: parsed.kind === 'mnasnet' ? 'loadedMnas' : 'loadedFpn', params: { file: name } };
	}

	/** A drop on the drop zone: exactly one file. */
	async drop(files: FileList | null | undefined): Promise<void> {
		if (!files || files.length === 0) {
			this.notice = { key: 'uploadNoFile', error: true };
			return;
		}
		if (files.length > 1) {
			this.notice = { key: 'uploadOneFile', error: true };
			return;
		}
		await this.upload(files[0]);
	}

	setBlockSpecText(text: string): void {
		this.blockSpecText = text;
	}

	/** Back to the text of the current graph (drops the draft and its problems). */
	resetBlockSpecs(): void {
		this.blockSpecText = formatBlockSpecs(this.nb.fpn.cells, { multiline: true });
		this.blockSpecIssues = [];
	}

	applyBlockSpecs(): void {
		const parsed = parseBlockSpecs(this.blockSpecText);
		if (!parsed.ok) {
			this.blockSpecIssues = parsed.issues;
			this.notice = null;
			return;
		}
		const checked = this.nb.setFpn({ ...this.nb.fpn, cells: parsed.value });
		if (!checked.ok) {
			this.blockSpecIssues = checked.issues;
			this.notice = null;
			return;
		}
		this.blockSpecIssues = [];
		this.blockSpecText = formatBlockSpecs(checked.value.cells, { multiline: true });
		this.notice = { key: 'blockSpecsApplied', params: { count: checked.value.cells.length } };
	}
}
