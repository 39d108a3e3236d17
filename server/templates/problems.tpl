{{%AUTOESCAPE context="HTML"}}<section class="problems" aria-live="polite"><h2>確認の結果</h2>
{{#NO_PROBLEMS}}<p class="ok">問題は見つかりませんでした。</p>{{/NO_PROBLEMS}}
<ol class="problem-list">{{#PROBLEM}}<li class="problem {{SEVERITY}}"><a href="#L{{LINE}}" data-line="{{LINE}}" data-column="{{COLUMN}}">{{LINE}} 行目</a> <strong>{{SEVERITY_LABEL}}</strong> {{MESSAGE}}{{#TEXT}} <code>{{VALUE}}</code>{{/TEXT}}{{#SUGGESTION}}<br><span class="suggestion">提案: {{VALUE}}</span>{{/SUGGESTION}}</li>
{{/PROBLEM}}</ol></section>
