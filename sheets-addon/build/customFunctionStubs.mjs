/**
 * Writes the top-level functions Apps Script needs in front of the bundle. Sheets lists a custom
 * function, with autocomplete help, only from a JSDoc block carrying @customfunction directly on a
 * top-level function declaration, and esbuild drops JSDoc, so the blocks are generated here from
 * the registry the bundle itself exports.
 */

/** Registry types in JSDoc; a range argument may also be a single cell, as Google's own examples write it. */
function jsDocType({ type, range }) {
  const single = type === 'any' ? '*' : type;
  return range ? `${single}|Array<Array<${single}>>` : single;
}

/** A description must not end the comment early or break the one-line @param format. */
function commentText(text, where) {
  if (text.includes('*/')) throw new Error(`${where} contains "*/", which would end its JSDoc block early.`);
  return text.replace(/\s+/g, ' ').trim();
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function checkIdentifier(name, where) {
  if (!IDENTIFIER.test(name)) throw new Error(`${where} "${name}" is not a valid JavaScript name, so it cannot be a Sheets function.`);
}

/**
 * `arguments`, not the named parameters, are passed on: Sheets does not enforce the argument count,
 * so a surplus argument reaches the core and gets its "takes at most" message instead of vanishing.
 */
export function customFunctionStub(fn, namespace) {
  const name = fn.functionName;
  checkIdentifier(name, 'Function');
  const params = fn.parameters.map((param) => {
    checkIdentifier(param.name, `${name} parameter`);
    const label = param.optional ? `[${param.name}]` : param.name;
    return ` * @param {${jsDocType(param)}} ${label} ${commentText(param.description, `${name} ${param.name}`)}`;
  });
  return [
    '/**',
    ` * ${commentText(fn.description, name)}`,
    ...params,
    ` * @return ${commentText(fn.returns, `${name} returns`)}`,
    ' * @customfunction',
    ' */',
    `function ${name}(${fn.parameters.map((param) => param.name).join(', ')}) {`,
    `  return ${namespace}.functions.${name}.apply(null, arguments);`,
    '}',
  ].join('\n');
}

/**
 * Triggers, menu items and sidebar calls: no JSDoc, so Sheets never offers them as formulas.
 * Every argument is passed on: a sidebar call such as addSheet(name, rows) takes more than one.
 */
export function entryPointStub(name, namespace) {
  checkIdentifier(name, 'Entry point');
  return `function ${name}() {\n  return ${namespace}.entryPoints.${name}.apply(null, arguments);\n}`;
}
