// The label under each stage in the cost charts and the feature strip, so an exported chart names its bars
// without the diagram above it: `block 3`, `stem conv`, `pool + FC`…
import { fill } from '$lib/i18n/i18n.svelte';
import type { mnasnetMessages } from '$lib/i18n/messages/mnasnet';
import type { DiagramSlot } from './diagramLayout';

type Msgs = (typeof mnasnetMessages)['en'];

export function slotLabel(slot: DiagramSlot, msgs: Msgs): string {
	switch (slot.kind) {
		case 'block':
			return fill(msgs.chartBlock, { i: slot.block + 1 });
		case 'input':
			return msgs.legendInput;
		case 'stem':
			return msgs.legendStem;
		case 'head':
			return msgs.legendHead;
		default:
			return msgs.legendFc;
	}
}
