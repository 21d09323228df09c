import { InputError, signedIn } from '@marketplace/shared';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../context.ts';
import type { LinkedIdentityRecord } from '../data/social.repository.ts';
import { AuthPayload } from '../entities/auth-payload.entity.ts';
import {
  CompleteSocialSignInArgs,
  ConfirmSocialLinkArgs,
  LinkedSignInMethod,
  PendingSocialLink,
  SignInProvider,
  SocialSignInResult,
  SocialSignInStart,
  StartSocialSignInArgs,
} from '../entities/social.entity.ts';
import { User } from '../entities/user.entity.ts';
import type { SocialProvider } from '../social/providers.ts';
import { canSeePrivateFields } from './access.ts';
import { toAuthPayload } from './auth.resolver.ts';

const DEFAULT_NEXT = '/dashboard';

/** A path on this site (never another origin), or the field's error. */
function sitePath(next: string | null | undefined): string {
  if (next == null || next === '') return DEFAULT_NEXT;
  if (!/^\/(?![/\\])[^\s]*$/.test(next) || next.length > 500) throw new InputError('next', 'next must be a path on this site, e.g. /dashboard.');
  return next;
}

const toProvider = (p: SocialProvider) => Object.assign(new SignInProvider(), { id: p.id, name: p.name, kind: p.kind });

/** Social sign-in (OpenID Connect and GitHub) and the user's linked providers. */
@Resolver(() => User)
export class SocialResolver {
  @Query(() => [SignInProvider], { description: 'The providers configured for social sign-in; empty when none is.' })
  signInProviders(@Ctx() context: IdentityContext): SignInProvider[] {
    return context.social.providers().map(toProvider);
  }

  @Mutation(() => SocialSignInStart, {
    description: "Starts signing in with a provider (or, signed in with `link: true`, linking one). Send the browser to `authorizationUrl`; the web app does this through the gateway, which binds `state` to the browser.",
  })
  async startSocialSignIn(@Args(() => StartSocialSignInArgs) args: StartSocialSignInArgs, @Ctx() context: IdentityContext): Promise<SocialSignInStart> {
    const next = sitePath(args.next);
    const linkUserId = args.link ? signedIn(context.caller).userId : undefined;
    const started = await context.social.start(args.provider, { next, ...(linkUserId ? { linkUserId } : {}) });
    return Object.assign(new SocialSignInStart(), { authorizationUrl: null, state: null, code: null, message: null }, started);
  }

  @Mutation(() => SocialSignInResult, {
    description: "Finishes a flow with the provider's callback; the gateway's /auth/oidc/<provider>/callback calls it. Single use per flow.",
  })
  async completeSocialSignIn(@Args(() => CompleteSocialSignInArgs) args: CompleteSocialSignInArgs, @Ctx() context: IdentityContext): Promise<SocialSignInResult> {
    const done = await context.social.complete(args.provider, args.query, args.state);
    return Object.assign(new SocialSignInResult(), {
      outcome: done.outcome,
      session: done.outcome === 'SIGNED_IN' ? toAuthPayload(done.session) : null,
      linkToken: done.outcome === 'LINK_REQUIRED' ? done.linkToken : null,
      next: done.outcome === 'REFUSED' ? null : done.next,
      code: done.outcome === 'REFUSED' ? done.code : null,
      message: done.outcome === 'REFUSED' ? done.message : null,
      linking: done.outcome === 'REFUSED' ? done.linking : done.outcome === 'LINKED',
    });
  }

  @Query(() => PendingSocialLink, { nullable: true, description: 'A pending link by its token; null when invalid, used or expired.' })
  async pendingSocialLink(@Arg('token', () => String) token: string, @Ctx() context: IdentityContext): Promise<PendingSocialLink | null> {
    const pending = await context.social.pendingLink(token);
    return pending ? Object.assign(new PendingSocialLink(), { ...pending, provider: toProvider(pending.provider) }) : null;
  }

  @Mutation(() => AuthPayload, { description: "Links the pending provider account after the account's password, and signs in." })
  async confirmSocialLink(@Args(() => ConfirmSocialLinkArgs) { token, password }: ConfirmSocialLinkArgs, @Ctx() context: IdentityContext): Promise<AuthPayload> {
    return toAuthPayload((await context.social.confirmLinkWithPassword(token, password, context.caller.clientId)).session);
  }

  @Mutation(() => Boolean, { description: "Mails the account's owner a link that confirms the pending link instead of the password (once per token)." })
  async sendSocialLinkEmail(@Arg('token', () => String) token: string, @Ctx() context: IdentityContext): Promise<boolean> {
    await context.social.sendLinkEmail(token);
    return true;
  }

  @Mutation(() => AuthPayload, { description: 'Follows the emailed link: links the pending provider account and signs in.' })
  async confirmSocialLinkByEmail(@Arg('token', () => String) token: string, @Ctx() context: IdentityContext): Promise<AuthPayload> {
    return toAuthPayload((await context.social.confirmLinkByEmail(token)).session);
  }

  @Mutation(() => [LinkedSignInMethod], { description: 'Signed in. Unlinks a provider, keeping at least one way to sign in; returns what stays linked.' })
  @Authorized()
  async unlinkSignInMethod(@Arg('provider', () => ID) provider: string, @Ctx() context: IdentityContext): Promise<LinkedSignInMethod[]> {
    const userId = signedIn(context.caller).userId;
    await context.social.unlink(userId, provider);
    return this.methods(await context.social.linked(userId), context);
  }

  @FieldResolver(() => [LinkedSignInMethod], { nullable: true, description: 'The providers that sign in to this account; the user themself only.' })
  async linkedSignInMethods(@Root() user: User, @Ctx() context: IdentityContext): Promise<LinkedSignInMethod[] | null> {
    if (context.caller.userId !== user.id) return null;
    return this.methods(await context.social.linked(user.id), context);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the account has a password (social sign-ups have none until reset); the user and admins only.' })
  async hasPassword(@Root() user: User, @Ctx() context: IdentityContext): Promise<boolean | null> {
    if (!canSeePrivateFields(context, user)) return null;
    const record = await context.loaders.userById.load(user.id);
    return record ? Boolean(record.passwordHash) : null;
  }

  private methods(links: LinkedIdentityRecord[], context: IdentityContext): LinkedSignInMethod[] {
    const names = new Map(context.social.providers().map((p) => [p.id, p.name]));
    return links.map((link) =>
      Object.assign(new LinkedSignInMethod(), {
        providerId: link.providerId,
        providerName: names.get(link.providerId) ?? link.providerId,
        email: link.email,
        username: link.username,
        linkedAt: new Date(link.linkedAt),
      }),
    );
  }
}
