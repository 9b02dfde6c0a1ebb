import {
  CHAIN_ROLES,
  COST_CATEGORIES,
  FORMS_OF_EXPLOITATION,
  NETWORK_ROLES,
  NRM_STAGES,
  ORGANISATION_TYPES,
  SERVICES,
  TARGET_GROUPS,
} from '@strom/shared';

// English vocabulary labels come from @strom/shared, the single source of truth; other languages
// translate the same keys (`vocab.<list>.<KEY>`). Lists are named after the GraphQL enum they label.
// `roles` joins the chain-of-assistance and network roles because the API exposes them as one `Role` enum.
export const vocabEn = {
  formsOfExploitation: { ...FORMS_OF_EXPLOITATION },
  targetGroups: { ...TARGET_GROUPS },
  services: { ...SERVICES },
  organisationTypes: { ...ORGANISATION_TYPES },
  roles: { ...CHAIN_ROLES, ...NETWORK_ROLES },
  nrmStages: { ...NRM_STAGES },
  costCategories: { ...COST_CATEGORIES },
};

export type VocabList = keyof typeof vocabEn;

type KeyOf<L extends VocabList> = Extract<keyof (typeof vocabEn)[L], string>;

/** A translation key of one vocabulary entry, e.g. `vocab.services.HOTLINE`. */
export type VocabLabelKey = { [L in VocabList]: `vocab.${L}.${KeyOf<L>}` }[VocabList];

// Object.keys and template literals lose the key types that the const objects above guarantee.
export function vocabKeys<L extends VocabList>(list: L): KeyOf<L>[] {
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- exactly the keys of a const object
  return Object.keys(vocabEn[list]) as KeyOf<L>[];
}

export function vocabLabelKey<L extends VocabList>(list: L, key: KeyOf<L>): VocabLabelKey {
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- `list` and `key` come from vocabEn
  return `vocab.${list}.${key}` as VocabLabelKey;
}
