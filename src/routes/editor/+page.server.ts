import { latestSnapshots } from '$lib/catalogue/catalogue';
import { completionVocabulary, type JsonSchemaNode } from '$lib/editor/completions';
import { jsonSchemas } from '$lib/format/json-schemas';
import { attendances, boundaries, features, focuses, fundings, groupTypes, linkKinds, localityKinds, meetingFrequencies, memberships, ratings, recordings, sectors } from '$lib/format/vocabulary';
import { loadCollection } from '$lib/server/maps';
import { z } from 'zod';
import type { PageServerLoad } from './$types';

/** Build time: the bundled maps one can start from, and what the YAML editor can complete, as plain data. */
export const load: PageServerLoad = () => {
	const schema = z.toJSONSchema(jsonSchemas['locality-map.schema.json'], { io: 'input', target: 'draft-07' }) as JsonSchemaNode;
	const terms = [localityKinds, boundaries, sectors, groupTypes, linkKinds, focuses, memberships, meetingFrequencies, attendances, fundings, ratings, features, recordings];
	const { models } = loadCollection();
	const latest = new Set(latestSnapshots(models));
	return {
		bundled: models.map((m) => ({ file: m.file.replace(/^.*\//, ''), name: m.locality.name, as_of: m.locality.as_of, latest: latest.has(m) })),
		vocabulary: completionVocabulary(schema, terms)
	};
};
