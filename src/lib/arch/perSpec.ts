// A value worked out once per spec object. Specs are immutable values (an edit builds a new spec, nothing changes
// one in place), so what follows from a spec alone can be shared by everyone who reads that spec: validation and
// the cost report hand out the same warnings instead of working them out twice per edit.
export function oncePerSpec<S extends object, R>(compute: (spec: S) => R): (spec: S) => R {
	const memo = new WeakMap<S, R>();
	return (spec) => {
		if (memo.has(spec)) return memo.get(spec) as R;
		const value = compute(spec);
		memo.set(spec, value);
		return value;
	};
}
