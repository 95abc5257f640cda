// Types of scripts/code-blocks.mjs, for the TypeScript that imports it (test/doc-examples.test.ts).
export interface CodeBlock {
  /** The line (1-based) of the block's first code line in its file. */
  readonly start: number;
  readonly code: string;
}
export type Claim =
  | { readonly literal: string }
  | { readonly digits: string }
  | { readonly throws: { readonly name?: string; readonly code?: string; readonly message?: readonly string[] } };
export declare function markdownBlocks(text: string): CodeBlock[];
export declare function docCommentBlocks(text: string): CodeBlock[];
export declare function sourceExamples(root: string, dir: string): (CodeBlock & { readonly file: string })[];
export declare function claimOf(comment: string): Claim | undefined;
export declare const CHECKS: string;
export declare function instrument(code: string, file: string, start: number): { code: string; claims: number };
export declare const TYPE_CHECKS: string;
export declare function instrumentTypes(code: string): { code: string; claims: number };
export declare function asFunction(code: string, namespaceOf: (specifier: string) => string): { specifiers: string[]; fn: string };
