/**
 * The pane's one place for "what just happened": progress, success and failure. Two live regions
 * that are always in the page (a region added together with its text is often not read out):
 * `status` (polite) for progress and results, `alert` (assertive) for failures. The bar is the
 * pane's last row, below the scrolling steps (App.tsx), so the message is in view whichever step
 * the person is on and never covers a figure; a long message scrolls within the bar instead of
 * taking over the pane.
 */
import { Button, makeStyles, mergeClasses, Spinner, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings";

export type Status =
  | { kind: "busy"; text: string }
  | { kind: "success" | "info" | "error"; text: string; serial: number }
  | null;

const useStyles = makeStyles({
  bar: {
    flexShrink: 0,
    maxHeight: "40vh",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  message: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  text: { flexGrow: 1, minWidth: 0 },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    borderTopColor: tokens.colorStatusSuccessBorderActive,
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    borderTopColor: tokens.colorStatusDangerBorderActive,
  },
  empty: { display: "none" },
});

export function StatusBar({ status, onDismiss }: { status: Status; onDismiss: () => void }) {
  const strings = useStrings();
  const styles = useStyles();
  const polite = status && status.kind !== "error" ? status : null;
  const failure = status && status.kind === "error" ? status : null;
  return (
    <div className={styles.bar}>
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="status"
        className={mergeClasses(
          polite ? styles.message : styles.empty,
          polite?.kind === "success" && styles.success,
          polite?.kind === "info" && styles.info,
        )}
      >
        {polite?.kind === "busy" && <Spinner size="extra-tiny" aria-hidden />}
        {/* A new key per message: the same words twice in a row are announced twice. */}
        {polite && (
          <span key={polite.kind === "busy" ? "busy" : polite.serial} className={styles.text}>
            {polite.text}
          </span>
        )}
        {polite && polite.kind !== "busy" && (
          <Button size="small" appearance="transparent" onClick={onDismiss} aria-label={strings.app.dismissStatus}>
            {strings.app.dismissGlyph}
          </Button>
        )}
      </div>
      <div
        role="alert"
        aria-live="assertive"
        aria-atomic="true"
        data-testid="alert"
        className={mergeClasses(failure ? styles.message : styles.empty, failure ? styles.error : undefined)}
      >
        {failure && (
          <span key={failure.serial} className={styles.text}>
            {failure.text}
          </span>
        )}
        {failure && (
          <Button size="small" appearance="transparent" onClick={onDismiss} aria-label={strings.app.dismissStatus}>
            {strings.app.dismissGlyph}
          </Button>
        )}
      </div>
    </div>
  );
}
