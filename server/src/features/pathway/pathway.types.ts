import type {
  ChainRole as ChainRoleKey,
  FormOfExploitation as FormKey,
  NrmStage as StageKey,
  TargetGroup as GroupKey,
} from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Municipality } from '../municipality/municipality.entity.js';
import type { MunicipalityView } from '../scope/place.view.js';
import { FormOfExploitation, Level, OrganisationType, TargetGroup } from '../vocabulary/vocabulary.enums.js';
import { OrganisationStatus } from '../organisation/organisation-status.js';
import { ChainRole, NrmStage, PathwayGapKind, StepChangeKind } from './pathway.enums.js';

@ObjectType('PathwayOrganisation', {
  description: "A step's organisation with its public contact, as the reader may see it",
  simpleResolvers: true,
})
export class PathwayOrganisationType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => OrganisationType) type!: string;
  @Field(() => OrganisationStatus) status!: string;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
}

@ObjectType('PathwayContact', {
  description: "A member to call at a step; each detail under the member's own visibility",
  simpleResolvers: true,
})
export class PathwayContactType {
  @Field(() => ID) expertId!: string;
  @Field(() => String) fullName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
}

@ObjectType('PathwayEditor', { description: 'A member a coordinator named as an editor of a pathway', simpleResolvers: true })
export class PathwayEditorType {
  @Field(() => ID) expertId!: string;
  @Field(() => String) fullName!: string;
}

@ObjectType('PathwayStepResource', { description: 'A library resource a pathway step links', simpleResolvers: true })
export class PathwayStepResourceType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
}

@ObjectType('PathwayStep', { simpleResolvers: true })
export class PathwayStepType {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => NrmStage) stage!: StageKey;
  @Field(() => PathwayOrganisationType, { nullable: true, description: 'Null when none is named or the reader may not see it' })
  organisation!: PathwayOrganisationType | null;
  @Field(() => ChainRole, { nullable: true }) chainRole!: ChainRoleKey | null;
  @Field(() => String) action!: string;
  @Field(() => String, { nullable: true }) handOver!: string | null;
  @Field(() => PathwayContactType, { nullable: true, description: 'Members only' }) contact!: PathwayContactType | null;
  @Field(() => [FormOfExploitation]) formsOfExploitation!: FormKey[];
  @Field(() => [TargetGroup]) targetGroups!: GroupKey[];
  @Field(() => Boolean) refersToNational!: boolean;
  @Field(() => Boolean, { description: 'The organisation is in another country (a cross-border return step)' })
  crossBorder!: boolean;
  @Field(() => [PathwayStepResourceType], { description: 'Library resources for this step that you may read' })
  resources!: PathwayStepResourceType[];
}

@ObjectType('PathwayGap', { simpleResolvers: true })
export class PathwayGapType {
  @Field(() => PathwayGapKind) kind!: PathwayGapKind;
  @Field(() => NrmStage, { nullable: true }) stage!: StageKey | null;
  @Field(() => TargetGroup, { nullable: true }) targetGroup!: GroupKey | null;
  @Field(() => ID, { nullable: true }) stepId!: string | null;
  @Field(() => String, { nullable: true }) organisationName!: string | null;
}

@ObjectType('PathwayVersion', { description: 'One saved state of a pathway', simpleResolvers: true })
export class PathwayVersionType {
  @Field(() => ID, { description: 'The pathway and the number: the same version is the same object in a client cache' })
  id!: string;
  @Field(() => Int) number!: number;
  @Field(() => String) reason!: string;
  @Field(() => String, { nullable: true, description: 'Who saved it (null once their account is gone)' }) authorName!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => [PathwayStepType]) steps!: PathwayStepType[];
  @Field(() => [PathwayGapType], { description: 'Computed from the steps and the directory as it is now' })
  gaps!: PathwayGapType[];
}

@ObjectType('PathwayVersionSummary', { simpleResolvers: true })
export class PathwayVersionSummaryType {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => String) reason!: string;
  @Field(() => String, { nullable: true }) authorName!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
}

@ObjectType('PathwayFieldChange', { simpleResolvers: true })
export class PathwayFieldChangeType {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType('PathwayStepChange', { simpleResolvers: true })
export class PathwayStepChangeType {
  @Field(() => ID) stepId!: string;
  @Field(() => StepChangeKind) change!: StepChangeKind;
  @Field(() => Int) position!: number;
  @Field(() => NrmStage) stage!: StageKey;
  @Field(() => [PathwayFieldChangeType]) fields!: PathwayFieldChangeType[];
}

@ObjectType('PathwayPermissions', { simpleResolvers: true })
export class PathwayPermissionsType {
  @Field(() => Boolean) readDraft!: boolean;
  @Field(() => Boolean) edit!: boolean;
  @Field(() => Boolean) publish!: boolean;
  @Field(() => Boolean) setPublic!: boolean;
  @Field(() => Boolean) nameEditors!: boolean;
}

@ObjectType('ReferralPathway', { description: "A municipality's local referral mechanism, or a country's national one" })
export class ReferralPathwayType {
  @Field(() => ID) id!: string;
  @Field(() => Level) level!: 'LOCAL' | 'NATIONAL';
  @Field(() => String) countryCode!: string;
  @Field(() => Municipality, { nullable: true }) municipality!: MunicipalityView | null;
  @Field(() => Boolean, { description: 'Anyone may read the published version, without personal contacts' }) isPublic!: boolean;
  @Field(() => Int, { description: 'The latest version (the draft): send it back as expectedVersion' }) latestVersion!: number;
  @Field(() => PathwayVersionType, { nullable: true }) published!: PathwayVersionType | null;
  @Field(() => PathwayVersionType, { nullable: true, description: 'The latest version, for those who read drafts' })
  draft!: PathwayVersionType | null;
  @Field(() => [ID], { nullable: true, description: 'Members named as editors; for those who name them' })
  editorExpertIds!: string[] | null;
  @Field(() => [PathwayEditorType], { nullable: true, description: 'The same members by name, for those who name them' })
  editors!: PathwayEditorType[] | null;
  @Field(() => PathwayPermissionsType) viewerCan!: PathwayPermissionsType;
}

@ObjectType('PathwaySummary', { description: 'A published pathway in a list', simpleResolvers: true })
export class PathwaySummaryType {
  @Field(() => ID) id!: string;
  @Field(() => Level) level!: 'LOCAL' | 'NATIONAL';
  @Field(() => String) countryCode!: string;
  @Field(() => Municipality, { nullable: true }) municipality!: MunicipalityView | null;
  @Field(() => Boolean) isPublic!: boolean;
  @Field(() => Int) publishedVersion!: number;
  @Field(() => Date) publishedAt!: Date;
  @Field(() => Int) stepCount!: number;
}
