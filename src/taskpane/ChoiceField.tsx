/**
 * A labelled single-choice list: every dropdown of the taskpane (source table, columns, month, denominator,
 * jobs table, language). Choice texts are React text, so a header cell holding markup is shown, never parsed.
 */
import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { Handler } from "./handler";
import { useStyles } from "./styles";

export interface Choice {
  value: string;
  text: string;
}

interface Props {
  id: string;
  label: string;
  choices: Choice[];
  /** The chosen value; none shown when it is not among the choices. */
  selected: string | undefined;
  onSelect: Handler<string>;
  hint?: string;
  validationMessage?: string;
  /** Shown as a warning (the choice was changed for the user), not an error. */
  warning?: string;
  invalid?: boolean;
  required?: boolean;
  disabled?: boolean;
  className?: string;
}

export function ChoiceField({
  id,
  label,
  choices,
  selected,
  onSelect,
  hint,
  validationMessage,
  warning,
  invalid,
  required,
  disabled,
  className,
}: Props) {
  const styles = useStyles();
  const chosen = choices.find((choice) => choice.value === selected);
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={validationMessage ?? warning}
      validationState={invalid || validationMessage ? "error" : warning ? "warning" : "none"}
      required={required}
      className={className}
    >
      <Dropdown
        id={id}
        className={styles.dropdown}
        button={{ className: styles.dropdownButton }}
        listbox={{ className: styles.listbox }}
        value={chosen?.text ?? ""}
        selectedOptions={chosen ? [chosen.value] : []}
        onOptionSelect={(_, data) => {
          if (data.optionValue !== undefined) onSelect(data.optionValue);
        }}
        disabled={disabled}
      >
        {choices.map((choice) => (
          <Option key={choice.value} value={choice.value}>
            {choice.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** Choices whose value is also their text (table names, months). */
export const plainChoices = (values: readonly string[]): Choice[] =>
  values.map((value) => ({ value, text: value }));
