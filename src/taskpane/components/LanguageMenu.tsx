/**
 * The pane's language menu: "As Office (…)" or a language by its own name. The choice is the
 * person's, remembered in their browser (strings/index.tsx), not in the workbook; it changes the
 * pane only, while sheets are written in the workbook's language.
 */
import { Field, makeStyles, Select } from "@fluentui/react-components";
import { LOCALE_OF } from "../../workbook/api";
import { LANGUAGE_NAMES, PSEUDO_LOCALE, useLanguageChoice, useStrings, type PaneLanguage } from "../strings";

const FOLLOW_OFFICE = "office";

const useStyles = makeStyles({
  field: { maxWidth: "100%" },
  select: { minWidth: 0 },
});

function nameOf(language: PaneLanguage): string {
  return language === PSEUDO_LOCALE ? PSEUDO_LOCALE : LANGUAGE_NAMES[language];
}

export function LanguageMenu() {
  const strings = useStrings();
  const choice = useLanguageChoice();
  const styles = useStyles();
  const pseudo = choice.chosen === PSEUDO_LOCALE || choice.automatic === PSEUDO_LOCALE;
  return (
    <Field className={styles.field} label={strings.app.language} orientation="horizontal" size="small">
      <Select
        className={styles.select}
        size="small"
        value={choice.chosen ?? FOLLOW_OFFICE}
        onChange={(_event, data) => choice.choose(data.value === FOLLOW_OFFICE ? null : (data.value as PaneLanguage))}
        data-testid="language-menu"
      >
        <option value={FOLLOW_OFFICE}>{strings.app.languageAutomatic(nameOf(choice.automatic))}</option>
        {choice.options.map((language) => (
          // Each name is in its own language, for screen readers too.
          <option key={language} value={language} lang={LOCALE_OF[language]}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
        {pseudo && <option value={PSEUDO_LOCALE}>{PSEUDO_LOCALE}</option>}
      </Select>
    </Field>
  );
}
