/** Every text the add-in writes INTO the workbook (headers, summary labels), English, keyed by id. */
export const labels = {} as const;
export type LabelId = keyof typeof labels;
