// cytoscape-svg ships no types: it registers `cy.svg(options)`, which GraphCanvas calls.
declare module 'cytoscape-svg' {
	const register: import('cytoscape').Ext;
	export default register;
}
