/*
 * Ribbon commands of the shared runtime. The Home-tab button opens the taskpane declaratively
 * (ShowTaskpane in manifest.xml); this chunk only has to be loaded with the runtime so Office finds
 * the page ready.
 */

/* global Office */

Office.onReady(() => {
  // Nothing to register: every command is declarative. The handler keeps Office.onReady the single entry.
});
