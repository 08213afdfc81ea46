/**
 * Text a tracker can hold that Excel or Google Sheets would turn into something else if it were
 * written plainly, because both read a written string as if it had been typed (test/fakes/typedInput.ts).
 * Class names, UPNs, admission numbers, collection labels and programme names like these are real:
 * a class "10E1", a collection "Dec-24", a split grade "4/5", a phone-style number "07700900123".
 * `becomes` says what a host would make of the text, for the reader and for failure messages.
 */
export interface HostParsedText {
  text: string;
  becomes: string;
}

export const HOST_PARSED_TEXTS: readonly HostParsedText[] = [
  { text: '10E1', becomes: 'the number 100 (an exponent)' },
  { text: '1E3', becomes: 'the number 1000' },
  { text: '00123', becomes: 'the number 123 (leading zeros dropped)' },
  { text: '07700900123', becomes: 'the number 7700900123' },
  { text: '1,234', becomes: 'the number 1234 (a thousands separator)' },
  { text: '1.5', becomes: 'the number 1.5' },
  { text: '£5', becomes: 'the number 5 (currency)' },
  { text: '50%', becomes: 'the number 0.5 (a percentage)' },
  { text: '(5)', becomes: 'the number -5 in Excel (brackets for a negative)' },
  { text: '1 1/2', becomes: 'the number 1.5 in Excel (a mixed fraction)' },
  { text: '1/2', becomes: 'the date 1 February' },
  { text: '4/5', becomes: 'the date 4 May' },
  { text: '10-11', becomes: 'the date 10 November' },
  { text: '3/4/24', becomes: 'the date 3 April 2024' },
  { text: '2024-03-12', becomes: 'the date 12 March 2024' },
  { text: 'Dec-24', becomes: 'the date 24 December' },
  { text: '12-Mar', becomes: 'the date 12 March' },
  { text: '12 March', becomes: 'the date 12 March' },
  { text: 'March 2024', becomes: 'the date 1 March 2024' },
  { text: '9:30', becomes: 'the time 09:30' },
  { text: '9:30 AM', becomes: 'the time 09:30' },
  { text: '9 pm', becomes: 'the time 21:00' },
  { text: 'TRUE', becomes: 'the boolean true' },
  { text: 'false', becomes: 'the boolean false' },
  { text: '=SUM(A1:A2)', becomes: 'a formula' },
  { text: '+44 7700 900123', becomes: 'a formula' },
  { text: '-Smith', becomes: 'a formula' },
  { text: '-5', becomes: 'the number -5' },
  { text: '@home', becomes: 'a formula in Excel' },
  { text: "'quoted", becomes: "the text quoted: the host takes the ' as its text marker and drops it" },
];

/**
 * Text with spaces around it: a host ignores them when it reads a value (' 42 ' is 42). The report
 * trims names and labels as it reads the tracker, so these reach a sheet only through addSheet.
 */
export const SPACED_TEXTS: readonly HostParsedText[] = [
  { text: ' 42 ', becomes: 'the number 42' },
  { text: ' TRUE', becomes: 'the boolean true' },
  { text: '  Ann  ', becomes: 'text with its spaces (as it should)' },
];

export const texts = (entries: readonly HostParsedText[]): string[] => entries.map((entry) => entry.text);
