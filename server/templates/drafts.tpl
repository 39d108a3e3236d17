{{%AUTOESCAPE context="HTML"}}<section class="drafts">
<h1>{{OFFICE_TITLE}}の下書き</h1>
<form class="new-draft" action="/drafts" method="get">
<label>新しい事例の ID（英小文字・数字・ハイフン）<input name="id" pattern="[a-z0-9][a-z0-9\-]{2,63}" required placeholder="例: seimitsu-saitama-2025"></label>
<button type="submit">書き始める</button>
</form>
{{#EMPTY}}<p class="empty">下書きはまだありません。</p>{{/EMPTY}}
{{#HAS_DRAFTS}}<table class="draft-list">
<thead><tr><th>ID</th><th>状態</th><th>局・機関</th><th>最後に保存した人</th><th>更新</th></tr></thead>
<tbody>{{#DRAFT}}<tr><td><a href="{{URL}}">{{ID}}</a></td><td><span class="status {{STATUS}}">{{STATUS_LABEL}}</span></td><td>{{OFFICE}}</td><td>{{AUTHOR}}</td><td>{{UPDATED}}</td></tr>
{{/DRAFT}}</tbody></table>{{/HAS_DRAFTS}}
</section>
