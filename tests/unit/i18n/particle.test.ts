import { describe, it, expect } from 'vitest';
import { finalSound, particle, withParticle, type FinalSound } from '$lib/i18n/particle';
import { fill } from '$lib/i18n/i18n.svelte';

// Sino-Korean readings: 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구, 10 십, 100 백, 1000 천, 10000 만
describe('finalSound', () => {
	it.each<[string, FinalSound]>([
		['0', 'consonant'], // 영
		['1', 'rieul'], // 일
		['2', 'vowel'], // 이
		['3', 'consonant'], // 삼
		['4', 'vowel'], // 사
		['5', 'vowel'], // 오
		['6', 'consonant'], // 육
		['7', 'rieul'], // 칠
		['8', 'rieul'], // 팔
		['9', 'vowel'], // 구
		['10', 'consonant'], // 십
		['20', 'consonant'], // 이십
		['100', 'consonant'], // 백
		['1000', 'consonant'], // 천
		['1,000', 'consonant'], // 천
		['10000', 'consonant'], // 만
		['12', 'vowel'], // 십이
		['256', 'consonant'], // 이백오십육
		['640', 'consonant'], // 육백사십
		['0.5', 'vowel'], // 영 점 오
		['0.75', 'vowel'], // 영 점 칠오
		['1.8', 'rieul'], // 일 점 팔
		['4,383,312', 'vowel'] // …십이
	])('digits %s → %s', (word, sound) => {
		expect(finalSound(word)).toBe(sound);
	});

	it.each<[string, FinalSound]>([
		['A', 'vowel'], // 에이
		['B', 'vowel'], // 비
		['C', 'vowel'], // 씨
		['D', 'vowel'], // 디
		['E', 'vowel'], // 이
		['F', 'vowel'], // 에프
		['G', 'vowel'], // 지
		['K', 'vowel'], // 케이
		['L', 'rieul'], // 엘
		['M', 'consonant'], // 엠
		['N', 'consonant'], // 엔
		['P', 'vowel'], // 피
		['R', 'rieul'], // 알
		['S', 'vowel'], // 에스
		['T', 'vowel'], // 티
		['X', 'vowel'], // 엑스
		['m', 'consonant'], // a lone lowercase letter is spelled too: 엠
		['(b)', 'vowel'], // 비
		['(f)', 'vowel'], // 에프
		['(m)', 'consonant'], // 엠
		['FPN', 'consonant'], // 에프피엔
		['NAS-FPN', 'consonant'],
		['SE', 'vowel'], // 에스이
		['BN', 'consonant'], // 비엔
		['gp', 'vowel'], // 지피 (no vowel letter: spelled)
		['MnasNet', 'consonant'], // 엠나스넷
		['ImageNet', 'consonant'], // 이미지넷
		['ReLU', 'vowel'], // 렐루
		['sum', 'consonant'], // 섬
		['MBConv', 'vowel'], // 엠비콘브
		['Pixel', 'rieul'], // 픽셀
		['nn.Module', 'rieul'], // 모듈
		['Tab', 'consonant'], // 탭
		['COCO', 'vowel'], // 코코
		['MAC', 'consonant'], // 맥
		['GMAC', 'consonant'] // 지맥
	])('letters %s → %s', (word, sound) => {
		expect(finalSound(word)).toBe(sound);
	});

	it.each<[string, FinalSound]>([
		['입력 2', 'vowel'], // 이
		['입력 1', 'rieul'], // 일
		['P3', 'consonant'], // 피 삼
		['P4', 'vowel'], // 피 사
		['P7', 'rieul'], // 피 칠
		['n10', 'consonant'], // 엔 십
		['60.3M', 'consonant'], // 엠
		['140.6G', 'vowel'], // 지
		['640 px', 'rieul'], // 픽셀
		['75 ms', 'vowel'], // 밀리초
		['54.6 %', 'vowel'], // 퍼센트
		['셀', 'rieul'],
		['블록', 'consonant'],
		['네트워크', 'vowel'],
		['“셀”', 'rieul'],
		['너비 배수(widthMult)', 'vowel'], // 배수: the word outside the parentheses
		['커널(kernel)', 'rieul'],
		['(m)', 'consonant'],
		['', 'vowel']
	])('labels %s → %s', (word, sound) => {
		expect(finalSound(word)).toBe(sound);
	});
});

describe('particle', () => {
	it.each([
		['P3', '을/를', '을'],
		['P4', '을/를', '를'],
		['(b)', '을/를', '를'],
		['입력 2', '이/가', '가'],
		['입력 3', '이/가', '이'],
		['L', '은/는', '은'],
		['M', '과/와', '과'],
		['R', '으로/로', '로'], // ㄹ takes 로
		['1', '으로/로', '로'], // 일로
		['7', '으로/로', '로'], // 칠로
		['3', '으로/로', '으로'], // 삼으로
		['6', '으로/로', '으로'], // 육으로
		['2', '으로/로', '로'], // 이로
		['10', '으로/로', '으로'], // 십으로
		['셀', '으로/로', '로'],
		['블록', '으로/로', '으로']
	] as const)('particle(%s, %s) = %s', (word, pair, form) => {
		expect(particle(word, pair)).toBe(form);
	});

	it('withParticle appends the agreeing form', () => {
		expect(withParticle('(f)', '을/를')).toBe('(f)를');
		expect(withParticle('MnasNet', '은/는')).toBe('MnasNet은');
	});
});

describe('fill', () => {
	it.each([
		['{step|을} 불러온 뒤', { step: '(b)' }, '(b)를 불러온 뒤'],
		['{step|를} 불러온 뒤', { step: 'P3' }, 'P3을 불러온 뒤'],
		['입력 {which|이} {name|을} 읽습니다', { which: 2, name: 'P3 입력' }, '입력 2가 P3 입력을 읽습니다'],
		['{from}에서 {to|로}', { from: '(a)', to: 'n6' }, '(a)에서 n6으로'],
		['{a|과} {b}', { a: 'FPN', b: 'x' }, 'FPN과 x'],
		['{missing|을}', {}, '{missing|을}'],
		['plain {n} words', { n: 3 }, 'plain 3 words']
	] as const)('fill(%j)', (template, params, out) => {
		expect(fill(template, params)).toBe(out);
	});
});
