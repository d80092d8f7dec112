/**
 * The taskpane's one live region: every outcome (rows read, report written, an error) is announced here, so
 * a screen reader speaks it once, wherever its message is shown. Message bars themselves are not live
 * regions (two regions would read the same text twice). The region is polite: an outcome never interrupts.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from "react";
import type { Handler } from "./handler";
import { useStyles } from "./styles";

type Announce = Handler<string>;

const AnnounceContext = createContext<Announce>(() => undefined);

export const useAnnounce = () => useContext(AnnounceContext);

export function Announcer({ lang, children }: { lang: string; children: ReactNode }) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A switch of language empties the region: what it last said is in the old language, and the outcomes
  // on the page are re-worded in the new one.
  useEffect(() => {
    clearTimeout(timer.current);
    setText("");
  }, [lang]);
  const announce = useCallback<Announce>((next) => {
    // The same text twice in a row is still news (a second build): empty the region, then fill it.
    setText("");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setText(next), 50);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div id="announcer" role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
        {text}
      </div>
    </AnnounceContext.Provider>
  );
}
