import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App/App';
import { createTielineStore } from './store/createTielineStore';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App store={createTielineStore()} userDataUrl={new URLSearchParams(location.search).get('data') ?? undefined} />
  </StrictMode>,
);
