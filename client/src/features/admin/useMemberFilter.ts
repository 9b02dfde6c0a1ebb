import { SEARCH_TEXT_MAX } from '@strom/shared';
import { useMemo } from 'react';
import type { AccountStatus, MemberFilter } from '../../gql/graphql';
import { useFilterParams } from '../directory/useFilterParams';
import { pickKey } from '../directory/vocabOptions';

export const ACCOUNT_STATUSES: readonly AccountStatus[] = ['INVITED', 'ACTIVE', 'SUSPENDED'];
export const memberFilterParams = ['q', 'country', 'status'] as const;
export type MemberFilterParam = (typeof memberFilterParams)[number];

// In the URL, like the directories: a filtered list can be bookmarked and walked back.
export function useMemberFilter() {
  const params = useFilterParams(memberFilterParams);
  const { values } = params;
  const filter = useMemo((): MemberFilter => {
    const candidate: MemberFilter = {
      text: values.q?.slice(0, SEARCH_TEXT_MAX),
      countryCode: values.country,
      status: pickKey(values.status, ACCOUNT_STATUSES),
    };
    return Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
  }, [values]);
  return { ...params, filter };
}
