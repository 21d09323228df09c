import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { AuthProvider } from './auth/AuthContext';
import { loginPath } from './auth/RequireAuth';
import { routes } from './routes';
import { loadRuntimeConfig, RuntimeConfigProvider } from './runtime-config';
import './app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Asked once, now, in parallel with the first page's chunk; components that need a setting wait for it.
const runtimeConfig = loadRuntimeConfig();
const router = createBrowserRouter(routes);

const client = createApolloClient({
  // The refresh token was refused: the session is gone, so sign in again and come back here.
  onSessionExpired: () => {
    const { pathname, search } = router.state.location;
    if (pathname === '/login') return;
    void client.clearStore();
    void router.navigate(loginPath(pathname + search), { replace: true });
  },
});

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RuntimeConfigProvider config={runtimeConfig}>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </RuntimeConfigProvider>
    </ApolloProvider>
  </StrictMode>,
);
