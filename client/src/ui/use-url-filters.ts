import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/** Wait this long after the last keystroke before searching. */
const SEARCH_DELAY_MS = 300;

/** The URL's query parameters, and a setter of one that replaces the history entry (an empty value removes it). */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return { params, setParams, setParam };
}

/**
 * List filters kept in the URL (shareable, back-button friendly), with a search box (`?q=`) whose typing is
 * debounced into the URL. `draft` is what the box shows; `search` is what the list is filtered by.
 */
export function useUrlFilters() {
  const { params, setParams, setParam } = useUrlParams();
  const search = params.get('q') ?? '';
  const [draft, setDraft] = useState(search);

  useEffect(() => {
    if (draft.trim() === search) return;
    const timer = window.setTimeout(() => setParam('q', draft.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, search]);

  return { params, setParams, search, draft, setDraft, setParam, get: (name: string) => params.get(name) ?? '' };
}
