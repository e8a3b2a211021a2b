import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from './suggest';

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
