// SPDX-License-Identifier: Apache-2.0
// The page's style sheet, inline: system fonts only, six cards on a 1366×768 screen.

/// The page's CSS.
enum PageStyle {
    static let css = """
        *{box-sizing:border-box}
        body{margin:0;font:14px/1.5 "Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;\
        color:#1f2329;background:#f2f3f5}
        header{position:relative;background:#9e1b1b;color:#fff;padding:10px 24px}
        header h1{margin:0;font-size:20px;letter-spacing:2px}
        header p{margin:2px 0 0;font-size:13px;opacity:.9;max-width:1100px}
        header .language{position:absolute;right:24px;top:14px;color:#fff;font-size:13px}
        main{padding:12px 24px 24px;max-width:1400px;margin:0 auto}
        .cards{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:12px}
        .card{background:#fff;border:1px solid #dee0e3;border-radius:6px;padding:10px 14px 8px}
        .card.primary{border-top:3px solid #9e1b1b}
        .card h2{margin:0;font-size:16px}
        .help{margin:2px 0 6px;color:#646a73;font-size:12px}
        form{display:flex;flex-direction:column;gap:6px}
        .row{display:flex;flex-wrap:wrap;gap:6px 12px}
        label.small{font-size:12px;color:#373c43;display:flex;align-items:center;gap:4px}
        label.wide{flex:1 1 auto}
        label.wide input{flex:1 1 auto;min-width:8em}
        label.small{white-space:nowrap}
        input,select,button{font:inherit;font-size:13px}
        input[type=number]{width:5.5em}
        .drop{display:block;border:2px dashed #b9bdc3;border-radius:6px;padding:6px 10px;background:#fafbfc;cursor:pointer}
        .drop.over{border-color:#9e1b1b;background:#fdf2f2}
        .drop .label{font-weight:bold;font-size:13px;margin-right:8px}
        .drop input{font-size:12px;max-width:100%}
        .drop .hint{display:block;color:#8f959e;font-size:12px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .buttons{display:flex;gap:8px;flex-wrap:wrap}
        button{background:#9e1b1b;color:#fff;border:0;border-radius:4px;padding:5px 16px;cursor:pointer}
        button.secondary{background:#fff;color:#9e1b1b;border:1px solid #9e1b1b}
        button:disabled{opacity:.5;cursor:wait}
        progress{width:100%;height:8px}
        .status{margin:0;min-height:1.2em;font-size:12px;color:#646a73}
        .status.failed{color:#b42318}
        .results{background:#fff;border:1px solid #dee0e3;border-radius:6px;padding:10px 14px;margin-bottom:12px}
        .results h2{margin:0 0 4px;font-size:16px}
        .results.error{border-left:4px solid #b42318}
        .summary{margin:0 0 6px;font-weight:bold}
        .note{color:#8a5a00}
        .files{list-style:none;margin:0 0 6px;padding:0;display:flex;flex-wrap:wrap;gap:4px 8px;font-size:12px;\
        max-height:64px;overflow:auto}
        .files li{border:1px solid #dee0e3;border-left:4px solid #2e7d32;border-radius:3px;padding:1px 6px}
        .files li.invalid{border-left-color:#b42318}
        .table{max-height:300px;overflow:auto;border:1px solid #dee0e3}
        table{border-collapse:collapse;width:100%;font-size:12px}
        th{position:sticky;top:0;background:#f5f6f7;text-align:left;white-space:nowrap}
        th,td{border-bottom:1px solid #eceef0;padding:3px 6px;vertical-align:top}
        td:nth-child(-n+4){white-space:nowrap}
        tr.error .level{color:#fff;background:#b42318;border-radius:3px;padding:0 4px}
        tr.warning .level{color:#fff;background:#c27c00;border-radius:3px;padding:0 4px}
        tr.info .level{color:#fff;background:#5b6b7f;border-radius:3px;padding:0 4px}
        code{font-size:11px;color:#4e5969}
        @media (max-width:1000px){.cards{grid-template-columns:1fr}}
        """
}
