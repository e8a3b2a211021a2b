/**
 * The map as GEXF 1.3, Gephi's own format: one node per item with its name as the label,
 * one directed edge per tie (a group to each member, a link from `from` to `to`), every
 * attribute declared with its type (tiers as `listinteger`), and the layout's positions as
 * `viz:position`. GEXF has no attributes of the graph itself: the locality is described in the
 * file's `meta` (creator, description, keywords), and its own fields follow there as elements
 * named for their attribute (`<as_of>2005-07</as_of>`, lists joined by `|`), which Gephi
 * passes over and graphology reads as the graph's attributes, so that the file imports back.
 */
import { allItems, type LocalityModel } from '../model/locality-model';
import { itemAttributes, localityAttributes, tieAttributes, tieLabel, tiesOf, type Attribute, type ExportOptions, type Value, type ValueType } from './attributes';
import { graphmlValue } from './graphml';
import { writeXml, type XmlElement } from './xml';

const GEXF_TYPES: Record<ValueType, string> = { string: 'string', boolean: 'boolean', number: 'double', integers: 'listinteger', strings: 'liststring' };

/** A value as GEXF's text: lists as `[3, 4]`, which Gephi and graphology both read. */
export function gexfValue(value: Value): string {
	return Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
}

function declarations<T>(attributes: readonly Attribute<T>[]): XmlElement[] {
	return attributes.map((a) => ({ name: 'attribute', attributes: { id: a.key, title: a.key, type: GEXF_TYPES[a.type] } }));
}

function values<T>(attributes: readonly Attribute<T>[], of: T): XmlElement[] {
	const found = attributes.flatMap((a) => {
		const value = a.value(of);
		return value === undefined ? [] : [{ name: 'attvalue', attributes: { for: a.key, value: gexfValue(value) } }];
	});
	return found.length ? [{ name: 'attvalues', children: found }] : [];
}

/** The kind is an attribute like the others in GEXF, where a node has only a label of its own. */
export const kindAttribute: Attribute<{ kind: string }> = { key: 'kind', header: 'Type', type: 'string', value: (item) => item.kind };

export function toGexf(model: LocalityModel, options: ExportOptions = {}): string {
	const { locality } = model;
	const nodes = allItems(model).map((item): XmlElement => {
		const at = options.positions?.get(item.id);
		return {
			name: 'node',
			attributes: { id: item.id, label: item.name },
			children: [...values([kindAttribute, ...itemAttributes], item), ...(at ? [{ name: 'viz:position', attributes: { x: at.x, y: at.y, z: 0 } }] : [])]
		};
	});
	const edges = tiesOf(model).map(
		(tie, i): XmlElement => ({ name: 'edge', attributes: { id: `e${i}`, source: tie.from, target: tie.to, label: tieLabel(tie) }, children: values(tieAttributes, tie) })
	);
	const description = [`${locality.name} (${locality.id}), as of ${locality.as_of}`, locality.summary].filter(Boolean).join('. ');
	return writeXml({
		name: 'gexf',
		attributes: { xmlns: 'http://gexf.net/1.3', 'xmlns:viz': 'http://gexf.net/1.3/viz', version: '1.3' },
		children: [
			{
				name: 'meta',
				children: [
					{ name: 'creator', children: 'Locality maps' },
					{ name: 'description', children: description },
					{ name: 'keywords', children: [locality.id, locality.as_of, locality.kind].filter(Boolean).join(', ') },
					...localityAttributes.flatMap((a) => {
						const value = a.value(locality);
						return value === undefined ? [] : [{ name: a.key, children: graphmlValue(value) }];
					})
				]
			},
			{
				name: 'graph',
				attributes: { defaultedgetype: 'directed', mode: 'static' },
				children: [
					{ name: 'attributes', attributes: { class: 'node', mode: 'static' }, children: declarations([kindAttribute, ...itemAttributes]) },
					{ name: 'attributes', attributes: { class: 'edge', mode: 'static' }, children: declarations(tieAttributes) },
					{ name: 'nodes', children: nodes },
					{ name: 'edges', children: edges }
				]
			}
		]
	});
}
