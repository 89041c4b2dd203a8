// The GOV.UK Design System's scripts enhance the pages; every page works without them.
import { initAll } from './govuk-frontend.min.js';

initAll();
import './progress.js';
