import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { initI18n } from './lib/i18n.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/forms.css';

initI18n();

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html has no #root element');
}
createRoot(root).render(<App />);
