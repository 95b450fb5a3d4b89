import { PAGE_CSS } from '#tamga/consumer-page';

/**
 * The consumer pages' sheet, widened for tables an inspector reads on a desk screen, plus a print
 * layout (A4, no navigation or forms, tables not split mid-row) for a recall's blast radius filed
 * with a report. Still inline and system fonts only: nothing to fetch.
 */
export const INSPECTOR_CSS = [
  PAGE_CSS,
  'header,main,footer{max-width:72rem}',
  '.desk{display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:center}',
  '.desk form{display:inline;margin:0}',
  'button,input{font:inherit}',
  'button{padding:.3rem .8rem;border:1px solid var(--accent);border-radius:.375rem;background:var(--accent);color:#fff;cursor:pointer}',
  '.desk button{padding:.1rem .5rem;font-size:.8rem;background:#fff;color:var(--accent)}',
  'input{padding:.3rem .4rem;border:1px solid var(--muted);border-radius:.25rem;max-width:100%}',
  'form.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.5rem 0}',
  'form.search label{display:flex;flex-direction:column;font-size:.875rem;color:var(--muted)}',
  '.scroll{overflow-x:auto}',
  // The consumer sheet lets long codes wrap anywhere (a phone); in a table that splits words mid-letter.
  'table{overflow-wrap:normal;word-break:normal}td code{white-space:nowrap}',
  'td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}',
  'td.when{white-space:nowrap;font-size:.875rem}',
  'tr.amended td{background:#fff8e6}',
  '.amendment{display:block;margin-top:.2rem;padding:.2rem .4rem;border-left:.25rem solid #a86b00;background:#fff4d6;font-size:.875rem}',
  'del{color:#b3261e}ins{text-decoration:none;font-weight:600;color:#0b6e4f}',
  '.tree td.lot{white-space:nowrap}',
  '.flag-list li{margin:.4rem 0}',
  '.actions{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:.75rem 0}',
  '.serials{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8125rem;color:var(--muted)}',
  '.serials b{color:var(--ink)}',
  '@media print{@page{size:A4;margin:12mm}body{background:#fff;font-size:10pt}header nav,.desk form,form.search,.actions,.no-print{display:none}' +
    'header,main,footer{max-width:none;padding:0}tr{break-inside:avoid}h2{break-after:avoid}a{color:inherit;text-decoration:none}.scroll{overflow:visible}}',
].join('');
