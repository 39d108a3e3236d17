{{%AUTOESCAPE context="HTML"}}<section class="notice"><h1>{{HEADING}}</h1><p>{{MESSAGE}}</p>{{#LINK}}<p><a href="{{URL}}">{{LABEL}}</a></p>{{/LINK}}</section>
