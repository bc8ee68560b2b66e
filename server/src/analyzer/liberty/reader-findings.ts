/** Findings the reader itself produces about values it had to resolve. */
import type { Finding, RelatedInformation } from '../diagnostics/finding.js';
import type { ResolvedValue } from './liberty-model.js';

const TEMPLATE = /^\{\{.*\}\}$/s;

/**
 * variable-unresolved on the attribute value, naming each variable; related information leads to
 * the definitions that were followed before the chain broke (e.g. bootstrap.properties).
 */
export function unresolvedFinding(resolved: ResolvedValue, purpose: string): Finding {
  const templates = resolved.unresolved.filter((name) => TEMPLATE.test(name));
  const variables = resolved.unresolved.filter((name) => !TEMPLATE.test(name));
  const parts: string[] = [];
  if (variables.length > 0) {
    parts.push(`${variables.map((name) => `\${${name}}`).join(', ')} ${variables.length === 1 ? 'has' : 'have'} no value in the configuration, bootstrap.properties or server.env`);
  }
  if (templates.length > 0) parts.push(`${templates.join(', ')} ${templates.length === 1 ? 'is a template placeholder' : 'are template placeholders'} filled in outside Liberty`);
  const related: RelatedInformation[] = [];
  for (const step of resolved.chain) {
    if (step.definition?.location) related.push({ location: step.definition.location, message: `\${${step.name}} is defined here as "${step.definition.value}"` });
  }
  return {
    uri: resolved.location.uri,
    range: resolved.location.range,
    severity: 'information',
    code: 'variable-unresolved',
    message: `${parts.join('; ')}: ${purpose} cannot be checked. Define it (e.g. in bootstrap.properties) or give it in vipa-check.json under servers.<name>.variables.`,
    related: related.length > 0 ? related : undefined,
    data: { variables: resolved.unresolved },
  };
}
