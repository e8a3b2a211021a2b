/**
 * Everything the YAML editor takes from CodeMirror, in one module that the editor loads
 * with a dynamic import, so that CodeMirror reaches the editor page and no other.
 * Each feature is an extension of the state: the language, the loader's errors as
 * diagnostics, and completion of keys, values and ids.
 */
import { defaultKeymap, history, historyKeymap, isolateHistory } from '@codemirror/commands';
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { yaml, yamlLanguage } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, foldGutter, foldKeymap, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorSelection, EditorState, type Extension, type Text } from '@codemirror/state';
import { drawSelection, dropCursor, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import { HIGHLIGHT_MAX_DEPTH, nestingEstimate } from '$lib/editor/nesting-estimate';
import { minimalChange } from '$lib/editor/text-change';
import { cursorContext, valuesFor, type CompletionVocabulary, type MapIds } from '$lib/editor/completions';
import { formatError, type MapError } from '$lib/load/errors';

/**
 * CodeMirror's basic setup without its search panel and rectangular selection: a map is a
 * few hundred lines, the error list moves the cursor to each error, and leaving them out
 * keeps the editor's download within its budget.
 */
const setup = [
	lineNumbers(),
	highlightActiveLineGutter(),
	highlightSpecialChars(),
	history(),
	foldGutter(),
	drawSelection(),
	dropCursor(),
	indentOnInput(),
	syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
	bracketMatching(),
	closeBrackets(),
	highlightActiveLine(),
	keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...foldKeymap, ...completionKeymap, ...lintKeymap])
];

export interface EditorHooks {
	readonly vocabulary: CompletionVocabulary;
	/** The ids of the last map that read without errors. */
	ids(): MapIds;
	onchange(text: string): void;
	/** Reads the text in the worker; the errors, or undefined when a later read replaced it. */
	read(text: string): Promise<readonly MapError[] | undefined>;
}

/** How long after the last keystroke the text is read. */
export const READ_DELAY_MS = 300;

/** A 1-based line and column as a position in the document, kept inside it. */
export function positionOf(doc: Text, line: number, column: number): number {
	const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
	return l.from + Math.min(Math.max(column - 1, 0), l.length);
}

/** The loader's errors as CodeMirror diagnostics, each over the word it points at, with the command line's words. */
export function diagnosticsOf(doc: Text, errors: readonly MapError[]): Diagnostic[] {
	return errors.map((error) => {
		const from = positionOf(doc, error.line, error.column);
		const rest = doc.sliceString(from, doc.lineAt(from).to);
		const word = /^[^\s,\]}]+/.exec(rest)?.[0].length ?? 0;
		return { from, to: from + (word || rest.length), severity: 'error', source: 'map check', message: formatError(error) };
	});
}

function completionSource(hooks: EditorHooks) {
	return (context: CompletionContext): CompletionResult | null => {
		const before = context.state.doc.sliceString(0, context.pos);
		const where = cursorContext(before);
		if (!where) return null;
		if (!context.explicit && where.prefix === '' && where.kind === 'key') return null;
		const from = context.pos - where.prefix.length;
		let options: Completion[];
		if (where.kind === 'key') {
			options = hooks.vocabulary[where.section].map((k) => ({ label: k.key, type: 'property', info: k.description || undefined, apply: `${k.key}: ` }));
		} else {
			options = valuesFor(hooks.vocabulary, where.section, where.key, hooks.ids()).map((v) => ({
				label: v.value,
				type: 'enum',
				detail: v.label && v.label !== v.value ? v.label : undefined,
				info: v.description
			}));
		}
		return options.length ? { from, options, validFor: /^[\w-]*$/ } : null;
	};
}

/**
 * The YAML language (highlighting, folding, completion), held in a compartment: a text nested
 * thousands deep (a hostile file) would overflow the stack of the highlighter, which walks
 * the syntax tree recursively, so such a text is shown as plain text until it is fixed. The
 * loader's error says what is wrong with it.
 */
const language = new Compartment();
const languageFor = (text: string, hooks: EditorHooks): Extension =>
	nestingEstimate(text) > HIGHLIGHT_MAX_DEPTH ? [] : [yaml(), yamlLanguage.data.of({ autocomplete: completionSource(hooks) })];

export function createState(text: string, hooks: EditorHooks): EditorState {
	return EditorState.create({
		doc: text,
		extensions: [
			...setup,
			language.of(languageFor(text, hooks)),
			EditorState.transactionExtender.of((tr) => {
				if (!tr.docChanged) return null;
				const wanted = languageFor(tr.newDoc.toString(), hooks);
				const had = (language.get(tr.startState) as readonly Extension[]).length > 0;
				return had === (wanted as readonly Extension[]).length > 0 ? null : { effects: language.reconfigure(wanted) };
			}),
			autocompletion({ activateOnTyping: true }),
			lintGutter(),
			linter(
				async (view) => {
					const errors = await hooks.read(view.state.doc.toString());
					return errors ? diagnosticsOf(view.state.doc, errors) : [];
				},
				{ delay: READ_DELAY_MS }
			),
			// tabindex makes the content count as focusable for checkers that overlook contenteditable (axe's scrollable-region-focusable).
			EditorView.contentAttributes.of({ 'aria-label': 'The map’s text (YAML)', tabindex: '0' }),
			EditorView.updateListener.of((update) => {
				if (update.docChanged) hooks.onchange(update.state.doc.toString());
			}),
			EditorView.theme({ '&': { height: '100%', fontSize: '0.9rem' }, '.cm-scroller': { overflow: 'auto' } })
		]
	});
}

export function mountView(parent: HTMLElement, state: EditorState): EditorView {
	return new EditorView({ state, parent });
}

/** Puts the cursor at a 1-based line and column, shows it, and gives the editor the focus. */
export function moveCursor(view: EditorView, line: number, column: number) {
	const pos = positionOf(view.state.doc, line, column);
	view.dispatch({ selection: EditorSelection.cursor(pos), effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
	view.focus();
}

/**
 * Writes a form edit into the document as one transaction that replaces only the range that
 * changed, tagged as user input, so the editor's history undoes and redoes it like typing.
 */
export function replaceText(view: EditorView, text: string) {
	const change = minimalChange(view.state.doc.toString(), text);
	if (!change) return;
	view.dispatch({
		changes: change,
		userEvent: 'input.form',
		// Each form edit is its own step in the history, never merged with typing or another edit.
		annotations: isolateHistory.of('full'),
		effects: EditorView.scrollIntoView(change.from, { y: 'nearest' })
	});
}

export type { EditorState, EditorView };
