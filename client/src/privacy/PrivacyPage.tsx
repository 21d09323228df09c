import { Link } from 'react-router';
import { RETENTION_RULES } from '@marketplace/contracts';

/** `/privacy`: what the platform stores, why and for how long; the periods are the settings the code runs with. */
export default function PrivacyPage() {
  return (
    <main className="page privacy-page">
      <title>Privacy · Marketplace</title>
      <h1>Privacy</h1>
      <p>
        What Marketplace stores about you, why, and for how long. Download all of it, record your consents or delete your account in your{' '}
        <Link to="/settings">account settings</Link>. We never store raw IP addresses: anonymous callers are told apart by a keyed hash.
      </p>
      <table className="privacy-table">
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Why</th>
            <th scope="col">How long</th>
          </tr>
        </thead>
        <tbody>
          {RETENTION_RULES.map((rule) => (
            <tr key={rule.id} data-retention={rule.id}>
              <td>{rule.what}</td>
              <td data-label="Why">{rule.why}</td>
              <td data-label="How long">{rule.period}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
