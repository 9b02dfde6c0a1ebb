import { getMetadataStorage, validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** type-graphql's own defaults for arguments, and ours: input classes are plain, their shapes GraphQL-typed. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false, stopAtFirstError: true };

/**
 * Every argument's check, as type-graphql runs it with class-validator, less two costs it paid on every
 * request (3.7% of a directory page's server CPU, bench S2): a dynamic `import('class-validator')` per
 * argument, and class-validator collecting a class's constraints again for each object, by scanning every
 * class with constraints for its ancestors. Constraints are decorators: they are all known once a class is
 * defined, and never change after, so each class's list is collected once (`rememberConstraints`).
 */
export async function validateArguments(value: unknown): Promise<void> {
  const objects = (Array.isArray(value) ? value : [value]).filter((item): item is object => item !== null && typeof item === 'object');
  try {
    await Promise.all(objects.map((item) => validateOrReject(item, OPTIONS)));
  } catch (error) {
    // validateOrReject rejects with the list of what failed; anything else is not a validation error.
    if (!Array.isArray(error)) throw error;
    throw new ArgumentValidationError(error);
  }
}

type Lookup = ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas'];

/** The storages already remembering (class-validator keeps one per process, on `global`). */
const remembering = new WeakSet<object>();

/** Memoises class-validator's constraint lookup per class and options (see validateArguments); once per process. */
export function rememberConstraints(): void {
  const storage = getMetadataStorage();
  if (remembering.has(storage)) return;
  remembering.add(storage);
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const known = new Map<unknown, Map<string, ReturnType<Lookup>>>();
  const remembered: Lookup = (target, schema, always, strictGroups, groups) => {
    const options = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    const byOptions = known.get(target) ?? known.set(target, new Map()).get(target)!;
    let constraints = byOptions.get(options);
    if (!constraints) byOptions.set(options, (constraints = lookup(target, schema, always, strictGroups, groups)));
    return constraints;
  };
  storage.getTargetValidationMetadatas = remembered;
}
