import { CopyButton } from '../ui/CopyButton';

/** A freshly issued key: the one time its plaintext is on screen, with a copy button and a warning saying so. */
export function PlaintextKey({ plaintext }: { plaintext: string }) {
  return (
    <div className="plaintext-key">
      <p className="notice notice-warning" role="status">
        Copy this key now and keep it somewhere safe. <strong>It will not be shown again</strong>: the marketplace keeps
        only its hash.
      </p>
      <div className="plaintext-key-row">
        <label className="visually-hidden" htmlFor="plaintext-key">
          Your new API key
        </label>
        <input id="plaintext-key" className="code-input" readOnly value={plaintext} onFocus={(event) => event.target.select()} />
        <CopyButton text={plaintext} label="Copy key" />
      </div>
    </div>
  );
}
