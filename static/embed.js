/*
 * Beltmap embed host script: makes each Beltmap <iframe> on the page as tall as its content.
 *
 *   <iframe src="https://…/?embed=1…" title="…" style="width: 100%; height: 560px; border: 0;"></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * The embedded map posts { type: 'beltmap:height', height: <CSS pixels> } to the page whenever
 * the height it needs changes (its width changed, the legend wrapped …). Only messages from an
 * iframe of this page are taken; anything else, or a height that is not a sane number, is ignored.
 * No dependencies, no other requests; safe to include more than once.
 */
(function () {
  'use strict';
  if (window.beltmapEmbedHost) return;
  window.beltmapEmbedHost = true;
  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 10000;

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'beltmap:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
      frames[i].style.height = height + 'px';
      frames[i].setAttribute('height', String(height));
      return;
    }
  });
})();
