/**
 * The visual vocabulary, held to one table: every mark the graph can show has an entry in
 * the key, and the key and the stylesheet draw it from the same entry, with the same colour,
 * width, pattern, halo, opacity and sign.
 */
import type { Css, StylesheetJson } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { audit } from '../analysis/audit';
import type { ItemId, LocalityModel } from '../model/locality-model';
import { highlight, highlightModes, marksOn } from './highlight';
import { legendSections, markEntry, type LegendOptions, type Part, type Shape } from './legend';
import { marks, marksIn, markSpecs, withMarks, type Mark } from './marks';
import { BORDER, borderWidths } from './palette';
import { graphStylesheet } from './style';

/**
 * Schools' short-term minder joins the steering group (chaired by the council) to the panel
 * and the team, which share all their members; nobody else sits on the steering group. The
 * lonely agency has no tie. Mental health, social care, voluntary and families sit nowhere.
 */
const FULL = `locality: { id: vale, name: Vale, as_of: "2005" }
agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: health, name: Health, sector: health }
  - { id: la, name: Council, sector: local-authority }
  - { id: lonely, name: Lonely, sector: other }
roles:
  - { id: minder, name: Minder, agency: schools, funding: short-term, systems_minder: true }
  - { id: hv, name: Health visitor, agency: health }
groups:
  - { id: steer, name: Steering, type: steering-group, chair: la, members: [minder] }
  - { id: panel, name: Panel, type: panel, members: [minder, hv, schools] }
  - { id: team, name: Team, type: team, members: [minder, hv, schools] }
`;
/** The same, with a network whose members the map does not record. */
const SILENT = `${FULL}  - { id: unknown, name: Unknown, type: network }\n`;

const id = (s: string) => s as ItemId;
const modes = highlightModes.map((m) => m.value);
const NO_LINES: Pick<LegendOptions, 'sectors' | 'linkKinds'> = { sectors: [], linkKinds: [] };
const keyed = (options: LegendOptions): Mark[] => legendSections(options).flatMap((s) => s.entries.flatMap((e) => (e.mark ? [e.mark] : [])));
const shownBy = (m: LocalityModel, mode: (typeof modes)[number]) => marksOn(highlight(m, audit(m), mode));

describe('highlight', () => {
	it('puts typed marks on the items of each finding', () => {
		const m = modelOf(FULL);
		const a = audit(m);
		expect(highlight(m, a, 'none')).toEqual({ marks: new Map(), sizes: new Map(), extra: [] });
		expect(highlight(m, a, 'fragile').marks.get(id('minder'))).toEqual(['fragile', 'insecure']);
		expect(highlight(m, a, 'fragile').marks.get(id('la'))).toEqual(['held']);
		expect(highlight(m, a, 'overlaps').marks.get(id('panel'))).toEqual(['overlapping']);
		expect(highlight(m, a, 'overlaps').extra).toEqual([
			{ group: 'edges', data: { id: 'overlap:0', source: 'panel', target: 'team', relation: 'overlap', jaccard: 1, label: '100% shared' }, classes: 'overlay overlap-band' }
		]);
		expect(highlight(m, a, 'gaps').extra.map((e) => e.data.id)).toContain('ghost:families');
		// A ghost carries its sector's class, so the graph writes the sector's code on it.
		expect(highlight(m, a, 'gaps').extra.find((e) => e.data.id === 'ghost:families')?.classes).toBe('overlay ghost sector-families');
	});

	it('marks in every mode the items whose seats the map does not record', () => {
		const m = modelOf(SILENT);
		for (const mode of modes) expect(highlight(m, audit(m), mode).marks.get(id('unknown'))).toContain('not-recorded');
		expect(shownBy(modelOf(FULL), 'none')).toEqual(new Set());
	});
});

describe('the key', () => {
	it('has an entry for every mark the graph can show, in every mode, in the what-if and in the change view', () => {
		const seen = new Set<Mark>();
		for (const m of [modelOf(FULL), modelOf(SILENT)]) {
			for (const mode of modes) {
				const shown = shownBy(m, mode);
				expect(keyed({ mode, shown, ...NO_LINES }), `mode ${mode}`).toEqual(expect.arrayContaining([...shown]));
				for (const mark of shown) seen.add(mark);
			}
		}
		// The marks the graph component puts on items taken out and on those they cut off.
		const whatIf: Mark[] = ['removed', 'cut-off'];
		expect(keyed({ mode: 'none', whatIf: true, ...NO_LINES })).toEqual(whatIf);
		for (const mark of whatIf) seen.add(mark);
		expect(keyed({ mode: 'none', changes: true, ...NO_LINES })).toEqual(['change-added', 'change-removed', 'change-changed']);
		for (const mark of marksIn('changes')) seen.add(mark);
		// The two maps between them show every mark in the table, so nothing above is vacuous.
		expect([...seen].sort()).toEqual([...marks].sort());
	});

	it('keys in each mode only the marks that mode can show', () => {
		for (const mode of modes) {
			const shown = new Set([...shownBy(modelOf(FULL), mode), ...shownBy(modelOf(SILENT), mode)]);
			expect(shown, `mode ${mode}`).toEqual(new Set(keyed({ mode, shown, ...NO_LINES })));
		}
	});

	it('keys a silence only where the graph shows one, and says what size means in the hubs mode', () => {
		expect(keyed({ mode: 'gaps', ...NO_LINES })).not.toContain('not-recorded');
		expect(keyed({ mode: 'none', ...NO_LINES })).toEqual([]);
		expect(legendSections({ mode: 'none', ...NO_LINES }).map((s) => s.title)).toEqual(['Shape: what it is', 'Colour and code: sector', 'Lines']);
		const hubs = legendSections({ mode: 'hubs', ...NO_LINES })[0];
		expect(hubs.entries.map((e) => e.label)[0]).toBe('Larger: tied directly to more of the system');
	});
});

describe('each mark, drawn once', () => {
	const sheet: StylesheetJson = graphStylesheet();
	const rule = (selector: string): Css.Node & Css.Edge => {
		const found = sheet.filter((r) => 'selector' in r && r.selector === selector);
		expect(found, selector).toHaveLength(1);
		return (found[0] as { style: Css.Node & Css.Edge }).style;
	};
	const part = (shapes: readonly Shape[], p: Part) => shapes.filter((s) => s.kind === 'rect' && s.part === p);

	it('has one stylesheet rule per drawing in the table, in the table’s order', () => {
		const selectors = sheet.flatMap((r) => ('selector' in r ? [r.selector] : []));
		const expected = markSpecs.flatMap((s) => [...(s.node ? [`node.${s.mark}`] : []), ...(s.edge ? [`edge.${s.mark}`] : [])]);
		expect(selectors.filter((s) => expected.includes(s))).toEqual(expected);
	});

	it.each(markSpecs.filter((s) => s.node).map((s) => s.mark))('%s: the key’s outline, halo, opacity and sign are the graph’s', (mark) => {
		const style = rule(`node.${mark}`);
		const { shapes } = markEntry(mark).swatch;
		const colour = style['border-color'] ?? BORDER;
		const width = Number(style['border-width'] ?? borderWidths.agency);
		const outline = part(shapes, 'outline');
		if (style['border-style'] === 'double') {
			// Outer and inner thirds of the width, as cytoscape draws a double outline.
			expect(outline.map((s) => [s.paint.stroke, s.paint['stroke-width']])).toEqual([
				[colour, width / 3],
				[colour, width / 3]
			]);
		} else {
			expect(outline).toHaveLength(1);
			expect(outline[0].paint).toMatchObject({ stroke: colour, 'stroke-width': width });
			const dash = style['border-style'] === 'dashed' ? (style['border-dash-pattern'] as number[]).join(' ') : undefined;
			expect(outline[0].paint['stroke-dasharray']).toBe(dash);
		}
		const [h] = part(shapes, 'halo');
		if (style['underlay-color']) {
			expect(h?.paint).toEqual({ fill: style['underlay-color'], 'fill-opacity': style['underlay-opacity'] });
			const edge = outline[0];
			expect(edge.kind === 'rect' && h?.kind === 'rect' && edge.x - h.x).toBe(style['underlay-padding']);
		} else expect(h).toBeUndefined();
		for (const s of shapes.filter((s) => s !== h)) expect(s.paint.opacity).toBe(style.opacity);
		const body = [...part(shapes, 'body'), ...outline].filter((s) => s.paint.fill !== 'none');
		expect(body).toHaveLength(1);
		expect(body[0].paint['fill-opacity']).toBe(style['background-opacity']);
		expect(shapes.some((s) => s.part === 'sign')).toBe(style['background-image'] !== undefined);
	});

	it('draws the overlap band in the key as the graph draws it: purple, faint, widening with the share', () => {
		const style = rule('edge.overlap-band');
		const [band] = markEntry('overlap-band').swatch.shapes;
		expect(style.width).toBe('mapData(jaccard, 0, 1, 4, 22)');
		expect(band).toMatchObject({ kind: 'polygon', paint: { fill: style['line-color'], opacity: style.opacity } });
		expect(band.kind === 'polygon' && band.points).toBe('2,11 42,2 42,24 2,15');
	});

	it('draws the silence with a dotted grey outline and a ?, the insecure post with a red double one', () => {
		expect(rule('node.not-recorded')).toMatchObject({ 'border-color': '#6B6B6B', 'border-style': 'dashed', 'border-dash-pattern': [1.5, 3], 'border-width': 3 });
		expect(rule('node.insecure')).toMatchObject({ 'border-color': '#B8002E', 'border-style': 'double', 'border-width': 6 });
		expect(rule('node.cut-off')).toMatchObject({ 'border-color': '#B8002E', 'border-style': 'dashed', 'border-width': 5 });
		expect(markEntry('not-recorded').swatch.shapes.at(-1)).toMatchObject({ kind: 'text', text: '?' });
	});

	it('adds marks to an element’s classes', () => {
		const element = { group: 'nodes', classes: 'group' } as const;
		expect(withMarks(element, ['change-added'])).toEqual({ group: 'nodes', classes: 'group change-added' });
		expect(withMarks(element, [])).toBe(element);
	});
});
