/**
 * What each highlight mode draws of the audit, as kinds of finding: so choosing a mode can
 * bring its part of the audit panel into view, and the graph can say when a mode has nothing
 * to show.
 */
import { findingSections, type FindingKind } from '../analysis/findings';
import { marksOn, type Highlight, type HighlightMode } from './highlight';

const drawn: Record<HighlightMode, readonly FindingKind[]> = {
	none: [],
	hubs: ['hub'],
	overlaps: ['overlap', 'same-purpose'],
	gaps: ['isolated', 'missing-sector', 'no-route-to-centre', 'no-systems-minder', 'absent-members', 'no-upstream', 'tier-gap'],
	fragile: ['fragile']
};

/** The title of the audit's section that holds what the mode draws; none for the plain map. */
export function auditSectionOf(mode: HighlightMode): string | undefined {
	return findingSections.find((s) => s.kinds.some((k) => drawn[mode].includes(k)))?.title;
}

/**
 * Whether a highlight draws nothing of its mode: no mark but the silences every mode shows,
 * and nothing added.
 */
export function drawsNothing(mode: HighlightMode, highlight: Highlight): boolean {
	if (mode === 'none') return false;
	const marks = marksOn(highlight);
	marks.delete('not-recorded');
	return marks.size === 0;
}
