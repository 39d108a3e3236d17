{{%AUTOESCAPE context="HTML"}}<section class="login">
<h1>ログイン</h1>
<p>経済産業局・支援機関の担当者の方は、配布されたログイン名とパスワードでログインしてください。</p>
{{#KEPT}}<div class="conflict"><p>ログインの有効期限が切れたため、保存できませんでした。下の文章を控えてから（すべて選択してコピー）、ログインし直してください。</p><textarea readonly rows="8" class="kept">{{TEXT:pre_escape}}</textarea></div>{{/KEPT}}
{{#ERROR}}<p class="problem error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<form action="/login" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}">
<label>ログイン名<input name="login" autocomplete="username" required maxlength="64" value="{{LOGIN}}"></label>
<label>パスワード<input name="password" type="password" autocomplete="current-password" required maxlength="256"></label>
<button type="submit">ログイン</button>
</form>
<p class="hint">5 回続けて間違えると 15 分間ログインできなくなります。パスワードを忘れたときは管理者に連絡してください。</p>
</section>
