// A column of the plan workbook: its header, width, note and choices. Its own module so the layout
// and the comparison columns share it without importing each other.

export interface Column {
  header: string;
  width: number;
  /** Shown as a note on the header cell in the template. */
  note: string;
  /** Offered as a drop-down list in the template. */
  list?: readonly string[];
}
