// Accessible names of the NAS-FPN controls. They stay English in every language: tests, the page's URL-state code
// and screen-reader users' scripts address the controls by these names (issue 4 §2). None of them may contain
// "resolution" or "width_mult" (the MnasNet cell's names), and only the `channels` box contains "channels".
export const NAMES = {
	channels: 'channels',
	imageSize: 'image size',
	repeats: 'repeats',
	separable: 'separable',
	backbone: (level: number) => `backbone width C${level}`,
	editCell: 'edit cell',
	op: (cell: number) => `op of cell ${cell}`,
	level: (cell: number) => `level of cell ${cell}`,
	output: (cell: number) => `output of cell ${cell}`,
	input: (which: 1 | 2, cell: number) => `input ${which} of cell ${cell}`,
	random: 'Random NAS-FPN',
	compareA: 'compare step A',
	compareB: 'compare step B'
} as const;
