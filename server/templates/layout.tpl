{{%AUTOESCAPE context="HTML"}}<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} | casekb 伴走支援事例</title>
<link rel="stylesheet" href="/static/style.css">
<link rel="stylesheet" href="/static/publishing.css">
{{#EXTRA_CSS}}<link rel="stylesheet" href="{{URL}}">
{{/EXTRA_CSS}}{{#NOINDEX}}<meta name="robots" content="noindex">
{{/NOINDEX}}<script src="/static/publishing.js" defer></script>
</head>
<body class="publishing">
<header class="site"><a class="brand" href="/">casekb <span>伴走支援 事例ナレッジベース</span></a>
<nav class="site-nav"><a href="/walls">5つの壁とは</a> <a href="/collections">研修コレクション</a> {{#SIGNED_IN}}{{#WRITER}}<a href="/drafts">下書き</a>{{/WRITER}}{{#REVIEWER}} <a href="/review">査読</a> <a href="/audit">監査ログ</a>{{/REVIEWER}}
<span class="who">{{LOGIN}}（{{ROLE_LABEL}}・{{OFFICE}}）</span>
<form class="inline" action="/logout" method="post"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="secondary">ログアウト</button></form>{{/SIGNED_IN}}{{#SIGNED_OUT}}<a href="/check">下書きを確かめる</a> <a href="/login">ログイン</a>{{/SIGNED_OUT}}</nav></header>
<main>
{{#FLASH}}<p class="flash {{KIND}}" role="status">{{TEXT}}</p>{{/FLASH}}
{{>MAIN}}
</main>
<footer class="site"><a href="/check">下書きを確かめる（ログイン不要・保存しません）</a> · 事例は匿名化されています。</footer>
</body>
</html>
