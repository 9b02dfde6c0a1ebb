import type { GuidelineStatusKey, ImplementationLevel } from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Municipality } from '../municipality/municipality.entity.js';
import type { MunicipalityView } from '../scope/place.view.js';
import { GuidelineStatusEnum, ImplementationLevelEnum } from './guideline.enums.js';

@ObjectType('GuidelineLabelTranslation', { simpleResolvers: true })
export class LabelTranslationType {
  @Field(() => String) language!: string;
  @Field(() => String) label!: string;
}

@ObjectType('GuidelineActionPoint', { description: 'An action point of the CBSS guidelines for municipalities', simpleResolvers: true })
export class ActionPointType {
  @Field(() => ID) key!: string;
  @Field(() => String, { description: 'The guidelines’ chapter (CH3)' }) chapter!: string;
  @Field(() => String) theme!: string;
  @Field(() => Int) position!: number;
  @Field(() => String, { description: 'In English' }) label!: string;
  @Field(() => [LabelTranslationType]) translations!: LabelTranslationType[];
  @Field(() => Boolean, { description: 'False for the few drawn from other municipal guidance' }) confirmedInCbssMaterial!: boolean;
  @Field(() => [String], { description: 'Ids of the sources in guidelines.json' }) sources!: string[];
  @Field(() => Int, { description: 'What an admin sends back as expectedVersion' }) version!: number;
  @Field(() => Date, { nullable: true, description: 'When an admin retired it: trackers and dashboards leave it out' })
  retiredAt!: Date | null;
}

@ObjectType('GuidelineCounts', { description: 'Action points by status (those without one count as not started)', simpleResolvers: true })
export class GuidelineCountsType {
  @Field(() => Int) total!: number;
  @Field(() => Int) notStarted!: number;
  @Field(() => Int) planned!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) inPlace!: number;
  @Field(() => Int) notApplicable!: number;
  @Field(() => Int, { nullable: true, description: 'Share of the applicable action points in place, 0–100' }) percent!: number | null;
  @Field(() => ImplementationLevelEnum) level!: ImplementationLevel;
}

@ObjectType('GuidelineOrganisationRef', { simpleResolvers: true })
export class OrganisationRefType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('EvidenceResource', { description: 'A library resource named as evidence', simpleResolvers: true })
export class EvidenceResourceType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
}

@ObjectType('GuidelineItem', { description: 'One action point in one municipality', simpleResolvers: true })
export class GuidelineItemType {
  @Field(() => ID, { description: 'municipality id and action point key' }) id!: string;
  @Field(() => ActionPointType) actionPoint!: ActionPointType;
  @Field(() => GuidelineStatusEnum) status!: GuidelineStatusKey;
  @Field(() => Int, { description: 'The optimistic lock: 0 before the first review' }) version!: number;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) evidenceText!: string | null;
  @Field(() => String, { nullable: true }) evidenceLink!: string | null;
  @Field(() => ID, { nullable: true }) evidenceStepId!: string | null;
  @Field(() => EvidenceResourceType, { nullable: true, description: 'A library resource that shows it, when you may read it' })
  evidenceResource!: EvidenceResourceType | null;
  @Field(() => OrganisationRefType, { nullable: true }) responsibleOrganisation!: OrganisationRefType | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => Boolean, { description: 'Never reviewed, or not for 12 months' }) dueForReview!: boolean;
}

@ObjectType('GuidelineChange', { description: 'One saved change of a status, as it was saved', simpleResolvers: true })
export class GuidelineChangeType {
  @Field(() => ID) id!: string;
  @Field(() => String) actionPointKey!: string;
  @Field(() => Int) version!: number;
  @Field(() => GuidelineStatusEnum, { nullable: true }) previousStatus!: GuidelineStatusKey | null;
  @Field(() => GuidelineStatusEnum) status!: GuidelineStatusKey;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) evidenceText!: string | null;
  @Field(() => String, { nullable: true }) evidenceLink!: string | null;
  @Field(() => String, { nullable: true }) responsibleOrganisationName!: string | null;
  @Field(() => String, { nullable: true, description: 'Null once the account is gone' }) authorName!: string | null;
  @Field(() => Date) changedAt!: Date;
}

@ObjectType('GuidelineTrackerPermissions', { simpleResolvers: true })
export class TrackerPermissionsType {
  @Field(() => Boolean) edit!: boolean;
}

@ObjectType('GuidelineProgress', { description: 'A municipality’s tracker: every action point with its status' })
export class GuidelineProgressType {
  @Field(() => ID) id!: string;
  @Field(() => Municipality) municipality!: MunicipalityView;
  @Field(() => GuidelineCountsType) counts!: GuidelineCountsType;
  @Field(() => Date, { nullable: true, description: 'The latest review of any action point' }) lastReviewedAt!: Date | null;
  @Field(() => [GuidelineItemType], { description: 'In the guidelines’ order' }) items!: GuidelineItemType[];
  @Field(() => TrackerPermissionsType) viewerCan!: TrackerPermissionsType;
}

@ObjectType('GuidelineHeatRow', { description: 'One municipality’s row of a country’s heat map', simpleResolvers: true })
export class GuidelineHeatRowType {
  @Field(() => Municipality) municipality!: MunicipalityView;
  @Field(() => [GuidelineStatusEnum], { description: 'In the order of the heat map’s action points' }) statuses!: GuidelineStatusKey[];
  @Field(() => GuidelineCountsType) counts!: GuidelineCountsType;
  @Field(() => Date, { nullable: true }) lastReviewedAt!: Date | null;
}

@ObjectType('GuidelineCountryProgress', { description: 'A country’s municipalities × action points', simpleResolvers: true })
export class GuidelineCountryProgressType {
  @Field(() => ID) countryCode!: string;
  @Field(() => [ActionPointType]) actionPoints!: ActionPointType[];
  @Field(() => [GuidelineHeatRowType], { description: 'Municipalities with a tracker, by name' }) rows!: GuidelineHeatRowType[];
}

@ObjectType('GuidelineCountrySummary', { description: 'One country’s municipalities taken together', simpleResolvers: true })
export class GuidelineCountrySummaryType {
  @Field(() => ID) countryCode!: string;
  @Field(() => String) countryName!: string;
  @Field(() => Int, { description: 'Municipalities with a tracker' }) municipalities!: number;
  @Field(() => GuidelineCountsType, { description: 'Over all their action points' }) counts!: GuidelineCountsType;
}

@ObjectType('GuidelineMunicipalityLevel', { description: 'A municipality on the map, coloured by implementation', simpleResolvers: true })
export class GuidelineMunicipalityLevelType {
  @Field(() => Municipality) municipality!: MunicipalityView;
  @Field(() => GuidelineCountsType) counts!: GuidelineCountsType;
}

@ObjectType('GuidelineReminder', {
  description: 'An action point due for review in a municipality whose contact point you are',
  simpleResolvers: true,
})
export class GuidelineReminderType {
  @Field(() => ID) id!: string;
  @Field(() => Municipality) municipality!: MunicipalityView;
  @Field(() => ActionPointType) actionPoint!: ActionPointType;
  @Field(() => Date, { nullable: true, description: 'Null when never reviewed' }) reviewedAt!: Date | null;
}
