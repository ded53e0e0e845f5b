/** Help texts, one per command. */
export const help = {
  main: `clausewise — read decisions, line up their clauses, show what changed

Usage:
  clausewise parse <file|-> [--from akn|text|markdown|docx] --to akn|json|markdown|html|docx [-o <file>] [--lang fr|en]
  clausewise diff <old> <new> [--from …] --to json|html|markdown|akn|docx [--layout inline|side-by-side] [--ignore typography,…] [--author <name>] [--date <iso>] [-o <file>]
  clausewise compare <file>… [--from …] --to json|html [-o <file>]
  clausewise <command> --help
  clausewise --version

The input format is guessed from the extension (.xml/.akn: AKN, .txt: PDF-extracted text, .md: Markdown,
.docx: Word) unless --from is given. Errors print one line naming the file (and line:column) and exit with 2.
`,
  parse: `Usage: clausewise parse <file|-> [--from akn|text|markdown|docx] --to akn|json|markdown|html|docx [-o <file>] [--lang <tag>]

Reads one document and writes it as Akoma Ntoso 3.0 XML (akn), the model as JSON (json: {document,
diagnostics}), Markdown in the clausewise convention (markdown), a standalone HTML page (html), or a
Word file with real numbering and footnotes (docx: binary, so -o or a redirect is needed).
Reader diagnostics (repairs, page furniture) are printed on stderr with --verbose.

Options:
  --from <format>   input format: akn, text, markdown or docx (default: from the extension)
  --to <format>     output format (required)
  --lang <tag>      language of a text input, e.g. fr, en (default: detected)
  -o, --output      write to this file instead of stdout (written whole, or not at all)
  --verbose         print diagnostics on stderr
`,
  diff: `Usage: clausewise diff <old> <new> --to json|html|markdown|akn|docx [options]

Compares two versions of a decision (or two decisions) clause by clause, with word-level changes.
Either side may be in any readable format (a text against a Markdown draft is normal).

Options:
  --from <format>        input format of both files (default: from each extension)
  --to <format>          json (clausewise/comparison@1), html, markdown (CriticMarkup), akn (ins/del),
                         docx (Word tracked changes: binary, so -o or a redirect is needed)
  --layout <layout>      html only: inline (default) or side-by-side
  --ignore <kinds>       comma-separated change kinds to ignore: typography, whitespace, case, punctuation
  --author <name>        docx only: author of the tracked changes (default: clausewise)
  --date <iso>           docx only: date of the tracked changes, e.g. 2018-02-02 (default: none)
  --lang <tag>           language of text inputs (default: detected)
  -o, --output <file>    write to this file instead of stdout
`,
  compare: `Usage: clausewise compare <file>… --to json|html [-o <file>]

Aligns the clauses of many decisions at once: which clauses they share, reword or lack.

Options:
  --from <format>        input format of all files (default: from each extension)
  --to <format>          json (clausewise/multi-comparison@1) or html (a table)
  --lang <tag>           language of text inputs (default: detected)
  -o, --output <file>    write to this file instead of stdout
`,
} as const
