// The declarations of a .d.ts file read with the TypeScript compiler API into
// plain shapes a test can hold a running value against: tsc checks callers
// against the .d.ts, this checks the .d.ts against what the code does.
//
//   valueExportsOf('web/wiredesk.js')               // ['createWiredesk', …]
//   const types = declarations(['web/wiredesk.d.ts']);
//   types.methods('Desk')                           // ['add', 'restore', …]
//   check(value, types.returnOf('Desk', 'stories')) // [] or the mismatches
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const parse = (file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
const isExported = (node) => (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) !== 0;
const memberName = (member) => member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : null;

// The names a module file (.js or .d.ts) exports as values: functions, classes, consts.
export function valueExportsOf(file) {
  const names = new Set();
  for (const node of parse(file).statements) {
    if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && isExported(node) && node.name) names.add(node.name.text);
    if (ts.isVariableStatement(node) && isExported(node)) {
      for (const declaration of node.declarationList.declarations) names.add(declaration.name.getText());
    }
  }
  return [...names].sort();
}

// The mismatches between a value and a shape: [] when it is as declared.
export function check(value, shape, path = 'value') {
  if (shape.any) return [];
  if (shape.union) {
    return shape.union.some((s) => check(value, s, path).length === 0) ? [] : [`${path}: matches none of its declared types`];
  }
  if (shape.instance) return value instanceof shape.instance ? [] : [`${path}: not a ${shape.instance.name}`];
  if (shape.primitive) return typeof value === shape.primitive ? [] : [`${path}: ${typeof value}, declared ${shape.primitive}`];
  if (shape.array) {
    if (!Array.isArray(value)) return [`${path}: not an array`];
    return value.flatMap((item, i) => check(item, shape.array, `${path}[${i}]`));
  }
  if (typeof value !== 'object' || value === null) return [`${path}: not an object`];
  const problems = [];
  for (const [key, field] of Object.entries(shape.object)) {
    if (value[key] === undefined) {
      if (!field.optional) problems.push(`${path}.${key}: declared, missing`);
    } else {
      problems.push(...check(value[key], field.shape, `${path}.${key}`));
    }
  }
  if (!shape.open) for (const key of Object.keys(value)) if (!(key in shape.object)) problems.push(`${path}.${key}: not declared`);
  return problems;
}

export function declarations(files) {
  const interfaces = new Map();
  for (const file of files) {
    for (const node of parse(file).statements) {
      if (ts.isInterfaceDeclaration(node) && !interfaces.has(node.name.text)) interfaces.set(node.name.text, node);
    }
  }

  const membersOf = (name) => {
    const node = interfaces.get(name);
    if (!node) return null;
    const inherited = (node.heritageClauses ?? []).flatMap((clause) => clause.types)
      .flatMap((type) => membersOf(type.expression.getText()) ?? []);
    return [...inherited, ...node.members];
  };

  // The shape a type node stands for: {any} | {primitive} | {array} | {object, open}.
  const shapeOf = (type) => {
    if (!type) return { any: true };
    if (ts.isParenthesizedTypeNode(type)) return shapeOf(type.type);
    if (ts.isArrayTypeNode(type)) return { array: shapeOf(type.elementType) };
    if (ts.isTypeLiteralNode(type)) return objectOf(type.members);
    if (ts.isIntersectionTypeNode(type)) {
      const parts = type.types.map(shapeOf);
      return { object: Object.assign({}, ...parts.map((p) => p.object)), open: parts.some((p) => p.open) };
    }
    if (ts.isUnionTypeNode(type)) {
      const kinds = type.types.map(shapeOf);
      return kinds.length && kinds.every((k) => k.primitive === kinds[0].primitive && k.primitive) ? kinds[0] : { union: kinds };
    }
    if (ts.isLiteralTypeNode(type)) {
      const literal = type.literal;
      return { primitive: ts.isStringLiteral(literal) ? 'string' : ts.isNumericLiteral(literal) ? 'number' : 'boolean' };
    }
    switch (type.kind) {
      case ts.SyntaxKind.StringKeyword: return { primitive: 'string' };
      case ts.SyntaxKind.NumberKeyword: return { primitive: 'number' };
      case ts.SyntaxKind.BooleanKeyword: return { primitive: 'boolean' };
      case ts.SyntaxKind.VoidKeyword: return { primitive: 'undefined' };
      default: break;
    }
    if (ts.isTypeReferenceNode(type)) {
      const name = type.typeName.getText();
      if (name === 'Promise') return shapeOf(type.typeArguments[0]);
      if (name === 'Uint8Array') return { instance: Uint8Array };
      const members = membersOf(name);
      if (members) return objectOf(members);
    }
    return { any: true };   // Record<…>, unknown, functions: not held to a shape
  };

  const objectOf = (members) => {
    const object = {};
    let open = false;
    for (const member of members) {
      if (ts.isIndexSignatureDeclaration(member)) open = true;
      const name = memberName(member);
      if (name && ts.isPropertySignature(member)) object[name] = { optional: Boolean(member.questionToken), shape: shapeOf(member.type) };
    }
    return { object, open };
  };

  const methodsOf = (name) => (membersOf(name) ?? []).filter((m) => ts.isMethodSignature(m));
  return {
    methods: (name) => [...new Set(methodsOf(name).map(memberName))].sort(),
    returnOf: (name, method) => shapeOf(methodsOf(name).find((m) => memberName(m) === method)?.type),
  };
}
