{{%AUTOESCAPE context="HTML"}}<section class="audit">
<h1>監査ログ（{{OFFICE_TITLE}}）</h1>
<table class="draft-list"><thead><tr><th>時刻 (UTC)</th><th>ログイン</th><th>局・機関</th><th>操作</th><th>事例</th><th>SHA-256</th></tr></thead>
<tbody>{{#ENTRY}}<tr><td>{{TIME}}</td><td>{{LOGIN}}</td><td>{{OFFICE}}</td><td>{{ACTION}}</td><td>{{ID}}</td><td><code>{{SHA}}</code></td></tr>
{{/ENTRY}}</tbody></table>
{{#MORE}}<p><a href="{{URL}}">さらに古いもの</a></p>{{/MORE}}
</section>
