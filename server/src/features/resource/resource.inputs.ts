import {
  DESCRIPTION_MAX,
  RESOURCE_PUBLISHER_MAX,
  RESOURCE_TAG_MAX,
  RESOURCE_TAGS_MAX,
  RESOURCE_TITLE_MAX,
  RESOURCE_YEAR_MAX,
  RESOURCE_YEAR_MIN,
  SEARCH_TEXT_MAX,
  SPOKEN_LANGUAGES,
  URL_MAX,
  type FormOfExploitation as FormKey,
  type Level as LevelKey,
  type ResourceKind as KindKey,
  type ResourceVisibility as VisibilityKey,
  type TargetGroup as GroupKey,
} from '@strom/shared';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection.js';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import { ScopeInput } from '../scope/scope.inputs.js';
import { FormOfExploitation, Level, TargetGroup } from '../vocabulary/vocabulary.enums.js';
import { ResourceKind, ResourceVisibility } from './resource.enums.js';

const LANGUAGE_MESSAGE = 'languages must be codes of the vocabulary (en, lv, lt…)';

/** What an author says about a resource, the same when adding and when editing it. */
@InputType()
abstract class ResourceFieldsInput {
  @Field(() => ResourceKind)
  kind!: KindKey;

  @Field(() => String)
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(RESOURCE_TITLE_MAX, { message: `title must be at most ${RESOURCE_TITLE_MAX} characters` })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX, { message: `summary must be at most ${DESCRIPTION_MAX} characters` })
  summary?: string | null;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];

  @Field(() => ScopeInput)
  @ValidateNested()
  scope!: ScopeInput;

  @Field(() => ResourceVisibility)
  visibility!: VisibilityKey;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(SPOKEN_LANGUAGES.length)
  @IsIn([...SPOKEN_LANGUAGES], { each: true, message: LANGUAGE_MESSAGE })
  languages!: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(RESOURCE_TAGS_MAX, { message: `at most ${RESOURCE_TAGS_MAX} tags` })
  @MaxLength(RESOURCE_TAG_MAX, { each: true, message: `a tag must be at most ${RESOURCE_TAG_MAX} characters` })
  tags!: string[];

  @Field(() => [FormOfExploitation], { defaultValue: [] })
  formsOfExploitation!: FormKey[];

  @Field(() => [TargetGroup], { defaultValue: [] })
  targetGroups!: GroupKey[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(RESOURCE_YEAR_MIN, { message: `year must be ${RESOURCE_YEAR_MIN} or later` })
  @Max(RESOURCE_YEAR_MAX, { message: `year must be ${RESOURCE_YEAR_MAX} or earlier` })
  year?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(RESOURCE_PUBLISHER_MAX, { message: `publisher must be at most ${RESOURCE_PUBLISHER_MAX} characters` })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'A link (https) — give either this or uploadId' })
  @IsOptional()
  @MaxLength(URL_MAX, { message: `url must be at most ${URL_MAX} characters` })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be a web address starting with https://' })
  url?: string | null;

  @Field(() => ID, { nullable: true, description: 'The receipt POST /library/uploads answered — give either this or url' })
  @IsOptional()
  @IsUUID('all', { message: 'uploadId must be a UUID' })
  uploadId?: string | null;
}

/** A new resource: a link, or a file uploaded first to POST /files/library (its receipt is `uploadId`). */
@InputType()
export class CreateResourceInput extends ResourceFieldsInput {
  @Field(() => ID, { description: 'Chosen by the client, so that a retry saves once' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

/**
 * A changed resource, saved whole at the version the editor loaded. `url` replaces the link or the file with a link,
 * `uploadId` replaces either with a new file; with neither, a file resource keeps its file.
 */
@InputType()
export class UpdateResourceInput extends ResourceFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => Int, { description: 'The version the editor loaded: a stale one gets CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class ResourceFilter {
  @Field(() => String, { nullable: true, description: 'Words of the title, summary, tags, publisher or file text' })
  @IsOptional()
  @MaxLength(SEARCH_TEXT_MAX, { message: `text must be at most ${SEARCH_TEXT_MAX} characters` })
  text?: string | null;

  @Field(() => ResourceKind, { nullable: true })
  kind?: KindKey | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn([...SPOKEN_LANGUAGES], { message: LANGUAGE_MESSAGE })
  language?: string | null;

  @Field(() => Level, { nullable: true })
  level?: LevelKey | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be two capital letters' })
  countryCode?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(RESOURCE_YEAR_MIN)
  @Max(RESOURCE_YEAR_MAX)
  year?: number | null;
}

@ArgsType()
export class ResourcesArgs extends ConnectionArgs {
  @Field(() => ResourceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ResourceFilter | null;
}

@ArgsType()
export class ResourceFacetsArgs {
  @Field(() => ResourceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ResourceFilter | null;
}
