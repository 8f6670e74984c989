import { addNamespaces } from '.';
import { featureLocales } from './feature-locales';

// Imported by App.tsx (the signed-in app's chunk) before any area draws: every feature's words, in both languages.
addNamespaces(featureLocales);
