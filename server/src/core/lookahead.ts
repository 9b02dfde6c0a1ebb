import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * The arguments of a child field that the query selects directly under the field being resolved, exactly once
 * and unconditionally (no alias twice, no @skip/@include, not only inside fragments); null otherwise. A read model
 * uses it to fetch a nested list in the parent's statement, with the child's own resolver as the fallback.
 * Arguments come with their defaults applied, not yet validated: the caller bounds them before they reach SQL.
 */
export function selectedChildArgs(info: GraphQLResolveInfo, child: string): Record<string, unknown> | null {
  const parentType = getNamedType(info.returnType);
  if (!isObjectType(parentType) || info.fieldNodes.length !== 1) return null;
  const fieldDef = parentType.getFields()[child];
  const selections = info.fieldNodes[0]!.selectionSet?.selections ?? [];
  const found = selections.filter((node): node is FieldNode => node.kind === Kind.FIELD && node.name.value === child);
  if (!fieldDef || found.length !== 1 || (found[0]!.directives?.length ?? 0) > 0) return null;
  try {
    return getArgumentValues(fieldDef, found[0]!, info.variableValues);
  } catch {
    // Invalid arguments: the child's resolver reports them as usual.
    return null;
  }
}

/**
 * Whether the field being resolved selects nothing but `fields` (and `__typename`), each directly, without
 * directives or fragments: then a resolver may answer with just those fields from what it already holds.
 */
export function selectsOnly(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  if (info.fieldNodes.length !== 1) return false;
  const selections = info.fieldNodes[0]!.selectionSet?.selections ?? [];
  return selections.every(
    (node) =>
      node.kind === Kind.FIELD &&
      (node.directives?.length ?? 0) === 0 &&
      (node.name.value === '__typename' || fields.includes(node.name.value)),
  );
}

/**
 * The names of the fields the query may read at `path` below the field being resolved (e.g. `['posts', 'edges',
 * 'node']`), through aliases, fragments and inline fragments, whatever their directives: a read model leaves out
 * the columns of fields no query here can read. When in doubt a field counts as read, never the other way round.
 */
export function selectedFieldNames(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) fields = fields.flatMap((field) => childFields(info, field.selectionSet).filter((f) => f.name.value === name));
  return new Set(fields.flatMap((field) => childFields(info, field.selectionSet).map((f) => f.name.value)));
}

function childFields(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, seen = new Set<string>()): FieldNode[] {
  return (set?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return childFields(info, selection.selectionSet, seen);
    const name = selection.name.value;
    if (seen.has(name)) return [];
    seen.add(name);
    return childFields(info, info.fragments[name]?.selectionSet, seen);
  });
}
