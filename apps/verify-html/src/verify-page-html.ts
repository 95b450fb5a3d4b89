/**
 * The page around the bundled verifier: its markup and styles, with the script inlined. The
 * Content-Security-Policy forbids every fetch, font, image or script from anywhere, so the page
 * provably verifies offline, opened from file:// or served by Tamga alike.
 */
export function verifyPageHtml(script: string): string {
  // An inline script ends at the first "</script", whatever string it sits in.
  const inline = script.replace(/<\/(script)/gi, '<\\/$1');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<title>Tamga: verify an export proof bundle</title>
<style>
body{font-family:system-ui,sans-serif;max-width:52rem;margin:1rem auto;padding:0 1rem;line-height:1.45;color:#1d1d1d}
#drop{border:2px dashed #888;border-radius:.5rem;padding:1.5rem;text-align:center}
#drop.over{background:#eef5ff;border-color:#2a62c9}
#verdict{margin:1rem 0;padding:.75rem 1rem;border-radius:.5rem;font-weight:600}
#verdict[data-state=verified]{background:#e3f5e1;color:#17521b}
#verdict[data-state=failed]{background:#fbe3e1;color:#7a1712}
#verdict[data-state=working]{background:#f1f1f1}
#failures li{margin:.25rem 0}
pre{white-space:pre-wrap;background:#f7f7f7;padding:.75rem;border-radius:.5rem;overflow-wrap:anywhere}
</style></head><body>
<h1>Verify an export proof bundle</h1>
<p>Pick or drop a <code>bundle.json</code> made by <code>tamga bundle</code> or downloaded from a shipment's dossier.
Everything is checked here, in this page: nothing is sent anywhere, and it works offline.</p>
<div id="drop"><label>Bundle file: <input id="bundle" type="file" accept=".json,application/json"></label><br>or drop it here</div>
<p><label>Trusted service key fingerprint (optional): <input id="trusted-key" size="72" placeholder="sha-256:…"></label></p>
<div id="verdict" hidden></div>
<ul id="failures"></ul>
<pre id="report" hidden></pre>
<script>${inline}</script>
</body></html>
`;
}
