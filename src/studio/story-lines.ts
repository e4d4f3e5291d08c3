import type { StoryFiles } from './story-files.ts';

/**
 * All files read as one text (for the map, which must resolve diverts between files), and the
 * way back from a line of that text to a file and its own line.
 */
export function joinFiles(files: StoryFiles): {
  text: string;
  locate(line: number): { file: string; line: number };
} {
  const starts: { file: string; first: number }[] = [];
  let next = 1;
  for (const f of files) {
    starts.push({ file: f.name, first: next });
    next += f.text.split('\n').length;
  }
  return {
    text: files.map((f) => f.text).join('\n'),
    locate(line) {
      const start = [...starts].reverse().find((s) => s.first <= line) ?? starts[0];
      return { file: start?.file ?? '', line: line - (start?.first ?? 1) + 1 };
    },
  };
}
