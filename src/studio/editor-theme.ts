import { HighlightStyle } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

// Every colour keeps at least 4.5:1 against the white page and the tinted active line (WCAG AA).
export const inkHighlightStyle = HighlightStyle.define([
  { tag: [tags.heading1, tags.heading2], color: '#1f5f8b', fontWeight: 'bold' },
  { tag: tags.keyword, color: '#6f1d8f', fontWeight: 'bold' },
  { tag: tags.link, color: '#8a3d00' },
  { tag: tags.meta, color: '#2a6246' },
  { tag: tags.comment, color: '#4f5766', fontStyle: 'italic' },
  { tag: tags.processingInstruction, color: '#8b1a1a' },
  { tag: tags.squareBracket, color: '#3d4452' },
]);

export const editorTheme = EditorView.theme({
  '&': {
    backgroundColor: '#ffffff',
    color: '#1d2433',
    border: '1px solid #8a93a3',
    borderRadius: '0.5rem',
    fontSize: '0.95rem',
    height: '100%',
  },
  '&.cm-focused': { outline: '3px solid #b35900', outlineOffset: '2px' },
  '.cm-scroller': {
    fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
    lineHeight: '1.5',
  },
  '.cm-gutters': { backgroundColor: '#f1f2f5', color: '#4a5263', borderRight: '1px solid #c9ced8' },
  '.cm-activeLine': { backgroundColor: '#eef3f8' },
  '.cm-activeLineGutter': { backgroundColor: '#dde6f0', color: '#1d2433' },
  '.cm-content': { caretColor: '#1d2433' },
});
