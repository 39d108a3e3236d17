{{%AUTOESCAPE context="HTML"}}<section class="review">
<p class="back"><a href="/review">← 査読待ちの一覧</a></p>
<h1>査読: <code>{{ID}}</code> <span class="status {{STATUS}}">{{STATUS_LABEL}}</span></h1>
<p class="meta">{{OFFICE}} · {{AUTHOR}} さんが提出（{{UPDATED}}）</p>
<section class="preview"><h2>公開される事例</h2>{{#PREVIEW}}<article class="case"><h1>{{TITLE}}</h1><div class="body">{{HTML:none}}</div></article>{{/PREVIEW}}</section>
<section class="diff"><h2>{{DIFF_TITLE}}</h2>
<table class="diff-table"><tbody>{{#DIFF}}<tr class="{{KIND}}"><td class="num">{{OLD}}</td><td class="num">{{NEW}}</td><td class="sign">{{SIGN}}</td><td><code>{{TEXT}}</code></td></tr>
{{/DIFF}}</tbody></table></section>
<form class="publish-form" action="{{ACTION}}" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="etag" value="{{ETAG}}">
{{#WARNINGS}}<fieldset class="warnings"><legend>警告（一つずつ確かめて、チェックを入れてください）</legend>
{{#WARNING}}<label><input type="checkbox" name="reviewed" value="{{KEY}}" required> {{LINE}} 行目: {{MESSAGE}}{{#TEXT}} <code>{{VALUE}}</code>{{/TEXT}}</label>
{{/WARNING}}</fieldset>{{/WARNINGS}}
{{#CAN_PUBLISH}}<button type="submit" name="action" value="publish">公開する</button>{{/CAN_PUBLISH}}
{{#OWN_DRAFT}}<p class="hint">自分が書いた下書きは公開できません。別の査読者に依頼してください。</p>{{/OWN_DRAFT}}
</form>
<form class="return-form" action="{{ACTION}}" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="etag" value="{{ETAG}}">
<label>差し戻す理由<textarea name="comment" rows="4" maxlength="4000" required></textarea></label>
<button type="submit" name="action" value="return" class="secondary">差し戻す</button>
</form>
</section>
