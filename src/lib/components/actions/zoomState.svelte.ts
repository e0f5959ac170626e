// The zoom of one diagram: scale and pan as runes, shared by the diagram (which draws its layer with `transform`)
// and the zoom buttons. The zoomPan action connects the d3 behaviour so the buttons zoom through d3 (which keeps
// its own copy of the transform on the element); until it is connected, commands only change the numbers.
import {
	IDENTITY,
	ZOOM_EXTENT,
	ZOOM_STEP,
	clampScale,
	isIdentity,
	transformAttr,
	transformCss,
	type ZoomCommand,
	type ZoomView
} from './zoomMath';

/** What the zoomPan action offers the state: zoom about the view's centre, go back to 1:1. */
export interface ZoomControls {
	scaleBy(factor: number): void;
	reset(): void;
}

export class ZoomState {
	k = $state(1);
	x = $state(0);
	y = $state(0);

	/** for the SVG layer's `transform` attribute */
	readonly attr = $derived(transformAttr(this));
	/** for an HTML overlay's `style:transform` */
	readonly css = $derived(transformCss(this));
	readonly zoomed = $derived(!isIdentity(this));
	readonly percent = $derived(Math.round(this.k * 100));
	readonly canZoomIn = $derived(this.k < ZOOM_EXTENT[1] - 1e-9);
	readonly canZoomOut = $derived(this.k > ZOOM_EXTENT[0] + 1e-9);

	#controls: ZoomControls | null = null;

	/** Called with every d3 zoom event's transform (a d3 ZoomTransform is a ZoomView). */
	apply(t: ZoomView): void {
		const k = clampScale(t.k);
		this.k = k;
		this.x = Number.isFinite(t.x) ? t.x : 0;
		this.y = Number.isFinite(t.y) ? t.y : 0;
	}

	/** The action registers its controls; the returned function unregisters them. */
	connect(controls: ZoomControls): () => void {
		this.#controls = controls;
		return () => {
			if (this.#controls === controls) this.#controls = null;
		};
	}

	zoomIn(): void {
		this.#scaleBy(ZOOM_STEP);
	}

	zoomOut(): void {
		this.#scaleBy(1 / ZOOM_STEP);
	}

	reset(): void {
		if (this.#controls) this.#controls.reset();
		else this.apply(IDENTITY);
	}

	run(command: ZoomCommand): void {
		if (command === 'in') this.zoomIn();
		else if (command === 'out') this.zoomOut();
		else this.reset();
	}

	#scaleBy(factor: number): void {
		if (this.#controls) this.#controls.scaleBy(factor);
		else this.apply({ k: this.k * factor, x: this.x, y: this.y });
	}
}
