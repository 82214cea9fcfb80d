import type { JsonObject, JsonValue } from '../model/json.js';
import type { ComparisonOperator } from './target-condition-lexer.js';
import type { ConditionNode, LiteralValue, Operand, TargetCondition } from './target-condition.js';

/** Three-valued result, as in Cosmos DB / IoT Hub queries: `undefined` is "unknown" and never matches. */
type Tri = boolean | undefined;
type Getter = (twin: JsonObject) => JsonValue | undefined;
type Predicate = (twin: JsonObject) => Tri;

/**
 * Turns a parsed condition into one closure per node, so a run evaluates 10,000 twins without re-reading
 * the AST. The closure answers true only when the condition evaluates to boolean `true` [QL "Expressions
 * and conditions"]. Semantics (spec §4, Cosmos-style, no type coercion):
 * - a path that does not exist, or crosses a non-object, is `undefined`; keys are case-sensitive;
 * - `=`, `!=`, `<>` compare two primitives of the same JSON type (string, number, boolean, null); `<`,
 *   `<=`, `>`, `>=` compare two numbers or two strings (ordinal, by UTF-16 code unit); any other pairing
 *   (undefined, different types such as 9 vs '9', objects, arrays) is `undefined`;
 * - `x IN [a, b]` is `x = a OR x = b`, and `NIN` is `NOT IN`, both three-valued;
 * - `IS_DEFINED(p)` is true when `p` exists, with any value including null, and false otherwise;
 * - `NOT undefined` is `undefined`; AND / OR follow SQL three-valued logic.
 */
export function compileTargetCondition(condition: TargetCondition): (twin: JsonObject) => boolean {
  if (condition.kind === 'all') return () => true;
  if (condition.kind === 'none') return () => false;
  const predicate = _compileNode(condition);
  return (twin) => predicate(twin) === true;
}

function _compileNode(node: ConditionNode): Predicate {
  switch (node.kind) {
    case 'and': {
      const operands = node.operands.map(_compileNode);
      return (twin) => {
        let result: Tri = true;
        for (const operand of operands) {
          const value = operand(twin);
          if (value === false) return false;
          if (value === undefined) result = undefined;
        }
        return result;
      };
    }
    case 'or': {
      const operands = node.operands.map(_compileNode);
      return (twin) => {
        let result: Tri = false;
        for (const operand of operands) {
          const value = operand(twin);
          if (value === true) return true;
          if (value === undefined) result = undefined;
        }
        return result;
      };
    }
    case 'not': {
      const operand = _compileNode(node.operand);
      return (twin) => {
        const value = operand(twin);
        return value === undefined ? undefined : !value;
      };
    }
    case 'is-defined': {
      const get = _compileOperand(node.path);
      return (twin) => get(twin) !== undefined;
    }
    case 'compare': {
      const left = _compileOperand(node.left);
      const right = _compileOperand(node.right);
      const compare = _comparator(node.operator);
      return (twin) => compare(left(twin), right(twin));
    }
    case 'in': {
      const get = _compileOperand(node.operand);
      const values = node.values;
      const negated = node.negated;
      return (twin) => {
        const value = get(twin);
        let result: Tri = false;
        for (const candidate of values) {
          const equal = _equals(value, candidate);
          if (equal === true) {
            result = true;
            break;
          }
          if (equal === undefined) result = undefined;
        }
        return result === undefined ? undefined : negated ? !result : result;
      };
    }
  }
}

function _compileOperand(operand: Operand): Getter {
  if (operand.kind === 'literal') {
    const value = operand.value;
    return () => value;
  }
  const segments = operand.segments;
  return (twin) => {
    let current: JsonValue | undefined = twin;
    for (const segment of segments) {
      if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
      // Own keys only: a twin key named like an Object.prototype member must not reach the prototype.
      if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
      current = current[segment];
    }
    return current;
  };
}

function _primitiveType(value: JsonValue | LiteralValue): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return typeof value;
    default:
      return undefined; // undefined, objects and arrays do not compare [QL "Limitations"]
  }
}

function _equals(a: JsonValue | LiteralValue, b: JsonValue | LiteralValue): Tri {
  const type = _primitiveType(a);
  if (type === undefined || type !== _primitiveType(b)) return undefined;
  return a === b;
}

function _order(a: JsonValue | LiteralValue, b: JsonValue | LiteralValue): number | undefined {
  const type = _primitiveType(a);
  if ((type !== 'number' && type !== 'string') || type !== _primitiveType(b)) return undefined;
  const x = a as number | string;
  const y = b as number | string;
  return x < y ? -1 : x > y ? 1 : 0;
}

function _comparator(operator: ComparisonOperator): (a: JsonValue | undefined, b: JsonValue | undefined) => Tri {
  switch (operator) {
    case '=':
      return _equals;
    case '!=':
    case '<>':
      return (a, b) => {
        const equal = _equals(a, b);
        return equal === undefined ? undefined : !equal;
      };
    case '<':
      return (a, b) => _test(_order(a, b), (o) => o < 0);
    case '<=':
      return (a, b) => _test(_order(a, b), (o) => o <= 0);
    case '>':
      return (a, b) => _test(_order(a, b), (o) => o > 0);
    case '>=':
      return (a, b) => _test(_order(a, b), (o) => o >= 0);
  }
}

function _test(order: number | undefined, accept: (order: number) => boolean): Tri {
  return order === undefined ? undefined : accept(order);
}
