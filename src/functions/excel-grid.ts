/**
 * How large a result a worksheet function returns. Excel's grid is 1,048,576 rows by 16,384
 * columns (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3),
 * and a result must fit in it below and to the right of its formula; the add-in also caps the
 * cells of one result at one full column's worth, which is more than any staffing table needs.
 * Without the cap, =WFM.TRAFFIC(A:A, 1:1) would compute 1.7e10 cells before Excel could say
 * #SPILL!, freezing the workbook; with it, the formula gives one #VALUE! at once.
 */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;
export const MAX_RESULT_CELLS = 1_048_576;
