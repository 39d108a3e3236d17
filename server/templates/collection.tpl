{{%AUTOESCAPE context="HTML"}}<article class="collection">
<p class="back"><a href="/collections">← 研修コレクション</a></p>
<h1>{{TITLE}}</h1>
<p class="meta"><span class="visibility-badge {{VISIBILITY}}">{{VISIBILITY_LABEL}}</span> 作成 {{OWNER}} · 事例 {{COUNT}} 件 · 更新 {{UPDATED}}</p>
{{#DESCRIPTION}}<p class="description">{{TEXT}}</p>
{{/DESCRIPTION}}<p class="exports"><a class="button" href="{{HANDOUT_URL}}">配布資料を開く（印刷用 A4）</a> <a href="{{MD_URL}}">Markdown で保存</a> <a href="{{ZIP_URL}}">オフライン用 HTML（zip）</a></p>
{{#CHANGES}}<div class="changes" role="status"><p>事例 {{COUNT}} 件が、このコレクションに入れた後に更新されています。配布資料には入れたときの版が載ります。</p>{{#CAN_EDIT}}<form action="{{ACTION}}" method="post" class="inline"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="etag" value="{{ETAG}}"><button type="submit" name="action" value="update_all">すべて最新の版にする</button></form>{{/CAN_EDIT}}</div>
{{/CHANGES}}{{#EMPTY}}<p class="empty">まだ事例がありません。{{#CAN_EDIT}}<a href="/search">事例を探し</a>、検索結果や事例のページの「＋ コレクションに追加」で加えてください。{{/CAN_EDIT}}</p>
{{/EMPTY}}<ol class="items">
{{#ITEM}}<li class="item {{STATE}}" id="item-{{CASE}}">
<div class="item-head"><span class="item-number">{{NUMBER}}</span>
{{#SHOWN}}<div class="item-title"><h2><a href="{{CASE_URL}}">{{CASE_TITLE}}</a></h2><p class="meta">{{META}}</p><p class="item-walls">壁: {{WALLS}}</p></div>{{/SHOWN}}
{{#WITHDRAWN}}<div class="item-title"><h2>事例 {{CASE}}（取り下げ）</h2><p class="notice">この事例は {{DATE}} に取り下げられました。理由: {{REASON}}　配布資料には載りません。{{#CAN_EDIT}}コレクションから外すか、代わりの事例を探してください。{{/CAN_EDIT}}</p></div>{{/WITHDRAWN}}
{{#MISSING}}<div class="item-title"><h2>事例 {{CASE}}（見つかりません）</h2><p class="notice">この事例はいま公開されていません（削除されたか ID が変わりました）。配布資料には載りません。</p></div>{{/MISSING}}
</div>
{{#CHANGED}}<p class="notice changed">この事例は更新されています。コレクションの版: {{PINNED}}{{#PINNED_VERSION}}（版 {{VERSION}}）{{/PINNED_VERSION}}、公開中: {{CURRENT_PUBLISHED}}{{#CURRENT_VERSION}}（版 {{VERSION}}）{{/CURRENT_VERSION}}「{{CURRENT_TITLE}}」</p>{{/CHANGED}}
{{#NOTE_VIEW}}<div class="note"><h3>講師のメモ</h3><p>{{TEXT}}</p></div>{{/NOTE_VIEW}}
{{#EDIT}}<form class="item-edit" action="{{ACTION}}" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="etag" value="{{ETAG}}"><input type="hidden" name="case" value="{{CASE}}">
<label>講師のメモ（なぜこの事例か、どこを見るか）<textarea name="note" rows="3" maxlength="4000">{{NOTE:pre_escape}}</textarea></label>
<div class="item-buttons">
<button type="submit" name="action" value="note">メモを保存</button>
<button type="submit" name="action" value="up" class="secondary"{{#FIRST}} disabled{{/FIRST}} aria-label="{{NUMBER}} 番目を上へ">↑ 上へ</button>
<button type="submit" name="action" value="down" class="secondary"{{#LAST}} disabled{{/LAST}} aria-label="{{NUMBER}} 番目を下へ">↓ 下へ</button>
{{#UPDATE}}<button type="submit" name="action" value="update" class="secondary">最新の版にする</button>{{/UPDATE}}
<button type="submit" name="action" value="remove" class="secondary danger">外す</button>
</div>
</form>{{/EDIT}}
</li>
{{/ITEM}}</ol>
<section class="questions">
<h2>全体の問い</h2>
{{#QUESTION_LIST}}<ol>{{#Q}}<li>{{TEXT}}</li>{{/Q}}</ol>{{/QUESTION_LIST}}{{#NO_QUESTIONS}}<p class="empty">まだありません。</p>{{/NO_QUESTIONS}}
{{#EDIT_QUESTIONS}}<form action="{{ACTION}}" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="etag" value="{{ETAG}}">
<label>問いを 1 行に 1 つずつ（配布資料の最後に載ります）<textarea name="questions" rows="5">{{TEXT:pre_escape}}</textarea></label>
<button type="submit" name="action" value="questions">問いを保存</button>
</form>{{/EDIT_QUESTIONS}}
</section>
{{#SETTINGS}}<section class="settings">
<h2>事例を ID で加える</h2>
<form action="{{ACTION}}" method="post" class="add-by-id">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="etag" value="{{ETAG}}">
<label>事例 ID<input name="case" pattern="[a-z0-9][a-z0-9\-]{2,63}" required placeholder="例: catering-saitama"></label>
<button type="submit" name="action" value="add">加える</button>
</form>
<h2>タイトル・説明・公開範囲</h2>
<form action="{{ACTION}}" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="etag" value="{{ETAG}}">
<label>タイトル<input name="title" required maxlength="200" value="{{TITLE}}"></label>
<label>説明<textarea name="description" rows="3" maxlength="4000">{{DESCRIPTION_TEXT:pre_escape}}</textarea></label>
<fieldset class="visibility"><legend>公開範囲</legend>
<label><input type="radio" name="visibility" value="private"{{#PRIVATE}} checked{{/PRIVATE}}> 非公開（自分と管理者だけ）</label>
<label><input type="radio" name="visibility" value="unlisted"{{#UNLISTED}} checked{{/UNLISTED}}> 限定公開（リンクを知っている人）</label>
<label><input type="radio" name="visibility" value="public"{{#PUBLIC_V}} checked{{/PUBLIC_V}}> 公開（一覧に載ります）</label>
</fieldset>
<button type="submit" name="action" value="settings">保存</button>
</form>
<form action="{{ACTION}}" method="post" class="delete">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="etag" value="{{ETAG}}">
<button type="submit" name="action" value="delete" class="secondary danger">このコレクションを削除する</button>
</form>
</section>
{{/SETTINGS}}<p class="address">このコレクションのアドレス: <a href="{{URL}}">{{URL}}</a></p>
</article>
