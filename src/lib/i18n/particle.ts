// Korean particles that depend on the sound before them (은/는, 이/가, 을/를, 과/와, 으로/로), after any word the page
// fills in: Hangul, digits ("3" 삼, "10" 십, "1,000" 천), Latin letters read the English way ("L" 엘, "M" 엠, "(b)" 비,
// "MnasNet" …넷), and labels such as "(b)" or "입력 2". Korean messages write `{name|을}`; `fill` puts the right form.

export type ParticlePair = '은/는' | '이/가' | '을/를' | '과/와' | '으로/로';

/** How a word ends when read aloud: a vowel, a final consonant, or the final consonant ㄹ (which takes 로). */
export type FinalSound = 'vowel' | 'consonant' | 'rieul';

/** Each form of a particle → its pair, so a template can name either form (`{n|을}` and `{n|를}` mean the same). */
export const PARTICLE_FORMS: Readonly<Record<string, ParticlePair>> = {
	은: '은/는',
	는: '은/는',
	이: '이/가',
	가: '이/가',
	을: '을/를',
	를: '을/를',
	과: '과/와',
	와: '과/와',
	으로: '으로/로',
	로: '으로/로'
};

// Korean readings of digits: 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구
const DIGIT: readonly FinalSound[] = [
	'consonant', // 영
	'rieul', // 일
	'vowel', // 이
	'consonant', // 삼
	'vowel', // 사
	'vowel', // 오
	'consonant', // 육
	'rieul', // 칠
	'rieul', // 팔
	'vowel' // 구
];

// English letter names as Korean says them: A 에이 … L 엘, M 엠, N 엔, R 알, Z 지
const LETTER: Readonly<Record<string, FinalSound>> = {
	l: 'rieul',
	m: 'consonant',
	n: 'consonant',
	r: 'rieul'
};

// acronyms Korean reads as words, not letter by letter
const WORD: Readonly<Record<string, FinalSound>> = {
	mac: 'consonant', // 맥
	gmac: 'consonant', // 지맥
	nas: 'vowel', // 나스
	flops: 'vowel', // 플롭스
	tpu: 'vowel' // 티피유
};

// units read as words, not letters
const UNIT: Readonly<Record<string, FinalSound>> = {
	px: 'rieul', // 픽셀
	ms: 'vowel', // 밀리초
	s: 'vowel', // 초 (after a number)
	mb: 'vowel', // 메가바이트
	kb: 'vowel',
	gb: 'vowel'
};

const CLOSING = /[\s)\]}"'’”」』>.]+$/u;

function hangulFinal(ch: string): FinalSound | null {
	const code = ch.codePointAt(0) ?? 0;
	if (code < 0xac00 || code > 0xd7a3) return null;
	const jong = (code - 0xac00) % 28;
	return jong === 0 ? 'vowel' : jong === 8 ? 'rieul' : 'consonant';
}

/** The last sound of an integer or decimal read in Korean (sino-Korean numerals: 십, 백, 천, 만, 억, 조). */
function numberFinal(num: string): FinalSound {
	const plain = num.replace(/,/g, '');
	if (plain.includes('.')) {
		const frac = plain.split('.')[1];
		if (frac.length > 0) return DIGIT[Number(frac[frac.length - 1])];
	}
	const int = plain.split('.')[0].replace(/^0+(?=\d)/, '');
	if (/^0*$/.test(int)) return DIGIT[0];
	const zeros = int.length - int.replace(/0+$/, '').length;
	if (zeros === 0) return DIGIT[Number(int[int.length - 1])];
	if (zeros === 1) return 'consonant'; // 십
	if (zeros === 2) return 'consonant'; // 백
	if (zeros === 3) return 'consonant'; // 천
	if (zeros < 8) return 'consonant'; // 만, 십만, 백만, 천만
	if (zeros < 12) return 'consonant'; // 억 …
	return 'vowel'; // 조
}

/** A run of Latin letters: an acronym or single letter is spelled (FPN → …엔), a word is pronounced (sum → 섬). */
function latinFinal(run: string): FinalSound {
	const lower = run.toLowerCase();
	if (lower in UNIT) return UNIT[lower];
	if (lower in WORD) return WORD[lower];
	const spelled = run.length === 1 || run === run.toUpperCase() || !/[aeiouy]/i.test(run);
	if (spelled) return LETTER[lower[lower.length - 1]] ?? 'vowel';
	if (/ng$/.test(lower)) return 'consonant';
	if (/le$/.test(lower) || /l$/.test(lower)) return 'rieul'; // table 테이블, module 모듈, pixel 픽셀
	if (/(ck|[bmnkpt])$/.test(lower)) return 'consonant'; // tab 탭, sum 섬, net 넷
	return 'vowel';
}

/** How `word` ends when read aloud in a Korean sentence. */
export function finalSound(word: string): FinalSound {
	// "커널(kernel)" is read by the word outside the parentheses; a label that is all parentheses, "(b)", by its inside
	const paren = /^(.*?)\s*\(([^()]*)\)\s*$/u.exec(word);
	if (paren) return finalSound(paren[1].trim() !== '' ? paren[1] : paren[2]);
	const w = word.replace(CLOSING, '');
	if (w.length === 0) return 'vowel';
	const last = w[w.length - 1];
	const hangul = hangulFinal(last);
	if (hangul) return hangul;
	if (last === '%') return 'vowel'; // 퍼센트
	const num = /(\d[\d,]*(?:\.\d+)?)$/.exec(w);
	if (num) return numberFinal(num[1]);
	const latin = /([A-Za-z]+)$/.exec(w);
	if (latin) {
		// a unit right after a number ("640 px", "75 ms") is read as a word
		const before = w.slice(0, w.length - latin[1].length).trimEnd();
		if (/\d$/.test(before) && latin[1].toLowerCase() in UNIT) return UNIT[latin[1].toLowerCase()];
		return latinFinal(latin[1]);
	}
	return 'vowel';
}

/** The form of `pair` that agrees with `word`: particle('P3', '을/를') = '을', particle('(b)', '을/를') = '를'. */
export function particle(word: string, pair: ParticlePair): string {
	const sound = finalSound(word);
	const [afterConsonant, afterVowel] = pair.split('/');
	if (pair === '으로/로') return sound === 'consonant' ? afterConsonant : afterVowel;
	return sound === 'vowel' ? afterVowel : afterConsonant;
}

/** `word` followed by the agreeing particle. */
export function withParticle(word: string, pair: ParticlePair): string {
	return word + particle(word, pair);
}
