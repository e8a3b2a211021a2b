/**
 * The graph's cytoscape stylesheet, built from the palette: shape by kind, colour by
 * sector, group type in the label, membership as light lines patterned by attendance,
 * links as coloured arrows patterned by kind. States the page switches with classes:
 * `faded` (outside the focus), `focused` (the selected item) and `hidden` (filtered out).
 */
import type { StylesheetJson } from 'cytoscape';
import { linkKinds, sectors } from '../format/vocabulary';
import { BORDER, GROUP_FILL, kindShapes, kindSizes, linkStyles, membershipStyle, sectorColours } from './palette';

export function graphStylesheet(): StylesheetJson {
	return [
		{
			selector: 'node',
			style: {
				label: 'data(label)',
				'font-family': 'system-ui, sans-serif',
				'font-size': 12,
				'min-zoomed-font-size': 6,
				color: '#111111',
				'text-valign': 'bottom',
				'text-halign': 'center',
				'text-margin-y': 4,
				'text-wrap': 'wrap',
				'text-max-width': '130px',
				'text-background-color': '#FFFFFF',
				'text-background-opacity': 0.85,
				'text-background-padding': '1px',
				'border-width': 1.5,
				'border-color': BORDER,
				'background-color': '#BBBBBB'
			}
		},
		...(['agency', 'role', 'group'] as const).map((kind) => ({
			selector: `node.${kind}`,
			style: { shape: kindShapes[kind], width: kindSizes[kind], height: kindSizes[kind] }
		})),
		{ selector: 'node.group', style: { 'background-color': GROUP_FILL, 'border-width': 2.5, 'font-weight': 'bold' } },
		...sectors.values.map((sector) => ({ selector: `node.sector-${sector}`, style: { 'background-color': sectorColours[sector] } })),
		{ selector: 'node.external', style: { 'border-style': 'dashed', 'border-width': 2.5 } },
		{
			selector: 'edge',
			style: { 'curve-style': 'bezier', width: membershipStyle.width, 'line-color': membershipStyle.colour, opacity: 0.9 }
		},
		{ selector: 'edge.attendance-occasional', style: { 'line-style': 'dashed' } },
		{ selector: 'edge.attendance-absent', style: { 'line-style': 'dotted' } },
		{ selector: 'edge.chair', style: { width: 3, 'line-color': '#6B6B6B' } },
		...linkKinds.values.map((kind) => {
			const s = linkStyles[kind];
			return {
				selector: `edge.link-${kind}`,
				style: {
					'line-color': s.colour,
					'target-arrow-color': s.colour,
					'target-arrow-shape': 'triangle',
					'arrow-scale': 1.2,
					'line-style': s.pattern,
					width: s.width
				}
			};
		}),
		{ selector: 'edge.post', style: { 'line-color': '#C4C4C4', width: 1, 'line-style': 'dotted' } },
		// Highlight modes (lib/graph/highlight.ts).
		{ selector: 'node.hub', style: { 'border-width': 4, 'font-size': 14, 'font-weight': 'bold' } },
		{ selector: 'node.insecure', style: { 'border-color': '#B8002E', 'border-style': 'double', 'border-width': 6 } },
		{ selector: 'node.gap', style: { 'border-color': '#B8002E', 'border-width': 5, 'underlay-color': '#B8002E', 'underlay-opacity': 0.18, 'underlay-padding': 8 } },
		{ selector: 'node.ghost', style: { 'background-opacity': 0.15, 'border-style': 'dashed', 'border-color': '#B8002E', 'border-width': 3, shape: 'round-rectangle', color: '#8A0022', 'font-weight': 'bold' } },
		{ selector: 'node.overlapping', style: { 'border-color': '#6A2C91', 'border-width': 5 } },
		{ selector: 'node.shared', style: { 'underlay-color': '#6A2C91', 'underlay-opacity': 0.2, 'underlay-padding': 6 } },
		{
			selector: 'edge.overlap-band',
			style: {
				'curve-style': 'straight',
				'line-color': '#6A2C91',
				opacity: 0.35,
				width: 'mapData(jaccard, 0, 1, 4, 22)',
				label: 'data(label)',
				'font-size': 11,
				'text-background-color': '#FFFFFF',
				'text-background-opacity': 0.9,
				color: '#3D1A55'
			}
		},
		{ selector: 'node.fragile', style: { 'border-color': '#B35900', 'border-width': 7, 'underlay-color': '#B35900', 'underlay-opacity': 0.2, 'underlay-padding': 8 } },
		{ selector: 'node.held', style: { 'border-color': '#B35900', 'border-style': 'dashed', 'border-width': 3 } },
		{ selector: 'node.removed', style: { opacity: 0.25, 'border-style': 'dotted', 'text-opacity': 0.5 } },
		{ selector: 'edge.removed', style: { opacity: 0.1 } },
		{ selector: 'node.cut-off', style: { 'border-color': '#B8002E', 'border-width': 6, 'border-style': 'double' } },
		// The change view (lib/views/diff-snapshots.ts).
		{ selector: 'node.change-added', style: { 'border-color': '#00704A', 'border-width': 6, 'border-style': 'double' } },
		{ selector: 'node.change-removed', style: { opacity: 0.45, 'border-color': '#B8002E', 'border-width': 4, 'border-style': 'dashed' } },
		{ selector: 'node.change-changed', style: { 'border-color': '#B35900', 'border-width': 5 } },
		{ selector: 'edge.change-added', style: { 'line-color': '#00704A', 'target-arrow-color': '#00704A', width: 3 } },
		{ selector: 'edge.change-removed', style: { 'line-color': '#B8002E', 'target-arrow-color': '#B8002E', 'line-style': 'dashed', opacity: 0.6 } },
		{ selector: '.hidden', style: { display: 'none' } },
		{ selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
		{
			selector: 'node.focused',
			style: { 'overlay-color': '#FFB000', 'overlay-opacity': 0.35, 'overlay-padding': 8, 'border-width': 4, 'z-index': 10 }
		},
		{ selector: 'edge.focused', style: { opacity: 1, width: 3.5, 'z-index': 9 } },
		{ selector: 'node:active', style: { 'overlay-opacity': 0.2 } }
	];
}
