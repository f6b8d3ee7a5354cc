// Enhancements only: every page works without this script.
import '/sgds/scripts/design-system.js';
import '/js/upload-progress.js';

window.DS.initAll();
