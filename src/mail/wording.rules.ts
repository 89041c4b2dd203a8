import nunjucks from 'nunjucks';

/**
 * Rules for a council's own wording of a message (see mail-wordings.service.ts). The wording is a
 * Nunjucks template like the standard one, typed by a co-ordinator on a page. Nunjucks is not a
 * sandbox: `{{ range.constructor("…")() }}` would run code on the server, for every council the
 * service hosts. So a council's wording may use only the plain parts of the language — text, the
 * values the standard wording uses, conditions, loops, a short list of filters, its own macros and the
 * standard wording's shared parts — and everything else is refused with the reason, by its line.
 */

/** Node in the parsed template (nunjucks' own classes; only what the walk reads). */
interface TemplateNode {
  typename: string;
  fields: string[];
  value?: unknown;
  lineno?: number;
  [field: string]: unknown;
}

/** Filters that only change how a value reads. Not `safe`, which would stop the HTML part escaping a value. */
export const WORDING_FILTERS = new Set(['date', 'lower', 'upper', 'capitalize', 'title', 'trim', 'join', 'length', 'first', 'last', 'default', 'd', 'round', 'int', 'abs', 'replace', 'truncate', 'wordcount']);

const TESTS = new Set(['defined', 'undefined', 'none', 'null', 'number', 'string', 'odd', 'even', 'divisibleby', 'equalto', 'eq', 'sameas', 'truthy', 'falsy', 'lt', 'gt', 'le', 'ge', 'ne']);

const PLAIN = new Set([
  'Root', 'NodeList', 'Output', 'TemplateData', 'Symbol', 'LookupVal', 'Literal', 'Group', 'Array', 'Dict', 'Pair', 'KeywordArgs',
  'If', 'InlineIf', 'For', 'Set', 'Filter', 'Compare', 'CompareOperand', 'And', 'Or', 'Not', 'In', 'Is',
  'Add', 'Sub', 'Mul', 'Div', 'FloorDiv', 'Mod', 'Pow', 'Neg', 'Pos', 'Concat', 'Include', 'Macro', 'FunCall',
]);

/** What the standard wording of a message gives a council's own wording to use. */
export interface StandardWording {
  /** The values (and their own names in loops and sets) the standard wording and its parts use. */
  names: Set<string>;
  /** The shared parts it includes ("reminders/answer.mail-part.njk"). */
  includes: Set<string>;
}

export const WORDING_MAX_LENGTH = 20_000;

function parse(source: string): TemplateNode {
  return (nunjucks as unknown as { parser: { parse(src: string): TemplateNode } }).parser.parse(source);
}

function childrenOf(node: TemplateNode): TemplateNode[] {
  const found: TemplateNode[] = [];
  for (const field of node.fields) {
    const value = node[field];
    const add = (child: unknown) => {
      if (child && typeof child === 'object' && 'typename' in child) found.push(child as TemplateNode);
    };
    if (Array.isArray(value)) value.forEach(add);
    else add(value);
  }
  return found;
}

function walk(node: TemplateNode, visit: (node: TemplateNode) => void): void {
  visit(node);
  for (const child of childrenOf(node)) walk(child, visit);
}

function symbolsIn(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  const n = node as TemplateNode;
  if (n.typename === 'Symbol') return [String(n.value)];
  if (n.typename === 'Pair') return symbolsIn(n.key);
  return childrenOf(n).flatMap(symbolsIn);
}

/** The names a template binds itself: loop variables, `set` targets, macros and their arguments. */
function boundNames(root: TemplateNode): Set<string> {
  const bound = new Set<string>(['loop']);
  walk(root, (node) => {
    if (node.typename === 'For') symbolsIn(node.name).forEach((name) => bound.add(name));
    if (node.typename === 'Set') (node.targets as TemplateNode[]).flatMap(symbolsIn).forEach((name) => bound.add(name));
    if (node.typename === 'Macro') [...symbolsIn(node.name), ...symbolsIn(node.args)].forEach((name) => bound.add(name));
  });
  return bound;
}

/** Every name a template reads as a value, and the parts it includes. */
function usesOf(root: TemplateNode): { names: Set<string>; includes: Set<string> } {
  const names = new Set<string>();
  const includes = new Set<string>();
  const expression = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as TemplateNode;
    switch (n.typename) {
      case 'Symbol':
        names.add(String(n.value));
        return;
      case 'Filter':
        return expression(n.args);
      case 'Is':
        return expression(n.left);
      case 'Pair':
        return expression(n.value);
      case 'Include':
        if ((n.template as TemplateNode)?.typename === 'Literal') includes.add(String((n.template as TemplateNode).value));
        return;
      default:
        childrenOf(n).forEach(expression);
    }
  };
  expression(root);
  return { names, includes };
}

/** What the standard wording (with the sources of the parts it includes) lets a council's wording use. */
export function standardWordingOf(source: string, partSource: (name: string) => string | undefined): StandardWording {
  const root = parse(source);
  const { names, includes } = usesOf(root);
  for (const name of boundNames(root)) names.add(name);
  for (const part of includes) {
    const text = partSource(part);
    if (!text) continue;
    const partRoot = parse(text);
    usesOf(partRoot).names.forEach((name) => names.add(name));
    boundNames(partRoot).forEach((name) => names.add(name));
  }
  return { names, includes };
}

/** A mistake of syntax in words, by its line where nunjucks knows it ("parseIf: expected … got end of file"). */
function syntaxProblem(error: Error & { lineno?: number }): string {
  const reason = error.message.replace(/^parse\w*: /, '').replace(/got end of file$/, 'but the wording ended');
  return `${error.lineno ? `Line ${error.lineno}: ` : ''}${reason} – check the {{ }} and {% %} around it`;
}

const at = (node: TemplateNode) => (node.lineno !== undefined ? `Line ${node.lineno + 1}: ` : '');

/**
 * What is wrong with a council's wording of a message, each in words with its line; none when it may
 * be saved. `standard` says what the message's standard wording uses, which is all the wording may use.
 */
export function wordingProblems(wording: string, standard: StandardWording): string[] {
  if (!wording.trim()) return ['Enter the wording of the message'];
  if (wording.length > WORDING_MAX_LENGTH) return [`The wording must be at most ${WORDING_MAX_LENGTH.toLocaleString('en-GB')} characters`];
  let root: TemplateNode;
  try {
    root = parse(wording);
  } catch (error) {
    return [syntaxProblem(error as Error)];
  }
  const problems = new Set<string>();
  const bound = boundNames(root);
  const macros = new Set<string>();
  walk(root, (node) => {
    if (node.typename === 'Macro') symbolsIn(node.name).forEach((name) => macros.add(name));
  });

  const check = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as TemplateNode;
    if (!PLAIN.has(n.typename)) {
      problems.add(`${at(n)}a council's wording cannot use “${n.typename.toLowerCase()}”; use text, values, if, for, set and macros`);
      return;
    }
    switch (n.typename) {
      case 'Symbol': {
        const name = String(n.value);
        if (!standard.names.has(name) && !bound.has(name)) problems.add(`${at(n)}“${name}” is not a value of this message; the list below names those it has`);
        return;
      }
      case 'LookupVal': {
        const key = n.val as TemplateNode;
        if (key.typename === 'Literal' && typeof key.value === 'string' && (key.value.startsWith('_') || key.value === 'constructor' || key.value === 'prototype')) {
          problems.add(`${at(n)}“${key.value}” cannot be read from a value`);
          return;
        }
        check(n.target);
        check(key);
        return;
      }
      case 'Filter': {
        const name = String((n.name as TemplateNode).value);
        if (!WORDING_FILTERS.has(name)) problems.add(`${at(n)}the filter “${name}” cannot be used; these can: ${[...WORDING_FILTERS].join(', ')}`);
        return check(n.args);
      }
      case 'Is': {
        const test = String((n.right as TemplateNode)?.value ?? '');
        if (!TESTS.has(test)) problems.add(`${at(n)}the test “is ${test}” cannot be used`);
        return check(n.left);
      }
      case 'FunCall': {
        const callee = n.name as TemplateNode;
        if (callee.typename !== 'Symbol' || !macros.has(String(callee.value))) {
          problems.add(`${at(n)}a council's wording can call only its own macros`);
          return;
        }
        return check(n.args);
      }
      case 'Include': {
        const template = n.template as TemplateNode;
        if (template.typename !== 'Literal' || !standard.includes.has(String(template.value))) {
          problems.add(`${at(n)}only the parts the standard wording includes can be included${standard.includes.size ? `: ${[...standard.includes].join(', ')}` : ''}`);
        }
        return;
      }
      case 'Pair':
        if ((n.key as TemplateNode)?.typename !== 'Symbol') check(n.key);
        return check(n.value);
      case 'For':
        check(n.arr);
        check(n.body);
        return check(n.else_);
      case 'Set':
        check(n.value);
        return check(n.body);
      case 'Macro':
        check(n.args);
        return check(n.body);
      default:
        childrenOf(n).forEach(check);
    }
  };
  check(root);

  if (!beginsWithSubject(root)) problems.add('The wording must begin with a line “Subject: …”, the subject of the e-mail');
  return [...problems];
}

/** Whether the first words the template writes are "Subject:" (comments, sets and macros may come before). */
function beginsWithSubject(root: TemplateNode): boolean {
  for (const node of root.children as TemplateNode[]) {
    if (node.typename === 'Set' || node.typename === 'Macro') continue;
    if (node.typename !== 'Output') return false;
    const parts = node.children as TemplateNode[];
    for (const part of parts) {
      if (part.typename !== 'TemplateData') return false;
      const text = String(part.value).trimStart();
      if (text === '') continue;
      return text.startsWith('Subject:');
    }
  }
  return false;
}
