// The ranges validation enforces (issue 2 §4). Shared by validate.ts and blockString.ts.
export const LIMITS = {
	widthMult: { min: 0, max: 4 }, // (0, 4]
	resolution: { min: 32, max: 2048 },
	numClasses: { min: 1, max: 100_000 },
	channels: { min: 1, max: 4096 }, // stem, head, block c, and every width after scaling
	blocks: { min: 1, max: 32 },
	repeats: { min: 1, max: 16 },
	expansion: { min: 1, max: 16 },
	kernel: { min: 1, max: 11 }, // odd only
	se: { min: 0, max: 1 }
} as const;

export function isOddKernel(k: number): boolean {
	return Number.isInteger(k) && k >= LIMITS.kernel.min && k <= LIMITS.kernel.max && k % 2 === 1;
}
