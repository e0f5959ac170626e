// Display formulas of the article: trusted, static TeX (language-independent). Formula.svelte typesets them with
// KaTeX; nothing typed by a user or read from a link ever reaches KaTeX.
const r = String.raw;

export const FORMULAS = {
	objective: r`\max_{m}\; \mathrm{ACC}(m) \times \left[\frac{\mathrm{LAT}(m)}{T}\right]^{w}, \qquad w = \begin{cases} \alpha, & \mathrm{LAT}(m) \le T \\ \beta, & \mathrm{LAT}(m) > T \end{cases}`,
	softBeta: r`a\,(1 + 5\%) \left(\frac{2l}{T}\right)^{\beta} = a \left(\frac{l}{T}\right)^{\beta} \;\Longrightarrow\; \beta = -\frac{\ln 1.05}{\ln 2} \approx -0.0704`,
	spaceSize: r`S^{B} = 432^{5} \approx 1.5 \times 10^{13} \qquad \text{vs.} \qquad 432^{B N} = 432^{15} \approx 3.4 \times 10^{39}`,
	conv: r`\mathrm{MACs}_{\mathrm{conv}} = H_{out}\, W_{out}\, C_{out}\, \frac{C_{in}}{g}\, k^{2} \qquad \mathrm{params}_{\mathrm{conv}} = k^{2}\, \frac{C_{in}}{g}\, C_{out} \;(+\, C_{out}\ \text{bias})`,
	fcAndSeparable: r`\mathrm{MACs}_{\mathrm{FC}} = L \cdot K \qquad \mathrm{MACs}_{\text{dw-sep}} = H \cdot W \cdot M \cdot (K^{2} + N)`,
	binaryOps: r`\textsf{sum}:\; R(a) + R(b) \qquad \textsf{global pool}:\; R(c) + R(f) \odot \sigma\big(\mathrm{GMP}(R(c))\big)`,
	postMerge: r`\mathrm{node} = \mathrm{BN}\Big(\mathrm{conv}_{3\times 3}\big(\mathrm{ReLU}(\textsf{op}(R(a), R(b)) \,[+\, \text{unused same-level features}])\big)\Big)`
} as const;
