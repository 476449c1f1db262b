/**
 * How much of the bots' reader is pattern text (issue 30 asks for it to shrink): regular-expression literals and
 * the string arguments of `new RegExp(...)` in src/bots/, counted with the TypeScript parser (not a regex over the
 * source), and the word lists of src/bots/lexicon/ beside them.
 *
 *   npx tsx scripts/reader-patterns.ts            # totals
 *   npx tsx scripts/reader-patterns.ts --files    # per file, largest first
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('../src/bots/', import.meta.url).pathname;

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
  chars: number;
  largest: number;
}

function count(file: string): FileCount {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const result: FileCount = { file: relative(root, file), literals: 0, constructed: 0, chars: 0, largest: 0 };
  const add = (length: number) => {
    result.chars += length;
    result.largest = Math.max(result.largest, length);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      result.literals += 1;
      add(node.text.length);
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      result.constructed += 1;
      const first = node.arguments?.[0];
      if (first) add(first.getText(source).length);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return result;
}

const counts = filesUnder(root).map(count);
const lexicon = counts.filter((c) => c.file.startsWith('lexicon/'));
const sum = (list: FileCount[], key: 'literals' | 'constructed' | 'chars') =>
  list.reduce((total, c) => total + c[key], 0);
console.log(
  `src/bots: ${sum(counts, 'literals')} regex literals and ${sum(counts, 'constructed')} new RegExp, ` +
    `${(sum(counts, 'chars') / 1024).toFixed(1)} KB of pattern text; the largest ${Math.max(...counts.map((c) => c.largest))} characters`,
);
const lexiconDir = join(root, 'lexicon');
const lexiconBytes = (existsSync(lexiconDir) ? filesUnder(lexiconDir) : []).reduce(
  (total, file) => total + statSync(file).size,
  0,
);
console.log(`src/bots/lexicon: ${lexicon.length} files, ${(lexiconBytes / 1024).toFixed(1)} KB`);
if (process.argv.includes('--files')) {
  for (const c of [...counts].sort((a, b) => b.chars - a.chars).filter((c) => c.chars > 0))
    console.log(
      `${c.file}\t${c.literals + c.constructed}\t${(c.chars / 1024).toFixed(1)} KB\tlargest ${c.largest}`,
    );
}
