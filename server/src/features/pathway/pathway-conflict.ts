import { GraphQLError } from 'graphql';

/**
 * Someone saved the pathway since the editor opened it: CONFLICT, with the number of the current draft so the
 * client fetches it and shows both rather than overwriting.
 */
export class PathwayConflict extends GraphQLError {
  constructor(currentVersion: number) {
    super(`Someone saved version ${currentVersion} of this pathway since you opened it; review their draft and try again`, {
      extensions: { code: 'CONFLICT', currentVersion },
    });
  }
}
