{{%AUTOESCAPE context="HTML"}}<details class="numbered"{{#OPEN}} open{{/OPEN}}><summary>行番号つきで見る</summary>
<ol class="lines">{{#LINE}}<li id="L{{NUMBER}}"><code>{{TEXT}}</code></li>
{{/LINE}}</ol></details>
