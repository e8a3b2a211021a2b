import { glossary } from '$lib/catalogue/glossary';
import { loadCollection } from '$lib/server/maps';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ entries: glossary(loadCollection().models) });
