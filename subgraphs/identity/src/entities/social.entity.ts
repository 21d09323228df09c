import { ArgsType, Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { SocialProviderKind } from '../social/providers.ts';
import { AuthPayload } from './auth-payload.entity.ts';

export const SignInProviderKindEnum = { OIDC: 'oidc', GITHUB: 'github' } as const satisfies Record<string, SocialProviderKind>;
registerEnumType(SignInProviderKindEnum, { name: 'SignInProviderKind', description: 'OpenID Connect, or GitHub (OAuth 2.0).' });

export const SocialSignInOutcomeEnum = {
  SIGNED_IN: 'SIGNED_IN',
  LINKED: 'LINKED',
  LINK_REQUIRED: 'LINK_REQUIRED',
  REFUSED: 'REFUSED',
} as const;
registerEnumType(SocialSignInOutcomeEnum, {
  name: 'SocialSignInOutcome',
  description:
    'SIGNED_IN: a session started. LINKED: the provider was linked to the signed-in user. LINK_REQUIRED: an account has this email; its owner must prove control (`linkToken`). REFUSED: see `code` and `message`.',
});

@ObjectType('SignInProvider', { description: 'A provider users can sign in with, as configured on this platform.' })
export class SignInProvider {
  @Field(() => ID, { description: 'Part of the callback URL: /auth/oidc/<id>/callback.' })
  id!: string;

  @Field(() => String, { description: 'What the button says after "Continue with".' })
  name!: string;

  @Field(() => SignInProviderKindEnum)
  kind!: SocialProviderKind;
}

@ObjectType('SocialSignInStart', { description: 'A started flow, or why it could not start (`code` and `message`).' })
export class SocialSignInStart {
  @Field(() => String, { nullable: true, description: "Where to send the browser: the provider's authorization endpoint." })
  authorizationUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Binds the flow to this browser; the gateway keeps it in an HttpOnly cookie.' })
  state!: string | null;

  @Field(() => String, { nullable: true, description: 'When the flow could not start: PROVIDER_UNAVAILABLE.' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'When the flow could not start: a message for the user.' })
  message!: string | null;
}

@ObjectType('SocialSignInResult', { description: "How a provider's callback ended." })
export class SocialSignInResult {
  @Field(() => SocialSignInOutcomeEnum)
  outcome!: keyof typeof SocialSignInOutcomeEnum;

  @Field(() => AuthPayload, { nullable: true, description: 'SIGNED_IN only.' })
  session!: AuthPayload | null;

  @Field(() => String, { nullable: true, description: 'LINK_REQUIRED only: confirm with confirmSocialLink or sendSocialLinkEmail (30 minutes).' })
  linkToken!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the web app goes next (a path on this site).' })
  next!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'REFUSED only: EMAIL_NOT_VERIFIED, EMAIL_MISSING, ACCOUNT_SUSPENDED, LINKED_ELSEWHERE, ALREADY_LINKED, PROVIDER_UNAVAILABLE, PROVIDER_DENIED, SIGN_IN_INVALID or FLOW_EXPIRED.',
  })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'REFUSED only: a message for the user.' })
  message!: string | null;

  @Field(() => Boolean, { description: 'True when a signed-in user started the flow to link a provider.' })
  linking!: boolean;
}

@ObjectType('PendingSocialLink', { description: 'A provider account waiting to be linked to the account with its email.' })
export class PendingSocialLink {
  @Field(() => SignInProvider)
  provider!: SignInProvider;

  @Field(() => String, { description: "The account's email (the provider verified the same address)." })
  email!: string;

  @Field(() => Boolean, { description: 'True for an emailed link, which confirms without the password.' })
  viaEmail!: boolean;

  @Field(() => String, { description: 'Where the web app goes after linking (a path on this site).' })
  next!: string;
}

@ObjectType('LinkedSignInMethod', { description: 'A provider account that signs in to this account.' })
export class LinkedSignInMethod {
  @Field(() => ID)
  providerId!: string;

  @Field(() => String, { description: "The provider's name; its id when it is no longer configured." })
  providerName!: string;

  @Field(() => String, { nullable: true, description: 'The email the provider shared when the link was made.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "The user's name at the provider, e.g. cognito:username or a GitHub login." })
  username!: string | null;

  @Field(() => GraphQLISODateTime)
  linkedAt!: Date;
}

@ArgsType()
export class StartSocialSignInArgs {
  @Field(() => ID, { description: 'A SignInProvider id.' })
  provider!: string;

  @Field(() => String, { nullable: true, description: 'A path on this site to go to afterwards (default /dashboard).' })
  next?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Signed in: link the provider to your account instead of signing in.' })
  link?: boolean | null;
}

@ArgsType()
export class CompleteSocialSignInArgs {
  @Field(() => ID)
  provider!: string;

  @Field(() => String, { description: "The callback's query string, as the provider sent it." })
  query!: string;

  @Field(() => String, { description: 'The state this browser started the flow with (from its cookie).' })
  state!: string;
}

@ArgsType()
export class ConfirmSocialLinkArgs {
  @Field(() => String)
  token!: string;

  @Field(() => String)
  password!: string;
}
