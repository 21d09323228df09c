import { useId } from 'react';

interface TokenBarProps {
  /** What the user pasted (may be empty). */
  pastedToken: string;
  /** True when no token is pasted and the web app's signed-in session supplies one. */
  usingAppSession: boolean;
  onPastedTokenChange: (token: string) => void;
}

/** The slim bar above GraphiQL: title, the way back to the web app, bearer-token field and its source. */
export function TokenBar({ pastedToken, usingAppSession, onPastedTokenChange }: TokenBarProps) {
  const inputId = useId();
  const hintId = useId();

  return (
    <header className="explorer-bar">
      <div>
        <h1 className="explorer-bar__title">Marketplace Explorer</h1>
        {/* The header's Explorer link opens this page on its own: without this, only the browser's Back led home. */}
        <a className="explorer-bar__back" href="/">
          ← Back to the marketplace
        </a>
      </div>
      <form className="explorer-bar__token" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId}>Bearer token</label>
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="Paste an access token"
          value={pastedToken}
          onChange={(event) => onPastedTokenChange(event.target.value)}
          aria-describedby={usingAppSession ? hintId : undefined}
        />
        <button type="button" onClick={() => onPastedTokenChange('')} disabled={!pastedToken}>
          Clear
        </button>
        {usingAppSession && (
          <span id={hintId} className="explorer-bar__hint">
            using your signed-in session
          </span>
        )}
      </form>
    </header>
  );
}
