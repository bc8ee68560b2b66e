/**
 * Liberty variable substitution with provenance. Precedence, highest first (liberty.md §2):
 * `<variable value>` in the configuration (last in processing order wins) > bootstrap.properties >
 * environment (server.env, then values given in vipa-check.json) > `<variable defaultValue>` >
 * built-ins. The real process environment of the machine running the checker is never read: the
 * result must be the same on a laptop and in CI, and that machine is not the z/OS system anyway.
 */
import type { Location } from '../base/range.js';
import type { ResolvedValue, ResolutionStep, VariableDefinition } from './liberty-model.js';

/** Guards against definitions that expand exponentially or forever. */
const MAX_STEPS = 200;
const MAX_LENGTH = 8_192;

const TEMPLATE_PLACEHOLDER = /\{\{[^{}]*\}\}/g;
const HAS_TEMPLATE_PLACEHOLDER = /\{\{[^{}]*\}\}/;

export interface VariableTiers {
  builtIns: VariableDefinition[];
  defaultValues: VariableDefinition[];
  environment: VariableDefinition[];
  bootstrap: VariableDefinition[];
  /** `<variable value>` in processing order. */
  configValues: VariableDefinition[];
}

export class VariableScope {
  /** The winning definition of every name. */
  readonly effective = new Map<string, VariableDefinition>();
  private readonly environment = new Map<string, VariableDefinition>();

  constructor(tiers: VariableTiers) {
    for (const tier of [tiers.builtIns, tiers.defaultValues, tiers.environment, tiers.bootstrap, tiers.configValues]) {
      for (const definition of tier) this.effective.set(definition.name, definition);
    }
    for (const definition of tiers.environment) this.environment.set(definition.name, definition);
  }

  /** `${NAME}`, then env NAME with non-alphanumerics as `_`, then upper-cased; `${env.NAME}`. */
  lookup(name: string): VariableDefinition | undefined {
    const direct = this.effective.get(name);
    if (direct) return direct;
    if (name.startsWith('env.')) return this.environment.get(name.slice(4));
    const underscored = name.replace(/[^A-Za-z0-9]/g, '_');
    return this.environment.get(underscored) ?? this.environment.get(underscored.toUpperCase());
  }

  resolve(raw: string, location: Location, defaulted = false): ResolvedValue {
    const chain: ResolutionStep[] = [];
    const unresolved: string[] = [];
    const state = { steps: 0 };
    const value = this.substitute(raw, [], chain, unresolved, state);
    for (const placeholder of raw.match(TEMPLATE_PLACEHOLDER) ?? []) if (!unresolved.includes(placeholder)) unresolved.push(placeholder);
    const complete = unresolved.length === 0 && value !== undefined && !HAS_TEMPLATE_PLACEHOLDER.test(value);
    if (value !== undefined && !complete) {
      for (const placeholder of value.match(TEMPLATE_PLACEHOLDER) ?? []) if (!unresolved.includes(placeholder)) unresolved.push(placeholder);
    }
    return { raw, value: complete ? value : undefined, location, chain, unresolved, defaulted };
  }

  private substitute(text: string, active: string[], chain: ResolutionStep[], unresolved: string[], state: { steps: number }): string | undefined {
    let failed = false;
    const result = text.replace(/\$\{([^${}]*)\}/g, (whole, name: string) => {
      if (failed) return whole;
      if (++state.steps > MAX_STEPS) {
        failed = true;
        if (!unresolved.includes(name)) unresolved.push(name);
        return whole;
      }
      const definition = this.lookup(name);
      if (definition && !active.includes(name)) {
        chain.push({ name, definition });
        const inner = this.substitute(definition.value, [...active, name], chain, unresolved, state);
        if (inner !== undefined) return inner;
        return whole;
      }
      const computed = definition ? undefined : this.evaluateFunction(name, active, chain, unresolved, state);
      if (computed !== undefined) return computed;
      // A cycle (a=${b}, b=${a}) or an unknown name: report the name, keep the text.
      chain.push({ name });
      if (!unresolved.includes(name)) unresolved.push(name);
      return whole;
    });
    if (failed || result.length > MAX_LENGTH) return undefined;
    return result;
  }

  /** `${list(name)}` and integer arithmetic such as `${one+1}` ([RHVAR]). */
  private evaluateFunction(expression: string, active: string[], chain: ResolutionStep[], unresolved: string[], state: { steps: number }): string | undefined {
    const list = /^list\(([^()]+)\)$/.exec(expression);
    if (list) {
      const definition = this.lookup(list[1].trim());
      if (!definition) return undefined;
      chain.push({ name: list[1].trim(), definition });
      return this.substitute(definition.value, active, chain, unresolved, state);
    }
    const arithmetic = /^\s*([\w.]+)\s*([-+*/])\s*([\w.]+)\s*$/.exec(expression);
    if (!arithmetic) return undefined;
    const operand = (token: string): number | undefined => {
      if (/^-?\d+$/.test(token)) return Number(token);
      const definition = this.lookup(token);
      if (!definition) return undefined;
      const probe: ResolutionStep[] = [];
      const text = this.substitute(definition.value, active, probe, [], state);
      if (text === undefined || !/^\s*-?\d+\s*$/.test(text)) return undefined;
      chain.push({ name: token, definition }, ...probe);
      return Number(text);
    };
    const left = operand(arithmetic[1]);
    const right = operand(arithmetic[3]);
    if (left === undefined || right === undefined) return undefined;
    switch (arithmetic[2]) {
      case '+':
        return String(left + right);
      case '-':
        return String(left - right);
      case '*':
        return String(left * right);
      default:
        return right === 0 ? undefined : String(Math.trunc(left / right));
    }
  }
}
