import type { ConditionNode, LiteralValue, Operand, TargetCondition } from './target-condition.js';

/**
 * Canonical text of a parsed condition: upper-case keywords, single-quoted strings (`'` doubled, `\`
 * and control characters escaped), decimal numbers, single spaces, and parentheses only where the
 * precedence NOT > AND > OR needs them. `parseTargetCondition(printTargetCondition(c))` deep-equals `c`
 * for every condition the parser can produce.
 */
export function printTargetCondition(condition: TargetCondition): string {
  if (condition.kind === 'all') return '*';
  if (condition.kind === 'none') return '';
  return _printNode(condition);
}

function _printNode(node: ConditionNode): string {
  switch (node.kind) {
    case 'or':
      // An OR inside an OR only exists when it was parenthesised; AND binds tighter and needs none.
      return node.operands.map((o) => (o.kind === 'or' ? `(${_printNode(o)})` : _printNode(o))).join(' OR ');
    case 'and':
      return node.operands
        .map((o) => (o.kind === 'or' || o.kind === 'and' ? `(${_printNode(o)})` : _printNode(o)))
        .join(' AND ');
    case 'not': {
      const inner = node.operand;
      return inner.kind === 'or' || inner.kind === 'and' ? `NOT (${_printNode(inner)})` : `NOT ${_printNode(inner)}`;
    }
    case 'is-defined':
      return `IS_DEFINED(${_printOperand(node.path)})`;
    case 'compare':
      return `${_printOperand(node.left)} ${node.operator} ${_printOperand(node.right)}`;
    case 'in':
      return `${_printOperand(node.operand)} ${node.negated ? 'NIN' : 'IN'} [${node.values.map(_printLiteral).join(', ')}]`;
  }
}

function _printOperand(operand: Operand): string {
  return operand.kind === 'path' ? operand.segments.join('.') : _printLiteral(operand.value);
}

function _printLiteral(value: LiteralValue): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  let text = "'";
  for (const c of value) {
    const code = c.charCodeAt(0);
    if (c === "'") text += "''";
    else if (c === '\\') text += '\\\\';
    else if (code < 0x20 || code === 0x7f) text += `\\u${code.toString(16).padStart(4, '0')}`;
    else text += c;
  }
  return text + "'";
}
