import { useId } from 'react';

interface TokenBarProps {
  /** What the user pasted (may be empty). */
  pastedToken: string;
  /** True when no token is pasted and the web app's signed-in session supplies one. */
  usingAppSession: boolean;
  onPastedTokenChange: (token: string) => void;
}

/** The slim bar above GraphiQL: title, bearer-token field and its source. */
export function TokenBar({ pastedToken, usingAppSession, onPastedTokenChange }: TokenBarProps) {
  const inputId = useId();
  const hintId = useId();

  return (
    <header className="explorer-bar">
      <h1 className="explorer-bar__title">Marketplace Explorer</h1>
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
