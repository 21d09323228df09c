import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { REFRESH_MARGIN_MS } from '../apollo';
import { graphql } from '../gql';
import type { AuthContext_MeQuery } from '../gql/graphql';
import { refreshSession } from './refresh-session';
import { msUntilExpiry, readSession, subscribeSession, writeSession, type StoredSession } from './session-store';

const AuthContext_Me = graphql(`
  query AuthContext_Me {
    me {
      id
      name
      email
      roles
    }
  }
`);

export type Me = NonNullable<AuthContext_MeQuery['me']>;
export type Role = Me['roles'][number];

export interface Auth {
  /** True while a session is stored (even before `me` has loaded). */
  signedIn: boolean;
  /** The signed-in user; undefined while loading or signed out. */
  me: Me | undefined;
  /** True until `me` is known for a stored session. */
  loading: boolean;
  hasRole: (role: Role) => boolean;
  /** Stores a session from `login` (or `refreshSession`) and refetches everything for the new user. */
  signIn: (session: StoredSession) => Promise<void>;
  /** Ends the session on the server (best effort) and here. */
  signOut: () => Promise<void>;
}

const Context = createContext<Auth | undefined>(undefined);

/** Provides the session and the signed-in user to the app; renews the access token shortly before it expires. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [session, setSession] = useState(readSession);
  useEffect(() => subscribeSession(setSession), []);

  const { data, loading } = useQuery(AuthContext_Me, { skip: !session });

  // Renew proactively, so the Explorer (which reads the same storage) also gets a live token.
  useEffect(() => {
    if (!session) return;
    const timer = window.setTimeout(() => void refreshSession(), Math.max(0, msUntilExpiry(session) - REFRESH_MARGIN_MS));
    return () => window.clearTimeout(timer);
  }, [session]);

  const signIn = useCallback(
    async ({ accessToken, accessTokenExpiresAt }: StoredSession) => {
      // Only the contract's fields: the payload also carries Apollo's __typename.
      writeSession({ accessToken, accessTokenExpiresAt });
      await client.resetStore();
    },
    [client],
  );

  const signOut = useCallback(async () => {
    try {
      // Ends the session on the server and clears the HttpOnly refresh cookie, which only the gateway can do.
      if (readSession()) await fetch('/auth/logout', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    } catch {
      // Signing out here must work even when the server cannot be reached.
    }
    writeSession(null);
    await client.clearStore();
  }, [client]);

  const me = session ? (data?.me ?? undefined) : undefined;
  const value = useMemo<Auth>(
    () => ({
      signedIn: Boolean(session),
      me,
      loading: Boolean(session) && loading && !me,
      hasRole: (role) => Boolean(me?.roles.includes(role)),
      signIn,
      signOut,
    }),
    [session, me, loading, signIn, signOut],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The session and the signed-in user. */
export function useAuth(): Auth {
  const auth = useContext(Context);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}
