import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { User } from './user.entity.ts';

/** A signed-in session: a short-lived access token and the refresh token that renews it (rotated on use). */
@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`; valid for 15 minutes.' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt!: Date;

  @Field(() => String, { description: 'Single use: refreshSession returns its successor.' })
  refreshToken!: string;

  @Field(() => GraphQLISODateTime)
  refreshTokenExpiresAt!: Date;

  @Field(() => User)
  user!: User;
}
