// Enhancements only: every page works without this script.
import '/sgds/scripts/design-system.js';
import '/js/upload-progress.js';
import '/js/unsaved-changes.js';
import '/js/reveal.js';

window.DS.initAll();
