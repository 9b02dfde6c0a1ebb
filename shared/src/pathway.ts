/** Limits of referral pathways, the same in the editor and on the server. */
export const PATHWAY_STEPS_MAX = 40;
export const PATHWAY_STEP_TEXT_MAX = 1000;
/** Library resources one step links (its forms, guidance). */
export const PATHWAY_STEP_RESOURCES_MAX = 10;
/** The short reason every saved version carries ("added the child-protection step"). */
export const PATHWAY_REASON_MAX = 300;
/** Members a coordinator may name as editors of one pathway. */
export const PATHWAY_EDITORS_MAX = 20;
