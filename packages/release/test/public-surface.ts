// The packages' public exports, read with the TypeScript checker, and the names other code imports
// from them. Used by public-surface.test.ts (the rules are written there).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";
import { REPO } from "../scripts/release.js";

/** Each published entry point: the specifier consumers import, and its source file. */
export const ENTRIES = [
  { pkg: "core", specifier: "@hotspot-iac/core", file: "packages/core/src/index.ts" },
  { pkg: "sync", specifier: "@hotspot-iac/sync", file: "packages/sync/src/index.ts" },
  { pkg: "vouchers", specifier: "@hotspot-iac/vouchers", file: "packages/vouchers/src/index.ts" },
  { pkg: "emulator", specifier: "@hotspot-iac/emulator", file: "packages/emulator/src/index.ts" },
  { pkg: "terraform-provider", specifier: "@hotspot-iac/terraform-provider", file: "packages/terraform-provider/src/index.ts" },
  { pkg: "terraform-provider", specifier: "@hotspot-iac/terraform-provider/testing", file: "packages/terraform-provider/src/testing/terraform.ts" },
] as const;

export interface Export {
  pkg: string;
  specifier: string;
  name: string;
  /** Where the symbol is declared (after following re-exports and aliases): one id per symbol. */
  declaration: string;
  /** Declarations of the types its own declaration names (its signature, its fields). */
  references: string[];
}

/** Every exported name of every entry, aliases resolved to their declarations. */
const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  resolveJsonModule: true,
  noEmit: true,
  types: ["node"],
};

export function publicExports(): Export[] {
  const program = ts.createProgram(
    ENTRIES.map((e) => join(REPO, e.file)),
    COMPILER_OPTIONS,
  );
  const checker = program.getTypeChecker();
  const idOf = (symbol: ts.Symbol): string => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const decl = target.declarations?.[0];
    return decl ? `${relative(REPO, decl.getSourceFile().fileName)}:${decl.pos}` : `?${symbol.name}`;
  };
  const referencesOf = (symbol: ts.Symbol): string[] => {
    const refs = new Set<string>();
    const visit = (node: ts.Node): void => {
      const name = ts.isTypeReferenceNode(node) ? node.typeName : ts.isExpressionWithTypeArguments(node) ? node.expression : ts.isTypeQueryNode(node) ? node.exprName : undefined;
      const referenced = name && checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : name);
      if (referenced) refs.add(idOf(referenced));
      ts.forEachChild(node, visit);
    };
    for (const decl of symbol.declarations ?? []) visit(decl);
    return [...refs];
  };
  const out: Export[] = [];
  for (const entry of ENTRIES) {
    const source = program.getSourceFile(join(REPO, entry.file));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${entry.file}: no module symbol`);
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      out.push({ pkg: entry.pkg, specifier: entry.specifier, name: symbol.getName(), declaration: idOf(symbol), references: referencesOf(target) });
    }
  }
  return out;
}

/** Folders whose code counts as a consumer (tests, examples and the bench included). */
const CONSUMER_ROOTS = ["packages", "examples", "bench", "scripts"];
const SKIP = new Set(["node_modules", "dist", "gen", ".gen", "cdktf.out", ".hotspot", "results"]);

function sourceFiles(dir: string, into: string[] = []): string[] {
  if (!existsSync(dir)) return into;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, into);
    else if (/\.(m?ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) into.push(path);
  }
  return into;
}

/** The package folder a file belongs to (`packages/sync`), or its top folder (`examples`). */
export function ownerOf(file: string): string {
  const parts = relative(REPO, file).split(sep);
  return parts[0] === "packages" ? `packages/${parts[1]}` : parts[0]!;
}

export interface Use {
  specifier: string;
  name: string;
  file: string;
}

/**
 * Names imported from a package specifier: named imports and re-exports, `X` of a namespace
 * import's `ns.X`, names destructured from `await import(...)`, and `import("...").X` types.
 */
export function importedNames(): Use[] {
  const specifiers = new Set<string>(ENTRIES.map((e) => e.specifier));
  const uses: Use[] = [];
  for (const file of CONSUMER_ROOTS.flatMap((r) => sourceFiles(join(REPO, r)))) {
    const text = readFileSync(file, "utf8");
    if (!text.includes("@hotspot-iac/")) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const namespaces = new Map<string, string>();
    const add = (specifier: string, name: string) => uses.push({ specifier, name, file });
    const visit = (node: ts.Node): void => {
      const spec = (n: ts.Expression | undefined) => (n && ts.isStringLiteral(n) && specifiers.has(n.text) ? n.text : undefined);
      if (ts.isImportDeclaration(node)) {
        const s = spec(node.moduleSpecifier);
        const bindings = node.importClause?.namedBindings;
        if (s && bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) add(s, (el.propertyName ?? el.name).text);
        if (s && bindings && ts.isNamespaceImport(bindings)) namespaces.set(bindings.name.text, s);
      } else if (ts.isExportDeclaration(node)) {
        const s = spec(node.moduleSpecifier);
        if (s && node.exportClause && ts.isNamedExports(node.exportClause)) for (const el of node.exportClause.elements) add(s, (el.propertyName ?? el.name).text);
      } else if (ts.isVariableDeclaration(node) && node.initializer && ts.isObjectBindingPattern(node.name)) {
        let init: ts.Expression = node.initializer;
        if (ts.isAwaitExpression(init)) init = init.expression;
        if (ts.isCallExpression(init) && init.expression.kind === ts.SyntaxKind.ImportKeyword) {
          const s = spec(init.arguments[0]);
          if (s) for (const el of node.name.elements) add(s, ((el.propertyName ?? el.name) as ts.Identifier).text);
        }
      } else if (ts.isImportTypeNode(node) && node.qualifier) {
        const arg = node.argument;
        const s = ts.isLiteralTypeNode(arg) ? spec(arg.literal as ts.Expression) : undefined;
        const first = ts.isIdentifier(node.qualifier) ? node.qualifier : node.qualifier.left;
        if (s && ts.isIdentifier(first)) add(s, first.text);
      } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && namespaces.has(node.expression.text)) {
        add(namespaces.get(node.expression.text)!, node.name.text);
      } else if (ts.isQualifiedName(node) && ts.isIdentifier(node.left) && namespaces.has(node.left.text)) {
        add(namespaces.get(node.left.text)!, node.right.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

export interface ErrorClass {
  name: string;
  file: string;
  /** Names of its base classes, nearest first. */
  bases: string[];
  /** The string literal types of its `code` property. */
  codes: string[];
}

/** Every class in the packages' sources that extends Error, directly or not. */
export function errorClasses(): ErrorClass[] {
  const roots = ["core", "sync", "vouchers", "emulator", "terraform-provider", "cli"].flatMap((p) => sourceFiles(join(REPO, "packages", p, "src")));
  const program = ts.createProgram(roots, { ...COMPILER_OPTIONS });
  const checker = program.getTypeChecker();
  const out: ErrorClass[] = [];
  for (const source of program.getSourceFiles()) {
    const file = relative(REPO, source.fileName);
    if (!file.startsWith("packages/") || file.includes("node_modules")) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isClassDeclaration(node) && node.name) {
        const type = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(node.name)!) as ts.InterfaceType;
        const bases: string[] = [];
        for (let t: ts.InterfaceType | undefined = type; t; ) {
          const base = checker.getBaseTypes(t)[0] as ts.InterfaceType | undefined;
          if (base) bases.push(base.symbol.name);
          t = base;
        }
        if (bases.includes("Error")) {
          const code = type.getProperty("code");
          const codeType = code ? checker.getTypeOfSymbol(code) : undefined;
          const literals = codeType ? (codeType.isUnion() ? codeType.types : [codeType]) : [];
          const codes = literals.filter((t) => t.isStringLiteral()).map((t) => (t as ts.StringLiteralType).value);
          out.push({ name: node.name.text, file, bases, codes });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}
