// IndexedDB cache of latency tables, one per device and backend. Every call resolves (null / false) when
// IndexedDB is missing, blocked (private modes) or fails: a table is a convenience, never a requirement.
import { parseLatencyTable, serializeLatencyTable, type LatencyTable } from '$lib/arch/latency/table';

const DB = 'nas-notebook-latency';
const STORE = 'tables';

function open(): Promise<IDBDatabase | null> {
	return new Promise((resolve) => {
		try {
			if (typeof indexedDB === 'undefined') return resolve(null);
			const req = indexedDB.open(DB, 1);
			req.onupgradeneeded = () => req.result.createObjectStore(STORE);
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => resolve(null);
			req.onblocked = () => resolve(null);
		} catch {
			resolve(null);
		}
	});
}

/** The cache key: the device label and the backend (a table measured on wasm says nothing about webgl). */
export function cacheKey(device: string, backend: string, graph: string): string {
	return `${device}|${backend}|${graph}`;
}

export async function loadTable(key: string): Promise<LatencyTable | null> {
	const db = await open();
	if (!db) return null;
	return new Promise((resolve) => {
		try {
			const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
			req.onsuccess = () => {
				// stored text is checked like any untrusted input
				const r = typeof req.result === 'string' ? parseLatencyTable(req.result) : null;
				resolve(r && r.ok ? r.table : null);
				db.close();
			};
			req.onerror = () => {
				resolve(null);
				db.close();
			};
		} catch {
			resolve(null);
			db.close();
		}
	});
}

export async function saveTable(key: string, table: LatencyTable): Promise<boolean> {
	const db = await open();
	if (!db) return false;
	return new Promise((resolve) => {
		try {
			const tx = db.transaction(STORE, 'readwrite');
			tx.objectStore(STORE).put(serializeLatencyTable(table), key);
			tx.oncomplete = () => {
				resolve(true);
				db.close();
			};
			tx.onerror = tx.onabort = () => {
				resolve(false);
				db.close();
			};
		} catch {
			resolve(false);
			db.close();
		}
	});
}
