/** Layout for a narrow taskpane (~320 px): one column, Fluent spacing tokens. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    // A button beside a labelled field lines up with the field's box, not with its label.
    alignItems: "flex-end",
  },
  /** The fields inside a disclosure: the same spacing as a section, no border of its own. */
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  /** A row whose items share a middle line (the progress bar beside Cancel). */
  centered: { alignItems: "center" },
  language: { width: "120px" },
  grow: { flexGrow: 1, minWidth: "120px" },
  dropdown: { minWidth: "0", width: "100%", maxWidth: "100%" },
  /** The chosen text of a dropdown: a long table name is cut with an ellipsis, never widening the pane. */
  dropdownButton: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  /** The open list: no wider than the pane (320 px at most); long names wrap. */
  listbox: { maxWidth: "min(320px, calc(100vw - 16px))", overflowWrap: "anywhere" },
  heading: { margin: 0 },
  /** Read by screen readers only (the page title, the live region). */
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  outcome: { whiteSpace: "normal" },
  summary: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  /** The whole page takes the theme's background (Office's dark theme included). */
  page: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
