/**
 * A picture to paste alone: one SVG document that parses as XML and holds the title, the date,
 * the picture at its own size and every line of the key, as text; hostile names are escaped.
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { legendSections, type LegendSection } from '../graph/legend';
import { asOfLine, pictureFileName, pictureSvg, pictureTitle, svgSize } from './picture';
import { sceneToSvg, type Scene } from './scene';

const SVG = 'http://www.w3.org/2000/svg';
const HOSTILE = `</text><script>alert("x")</script> & 'co' <![CDATA[ ]]>`;

const scene: Scene = {
	width: 400,
	height: 120,
	title: 'Groups by type',
	description: 'Bars',
	shapes: [{ type: 'text', x: 10, y: 20, text: HOSTILE }]
};

function parse(svg: string) {
	const errors: string[] = [];
	const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(svg, 'image/svg+xml');
	expect(errors).toEqual([]);
	return doc;
}

const texts = (svg: string) => Array.from(parse(svg).getElementsByTagNameNS(SVG, 'text')).map((t) => t.textContent);

describe('pictureSvg', () => {
	it('holds the title, the date and the picture at its size, as text, in an SVG document that parses', () => {
		const svg = pictureSvg({ title: pictureTitle({ name: 'Banbury' }, 'groups by type'), date: asOfLine({ as_of: '2005' }), svg: sceneToSvg(scene) });
		const root = parse(svg).documentElement!;
		expect(root.namespaceURI).toBe(SVG);
		expect(root.localName).toBe('svg');
		expect(texts(svg).slice(0, 2)).toEqual(['Banbury — groups by type', 'as of 2005']);
		expect(texts(svg)).toContain(HOSTILE);
		// The picture nested whole, at its own size: as wide as the document, below the two lines.
		const inner = Array.from(root.getElementsByTagNameNS(SVG, 'svg'));
		expect(inner).toHaveLength(1);
		expect([inner[0].getAttribute('width'), inner[0].getAttribute('height')]).toEqual(['400', '120']);
		expect(svgSize(svg).width).toBe(400);
		expect(svgSize(svg).height).toBeGreaterThan(120);
	});

	it('writes every line of the key, its section titles and its swatches', () => {
		const key = legendSections({ mode: 'fragile', sectors: ['health', 'education'], linkKinds: ['informs'] });
		const svg = pictureSvg({ title: 'Banbury — single points of failure', date: 'as of 2005', svg: sceneToSvg(scene), key });
		const words = texts(svg);
		expect(words).toContain('Key');
		for (const section of key) {
			expect(words).toContain(section.title);
			for (const entry of section.entries) expect(words).toContain(entry.label);
		}
		const keyGroup = Array.from(parse(svg).getElementsByTagNameNS(SVG, 'g')).find((g) => g.getAttribute('class') === 'key')!;
		const swatchShapes = key.flatMap((s) => s.entries.flatMap((e) => e.swatch.shapes));
		const drawn = ['rect', 'ellipse', 'polygon', 'line'].reduce((n, tag) => n + keyGroup.getElementsByTagNameNS(SVG, tag).length, 0);
		expect(drawn).toBe(swatchShapes.filter((s) => s.kind !== 'text').length);
	});

	it('escapes hostile names in the title, the date and the key', () => {
		const key: LegendSection[] = [{ title: HOSTILE, entries: [{ key: 'x', label: HOSTILE, swatch: { width: 10, height: 10, shapes: [{ kind: 'text', x: 5, y: 5, text: HOSTILE, size: 10, paint: { fill: '"red' } }] } }] }];
		const svg = pictureSvg({ title: HOSTILE, date: HOSTILE, svg: sceneToSvg(scene), key });
		const doc = parse(svg);
		expect(doc.getElementsByTagName('script')).toHaveLength(0);
		expect(texts(svg).filter((t) => t === HOSTILE)).toHaveLength(6);
		expect(doc.documentElement!.getElementsByTagNameNS(SVG, 'title')[0].textContent).toBe(`${HOSTILE}, ${HOSTILE}`);
	});

	it('is wide enough for a long title over a small picture, the picture centred', () => {
		const small = sceneToSvg({ ...scene, width: 100, height: 50, shapes: [] });
		const title = `${'A very long locality name '.repeat(3)}— each system at the same scale`;
		const svg = pictureSvg({ title, date: 'as of 2005', svg: small });
		const { width } = svgSize(svg);
		expect(width).toBeGreaterThan(title.length * 18 * 0.5);
		const picture = Array.from(parse(svg).getElementsByTagNameNS(SVG, 'g')).find((g) => g.getAttribute('class') === 'picture')!;
		expect(picture.getAttribute('transform')).toMatch(new RegExp(`^translate\\(${(width - 100) / 2} `));
	});

	it('takes a picture with an XML prologue and a size in pixels, as cytoscape-svg writes it', () => {
		const drawn = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="640.5px" height="480"><defs/><g><text>Health visitor</text></g></svg>`;
		expect(svgSize(drawn)).toEqual({ width: 640.5, height: 480 });
		const svg = pictureSvg({ title: 'Banbury — the map', date: 'as of 2005', svg: drawn });
		expect(texts(svg)).toContain('Health visitor');
		expect(svgSize(svg).width).toBe(641);
	});
});

describe('svgSize', () => {
	it('reads the width and height, else the viewBox, never a stroke-width', () => {
		expect(svgSize('<svg stroke-width="3" viewBox="0 0 300 200"></svg>')).toEqual({ width: 300, height: 200 });
		expect(svgSize('<svg width="10" height="20" viewBox="0 0 300 200"></svg>')).toEqual({ width: 10, height: 20 });
		expect(() => svgSize('<div></div>')).toThrow('not an SVG document');
		expect(() => svgSize('<svg></svg>')).toThrow('the SVG document gives no width');
	});
});

describe('pictureFileName', () => {
	it('joins the parts in lower case, with nothing but letters, digits and dashes', () => {
		expect(pictureFileName(['banbury', 'fragile', 'what-if'], 'png')).toBe('banbury-fragile-what-if.png');
		expect(pictureFileName(['City 2005', '../Groups by type'], 'svg')).toBe('city-2005-groups-by-type.svg');
		expect(pictureFileName(['', '//'], 'svg')).toBe('picture.svg');
	});
});
