// Every page is built ahead of time from the maps; see svelte.config.js.
export const prerender = true;
export const trailingSlash = 'never';
