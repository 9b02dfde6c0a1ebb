import { GraphQLError } from 'graphql';

/** Someone saved the status (or the action point) since the editor opened it: CONFLICT, naming the current version. */
export class GuidelineConflict extends GraphQLError {
  constructor(currentVersion: number) {
    super(`Someone saved version ${currentVersion} since you opened it; review theirs and try again`, {
      extensions: { code: 'CONFLICT', currentVersion },
    });
  }
}
