/**
 * How much of the bots' reader is pattern text (issue 30 asks for it to shrink), counted with the TypeScript parser
 * (not a regex over the source), over every file of src/bots/:
 *
 * - pattern text: regular-expression literals, the arguments of `new RegExp(...)`, and every other string or
 *   template literal that is regex source (it holds regex syntax used as such: a group, a class, an escape, an
 *   anchor, a quantifier or a lookaround), wherever it sits (a constant, a table, src/bots/lexicon/). A fragment
 *   kept in a string and spliced into a pattern later is still pattern text.
 * - phrase rules: the entries of the phrase tables read by `src/bots/read/phrases.ts` (words, `a|b` for either
 *   word, `word*` for a word's start, `#` for a number, `~` for a few words between, `_` for no word; since session
 *   22 also `a+b` for words in a row, `a*b` for a word's start and end, `~~` for any number of words, `^` and `$` for a
 *   clause's start and end): one grammar, no regex.
 * - vocabulary: every other string of src/bots/lexicon/ (plain words and phrases).
 *
 *   npx tsx scripts/reader-patterns.ts            # totals
 *   npx tsx scripts/reader-patterns.ts --files    # per file, largest first
 *   npx tsx scripts/reader-patterns.ts --top 20   # the 20 largest patterns, with file and line
 *   npx tsx scripts/reader-patterns.ts --root ../other/src/bots/   # another tree (a branch's worktree)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const rootAt = process.argv.indexOf('--root');
const root =
  rootAt >= 0 ? join(process.argv[rootAt + 1]!, '/') : new URL('../src/bots/', import.meta.url).pathname;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface FileCount {
  file: string;
  literals: number;
  constructed: number;
  /** String or template literals outside `new RegExp` that are regex source. */
  fragments: number;
  fragmentChars: number;
  chars: number;
  largest: number;
  phrases: number;
  phraseChars: number;
  vocabulary: number;
  vocabularyChars: number;
}

interface Pattern {
  where: string;
  length: number;
}

/**
 * Regex syntax used as such: an escape (`\b`, `\d`, `\s`, `\.`), a group or lookaround, a character class, a
 * quantifier after a word or group (`s?`, `\w+`, `{2}`), an anchor at either end. A plain phrase ("i'm", "a.m.",
 * "100%") has none of these.
 */
const REGEX_SYNTAX =
  /\\[bdswBDSWpu.()[\]{}?*+|/^$-]|\(\?[:=!<]|\[\^|\[[^\]\s]*[a-z\d]-[a-z\d][^\]]*\]|[)\]][?*+]|\w[?+](?=[^\s"'.,!)])|\w\*(?=[^\s|'"])|\{\d+(,\d*)?\}|^\^|\|\(|\)\||\((?=[a-z]+\|)/;
/** The phrase tables' grammar: words, `|` alternatives, `word*`, `~` gaps, `_` for an optional word. */
const PHRASE_SYNTAX = /^[a-z0-9'%$.&# ]*(\||~|\*|#|(^| )_( |$))[a-z0-9'%$.&|*~_# ]*$/;
/**
 * The grammar's later marks (session 22), each part of a phrase one of: `^`, `$`, a gap (`~`, `~~`, `~3`), or
 * alternatives (`_`, `#`, a word, `word*`, `a*b`, `a+b+c`); a phrase that uses one of them is a phrase rule.
 */
const PART = String.raw`(\^|\$|~~?|~[1-9]|([_#]|([a-z0-9'%.&]+|(?=\*))(\*[a-z0-9]*)?(\+[a-z0-9'%.&]+)*)(\|([_#]|([a-z0-9'%.&]+|(?=\*))(\*[a-z0-9]*)?(\+[a-z0-9'%.&]+)*))*)`;
const LATER_PHRASE = new RegExp(`^ *${PART}( +${PART})* *$`);
const LATER_MARK = /\+|~~|(^| )[\^$]( |$)|[a-z]\*[a-z]|(^| |\|)\*[a-z]*( |\||$)/;
const isLaterPhrase = (value: string) => LATER_MARK.test(value) && LATER_PHRASE.test(value);

function count(file: string, patterns: Pattern[]): FileCount {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const name = relative(root, file);
  const inLexicon = name.startsWith('lexicon/');
  const result: FileCount = {
    file: name,
    literals: 0,
    constructed: 0,
    fragments: 0,
    fragmentChars: 0,
    chars: 0,
    largest: 0,
    phrases: 0,
    phraseChars: 0,
    vocabulary: 0,
    vocabularyChars: 0,
  };
  const add = (node: ts.Node, length: number) => {
    result.chars += length;
    result.largest = Math.max(result.largest, length);
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    patterns.push({ where: `${name}:${line}`, length });
  };
  const stringText = (node: ts.Node): string | undefined => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isTemplateExpression(node))
      return node.head.text + node.templateSpans.map((span) => `\${}${span.literal.text}`).join('');
    return undefined;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      result.literals += 1;
      add(node, node.text.length);
      return;
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      result.constructed += 1;
      const first = node.arguments?.[0];
      if (first) add(node, first.getText(source).length);
      // A string inside the constructor's arguments is counted with it, not again.
      return;
    }
    // Imports, exports and property names are no text the reader reads.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    const value = stringText(node);
    if (value !== undefined) {
      if (process.argv.includes('--strings') && REGEX_SYNTAX.test(value))
        console.log(`${name}\t${value.slice(0, 100)}`);
      if (isLaterPhrase(value.replaceAll('${}', 'x'))) {
        result.phrases += 1;
        result.phraseChars += value.length;
      } else if (REGEX_SYNTAX.test(value)) {
        result.fragments += 1;
        result.fragmentChars += value.length;
        add(node, value.length);
      } else if (PHRASE_SYNTAX.test(value.replaceAll('${}', 'x'))) {
        result.phrases += 1;
        result.phraseChars += value.length;
      } else if (inLexicon) {
        result.vocabulary += 1;
        result.vocabularyChars += value.length;
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return result;
}

const patterns: Pattern[] = [];
const counts = filesUnder(root).map((file) => count(file, patterns));
type Key = Exclude<keyof FileCount, 'file'>;
const sum = (list: FileCount[], key: Key) => list.reduce((total, c) => total + c[key], 0);
const kb = (chars: number) => `${(chars / 1024).toFixed(1)} KB`;
console.log(
  `src/bots pattern text: ${sum(counts, 'literals')} regex literals, ${sum(counts, 'constructed')} new RegExp and ` +
    `${sum(counts, 'fragments')} regex-source strings, ${kb(sum(counts, 'chars'))}; the largest ${Math.max(...counts.map((c) => c.largest))} characters`,
);
console.log(
  `  literals and new RegExp alone (the measure before session 17): ${kb(sum(counts, 'chars') - sum(counts, 'fragmentChars'))}`,
);
console.log(
  `phrase rules (src/bots/read/phrases.ts grammar): ${sum(counts, 'phrases')} entries, ${kb(sum(counts, 'phraseChars'))}`,
);
const lexicon = counts.filter((c) => c.file.startsWith('lexicon/'));
console.log(
  `src/bots/lexicon: ${lexicon.length} files; plain vocabulary ${sum(lexicon, 'vocabulary')} strings, ${kb(sum(lexicon, 'vocabularyChars'))}; ` +
    `regex-source strings there ${sum(lexicon, 'fragments')}, ${kb(sum(lexicon, 'chars'))} (counted above as pattern text)`,
);
if (process.argv.includes('--files')) {
  for (const c of [...counts].sort((a, b) => b.chars - a.chars).filter((c) => c.chars + c.phraseChars > 0))
    console.log(
      `${c.file}\t${c.literals + c.constructed + c.fragments} patterns\t${kb(c.chars)}\tlargest ${c.largest}\tphrases ${c.phrases} (${kb(c.phraseChars)})`,
    );
}
const top = process.argv.indexOf('--top');
if (top >= 0) {
  const n = Number(process.argv[top + 1] ?? 20);
  for (const p of [...patterns].sort((a, b) => b.length - a.length).slice(0, n))
    console.log(`${p.length}\t${p.where}`);
}
