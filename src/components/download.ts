/** Gives a file made in the page to the browser as a download: nothing is sent anywhere. */
export function downloadBlob(name: string, blob: Blob) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	// Some browsers read the address after the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
