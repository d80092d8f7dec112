/* global Office, document */
import { createRoot } from "react-dom/client";

// Placeholder until the taskpane issue: the page must exist for the shared runtime to load the functions.
Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<p>Service Planner</p>);
});
