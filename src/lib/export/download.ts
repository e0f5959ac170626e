// Saving a file from the page: an object URL on a temporary <a download>, revoked once the browser has it.

/** Keeps a name from a `data-export` attribute or a spec safe as a file name. */
export function safeFileName(name: string, fallback = 'export'): string {
	const cleaned = name
		.replace(/[^A-Za-z0-9._-]+/g, '-')
		.replace(/^[-.]+|-+$/g, '')
		.slice(0, 80);
	return cleaned === '' ? fallback : cleaned;
}

export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.appendChild(a);
	a.click();
	a.remove();
	// Revoking at once can cancel the download in some browsers; a minute is plenty.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadText(text: string, filename: string, type: string): void {
	downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), filename);
}
