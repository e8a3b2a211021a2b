import { describe, expect, it } from 'vitest';
import { comparable, smallModel } from '../../../tests/unit/helpers/exchange';
import { reportMaps } from '../../../tests/unit/helpers/maps';
import { formatError } from '../load/errors';
import { allItems, type LocalityModel } from '../model/locality-model';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { importGraph, type GraphFormat } from './import-graph';

const WRITERS = { gexf: toGexf, graphml: toGraphml } as const;
const FORMATS = Object.keys(WRITERS) as GraphFormat[];
const positionsOf = (model: LocalityModel) => new Map(allItems(model).map((item, i) => [item.id, { x: i * 10, y: -i }]));

function imported(text: string, format: GraphFormat) {
	const result = importGraph({ name: `vale.${format}`, text }, format);
	if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
	return result.value;
}
function errorLines(text: string, format: GraphFormat): string[] {
	const result = importGraph({ name: `vale.${format}`, text }, format);
	if (result.ok) throw new Error('expected errors');
	return result.errors.map(formatError);
}
/** The line and column (1-based) where `needle` starts in `text`. */
function placeOf(text: string, needle: string): { line: number; column: number } {
	const index = text.indexOf(needle);
	if (index < 0) throw new Error(`not found: ${needle}`);
	const before = text.slice(0, index).split('\n');
	return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe.each(FORMATS)('importing %s', (format) => {
	const write = WRITERS[format];

	it('gives back the small map, hostile names and all, laid out or not', () => {
		const model = smallModel();
		expect(comparable(imported(write(model), format).model)).toEqual(comparable(model));
		expect(comparable(imported(write(model, { positions: positionsOf(model) }), format).model)).toEqual(comparable(model));
		expect(imported(write(model), format).model.agencies.map((a) => a.name)).toEqual(['Schools <script>alert(1)</script>', 'CAMHS & "friends" ]]>']);
	});

	it.each(reportMaps().map((m) => [m.locality.id + ' ' + m.locality.as_of, m] as const))('gives back an equivalent map: %s', (_, model) => {
		expect(comparable(imported(write(model), format).model)).toEqual(comparable(model));
	});

	it('broken XML: one error, at the parser’s line and column, and no map', () => {
		const cut = write(smallModel()).split('\n').slice(0, 12).join('\n');
		const lines = errorLines(cut, format);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(new RegExp(`^vale\\.${format}:\\d+:\\d+: this file is not well-formed XML: `));
		const bad = write(smallModel()).replace(/(<node id="panel"[^>]*)>/, '$1 note="a < b">');
		const at = placeOf(bad, '<node id="panel"');
		expect(errorLines(bad, format)).toEqual([
			`vale.${format}:${at.line}:${at.column}: this file is not well-formed XML: Unescaped '<' not allowed in attributes values; an export from Locality maps, Gephi or yEd is, so the file may be cut short or edited by hand`
		]);
	});

	it('a bad value: an error at its element, with a suggestion; no map', () => {
		const good = write(smallModel());
		const bad = format === 'gexf' ? good.replace('<attvalue for="sector" value="education"/>', '<attvalue for="sector" value="helth"/>') : good.replace('<data key="n_sector">education</data>', '<data key="n_sector">helth</data>');
		const at = placeOf(bad, format === 'gexf' ? '<attvalue for="sector" value="helth"/>' : '<data key="n_sector">helth</data>');
		expect(errorLines(bad, format)).toEqual([
			`vale.${format}:${at.line}:${at.column}: sector: "helth" is not a sector; expected one of education, health, mental-health, social-care, police, youth, voluntary, community, families, local-authority, housing, other; did you mean "health"?`
		]);
	});

	it('a missing value: an error at its node, an unknown end at its edge’s attribute', () => {
		const good = write(smallModel());
		const noSector = format === 'gexf' ? good.replace('<attvalue for="sector" value="education"/>', '') : good.replace('<data key="n_sector">education</data>', '');
		const node = placeOf(noSector, '<node id="schools"');
		expect(errorLines(noSector, format)).toEqual([expect.stringMatching(new RegExp(`^vale\\.${format}:${node.line}:${node.column}: sector: an agency needs a sector`))]);
		const badEnd = good.replace('target="steer"', 'target="stear"');
		// An XML attribute's value is placed at its opening quote.
		const end = placeOf(badEnd, '"stear"');
		expect(errorLines(badEnd, format)).toEqual([expect.stringMatching(new RegExp(`^vale\\.${format}:${end.line}:${end.column}: target: unknown item "stear": .*did you mean "steer"\\?$`))]);
	});

	it('a file without our attributes: one error naming those it lacks', () => {
		const plain =
			format === 'gexf'
				? '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n  <graph defaultedgetype="directed">\n    <nodes><node id="0" label="A"/><node id="1" label="B"/></nodes>\n    <edges><edge id="0" source="0" target="1"/></edges>\n  </graph>\n</gexf>\n'
				: '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n  <graph edgedefault="directed">\n    <node id="a"/><node id="b"/>\n    <edge source="a" target="b"/>\n  </graph>\n</graphml>\n';
		const where = format === 'gexf' ? 'in meta' : 'of the graph';
		const lacks = format === 'gexf' ? 'kind (of each node)' : 'label (of each node), kind (of each node)';
		const name = format === 'gexf' ? 'GEXF' : 'GraphML';
		expect(errorLines(plain, format)).toEqual([
			`vale.${format}:2:1: this ${name} file does not carry the attributes of a locality map: it lacks locality_name (${where}), as_of (${where}), ${lacks}, relation (of each edge); import a file exported from Locality maps (a graph laid out in Gephi since is fine), or add these attributes`
		]);
	});

	it('the other format’s file: says which it is', () => {
		const other: GraphFormat = format === 'gexf' ? 'graphml' : 'gexf';
		expect(errorLines(WRITERS[other](smallModel()), format)[0]).toMatch(new RegExp(`^vale\\.${format}:2:1: expected a .* file, whose root element is <${format}>; found <${other}>: this is a .* file, so give it the ending \\.${other}$`));
	});
});

describe('importing GEXF another tool wrote back', () => {
	it('reads attributes by their title whatever their ids, and passes over the tool’s own', () => {
		const model = smallModel();
		let text = toGexf(model);
		text = text.replace(/<attribute id="(\w+)" title="(\w+)"/g, (_, id: string, title: string) => `<attribute id="a-${id}" title="${title}"`);
		text = text.replace(/<attvalue for="(\w+)"/g, '<attvalue for="a-$1"');
		text = text.replace('<attributes class="node" mode="static">', '<attributes class="node" mode="static">\n<attribute id="modularity_class" title="Modularity Class" type="integer"/>');
		text = text.replace(/<attvalues>/g, '<attvalues><attvalue for="modularity_class" value="3"/>');
		expect(comparable(imported(text, 'gexf').model)).toEqual(comparable(model));
	});
});
