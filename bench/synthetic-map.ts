/**
 * A valid map of a given size, the same every time (no randomness): agencies in every
 * sector, posts spread over them, groups whose members are drawn in a fixed stride, and
 * links from each group to a strategic group. For benchmarks and size tests.
 */
import { sectors } from '../src/lib/format/vocabulary';

export function syntheticMap(size: { agencies: number; roles: number; groups: number; membersPerGroup: number }): string {
	const lines: string[] = ['locality:', '  id: synthetic', '  name: Synthetic county', '  as_of: 2026', 'agencies:'];
	for (let i = 0; i < size.agencies; i++) {
		lines.push(`  - id: agency-${i}`, `    name: Agency ${i}`, `    sector: ${sectors.values[i % sectors.values.length]}`, '    tiers: [2, 3]');
	}
	lines.push('roles:');
	for (let i = 0; i < size.roles; i++) {
		lines.push(`  - id: role-${i}`, `    name: Post ${i}`, `    agency: agency-${i % size.agencies}`, `    funding: ${i % 5 === 0 ? 'short-term' : 'core'}`);
	}
	lines.push('groups:');
	for (let g = 0; g < size.groups; g++) {
		const members = new Set<string>();
		for (let k = 0; k < size.membersPerGroup; k++) members.add(`role-${(g * 7 + k * 13) % size.roles}`);
		lines.push(
			`  - id: group-${g}`,
			`    name: Group ${g}`,
			`    type: ${g === 0 ? 'steering-group' : 'panel'}`,
			'    meets: monthly',
			`    chair: ${[...members][0]}`,
			`    members: [${[...members].join(', ')}]`
		);
	}
	lines.push('links:');
	for (let g = 1; g < size.groups; g++) lines.push(`  - { from: group-${g}, to: group-${Math.floor(g / 4)}, kind: raises-issues }`);
	return `${lines.join('\n')}\n`;
}
