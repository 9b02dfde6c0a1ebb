/** SQL with its bound parameters, in order. */
export interface Sql {
  sql: string;
  params: unknown[];
}

const isSql = (value: unknown): value is Sql =>
  typeof value === 'object' && value !== null && 'sql' in value && 'params' in value && Array.isArray(value.params);

/**
 * Builds SQL from a template: interpolated `Sql` fragments are inlined with their parameters, any other value
 * becomes a `?` parameter. Composing fragments this way keeps each parameter next to the text that binds it.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (isSql(value)) {
      text += value.sql;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return { sql: text, params };
}

/** Trusted SQL text (a column name, a keyword) with no parameters. */
export const sqlText = (text: string): Sql => ({ sql: text, params: [] });
