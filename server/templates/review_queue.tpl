{{%AUTOESCAPE context="HTML"}}<section class="review-queue">
<h1>査読待ち（{{OFFICE_TITLE}}）</h1>
{{#EMPTY}}<p class="empty">提出された下書きはありません。</p>{{/EMPTY}}
{{#HAS_DRAFTS}}<table class="draft-list"><thead><tr><th>ID</th><th>局・機関</th><th>提出した人</th><th>提出</th></tr></thead>
<tbody>{{#DRAFT}}<tr><td><a href="{{URL}}">{{ID}}</a></td><td>{{OFFICE}}</td><td>{{AUTHOR}}</td><td>{{UPDATED}}</td></tr>
{{/DRAFT}}</tbody></table>{{/HAS_DRAFTS}}
</section>
