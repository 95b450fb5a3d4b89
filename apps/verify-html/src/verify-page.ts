import { reportText, verifyBundle } from '#tamga/proof-bundle';

// The project compiles without the DOM's types (its code runs on Node): the few parts of the page
// this script touches, typed here.
interface PageFile {
  readonly name: string;
  text(): Promise<string>;
}
interface PageElement {
  textContent: string | null;
  hidden: boolean;
  value: string;
  readonly files: readonly PageFile[] | null;
  readonly classList: { add(name: string): void; remove(name: string): void };
  setAttribute(name: string, value: string): void;
  addEventListener(type: string, listener: (event: PageEvent) => void): void;
  replaceChildren(...children: PageElement[]): void;
}
interface PageEvent {
  preventDefault(): void;
  readonly dataTransfer?: { readonly files: readonly PageFile[] } | null;
}
interface PageDocument {
  getElementById(id: string): PageElement;
  createElement(tag: string): PageElement;
}

const page = (globalThis as unknown as { document: PageDocument }).document;
const verdict = page.getElementById('verdict');
const failures = page.getElementById('failures');
const report = page.getElementById('report');
const trustedKey = page.getElementById('trusted-key');

/** Verifies a picked or dropped file and shows the verdict, each failure and the summary. */
async function verifyFile(file: PageFile): Promise<void> {
  verdict.hidden = false;
  verdict.setAttribute('data-state', 'working');
  verdict.textContent = `Verifying ${file.name}…`;
  failures.replaceChildren();
  report.hidden = true;
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    verdict.setAttribute('data-state', 'failed');
    verdict.textContent = `NOT VERIFIED: ${file.name} is not JSON (${(error as Error).message})`;
    return;
  }
  const pinned = trustedKey.value.trim();
  const result = await verifyBundle(json, pinned ? { trustedKey: pinned } : {});
  verdict.setAttribute('data-state', result.ok ? 'verified' : 'failed');
  verdict.textContent = result.ok ? `VERIFIED: ${file.name} passed every check.` : `NOT VERIFIED: ${result.failures.length} check(s) of ${file.name} failed.`;
  failures.replaceChildren(
    ...result.failures.map((f) => {
      const item = page.createElement('li');
      item.setAttribute('data-part', f.part);
      item.textContent = `${f.part}: ${f.subject}: ${f.message}`;
      return item;
    }),
  );
  report.textContent = reportText(result);
  report.hidden = false;
}

const input = page.getElementById('bundle');
input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (file) void verifyFile(file);
});
const drop = page.getElementById('drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const file = event.dataTransfer?.files[0];
  if (file) void verifyFile(file);
});
