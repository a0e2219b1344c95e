// Tests run in Node, but the app's TypeScript setup has no Node types (@types/node is not installed).
// This declares the one fs function that tests use to read a style sheet, which Vitest imports as empty.
declare module 'node:fs' {
  export function readFileSync(path: URL, encoding: 'utf8'): string;
}
