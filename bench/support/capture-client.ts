/**
 * POSTs a JSON body to the capture API with a party's API key and returns the answer's text;
 * anything but a 201 is an error (a benchmark that records nothing measures nothing). The text is
 * not parsed here: the load generator shares the CPU with the services, so only callers that need
 * the answer pay for parsing it.
 */
export async function post(url: string, apiKey: string, body: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey}` }, body });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST ${url} answered ${response.status}: ${text.slice(0, 800)}`);
  return text;
}
