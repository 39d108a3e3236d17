{{%AUTOESCAPE context="HTML"}}<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{#NOINDEX}}<meta name="robots" content="noindex">
{{/NOINDEX}}<title>{{PAGE_TITLE}}</title>
<link rel="stylesheet" href="{{STYLESHEET}}">
</head>
<body class="handout">
{{#SERVER_NAV}}<nav class="screen-only handout-nav"><a href="{{BACK_URL}}">← コレクションに戻る</a> <span>印刷はブラウザーの印刷（Ctrl+P / ⌘P）で。A4 縦、余白は「標準」、「ヘッダーとフッター」は外してください。</span> <a href="{{MD_URL}}">Markdown</a> <a href="{{ZIP_URL}}">オフライン用（zip）</a></nav>
{{/SERVER_NAV}}{{#OFFLINE_NAV}}<nav class="screen-only handout-nav">{{#PREV}}<a href="{{URL}}" rel="prev">← {{LABEL}}</a> {{/PREV}}<a href="index.html">目次</a>{{#NEXT}} <a href="{{URL}}" rel="next">{{LABEL}} →</a>{{/NEXT}} <a href="print.html">印刷用（全体）</a></nav>
{{/OFFLINE_NAV}}{{#COVER}}<section class="cover">
<p class="kind">研修用 配布資料</p>
<h1>{{TITLE}}</h1>
<p class="cover-meta">{{DATE}} · 事例 {{COUNT}} 件{{#OWNER}} · 作成 {{NAME}}{{/OWNER}}</p>
{{#DESCRIPTION}}<p class="description">{{TEXT}}</p>
{{/DESCRIPTION}}<section class="walls-intro">
<h2>自己変革への「5つの壁」</h2>
<p>{{WALLS_INTRO}}</p>
<dl class="walls-list">{{#WALL}}
<dt><span class="wall-number">{{NUMBER}}</span> {{NAME}}</dt><dd>{{SUMMARY}}</dd>{{/WALL}}
</dl>
<p class="source">{{WALLS_SOURCE}}</p>
</section>
</section>
{{/COVER}}{{#CONTENTS}}<section class="contents">
<h2>目次</h2>
<ol class="toc">{{#ENTRY}}
<li><a href="{{URL}}"><span class="toc-number">事例 {{NUMBER}}</span> <span class="toc-title">{{TITLE}}</span></a><span class="toc-meta">{{META}}</span><span class="toc-walls">壁: {{WALLS}}</span>{{#NOTE}}<span class="toc-note">{{TEXT}}</span>{{/NOTE}}</li>{{/ENTRY}}
{{#QUESTIONS_ENTRY}}<li class="toc-questions"><a href="{{URL}}"><span class="toc-number">全体の問い</span> <span class="toc-title">{{COUNT}} 問</span></a></li>{{/QUESTIONS_ENTRY}}
</ol>
{{#SKIPPED_LIST}}<div class="skipped"><p>次の事例はこの資料に載せていません。</p><ul>{{#SKIPPED}}<li>{{ID}}: {{WHY}}</li>{{/SKIPPED}}</ul></div>{{/SKIPPED_LIST}}
{{#EMPTY}}<p class="empty">このコレクションにはまだ事例がありません。</p>{{/EMPTY}}
</section>
{{/CONTENTS}}{{#CASE}}<article class="case {{PAGE_CLASS}}" id="case-{{NUMBER}}">
<header class="case-head">
<p class="case-number">事例 {{NUMBER}} / {{TOTAL}}</p>
<h2>{{TITLE}}</h2>
<ol class="walls" aria-label="5つの壁">{{#CHIP}}<li class="wall{{#HIT}} hit{{/HIT}}">{{NAME}}{{#HIT}}<span class="visually-hidden">（該当）</span>{{/HIT}}</li>{{/CHIP}}</ol>
</header>
<dl class="facts">{{#FACT}}<div><dt>{{LABEL}}</dt><dd>{{VALUE}}</dd></div>{{/FACT}}</dl>
{{#CHANGED}}<p class="changed">この資料は {{PINNED}} に収録した版です。公開中の事例はその後更新されています（{{ADDRESS}}）。</p>
{{/CHANGED}}<div class="body">{{PREAMBLE:none}}{{#SECTION}}
<section class="case-section"><h3>{{TITLE}}</h3>{{HTML:none}}</section>{{/SECTION}}
</div>
{{#CASE_QUESTIONS}}<section class="case-questions"><h3>{{TITLE}}</h3>{{HTML:none}}</section>
{{/CASE_QUESTIONS}}{{#NOTE}}<aside class="note"><h3>講師のメモ</h3><p>{{TEXT}}</p></aside>
{{/NOTE}}<p class="case-address screen-only">{{ADDRESS}}</p>
</article>
{{/CASE}}{{#SET_QUESTIONS}}<section class="set-questions" id="questions">
<h2>全体の問い</h2>
<p class="lead">{{COUNT}} 件の事例を読み比べて考えます。</p>
<ol>{{#Q}}<li>{{TEXT}}</li>{{/Q}}</ol>
</section>
{{/SET_QUESTIONS}}<footer class="handout-footer screen-only">研修用 · {{ADDRESS}}</footer>
</body>
</html>
