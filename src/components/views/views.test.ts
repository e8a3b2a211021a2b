/**
 * The three views render from a model alone: one built here from YAML, as the editor builds one in
 * the browser, with no route, no `page.data` and no URL. Rendered on the server, as the build does.
 */
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { ItemId } from '$lib/model/locality-model';
import { modelOf, VALID_MAP } from '../../../tests/unit/helpers/fixtures';
import InductionView from './InductionView.svelte';
import MatrixView from './MatrixView.svelte';
import RiverView from './RiverView.svelte';

const model = modelOf(VALID_MAP);
const text = (html: string) => html.replace(/<!--[^]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('InductionView', () => {
	it('offers every post and shows no tour until one is chosen', () => {
		const { body } = render(InductionView, { props: { model } });
		expect(text(body)).toContain('Home School Community Link Worker (Schools)');
		expect(body).not.toContain('Step 1 of');
	});

	it('walks the tour of the chosen post and holds its printed sheet', () => {
		const { body } = render(InductionView, { props: { model, role: 'hsclw' as ItemId } });
		expect(text(body)).toMatch(/Step 1 of \d+/);
		expect(text(body)).toContain('Induction sheet: Home School Community Link Worker, Example Vale');
	});

	it('treats an id that is not a post of the model as no choice', () => {
		const { body } = render(InductionView, { props: { model, role: 'schools' as ItemId } });
		expect(body).not.toContain('Step 1 of');
	});
});

describe('MatrixView', () => {
	it('draws the groups against their members, and the same as a table', () => {
		const { body } = render(MatrixView, { props: { model } });
		expect(text(body)).toContain('Who sits on which group in Example Vale');
		expect(text(body)).toContain('The same, as a table');
		expect(text(body)).toContain('Member (occasional)');
	});
});

describe('RiverView', () => {
	it('places the items by their tiers and lists them in a table', () => {
		const { body } = render(RiverView, { props: { model } });
		expect(text(body)).toContain('Upstream and downstream in Example Vale');
		expect(text(body)).toMatch(/Schools Agency 1 to 2/);
	});
});

describe('the views need no route', () => {
	it.each(['InductionView', 'MatrixView', 'RiverView'])('%s imports nothing of SvelteKit or the server', (name) => {
		const source = readFileSync(new URL(`./${name}.svelte`, import.meta.url), 'utf8');
		expect(source).not.toMatch(/from '\$app\/|\$lib\/server|page\.data/);
	});
});
