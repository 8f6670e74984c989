import '../../resources/fonts/noto-sans-sc/index.css';
import './styles.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { askFirstQuestions } from './auth/first-calls';
import { Boot } from './Boot';

// Before React draws anything: the picker's two questions are already on their way (auth/first-calls.ts).
askFirstQuestions();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Boot />
  </StrictMode>,
);
