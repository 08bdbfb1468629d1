/**
 * Splits the head of a delimited text into records and fields, honouring RFC 4180 quotes
 * (doubled quotes, delimiters and newlines inside quoted fields). The last record is dropped
 * when the head was cut mid-record. `unterminated` is true when a quote never closes.
 */
export function splitRecords(
  text: string,
  delimiter: string,
  complete: boolean,
): { records: string[][]; unterminated: boolean } {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
    } else field += ch;
    i++;
  }
  if (!quoted && (field !== '' || fields.length > 0)) {
    fields.push(field);
    if (complete) records.push(fields);
  }
  return { records, unterminated: quoted && complete };
}
