import type {
  FormOfExploitation as FormKey,
  Level as LevelKey,
  ResourceKind as KindKey,
  ResourceVisibility as VisibilityKey,
  TargetGroup as GroupKey,
} from '@strom/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Municipality } from '../municipality/municipality.entity.js';
import type { MunicipalityView } from '../scope/place.view.js';
import { FormOfExploitation, Level, TargetGroup } from '../vocabulary/vocabulary.enums.js';
import { ResourceKind, ResourceVisibility } from './resource.enums.js';

@ObjectType('ResourceFile', { description: 'An uploaded file, checked by its bytes', simpleResolvers: true })
export class ResourceFileType {
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'Found from the bytes, e.g. application/pdf' }) contentType!: string;
  @Field(() => Float, { description: 'In bytes' }) size!: number;
  @Field(() => String, { description: 'Where it downloads (a session is needed unless the resource is PUBLIC)' }) downloadUrl!: string;
  @Field(() => Boolean, { description: 'Its text was extracted for the search (PDF and DOCX)' }) textIndexed!: boolean;
}

@ObjectType('ResourcePermissions', { simpleResolvers: true })
export class ResourcePermissionsType {
  @Field(() => Boolean) recommend!: boolean;
  @Field(() => Boolean) edit!: boolean;
  @Field(() => Boolean) delete!: boolean;
}

@ObjectType('Resource', { description: 'A guideline, practice, report, template, training, law or campaign in the library' })
export class ResourceType {
  @Field(() => ID, { description: 'Read at /library/<id>' }) id!: string;
  @Field(() => ResourceKind) kind!: KindKey;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => Level) level!: LevelKey;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field(() => Municipality, { nullable: true }) municipality!: MunicipalityView | null;
  @Field(() => ResourceVisibility) visibility!: VisibilityKey;
  @Field(() => [String], { description: 'Language codes (vocabulary languages)' }) languages!: string[];
  @Field(() => [String]) tags!: string[];
  @Field(() => [FormOfExploitation]) formsOfExploitation!: FormKey[];
  @Field(() => [TargetGroup]) targetGroups!: GroupKey[];
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => String, { nullable: true }) publisher!: string | null;
  @Field(() => String, { nullable: true, description: 'A link, when the resource is not a file' }) url!: string | null;
  @Field(() => ResourceFileType, { nullable: true }) file!: ResourceFileType | null;
  @Field(() => Int, { description: 'Members who recommend it' }) recommendations!: number;
  @Field(() => Boolean) viewerRecommends!: boolean;
  @Field(() => ResourcePermissionsType) viewerCan!: ResourcePermissionsType;
  @Field(() => Int, { description: 'Send it back as expectedVersion when saving a change' }) version!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('ResourceFacetCount', { description: 'How many resources have one value of a facet', simpleResolvers: true })
export class FacetCountType {
  @Field(() => String) value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('ResourceFacets', { description: 'Counts of the matching resources by kind, language, scope and year', simpleResolvers: true })
export class ResourceFacetsType {
  @Field(() => [FacetCountType]) kinds!: FacetCountType[];
  @Field(() => [FacetCountType]) languages!: FacetCountType[];
  @Field(() => [FacetCountType], { description: 'By level: LOCAL, NATIONAL, REGIONAL' }) levels!: FacetCountType[];
  @Field(() => [FacetCountType], { description: 'By country code' }) countries!: FacetCountType[];
  @Field(() => [FacetCountType]) years!: FacetCountType[];
}

export const ResourceConnectionType = ConnectionType('Resource', ResourceType);
