/**
 * Presentation mode, for showing a view in a meeting room. The page fills the screen (the
 * browser's full screen where it allows, the whole window otherwise) and the site's header,
 * footer and navigation step aside: the stylesheets read the class `presenting` on <html>,
 * and the views that lay themselves out afresh for it (the map's graph) read `presentation.on`.
 *
 * Leaving (the button again, Escape, or the browser's own way out of full screen) puts the
 * page back as it was: the same scroll position, and the keyboard on the button that started it.
 */
export const presentation = $state({ on: false });

const CLASS = 'presenting';
let scroll = { x: 0, y: 0 };
let returnTo: HTMLElement | null = null;
let fullScreen = false;

/** Starts presenting. Called from the button's click, so the browser lets the page go full screen. */
export async function present(from: HTMLElement): Promise<void> {
	if (presentation.on) return;
	scroll = { x: window.scrollX, y: window.scrollY };
	returnTo = from;
	const root = document.documentElement;
	fullScreen = false;
	if (document.fullscreenEnabled && typeof root.requestFullscreen === 'function') {
		try {
			await root.requestFullscreen({ navigationUI: 'hide' });
			fullScreen = document.fullscreenElement !== null;
		} catch {
			// Refused (no user gesture, a policy, an iframe): the whole window will do.
		}
	}
	root.classList.add(CLASS);
	presentation.on = true;
	window.addEventListener('keydown', onkey);
	document.addEventListener('fullscreenchange', onfullscreen);
	window.scrollTo(0, 0);
}

/** Stops presenting and returns to where the reader was. */
export async function leave(): Promise<void> {
	if (!presentation.on) return;
	window.removeEventListener('keydown', onkey);
	document.removeEventListener('fullscreenchange', onfullscreen);
	if (fullScreen && document.fullscreenElement) {
		try {
			await document.exitFullscreen();
		} catch {
			// Already left by the browser.
		}
	}
	fullScreen = false;
	document.documentElement.classList.remove(CLASS);
	presentation.on = false;
	// The page takes its own layout again before it can be scrolled back.
	await new Promise((done) => requestAnimationFrame(done));
	window.scrollTo(scroll.x, scroll.y);
	returnTo?.focus({ preventScroll: true });
}

function onkey(event: KeyboardEvent) {
	if (event.key === 'Escape' && !event.defaultPrevented) {
		event.preventDefault();
		void leave();
	}
}

/** The browser left full screen by its own means (its Escape, a gesture): leave presentation with it. */
function onfullscreen() {
	if (fullScreen && !document.fullscreenElement) {
		fullScreen = false;
		void leave();
	}
}
