import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

const TestModeBanner_Query = graphql(`
  query TestModeBanner_Query {
    billingConfig {
      testMode
    }
  }
`);

/** A strip across every page while billing runs on Razorpay test keys (or the local simulator): nothing is charged. */
export function TestModeBanner() {
  // Says nothing until billing answers, and nothing when it cannot: the banner must never block a page.
  const { data } = useQuery(TestModeBanner_Query, { errorPolicy: 'ignore' });
  if (!data?.billingConfig.testMode) return null;
  return (
    <p className="test-mode-banner">
      <strong>Test mode</strong> — payments are simulated; no real money moves.
    </p>
  );
}
