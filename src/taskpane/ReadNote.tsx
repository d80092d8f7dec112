/**
 * "How the data will be read", under Columns before the build (input.md §1): the shape, every conversion
 * and the columns not used, as the reader words them (readPreview.ts). Plain React text: a header holding
 * markup is shown, never parsed.
 */
import { Text } from "@fluentui/react-components";
import { t } from "../i18n";
import type { Lang } from "../workbook";
import type { ReadPreview } from "./readPreview";
import { useStyles } from "./styles";

interface Props {
  id: string;
  preview: ReadPreview | undefined;
  lang: Lang;
}

export function ReadNote({ id, preview, lang }: Props) {
  const styles = useStyles();
  if (!preview) return null;
  const items = [
    t(lang, "taskpane.readShape", { shape: preview.shape }),
    ...preview.conversions,
    ...preview.ignored,
  ];
  return (
    <div id={id} role="group" aria-labelledby={`${id}-title`}>
      <Text as="p" id={`${id}-title`} weight="semibold" className={styles.heading}>
        {t(lang, "taskpane.readTitle")}
      </Text>
      <ul className={styles.list}>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
      {preview.sampledRows !== undefined && (
        <span className={styles.hint}>
          {t(lang, "taskpane.readSampled", { count: preview.sampledRows })}
        </span>
      )}
    </div>
  );
}
