import { closestName } from '../../../errors/index.ts';
import type { CallNode } from '../ast/call-node.ts';
import type { FunctionSpec } from '../catalogue/rule-functions.ts';
import { issueAt } from '../issues/issue-at.ts';
import type { CheckContext } from './check-context.ts';
import { checkValue } from './check-value.ts';

type Argument = CallNode['args'][number];

function listNames(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Checks one argument of a call to `spec`: a known name (or an allowed position), given once,
 * with a value of the parameter's type. `seen` collects the parameters given so far.
 *
 * @example
 * checkArgument(arg, 0, productsPurchasedSpec, new Set(), context) // => the argument with its canonical name
 */
export function checkArgument(
  arg: Argument,
  index: number,
  spec: FunctionSpec,
  seen: Set<string>,
  context: CheckContext,
): Argument {
  const { issues } = context;
  const names = spec.parameters.map((p) => p.name);
  const name = arg.name?.toLowerCase() ?? null;
  const parameter = name === null ? spec.parameters[index] : spec.parameters.find((p) => p.name === name);
  if (name === null && (!spec.positional || parameter === undefined)) {
    const problem = spec.positional
      ? `${spec.name} takes one argument`
      : `${spec.name} takes named arguments`;
    const hint = spec.positional
      ? `for example ${spec.example}`
      : `name each one: ${listNames(names.map((n) => `${n}:`))}`;
    issues.push(issueAt('bad_argument', { problem, span: arg.span, hint }));
    return arg;
  }
  if (parameter === undefined) {
    const suggestion = closestName(arg.name ?? '', names);
    const hint = suggestion ? `did you mean '${suggestion}'?` : `its arguments are ${listNames(names)}`;
    issues.push(
      issueAt('bad_argument', {
        problem: `unknown argument '${arg.name}' for ${spec.name}`,
        span: arg.span,
        hint,
        suggestion,
      }),
    );
    return arg;
  }
  if (seen.has(parameter.name)) {
    issues.push(
      issueAt('bad_argument', { problem: `argument '${parameter.name}' is given twice`, span: arg.span }),
    );
  }
  seen.add(parameter.name);
  const target = {
    type: parameter.type,
    label: `argument '${parameter.name}' of ${spec.name}`,
    mismatchCode: 'bad_argument',
  } as const;
  return {
    ...arg,
    name: name === null ? null : parameter.name,
    value: checkValue(arg.value, target, issues),
  };
}
