import { Reference, type Ref } from '@mikro-orm/core';

/**
 * A to-one relation as a GraphQL type's field resolver meets it: an entity's `Ref` (loaded on demand, batched
 * by the ORM's dataloader) when a command or another feature returned entities, or the plain object (`V`) a
 * read model already joined into its statement.
 */
export function related<E extends object, V extends object>(value: Ref<E> | V): Promise<E> | V {
  return Reference.isReference<E>(value) ? (value.loadOrFail() as Promise<E>) : (value as V);
}
