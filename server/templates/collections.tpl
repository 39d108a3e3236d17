{{%AUTOESCAPE context="HTML"}}<section class="collections">
<h1>研修コレクション</h1>
<p class="lead">研修講師が事例を選んで並べ、読みどころのメモと全体の問いを添えた教材です。コレクションごとに、印刷できる配布資料（A4）、Markdown、オフライン用の HTML（zip）を作れます。</p>
{{#CREATE}}<form class="new-collection card" action="/collections" method="post">
<h2>新しいコレクション</h2>
<input type="hidden" name="csrf" value="{{CSRF}}">
<label>タイトル（講座名など）<input name="title" required maxlength="200" value="{{TITLE}}" placeholder="例: 「付いてこない壁」を越える — 4 社の事例で考える"></label>
<label>説明（任意）<textarea name="description" rows="3" maxlength="4000">{{DESCRIPTION:pre_escape}}</textarea></label>
<fieldset class="visibility"><legend>公開範囲</legend>
<label><input type="radio" name="visibility" value="private"{{#PRIVATE}} checked{{/PRIVATE}}> 非公開（自分と管理者だけ）</label>
<label><input type="radio" name="visibility" value="unlisted"{{#UNLISTED}} checked{{/UNLISTED}}> 限定公開（リンクを知っている人）</label>
<label><input type="radio" name="visibility" value="public"{{#PUBLIC_V}} checked{{/PUBLIC_V}}> 公開（一覧に載ります）</label>
</fieldset>
<button type="submit">作る</button>
</form>
{{/CREATE}}{{#SIGN_IN}}<p class="hint">研修担当の方は<a href="/login">ログイン</a>すると、コレクションを作れます。</p>
{{/SIGN_IN}}{{#MINE}}<h2>自分のコレクション</h2>
<ul class="collection-list">{{#ITEM}}<li><a href="{{URL}}">{{TITLE}}</a> <span class="visibility-badge {{VISIBILITY}}">{{VISIBILITY_LABEL}}</span><span class="meta">事例 {{COUNT}} 件 · 更新 {{UPDATED}}</span></li>
{{/ITEM}}</ul>
{{/MINE}}{{#PUBLIC}}<h2>公開されているコレクション</h2>
<ul class="collection-list">{{#ITEM}}<li><a href="{{URL}}">{{TITLE}}</a> <span class="meta">{{OWNER}} · 事例 {{COUNT}} 件 · 更新 {{UPDATED}}</span>{{#DESCRIPTION}}<p class="description">{{TEXT}}</p>{{/DESCRIPTION}}</li>
{{/ITEM}}</ul>
{{/PUBLIC}}{{#NONE}}<p class="empty">公開されているコレクションはまだありません。</p>
{{/NONE}}</section>
