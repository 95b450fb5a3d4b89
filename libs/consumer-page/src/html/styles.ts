/**
 * The pages' only style sheet, inline (no request, nothing to load on a slow network). System
 * font stacks only, CJK faces named for Japanese and Chinese readers; one column that fits a
 * 360 px phone, long codes wrap instead of scrolling sideways.
 */
export const PAGE_CSS = [
  ':root{--ink:#1d2327;--muted:#566069;--line:#dde3e8;--accent:#0b6e4f;--bg:#fafaf7}',
  '*{box-sizing:border-box}',
  'html{-webkit-text-size-adjust:100%;text-size-adjust:100%}',
  'body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,"Hiragino Sans","Yu Gothic","PingFang SC","Microsoft YaHei","Noto Sans CJK JP","WenQuanYi Micro Hei",sans-serif;color:var(--ink);background:var(--bg);overflow-wrap:anywhere}',
  'header,main,footer{max-width:40rem;margin:0 auto;padding:0 1rem}',
  'header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.25rem .75rem;padding-top:.5rem;font-size:.875rem;color:var(--muted)}',
  '.brand{font-weight:700;color:var(--accent)}',
  'nav ul{display:flex;flex-wrap:wrap;gap:.2rem;list-style:none;margin:0;padding:0}',
  'nav a{display:block;min-width:2.25rem;padding:.2rem .3rem;font-size:.8rem;text-align:center;border:1px solid var(--line);border-radius:.375rem;color:var(--ink);text-decoration:none;background:#fff}',
  'nav a[aria-current]{background:var(--accent);border-color:var(--accent);color:#fff;font-weight:600}',
  'h1{font-size:1.5rem;line-height:1.25;margin:.75rem 0 .25rem}',
  'h2{font-size:1.125rem;margin:1.25rem 0 .5rem;padding-top:1rem;border-top:1px solid var(--line)}',
  'h3{font-size:1rem;margin:.75rem 0 .25rem}',
  'p{margin:.5rem 0}',
  '.code,.muted,figcaption{color:var(--muted);font-size:.875rem}',
  '.code{margin:0}',
  '.banner{margin:.75rem 0;padding:.75rem 1rem;border-radius:.5rem;border-left:.4rem solid}',
  '.banner p{margin:.25rem 0 0}',
  '.stop{background:#fde8e8;border-color:#b3261e;color:#5f1410}',
  '.wait{background:#fff4d6;border-color:#a86b00;color:#4d3300}',
  '.banner strong{display:block;font-size:1.0625rem}',
  'dl{display:grid;grid-template-columns:minmax(5rem,35%) 1fr;gap:.2rem .75rem;margin:.5rem 0}',
  'dt{color:var(--muted)}dd{margin:0}',
  'dl+dl{border-top:1px dashed var(--line);padding-top:.5rem}',
  'ol,ul{padding-left:1.25rem;margin:.5rem 0}li{margin:.3rem 0}',
  'figure{margin:.75rem 0}svg{display:block;width:100%;height:auto}',
  'table{border-collapse:collapse;width:100%;font-size:.9375rem}',
  'th,td{padding:.3rem .4rem .3rem 0;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}',
  'th{font-weight:600}',
  '.ok{color:#0b6e4f}.bad{color:#b3261e;font-weight:600}',
  'code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.875em}',
  'footer{margin-top:2rem;padding-top:.75rem;padding-bottom:1.5rem;border-top:1px solid var(--line);font-size:.8125rem;color:var(--muted)}',
].join('');
