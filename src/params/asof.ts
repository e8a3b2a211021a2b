import type { ParamMatcher } from '@sveltejs/kit';
import { AS_OF_PATTERN } from '$lib/format/patterns';

/** `/localities/<id>/<as_of>` names a snapshot only when the segment is a date; other words are views. */
export const match: ParamMatcher = (param) => AS_OF_PATTERN.test(param);
