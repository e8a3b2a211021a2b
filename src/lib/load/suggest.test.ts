import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance, suggester } from './suggest';

const LOCALITY_KEYS = ['id', 'name', 'kind', 'as_of', 'boundary', 'summary', 'sources', 'expected_sectors', 'notes', 'source'];

describe('closest', () => {
	it('counts a swap of neighbours as one edit (kidn -> kind)', () => {
		expect(closest('kidn', LOCALITY_KEYS)).toEqual(['kind']);
		expect(closest('knid', LOCALITY_KEYS)).toEqual(['kind']);
	});

	it('finds the usual slips', () => {
		expect(closest('membres', ['id', 'name', 'type', 'members', 'chair'])).toEqual(['members']);
		expect(closest('educaton', ['education', 'health', 'mental-health'])).toEqual(['education']);
		expect(closest('helth', ['education', 'health', 'mental-health'])).toEqual(['health']);
		expect(closest('schols', ['schools', 'social-care', 'hsclw'])).toEqual(['schools']);
	});

	it('ignores case in the wrong word', () => {
		expect(closest('Kind', LOCALITY_KEYS)).toEqual(['kind']);
		expect(closest('SCHOOLS', ['schools'])).toEqual(['schools']);
	});

	it('suggests nothing for a very different word', () => {
		expect(closest('colour', LOCALITY_KEYS)).toEqual([]);
		expect(closest('zzzz', LOCALITY_KEYS)).toEqual([]);
		expect(closest('chair-person', ['hsclw', 'schools', 'social-care'])).toEqual([]);
	});

	it('allows edits in proportion to the length: one for short words, at most three', () => {
		expect(closest('ab', ['xy'])).toEqual([]); // two edits in a word of two letters
		expect(closest('abcde', ['abxye'])).toEqual([]); // two edits in five letters: floor(5 / 3) = 1
		expect(closest('abcdef', ['abxyef'])).toEqual(['abxyef']); // two edits in six letters
		expect(closest('abcdefghijklmnop', ['abcdefghijklxxxp'])).toEqual(['abcdefghijklxxxp']); // three edits
		expect(closest('abcdefghijklmnop', ['abcdefghijkxxxxp'])).toEqual([]); // four edits, never more than three
	});

	it('suggests a word the wrong one begins (a prefix of three letters or more)', () => {
		expect(closest('mem', ['members', 'name'])).toEqual(['members']);
		expect(closest('social', ['social-care', 'schools'])).toEqual(['social-care']);
		expect(closest('me', ['members'])).toEqual([]);
	});

	it('puts the nearest first', () => {
		expect(closest('hsclv', ['head', 'hsclx', 'hsclw'])).toEqual(['hsclx', 'hsclw']);
		expect(closest('core', ['cord', 'core-group', 'core'])).toEqual(['core', 'cord', 'core-group']);
		expect(closest('sourcez', LOCALITY_KEYS)).toEqual(['sources', 'source']);
		expect(closest('sourc', LOCALITY_KEYS)).toEqual(['source', 'sources']);
	});

	it('suggests a word the wrong one begins with, however much longer it is', () => {
		expect(closest('abcdefghijklmnop', ['abcdefghijkl'])).toEqual(['abcdefghijkl']);
	});

	it('keeps the candidates’ order among ties, so messages are stable', () => {
		expect(closest('abc', ['abd', 'abe', 'abf'])).toEqual(['abd', 'abe', 'abf']);
		expect(closest('abc', ['abf', 'abe', 'abd'])).toEqual(['abf', 'abe', 'abd']);
		expect(closest('abc', ['abd', 'abe', 'abf'])).toEqual(closest('abc', ['abd', 'abe', 'abf']));
	});

	it('gives at most three, or `most`', () => {
		expect(closest('abc', ['abd', 'abe', 'abf', 'abg', 'abh'])).toEqual(['abd', 'abe', 'abf']);
		expect(closest('abc', ['abd', 'abe', 'abf', 'abg', 'abh'], 2)).toEqual(['abd', 'abe']);
		expect(closest('abc', ['abd', 'abe', 'abf', 'abg', 'abh'], 5)).toEqual(['abd', 'abe', 'abf', 'abg', 'abh']);
	});

	it('takes any iterable of candidates, read once', () => {
		function* ids() {
			yield 'schools';
			yield 'social-care';
		}
		expect(closest('schoolz', ids())).toEqual(['schools']);
		expect(closest('schoolz', new Set(['social-care', 'schools']))).toEqual(['schools']);
	});

	it('measures no word longer than 64 letters', () => {
		const long = 'x'.repeat(64);
		expect(closest(long, [long])).toEqual([long]);
		expect(closest(`${long}x`, [`${long}x`])).toEqual([]);
	});

	it('suggests nothing from no candidates', () => {
		expect(closest('kind', [])).toEqual([]);
	});
});

describe('didYouMean', () => {
	it('one suggestion', () => {
		expect(didYouMean('kidn', LOCALITY_KEYS)).toBe('; did you mean "kind"?');
	});

	it('two suggestions', () => {
		expect(didYouMean('abc', ['abd', 'abe'])).toBe('; did you mean "abd" or "abe"?');
	});

	it('three suggestions', () => {
		expect(didYouMean('abc', ['abd', 'abe', 'abf', 'abg'])).toBe('; did you mean "abd", "abe" or "abf"?');
	});

	it('nothing when nothing is close', () => {
		expect(didYouMean('colour', LOCALITY_KEYS)).toBe('');
	});
});

/** The edits between two words by the full table, for checking the banded one against. */
function fullDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
		expect(editDistance('kidn', 'kind', 3)).toBe(1);
		expect(editDistance('kind', 'kind', 3)).toBe(0);
		expect(editDistance('', 'abc', 3)).toBe(3);
		expect(editDistance('abc', '', 3)).toBe(3);
		expect(editDistance('membres', 'members', 3)).toBe(1);
		expect(editDistance('educaton', 'education', 3)).toBe(1);
		expect(editDistance('abcdef', 'abxyef', 3)).toBe(2);
		expect(editDistance('ca', 'abc', 3)).toBe(3); // a swap is not then edited again
	});

	it('stops past the limit, answering limit + 1', () => {
		expect(editDistance('abcdefghijklmnop', 'abcdefghijkxxxxp', 3)).toBe(4);
		expect(editDistance('a', 'abcdefgh', 3)).toBe(4);
		expect(editDistance('zzzzzzzz', 'abcdefgh', 1)).toBe(2);
	});

	it('agrees with the full table on every pair of short words over a small alphabet', () => {
		// Every word of up to 4 letters from "ab" and "abc"-like mixes: 1,000+ pairs, no randomness.
		const words: string[] = [''];
		for (let length = 1; length <= 4; length++) {
			for (let n = 0; n < 3 ** length; n++) {
				let word = '';
				for (let k = 0, m = n; k < length; k++, m = Math.floor(m / 3)) word += 'abc'[m % 3];
				words.push(word);
			}
		}
		for (const a of words) {
			for (const b of words.filter((_, i) => i % 7 === a.length % 7)) {
				for (const limit of [1, 2, 3]) expect([a, b, limit, editDistance(a, b, limit)]).toEqual([a, b, limit, Math.min(fullDistance(a, b), limit + 1)]);
			}
		}
	});
});

describe('bounded work on hostile words', () => {
	const huge = 'a'.repeat(30_000);

	it('a 30 KB candidate and a misspelt 30 KB word: no suggestion, no table the size of the word', () => {
		expect(closest(`${'a'.repeat(29_999)}b`, [huge])).toEqual([]);
	});

	it('a short word that begins a 30 KB candidate: suggested by the prefix rule, scored by the difference in length', () => {
		expect(closest('aaaa', [huge, 'aaa', 'aaab'])).toEqual(['aaa', 'aaab', huge]);
		expect(closest('aaaa', ['aaaa-b', huge])).toEqual(['aaaa-b', huge]);
	});

	it('ids named for what every object inherits are plain words', () => {
		const ids = ['constructor', '__proto__', 'toString', 'hasOwnProperty', '0', 'length', 'valueOf'];
		expect(closest('constructr', ids)).toEqual(['constructor']);
		expect(closest('__proto_', ids)).toEqual(['__proto__']);
		expect(closest('tostring', ids)).toEqual(['toString']);
		expect(closest('hasOwnPropety', ids)).toEqual(['hasOwnProperty']);
		expect(closest('lenght', ids)).toEqual(['length']);
		expect(closest('1', ids)).toEqual(['0']);
		expect(closest('__proto__', ['constructor'])).toEqual([]);
		expect(closest('constructor', [])).toEqual([]);
	});
});

describe('suggester', () => {
	it('answers as closest does', () => {
		const suggest = suggester(LOCALITY_KEYS);
		for (const wrong of ['kidn', 'sourcez', 'sourc', 'colour', 'Kind']) expect(suggest(wrong)).toEqual(closest(wrong, LOCALITY_KEYS));
		expect(didYouMean('kidn', suggest)).toBe('; did you mean "kind"?');
	});

	it('answers each distinct word once, and only the first `words` of them', () => {
		const suggest = suggester(['alpha', 'bravo', 'charlie'], { words: 2 });
		expect(suggest('alpah')).toEqual(['alpha']);
		expect(suggest('bravp')).toEqual(['bravo']);
		expect(suggest('charlei')).toEqual([]); // a third distinct word: past the bound
		expect(suggest('ALPAH')).toEqual(['alpha']); // the same word as the first, answered again
	});

	it('measures against at most `letters` letters of candidates in all; a word that would pass the bound gets no suggestion', () => {
		const ids = ['apple', 'berry', 'cherry', 'damson', 'elder', 'fig', 'grape', 'hazel', 'iris', 'juniper'];
		const suggest = suggester(ids, { letters: 80 });
		expect(suggest('aple')).toEqual(['apple']); // meets fig, iris and the five of 5 letters: 32 letters of the 80
		expect(suggest('berri')).toEqual(['berry']); // iris, the five of 5 and cherry and damson: 41 more, 73 of the 80
		expect(suggest('chery')).toEqual([]); // those 41 again would pass the 80
		expect(suggest('zz')).toEqual([]); // no candidate of a near length: costs nothing
	});

	it('20,000 unknown ids against 20,000 declared: each answered or not, in bounded work', () => {
		// About 0.3 s on the development machine; answering all of them by comparing every pair would take minutes.
		const declared = Array.from({ length: 20_000 }, (_, i) => `agency-${String(i).padStart(5, '0')}`);
		const suggest = suggester(declared);
		const answers = declared.map((id) => suggest(id.replace('agency', 'agncy')));
		const answered = answers.filter((a) => a.length > 0);
		// Each word meets the 20,000 candidates of 12 letters, so the 4,000,000 letters serve 16 words.
		expect(answered.length).toBe(16);
		expect(answers[0][0]).toBe('agency-00000');
		expect(answers[15][0]).toBe('agency-00015');
		expect(answers[16]).toEqual([]);
	});
});
