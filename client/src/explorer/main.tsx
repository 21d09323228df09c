// Must run before GraphiQL mounts Monaco: registers the JSON, GraphQL and editor
// web workers as Vite `?worker` bundles, so they are served from our own origin.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './explorer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ExplorerPage } from './ExplorerPage';

const container = document.getElementById('root');
if (!container) throw new Error('explorer.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ExplorerPage />
  </StrictMode>,
);
