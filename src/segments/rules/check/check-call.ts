import { closestName } from '../../../errors/index.ts';
import type { CallNode } from '../ast/call-node.ts';
import type { FunctionSpec } from '../catalogue/rule-functions.ts';
import { RULE_FUNCTIONS } from '../catalogue/rule-functions.ts';
import { issueAt } from '../issues/issue-at.ts';
import { checkArgument } from './check-argument.ts';
import type { CheckContext } from './check-context.ts';

/**
 * Checks a call's function name and its arguments (names, types, repeats, required ones), and
 * returns it with canonical names, plus the function's spec when the name is known.
 *
 * @example
 * checkCall(parsedCall, context) // => { node: { kind: 'call', name: 'in_segment', … }, spec: { returns: 'boolean', … } }
 */
export function checkCall(call: CallNode, context: CheckContext): { node: CallNode; spec?: FunctionSpec } {
  const spec = RULE_FUNCTIONS.find((f) => f.name === call.name.toLowerCase());
  if (!spec) {
    const isField = context.catalogue.some(
      (f) => f.userFacing !== false && f.name === call.name.toLowerCase(),
    );
    const suggestion = isField
      ? undefined
      : closestName(
          call.name,
          RULE_FUNCTIONS.map((f) => f.name),
        );
    const hint = isField
      ? `'${call.name}' is a field, not a function`
      : suggestion && `did you mean '${suggestion}'?`;
    // Point at the name only: the call's text starts with it.
    const span = call.span && { ...call.span, end: call.span.start + call.name.length };
    context.issues.push(
      issueAt('unknown_function', { problem: `unknown function '${call.name}'`, span, hint, suggestion }),
    );
    return { node: call };
  }
  const seen = new Set<string>();
  const args = call.args.map((arg, index) => checkArgument(arg, index, spec, seen, context));
  for (const parameter of spec.parameters.filter((p) => p.required && !seen.has(p.name))) {
    const problem = `${spec.name} needs a ${parameter.name}`;
    context.issues.push(
      issueAt('bad_argument', { problem, span: call.span, hint: `for example ${spec.example}` }),
    );
  }
  return { node: { ...call, name: spec.name, args }, spec };
}
