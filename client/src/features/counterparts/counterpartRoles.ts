import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { vocabKeys, vocabLabelKey } from '../../app/vocab';
import type { Role } from '../../gql/graphql';

// Roles in the chain of assistance and the contact points: the ones a counterpart can hold.
// Moderators and TF-THB members are roles in the network itself, not in a place.
const NOT_PLACE_ROLES: readonly string[] = ['MODERATOR', 'TF_THB_MEMBER'];

export const COUNTERPART_ROLES: readonly Role[] = vocabKeys('roles').filter((role) => !NOT_PLACE_ROLES.includes(role));

export function isCounterpartRole(value: string | undefined): value is Role {
  return COUNTERPART_ROLES.some((role) => role === value);
}

export function useCounterpartRoleOptions() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const collator = new Intl.Collator(i18n.resolvedLanguage);
    return COUNTERPART_ROLES.map((role) => ({ value: role, label: t(vocabLabelKey('roles', role)) })).toSorted((a, b) =>
      collator.compare(a.label, b.label),
    );
  }, [t, i18n.resolvedLanguage]);
}
