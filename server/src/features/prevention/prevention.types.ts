import type { FormOfExploitation as FormKey, PreventionVisibility as VisibilityKey, TargetGroup as TargetGroupKey } from '@strom/shared';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Municipality } from '../municipality/municipality.entity.js';
import type { MunicipalityView } from '../scope/place.view.js';
import { ResourceType } from '../resource/resource.types.js';
import { Scope } from '../scope/scope.type.js';
import { FormOfExploitation, TargetGroup } from '../vocabulary/vocabulary.enums.js';
import { PreventionVisibility } from './prevention.enums.js';

@ObjectType({ description: 'A partner organisation of an activity, from the directory', simpleResolvers: true })
export class PreventionPartner {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: 'A material used in an activity: a library resource or a link', simpleResolvers: true })
export class PreventionMaterial {
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'The link, or the resource’s page in the library (/library/<id>)' }) url!: string;
  @Field(() => ResourceType, { nullable: true, description: 'The library resource, when the material is one' })
  resource!: ResourceType | null;
}

@ObjectType('PreventionPermissions', { simpleResolvers: true })
export class PreventionPermissions {
  @Field(() => Boolean) edit!: boolean;
  @Field(() => Boolean) delete!: boolean;
}

@ObjectType({ description: 'What was done to prevent trafficking among groups at risk, where, when, with whom, and what it taught' })
export class PreventionActivity {
  @Field(() => ID) id!: string;
  @Field(() => PreventionVisibility) visibility!: VisibilityKey;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'What was done' }) description!: string;
  @Field(() => [TargetGroup]) targetGroups!: TargetGroupKey[];
  @Field(() => [FormOfExploitation]) formsOfExploitation!: FormKey[];
  @Field(() => Scope, { description: 'Where it took place' }) scope!: Scope;
  @Field(() => LocalDateResolver) startsOn!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Null while it goes on' }) endsOn!: string | null;
  @Field(() => Int, { nullable: true }) peopleReached!: number | null;
  @Field(() => String, { nullable: true }) reachNote!: string | null;
  @Field(() => String, { nullable: true }) results!: string | null;
  @Field(() => String, { nullable: true }) lessons!: string | null;
  @Field(() => [PreventionPartner]) partners!: PreventionPartner[];
  @Field(() => [PreventionMaterial]) materials!: PreventionMaterial[];
  @Field(() => String, { nullable: true, description: 'The member who added it, as their profile names them; members only' })
  authorName!: string | null;
  @Field(() => Int, { description: 'Send it back as expectedVersion when saving a change' }) version!: number;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => PreventionPermissions) viewerCan!: PreventionPermissions;
}

export const PreventionActivityConnection = ConnectionType('PreventionActivity', PreventionActivity);

@ObjectType({ description: 'A municipality with the activities of the catalogue that took place there', simpleResolvers: true })
export class PreventionPlace {
  @Field(() => Municipality) municipality!: MunicipalityView;
  @Field(() => Int) activityCount!: number;
}
