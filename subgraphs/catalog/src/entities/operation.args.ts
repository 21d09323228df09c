import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { ApplicationStatus } from '../data/application.repository.ts';
import type { SolutionStatus } from '../data/solution.repository.ts';
import { EndpointInput, TierConfigInput, UpdateSolutionInput } from './catalog.inputs.ts';
import { ApplicationStatusEnum, SolutionStatusEnum } from './enums.ts';

// Argument lists of more than one argument are classes, so the schema lists them in this (documented) order.

@ArgsType()
export class SolutionsArgs {
  @Field(() => String, { nullable: true, description: 'Words that must all occur in the name, slug, summary, category or tags.' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'One of `categories`.' })
  category?: string | null;

  @Field(() => String, { nullable: true })
  tag?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: '1 to 100' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: '1 to 100' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class AdminSolutionsArgs {
  @Field(() => SolutionStatusEnum, { nullable: true, description: 'Absent: every status.' })
  status?: SolutionStatus | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: '1 to 100' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class PartnerApplicationsArgs {
  @Field(() => ApplicationStatusEnum, { nullable: true, description: 'Absent: every status.' })
  status?: ApplicationStatus | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: '1 to 100' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class IdAndReasonArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Sent by email.' })
  reason!: string;
}

@ArgsType()
export class UpdateSolutionArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => UpdateSolutionInput)
  input!: UpdateSolutionInput;
}

@ArgsType()
export class SetSolutionTiersArgs {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => [TierConfigInput], { description: 'All four tiers, each once.' })
  tiers!: TierConfigInput[];

  @Field(() => [String], {
    nullable: true,
    description:
      "A published solution's new Pro or Enterprise price is saved only with its preview's confirmation (tierPriceChangePreview.confirmation), one per changed tier: missing, forged or of another price is BAD_USER_INPUT, a preview the price changed since (or older than 30 minutes) is CONFLICT, naming priceConfirmations[i]; nothing is saved then.",
  })
  priceConfirmations?: string[] | null;
}

@ArgsType()
export class AddEndpointArgs {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => EndpointInput)
  input!: EndpointInput;
}

@ArgsType()
export class ImportOpenApiArgs {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => String, { description: 'An OpenAPI 3.1 document, JSON or YAML, up to 90,000 characters.' })
  document!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Check and show the result without saving.' })
  dryRun?: boolean | null;
}

@ArgsType()
export class UpdateEndpointArgs {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => ID)
  endpointId!: string;

  @Field(() => EndpointInput)
  input!: EndpointInput;
}

@ArgsType()
export class RemoveEndpointArgs {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => ID)
  endpointId!: string;
}

@ArgsType()
export class SetHealthCheckUrlArgs {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => String, { nullable: true, description: 'Null removes it.' })
  url?: string | null;
}

@ArgsType()
export class RotateSolutionSecretArgs {
  @Field(() => ID)
  secretId!: string;

  @Field(() => Int, { defaultValue: 24, description: 'How long the old secret keeps working, 0 to 168 hours.' })
  graceHours!: number;
}
