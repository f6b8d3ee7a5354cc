// Enhancements only: every page works without this script.
import '/sgds/scripts/design-system.js';

window.DS.initAll();
