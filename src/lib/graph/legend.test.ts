/**
 * The key's sectors, drawn from the palette's table as the graph draws them: each sector's
 * colour with its code written on it, in the same ink as on the graph.
 */
import { describe, expect, it } from 'vitest';
import { sectors, type Sector } from '../format/vocabulary';
import { legendSections, sectorEntry } from './legend';
import { BORDER, codePaint, inkOn, sectorCodes, sectorColours } from './palette';
import { graphStylesheet } from './style';

type Rule = { selector: string; style: Record<string, unknown> };

/** What the graph writes on a sector's items: the text and ink of its code's image. */
function onTheGraph(sector: Sector): { text?: string; ink?: string; size?: string } {
	const rule = (graphStylesheet() as Rule[]).find((r) => r.selector === `node.sector-${sector}`)!;
	const svg = decodeURIComponent(String(rule.style['background-image']).replace('data:image/svg+xml;utf8,', ''));
	return { text: />([^<]*)<\/text>/.exec(svg)?.[1], ink: /<text[^>]* fill="([^"]+)"/.exec(svg)?.[1], size: /font-size="([^"]+)"/.exec(svg)?.[1] };
}

describe('the key’s sectors', () => {
	it.each(sectors.values)('%s: its colour, with the code the graph writes on its items, in the same ink and size', (sector) => {
		const { label, swatch } = sectorEntry(sector);
		expect(label).toBe(sectors.label(sector));
		const [body, code] = swatch.shapes;
		expect(body).toMatchObject({ kind: 'rect', paint: { fill: sectorColours[sector], stroke: BORDER } });
		expect(code).toMatchObject({ kind: 'text', text: sectorCodes[sector], size: codePaint.fontSize, paint: { fill: inkOn(sectorColours[sector]) } });
		expect(onTheGraph(sector)).toEqual({ text: sectorCodes[sector], ink: inkOn(sectorColours[sector]), size: String(codePaint.fontSize) });
	});

	it('is wide enough for its code, and fits the key’s row', () => {
		const [body] = sectorEntry('mental-health').swatch.shapes;
		const { swatch } = sectorEntry('mental-health');
		expect(body.kind === 'rect' && body.width).toBeGreaterThanOrEqual(codePaint.width);
		expect(body.kind === 'rect' && body.y + body.height).toBeLessThanOrEqual(swatch.height);
	});

	it('keys the sectors the graph shows, in the order given, under “Colour and code”', () => {
		const section = legendSections({ mode: 'none', sectors: ['health', 'education'], linkKinds: [] }).find((s) => s.title === 'Colour and code: sector')!;
		expect(section.entries.map((e) => [e.key, e.label, e.swatch.shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []))])).toEqual([
			['sector-health', 'Health', ['He']],
			['sector-education', 'Education', ['Ed']]
		]);
	});
});
