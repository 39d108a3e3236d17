{{%AUTOESCAPE context="HTML"}}<section class="check">
<h1>下書きを確かめる</h1>
<p>事例ファイル（フロントマター + 本文）を貼り付けると、書式と匿名化の問題を一覧にします。ログインは要らず、貼り付けた文章は保存も記録もしません。</p>
<div class="editor-grid">
<form class="draft-form" action="/check" method="post">
<label for="text">事例ファイル</label>
<textarea id="text" name="text" rows="24" spellcheck="false" maxlength="65536">{{TEXT:pre_escape}}</textarea>
<div class="actions"><button type="submit">確かめる</button></div>
</form>
<div class="side">{{#CHECKED}}{{>PROBLEMS}}{{/CHECKED}}</div>
</div>
{{#CHECKED}}{{>LINES}}{{/CHECKED}}
</section>
