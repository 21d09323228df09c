import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { getFragmentData, graphql } from '../gql';
import type { AuditEventFilter, AuditTrail_QueryQueryVariables, AuditTrail_StreamFragment as AuditTrail_StreamFragmentType } from '../gql/graphql';
import { mergeStreams, type StreamField, type StreamPages } from './audit-trail';

const AuditTrail_StreamFragment = graphql(`
  fragment AuditTrail_Stream on AuditEventConnection {
    nodes {
      id
      at
      ...AuditTable_AuditEvent
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
`);

// One operation reads any set of streams, each from its own cursor; `@include` leaves out the others.
const AuditTrail_Query = graphql(`
  query AuditTrail_Query(
    $filter: AuditEventFilter
    $first: Int!
    $identity: Boolean!
    $identityAfter: String
    $catalog: Boolean!
    $catalogAfter: String
    $keys: Boolean!
    $keysAfter: String
    $quotas: Boolean!
    $quotasAfter: String
    $billing: Boolean!
    $billingAfter: String
  ) {
    auditTrail {
      id
      identity(filter: $filter, first: $first, after: $identityAfter) @include(if: $identity) {
        ...AuditTrail_Stream
      }
      catalog(filter: $filter, first: $first, after: $catalogAfter) @include(if: $catalog) {
        ...AuditTrail_Stream
      }
      keys(filter: $filter, first: $first, after: $keysAfter) @include(if: $keys) {
        ...AuditTrail_Stream
      }
      quotas(filter: $filter, first: $first, after: $quotasAfter) @include(if: $quotas) {
        ...AuditTrail_Stream
      }
      billing(filter: $filter, first: $first, after: $billingAfter) @include(if: $billing) {
        ...AuditTrail_Stream
      }
    }
  }
`);

type Node = AuditTrail_StreamFragmentType['nodes'][number];
type Streams = Partial<Record<StreamField, StreamPages<Node>>>;

/**
 * The merged trail of the chosen streams under one filter: the first page of each, then "load more" reads
 * the streams the merge needs (see `mergeStreams`). A stream that fails is reported and left out; the
 * others still show.
 */
export function useAuditTrail(filter: AuditEventFilter, fields: readonly StreamField[], pageSize: number) {
  const client = useApolloClient();
  const key = JSON.stringify([filter, fields, pageSize]);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; streams: Streams; failed: string[]; error?: unknown; loading: boolean }>({
    key: '',
    streams: {},
    failed: [],
    loading: true,
  });

  async function read(toRead: readonly StreamField[], from: Streams): Promise<{ streams: Streams; failed: string[] }> {
    const variables: AuditTrail_QueryQueryVariables = { filter, first: pageSize, identity: false, catalog: false, keys: false, quotas: false, billing: false };
    for (const field of toRead) Object.assign(variables, { [field]: true, [`${field}After`]: from[field]?.endCursor ?? null });
    const result = await client.query({ query: AuditTrail_Query, variables, fetchPolicy: 'no-cache', errorPolicy: 'all' });
    const trail = result.data?.auditTrail;
    if (!trail) throw result.error ?? new Error('The audit trail could not be read.');
    const streams: Streams = {};
    const failed: string[] = [];
    for (const field of toRead) {
      const page = trail[field];
      if (!page) {
        failed.push(field);
        continue;
      }
      const { nodes, pageInfo } = getFragmentData(AuditTrail_StreamFragment, page);
      streams[field] = { events: [...(from[field]?.events ?? []), ...nodes], endCursor: pageInfo.endCursor ?? null, hasNextPage: pageInfo.hasNextPage };
    }
    if (failed.length === toRead.length && result.error) throw result.error;
    return { streams, failed };
  }

  useEffect(() => {
    let live = true;
    setState({ key, streams: {}, failed: [], loading: true });
    read(fields, {}).then(
      ({ streams, failed }) => live && setState({ key, streams, failed, loading: false }),
      (error: unknown) => live && setState({ key, streams: {}, failed: [], error, loading: false }),
    );
    return () => {
      live = false;
    };
    // `key` stands for filter, fields and page size.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key, attempt]);

  const merged = mergeStreams(state.streams, pageSize);
  return {
    ...state,
    ...merged,
    retry: () => setAttempt((n) => n + 1),
    async loadMore() {
      const { streams, failed } = await read(merged.streamsToRead, state.streams);
      setState((current) => (current.key === key ? { ...current, streams: { ...current.streams, ...streams } } : current));
      if (failed.length) throw new Error(`Could not read more of: ${failed.join(', ')}.`);
    },
  };
}
