/**
 * A scene written as SVG: every kind of shape, with and without its optional parts, written
 * out by hand below; text escaped; numbers rounded to hundredths so the output is stable.
 */
import { describe, expect, it } from 'vitest';
import { pointsText, sceneToSvg, type Scene } from './scene';

const EVERY_SHAPE: Scene = {
	width: 200,
	height: 100,
	title: 'Groups <by> type & "load"',
	description: 'A & B < C',
	shapes: [
		// 10.126 -> 10.13; 0.1 + 0.2 = 0.30000000000000004 -> 0.3; 3.14159 -> 3.14.
		{ type: 'rect', x: 10.126, y: 0.1 + 0.2, width: 3.14159, height: 20, fill: '#0072B2', stroke: '#ffffff', title: 'A <b> & c', key: 'not-written' },
		{ type: 'rect', x: 0, y: 0, width: 1, height: 1, fill: '#eeeeee' },
		{ type: 'circle', cx: 50.556, cy: 7, r: 3.5, fill: '#009E73' },
		{ type: 'circle', cx: 1, cy: 2, r: 3, fill: '#ffffff', stroke: '#000000', title: 'Nurse' },
		{ type: 'text', x: 100, y: 50, text: 'Tom & Jerry <3', anchor: 'middle', size: 11, weight: 'bold', fill: '#ffffff', rotate: -55 },
		{ type: 'text', x: 1.234, y: 4, text: 'plain', rotate: 0 },
		// 8.666 -> 8.67.
		{ type: 'polygon', points: [[0, 0], [10.126, 0], [5, 8.666]], fill: '#FFFFFF', stroke: '#1A1A1A', width: 1.5, title: 'Forum' },
		{ type: 'polygon', points: [[1, 1], [2, 2], [3, 1]], fill: '#ff0000', stroke: '#000000' },
		{ type: 'polygon', points: [[1, 1], [2, 2], [3, 1]], fill: '#00ff00' },
		// 199.994 -> 199.99; 99.999 -> 100; -0.001 -> 0 (not -0).
		{ type: 'line', x1: -0.001, y1: 0.3, x2: 199.994, y2: 99.999, stroke: '#d9d9d9', dash: '3 3' },
		{ type: 'line', x1: 0, y1: 0, x2: 10, y2: 10, stroke: '#000000', width: 0.8 }
	]
};

const EXPECTED = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" role="img" font-family="system-ui, sans-serif">
  <title>Groups &lt;by&gt; type &amp; &quot;load&quot;</title>
  <desc>A &amp; B &lt; C</desc>
  <rect x="10.13" y="0.3" width="3.14" height="20" fill="#0072B2" stroke="#ffffff"><title>A &lt;b&gt; &amp; c</title></rect>
  <rect x="0" y="0" width="1" height="1" fill="#eeeeee"/>
  <circle cx="50.56" cy="7" r="3.5" fill="#009E73"/>
  <circle cx="1" cy="2" r="3" fill="#ffffff" stroke="#000000"><title>Nurse</title></circle>
  <text x="100" y="50" text-anchor="middle" font-size="11" font-weight="bold" fill="#ffffff" transform="rotate(-55 100 50)">Tom &amp; Jerry &lt;3</text>
  <text x="1.23" y="4" text-anchor="start" font-size="12" font-weight="normal" fill="#1a1a1a">plain</text>
  <polygon points="0,0 10.13,0 5,8.67" fill="#FFFFFF" stroke="#1A1A1A" stroke-width="1.5"><title>Forum</title></polygon>
  <polygon points="1,1 2,2 3,1" fill="#ff0000" stroke="#000000" stroke-width="1"/>
  <polygon points="1,1 2,2 3,1" fill="#00ff00"/>
  <line x1="0" y1="0.3" x2="199.99" y2="100" stroke="#d9d9d9" stroke-width="1" stroke-dasharray="3 3"/>
  <line x1="0" y1="0" x2="10" y2="10" stroke="#000000" stroke-width="0.8"/>
</svg>
`;

describe('sceneToSvg', () => {
	it('writes every shape as worked out by hand', () => {
		expect(sceneToSvg(EVERY_SHAPE)).toBe(EXPECTED);
	});

	it('matches the saved SVG', async () => {
		await expect(sceneToSvg(EVERY_SHAPE)).toMatchFileSnapshot('__snapshots__/scene-every-shape.svg');
	});

	it('escapes text, never leaving a raw < or & inside an element', () => {
		const svg = sceneToSvg(EVERY_SHAPE);
		// Between tags, no text holds < or a bare & (one not starting an entity).
		const texts = [...svg.matchAll(/>([^<]*)</g)].map((m) => m[1]);
		for (const t of texts) expect(t).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
		expect(svg).not.toContain('<b>');
		expect(svg).not.toContain('<3');
	});

	it('rounds every number to at most 2 decimals', () => {
		const numbers = [...sceneToSvg(EVERY_SHAPE).matchAll(/-?\d+\.\d+/g)].map((m) => m[0]);
		expect(numbers.length).toBeGreaterThan(0);
		for (const n of numbers) expect(n).toMatch(/^-?\d+\.\d{1,2}$/);
	});

	it('an empty scene is the frame, title and description', () => {
		expect(sceneToSvg({ width: 10, height: 20, title: '', description: '', shapes: [] })).toBe(
			`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="20" viewBox="0 0 10 20" role="img" font-family="system-ui, sans-serif">
  <title></title>
  <desc></desc>
</svg>
`
		);
	});
});

describe('pointsText', () => {
	it('writes x,y pairs rounded to hundredths, space between', () => {
		// 1.005 is stored as 1.00499..., so it rounds down to 1.
		expect(pointsText([[1.005, 2], [3.456, -7.891]])).toBe('1,2 3.46,-7.89');
		expect(pointsText([])).toBe('');
	});
});
