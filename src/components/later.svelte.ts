/**
 * What a page of a map too large to carry it fetches after the page has come (decision 0013): a
 * JSON file prerendered beside the page, such as the map and its audit (`map.json`). Start it in
 * a component's script; it fetches whenever `href` names another file, and holds the body only
 * while it is the current file's, so going from one large map to another never shows the first
 * as the second.
 */
export class Later<T> {
	#href: () => string | undefined;
	#fetched = $state.raw<{ href: string; body: T }>();
	#failed = $state<string>();

	constructor(href: () => string | undefined) {
		this.#href = href;
		$effect(() => {
			const current = href();
			if (!current) return;
			let live = true;
			fetch(current)
				.then((response) => {
					if (!response.ok) throw new Error(`${response.status}`);
					return response.json() as Promise<T>;
				})
				.then((body) => {
					if (!live) return;
					this.#fetched = { href: current, body };
					this.#failed = undefined;
				})
				.catch(() => {
					if (live) this.#failed = current;
				});
			return () => {
				live = false;
			};
		});
	}

	/** The file's body, once it has come; undefined till then. */
	get value(): T | undefined {
		const href = this.#href();
		return href !== undefined && this.#fetched?.href === href ? this.#fetched.body : undefined;
	}

	/** Whether the current file could not be fetched. */
	get failed(): boolean {
		const href = this.#href();
		return href !== undefined && this.#failed === href;
	}
}
