import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

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
