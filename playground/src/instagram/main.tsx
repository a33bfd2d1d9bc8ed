import { createRoot } from 'react-dom/client';
import { applyLang, langFromSearch } from '../shared/lang';
import { installHooks } from '../shared/hooks';
import '../shared/base.css';
import './instagram.css';
import { App } from './App';

applyLang(langFromSearch(location.search));
installHooks();
const root = document.getElementById('react-root');
if (root) createRoot(root).render(<App />);
