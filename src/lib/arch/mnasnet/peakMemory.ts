// Peak activation memory of a batch-1 forward pass, by tensor liveness.
//
// Liveness rule (the same walk cost.ts records):
// - The forward pass is a sequence of primitive ops: stem conv, 1×1 expand conv, depthwise conv, regular conv,
//   SE global pool, SE reduce 1×1 conv, SE expand 1×1 conv, SE multiply, 1×1 project conv, residual add, head conv,
//   global average pool, fully connected. BatchNorm, bias and activation are applied in place on the output of the
//   op before them (inference with folded BN), and dropout is the identity, so they add no tensors.
// - Every primitive op writes one new fp32 tensor (no op is in place, not even the add or the SE multiply).
// - A tensor is live from the op that writes it through the last op that reads it, both included. The input image
//   (3·R² elements) is live at the stem conv. The input of a residual layer is read by the layer's add, so it stays
//   live through the whole layer. The logits are live at the FC op that writes them.
// - The peak is the largest sum of live elements over all ops, × 4 bytes (fp32).

/** Records tensors (size, first op, last op) in flat arrays; ops are numbered from 0. */
export class LivenessTape {
	private sizes: number[] = [];
	private first: number[] = [];
	private last: number[] = [];
	private op = -1;

	/** A tensor that exists before the first op (the network input): live at op 0 at least. */
	input(elements: number): number {
		this.sizes.push(elements);
		this.first.push(0);
		this.last.push(0);
		return this.sizes.length - 1;
	}

	/** One primitive op: reads `inputs`, writes a new tensor of `elements`; returns the new tensor's id. */
	apply(elements: number, a: number, b = -1): number {
		const op = ++this.op;
		this.last[a] = op;
		if (b >= 0) this.last[b] = op;
		this.sizes.push(elements);
		this.first.push(op);
		this.last.push(op);
		return this.sizes.length - 1;
	}

	/** Largest sum of live elements over all ops. */
	peakElements(): number {
		const ops = this.op + 1;
		const delta = new Float64Array(ops + 1);
		for (let i = 0; i < this.sizes.length; i++) {
			delta[this.first[i]] += this.sizes[i];
			delta[this.last[i] + 1] -= this.sizes[i];
		}
		let live = 0;
		let peak = 0;
		for (let op = 0; op < ops; op++) {
			live += delta[op];
			if (live > peak) peak = live;
		}
		return peak;
	}
}
