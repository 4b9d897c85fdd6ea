/**
 * A list of what the workbook stores by name (the planner's scenarios, the capacity plans): each
 * with a tick box for comparing, an Actions menu and a line describing it; under the list, the
 * Compare button, enabled once two are ticked; and the dialogs its actions open (rename,
 * duplicate with changes, delete). The scenarios and capacity steps both use them, so they read
 * and work alike.
 */
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";
import { scenarioNameProblem } from "../../workbook/api";
import { describeWorkbookError } from "../messages";
import { useFormat, useStrings } from "../strings";
import { ConfirmDialog } from "./ConfirmDialog";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  description: {
    gridColumn: "1 / span 2",
    paddingLeft: "32px",
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  checkbox: { overflowWrap: "anywhere", minWidth: 0 },
});

export interface SavedItem {
  id: string;
  name: string;
  /** One line under the name: what makes this one different. */
  description: string;
}

export interface SavedListProps {
  items: SavedItem[];
  selectedIds: string[];
  busy: boolean;
  /** The Actions menu's items, in order. */
  actions: { label: string; onSelect: (id: string) => void }[];
  onToggle: (id: string, selected: boolean) => void;
  onCompare: () => void;
  text: {
    listLabel: string;
    actions: (name: string) => string;
    actionsShort: string;
    compare: string;
    compareHint: string;
  };
  /** data-testid of the list. */
  testId: string;
}

export function SavedList(props: SavedListProps) {
  const styles = useStyles();
  const section = useSectionStyles();
  const listId = useId();
  const selectedCount = props.selectedIds.filter((id) => props.items.some((item) => item.id === id)).length;
  return (
    <>
      <ul className={styles.list} aria-label={props.text.listLabel} id={listId} data-testid={props.testId}>
        {props.items.map((item) => (
          <li key={item.id} className={styles.item} data-scenario={item.name}>
            <Checkbox
              className={styles.checkbox}
              label={item.name}
              checked={props.selectedIds.includes(item.id)}
              onChange={(_event, data) => props.onToggle(item.id, data.checked === true)}
              aria-describedby={`${listId}-${item.id}`}
            />
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <MenuButton size="small" aria-label={props.text.actions(item.name)} disabledFocusable={props.busy}>
                  {props.text.actionsShort}
                </MenuButton>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {props.actions.map((action) => (
                    <MenuItem key={action.label} onClick={() => action.onSelect(item.id)}>
                      {action.label}
                    </MenuItem>
                  ))}
                </MenuList>
              </MenuPopover>
            </Menu>
            <Caption1 id={`${listId}-${item.id}`} className={styles.description}>
              {item.description}
            </Caption1>
          </li>
        ))}
      </ul>
      <div className={section.actions}>
        <Button appearance="primary" onClick={props.onCompare} disabled={selectedCount < 2} disabledFocusable={props.busy}>
          {props.text.compare}
        </Button>
        {selectedCount < 2 && <Caption1 className={section.muted}>{props.text.compareHint}</Caption1>}
      </div>
    </>
  );
}

/** The dialog an item's action opened, if any. */
export type ListDialog<T> = { kind: "rename" | "duplicate" | "delete"; item: T } | null;

/**
 * The open dialog of a saved list: rename and delete as every list has them, and the list's own
 * "duplicate with changes", which `renderDuplicate` draws (its changes differ by list).
 */
export function ListDialogs<T extends { id: string; name: string }, C>(props: {
  dialog: ListDialog<T>;
  items: readonly T[];
  onClose: () => void;
  onRename: (item: T, newName: string) => void;
  onDuplicate: (item: T, changes: C) => void;
  onDelete: (item: T, deleteSheets: boolean) => void;
  /** The list's own duplicate dialog, which calls `done` with the changes or `cancel`. */
  renderDuplicate: (item: T, done: (changes: C) => void, cancel: () => void) => ReactNode;
}) {
  const { dialog, onClose } = props;
  if (dialog === null) return null;
  const { item } = dialog;
  const then =
    <A extends unknown[]>(act: (item: T, ...args: A) => void) =>
    (...args: A) => {
      onClose();
      act(item, ...args);
    };
  switch (dialog.kind) {
    case "rename":
      return <RenameDialog scenario={item} scenarios={props.items} onCancel={onClose} onRename={then(props.onRename)} />;
    case "delete":
      return <DeleteDialog scenario={item} onCancel={onClose} onDelete={then(props.onDelete)} />;
    case "duplicate":
      return <>{props.renderDuplicate(item, then(props.onDuplicate), onClose)}</>;
  }
}

/** Asks for a new name, refused beside the field while it is empty or taken (scenarios and capacity plans). */
export function RenameDialog({
  scenario,
  scenarios,
  onCancel,
  onRename,
}: {
  scenario: { id: string; name: string };
  scenarios: readonly { id: string; name: string }[];
  onCancel: () => void;
  onRename: (name: string) => void;
}) {
  const strings = useStrings();
  const s = strings.scenarios;
  const format = useFormat();
  const styles = useSectionStyles();
  const [name, setName] = useState(scenario.name);
  const problem = scenarioNameProblem(name, scenarios, scenario.id);
  return (
    <ConfirmDialog
      open
      title={s.renameTitle}
      confirmLabel={s.renameConfirm}
      cancelLabel={s.cancel}
      onCancel={onCancel}
      onConfirm={() => onRename(name.trim())}
      confirmDisabled={problem !== null}
    >
      <Field
        label={s.renameLabel}
        required
        validationMessage={problem ? describeWorkbookError(strings, format, problem) : undefined}
      >
        <Input className={styles.fullWidth} value={name} onChange={(_event, data) => setName(data.value)} />
      </Field>
    </ConfirmDialog>
  );
}

/** Asks before deleting, and whether the sheets built for it alone go too (scenarios and capacity plans). */
export function DeleteDialog({
  scenario,
  onCancel,
  onDelete,
}: {
  scenario: { name: string };
  onCancel: () => void;
  onDelete: (deleteSheets: boolean) => void;
}) {
  const s = useStrings().scenarios;
  const styles = useSectionStyles();
  const [deleteSheets, setDeleteSheets] = useState(false);
  return (
    <ConfirmDialog
      open
      title={s.deleteTitle(scenario.name)}
      confirmLabel={s.deleteConfirm}
      cancelLabel={s.cancel}
      onCancel={onCancel}
      onConfirm={() => onDelete(deleteSheets)}
    >
      <div className={styles.stack}>
        <Body1>{s.deleteBody}</Body1>
        <Checkbox
          label={s.deleteSheets}
          checked={deleteSheets}
          onChange={(_event, data) => setDeleteSheets(data.checked === true)}
        />
      </div>
    </ConfirmDialog>
  );
}
