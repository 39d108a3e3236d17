{{%AUTOESCAPE context="HTML"}}<article class="walls-page">
<h1>自己変革への「5つの壁」</h1>
<p class="lead">{{INTRO}}</p>
<p class="source">{{SOURCE}}</p>
<nav class="wall-index" aria-label="5つの壁">{{#INDEX}}<a href="#{{ANCHOR}}"><span class="wall-number">{{NUMBER}}</span> {{NAME}}</a>{{/INDEX}} <a href="#matrix-outcome">壁 × 成果</a> <a href="#matrix-industry">壁 × 業種</a></nav>
{{#WALL}}<section class="wall-explained" id="{{ANCHOR}}">
<h2><span class="wall-number">{{NUMBER}}</span> {{NAME}}</h2>
<dl>
<dt>どんな壁か</dt><dd>{{WHAT}}</dd>
<dt>壁の前にいるサイン</dt><dd>{{SIGN}}</dd>
<dt>支援者の取り組み</dt><dd>{{SUPPORT}}</dd>
</dl>
<p class="wall-cases"><a href="{{SEARCH_URL}}">「{{NAME}}」の事例 {{COUNT}} 件を見る →</a></p>
</section>
{{/WALL}}
{{#MATRIX}}<section class="matrix" id="matrix-{{FACET}}">
<h2>{{TITLE}}</h2>
<div class="table-scroll">
<table class="matrix">
<caption>{{CAPTION}}（全 {{CASES}} 件。色の濃さは件数、最も多いマスで {{MAX}} 件）</caption>
<thead><tr><th scope="col" class="corner">{{ROW_LABEL}}＼壁</th>{{#COLUMN}}<th scope="col"><a href="#{{ANCHOR}}">{{NAME}}</a></th>{{/COLUMN}}<th scope="col">事例数</th></tr></thead>
<tbody>
{{#ROW}}<tr><th scope="row"><a href="{{URL}}">{{NAME}}</a></th>{{#CELL}}<td class="shade-{{SHADE}}">{{#LINK}}<a href="{{URL}}" aria-label="{{LABEL}}">{{COUNT}}</a>{{/LINK}}{{#ZERO}}<span class="zero">0</span>{{/ZERO}}</td>{{/CELL}}<td class="total">{{TOTAL}}</td></tr>
{{/ROW}}{{#NO_ROWS}}<tr><td colspan="7">まだ事例がありません。</td></tr>{{/NO_ROWS}}
</tbody>
<tfoot><tr><th scope="row">壁ごとの事例数</th>{{#WALL_TOTAL}}<td><a href="{{URL}}">{{COUNT}}</a></td>{{/WALL_TOTAL}}<td class="total"></td></tr></tfoot>
</table>
</div>
<p class="matrix-note">1 件の事例が複数の壁・成果に当てはまるため、マスの合計は事例数と一致しません。</p>
</section>
{{/MATRIX}}
</article>
