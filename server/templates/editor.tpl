{{%AUTOESCAPE context="HTML"}}<section class="editor">
<p class="back"><a href="/drafts">← 下書きの一覧</a></p>
<h1>下書き <code>{{ID}}</code> <span class="status {{STATUS}}">{{STATUS_LABEL}}</span></h1>
{{#META}}<p class="meta">{{OFFICE}} · 最後に保存: {{AUTHOR}}（{{UPDATED}}）· 版 {{ETAG}}</p>{{/META}}
{{#COMMENT}}<div class="comment"><strong>{{LOGIN}} さんからの差し戻し（{{TIME}}）</strong><p class="pre">{{TEXT:pre_escape}}</p></div>{{/COMMENT}}
{{#CONFLICT}}<div class="conflict" role="alert"><h2>ほかの人が先に保存しました</h2>
<p>{{AUTHOR}} さんが {{UPDATED}} に保存した版と、あなたの編集を並べています。左のあなたの文章に、右の変更のうち残したいものを写してから保存してください（このまま保存すると右の版を置き換えます）。</p>
<div class="side-by-side"><div><h3>あなたの編集（未保存）</h3><pre>{{MINE:pre_escape}}</pre></div><div><h3>保存されている版</h3><pre>{{THEIRS:pre_escape}}</pre></div></div></div>{{/CONFLICT}}
<div class="editor-grid">
<form class="draft-form" action="{{ACTION}}" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="etag" value="{{ETAG}}">
<label for="text">事例ファイル（フロントマター + 本文）</label>
<textarea id="text" name="text" rows="28" spellcheck="false" maxlength="65536">{{TEXT:pre_escape}}</textarea>
<div class="actions">
{{#CAN_WRITE}}<button type="submit" name="action" value="save">保存して確認</button>
<button type="submit" name="action" value="submit" class="secondary">提出する</button>{{/CAN_WRITE}}
</div>
</form>
<div class="side">
{{>PROBLEMS}}
<details class="guide"><summary>フロントマターの項目</summary>
<dl><dt>title</dt><dd>必須。事例の題。</dd><dt>company</dt><dd>必須。A社 のような匿名の記号だけ。</dd>
<dt>industry</dt><dd>必須。日本標準産業分類の大分類（例: 製造業）。</dd><dt>region</dt><dd>必須。都道府県（例: 埼玉県）。</dd>
<dt>walls</dt><dd>必須。見えない・向き合わない・実行できない・付いてこない・足りない から 1〜5 個。</dd>
<dt>outcomes</dt><dd>必須。成果の分類を 1 つ以上（例: [売上・利益の向上, 組織・人材]）。</dd>
<dt>published</dt><dd>必須。公開日 YYYY-MM-DD。</dd><dt>business</dt><dd>任意。事業内容（会社名は書かない）。</dd>
<dt>approach / supporter / supporter_name / themes / measures / stage / source</dt><dd>任意。語彙は taxonomy.yaml のとおり。</dd>
<dt>office</dt><dd>任意。書くなら自分の局・機関の名前。</dd></dl>
<p>本文には「## 設定された課題」「## 支援アプローチ」「## 生まれた事業上の変化」の 3 つの見出しが要ります。実在の会社名・人名・住所・電話番号・メールアドレス・URL は書かないでください。</p></details>
</div></div>
{{>LINES}}
<section class="preview"><h2>プレビュー</h2>{{#PREVIEW}}<article class="case"><h1>{{TITLE}}</h1><div class="body">{{HTML:none}}</div></article>{{/PREVIEW}}{{#NO_PREVIEW}}<p class="empty">誤りを直すとプレビューが表示されます。</p>{{/NO_PREVIEW}}</section>
</section>
