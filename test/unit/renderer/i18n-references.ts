// Finds every string the renderer's code could use as a message key: parses each .ts with the
// TypeScript compiler and each .vue with @vue/compiler-sfc (its scripts, and every expression and
// static attribute of its template), so a key in a template is found as surely as one in a script.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse as parseSfc } from '@vue/compiler-sfc'
import ts from 'typescript'

/** vue-i18n's functions whose first argument is a message key. */
export const keyFunctions = ['t', '$t', 'te', 'tm', 'rt']
/** Properties whose value is a message key: a route's `meta: { titleKey: 'login.title' }`. */
const keyProperties = new Set(['titleKey', 'labelKey', 'messageKey', 'textKey'])
/** A file's own name for a key function: `const say = useAudienceText()`. */
const wrapperPattern = /(?:const|let)\s+(\w+)\s*=\s*useAudienceText\(\)/g

export type Reference = {
  /** Repository-relative path and 1-based line, for the failure message. */
  where: string
  /** A literal's text, or a template literal with each `${…}` replaced by `*`. */
  text: string
  /** `call`: first argument of a key function (or a key property's value); `attr`: a static
   * template attribute. */
  position: 'call' | 'attr' | 'other'
  dynamic: boolean
}

type Source = { file: string; text: string; firstLine: number; functions: ReadonlySet<string> }

function* walkFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walkFiles(path)
    else if (/\.(ts|vue)$/.test(entry.name)) yield path
  }
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression
  if (ts.isIdentifier(callee)) return callee.text
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text
  return undefined
}

function scanTs(source: Source, root: string, out: Reference[]): void {
  const sourceFile = ts.createSourceFile(source.file, source.text, ts.ScriptTarget.Latest, true)
  const where = (node: ts.Node) => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile))
    return `${relative(root, source.file)}:${source.firstLine + line}`
  }
  const inKeyCall = (node: ts.Node) => {
    const parent = node.parent
    if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
      return ts.isIdentifier(parent.name) && keyProperties.has(parent.name.text)
    }
    return (
      ts.isCallExpression(parent) &&
      parent.arguments[0] === node &&
      source.functions.has(calleeName(parent) ?? '')
    )
  }
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      // An import's module name is never a key.
      if (!ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) {
        out.push({
          where: where(node),
          text: node.text,
          position: inKeyCall(node) ? 'call' : 'other',
          dynamic: false,
        })
      }
    } else if (
      ts.isIdentifier(node) &&
      (ts.isPropertyAssignment(node.parent) || ts.isPropertySignature(node.parent)) &&
      node.parent.name === node
    ) {
      // `{ settings: [...] }`: a map's key can be the values of a dynamic key's `*`.
      out.push({ where: where(node), text: node.text, position: 'other', dynamic: false })
    } else if (ts.isTemplateExpression(node)) {
      const text =
        node.head.text + node.templateSpans.map((span) => `*${span.literal.text}`).join('')
      out.push({
        where: where(node),
        text,
        position: inKeyCall(node) ? 'call' : 'other',
        dynamic: true,
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
}

type TemplateNode = {
  type: number
  loc: { start: { line: number } }
  props?: TemplateProp[]
  children?: TemplateNode[]
  content?: TemplateNode | string
  branches?: TemplateNode[]
}
type TemplateProp = {
  type: number
  name: string
  loc: { start: { line: number } }
  value?: { content: string }
  exp?: { content: string; loc: { start: { line: number } } }
}

// @vue/compiler-core's NodeTypes, the few this walk needs.
const ELEMENT = 1
const INTERPOLATION = 5
const ATTRIBUTE = 6
const DIRECTIVE = 7

function scanTemplate(
  file: string,
  functions: ReadonlySet<string>,
  root: string,
  node: TemplateNode,
  out: Reference[],
): void {
  const expression = (content: string, line: number, name = '') => {
    let text = content
    if (name === 'for') text = content.replace(/^[\s\S]*?\s(?:in|of)\s/, '')
    else if (name === 'slot') text = `(${content}) => 0`
    scanTs({ file, text, firstLine: line, functions }, root, out)
  }
  if (node.type === ELEMENT) {
    for (const prop of node.props ?? []) {
      if (prop.type === ATTRIBUTE && prop.value) {
        out.push({
          where: `${relative(root, file)}:${prop.loc.start.line}`,
          text: prop.value.content,
          position: 'attr',
          dynamic: false,
        })
      } else if (prop.type === DIRECTIVE && prop.exp) {
        expression(prop.exp.content, prop.exp.loc.start.line, prop.name)
      }
    }
  }
  if (node.type === INTERPOLATION && typeof node.content === 'object') {
    const content = node.content as unknown as { content: string; loc: { start: { line: number } } }
    expression(content.content, content.loc.start.line)
  }
  for (const child of node.children ?? []) scanTemplate(file, functions, root, child, out)
}

/** Every string literal, template literal and static template attribute under `dir`. */
export function findReferences(dir: string, root: string): Reference[] {
  const out: Reference[] = []
  for (const file of walkFiles(dir)) {
    const text = readFileSync(file, 'utf8')
    const functions = new Set([
      ...keyFunctions,
      ...[...text.matchAll(wrapperPattern)].map((m) => m[1] ?? ''),
    ])
    if (file.endsWith('.ts')) {
      scanTs({ file, text, firstLine: 1, functions }, root, out)
      continue
    }
    const { descriptor, errors } = parseSfc(text, { filename: file })
    if (errors.length > 0) throw new Error(`${relative(root, file)}: ${String(errors[0])}`)
    for (const block of [descriptor.script, descriptor.scriptSetup]) {
      if (block) {
        scanTs({ file, text: block.content, firstLine: block.loc.start.line, functions }, root, out)
      }
    }
    if (descriptor.template?.ast) {
      const ast = descriptor.template.ast as unknown as TemplateNode
      scanTemplate(file, functions, root, ast, out)
    }
  }
  return out
}
