using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AstroBin.Sync.Gallery
{
    /// <summary>
    /// What every page of the gallery shares: the style, the one script (search, filters, sorting, local times),
    /// the Content-Security-Policy that allows exactly that script and style by their hashes and nothing remote, and
    /// the way dates and numbers are written. Fixed texts, so the same entries give the same bytes.
    /// </summary>
    internal static class GalleryChrome
    {
        // Line ends folded to '\n': a checkout with Windows line ends must not change the page's bytes (or the hashes).
        internal static readonly string Style = @"
:root { color-scheme: dark; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; background: #0b0e14; color: #dde3ea; font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif; }
header, main, section, nav.pager, footer { margin: 0 auto; max-width: 1400px; }
header { margin-bottom: 18px; }
h1 { margin: 0 0 6px; font-size: 1.6rem; font-weight: 600; overflow-wrap: anywhere; unicode-bidi: isolate; }
header p { margin: 0 0 4px; color: #8b96a5; }
header strong { color: #dde3ea; font-weight: 600; }
a { color: #8cc4ff; text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
nav.top { display: flex; flex-wrap: wrap; gap: 14px; margin: 0 0 10px; }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 12px; }
.controls input, .controls select { background: #141923; color: #dde3ea; border: 1px solid #33404f; border-radius: 6px; padding: 6px 8px; font: inherit; }
.controls input { flex: 1 1 240px; min-width: 0; }
.controls output { color: #8b96a5; font-size: 0.9rem; }
#grid, .removed-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 18px; }
article { background: #141923; border: 1px solid #252d3a; border-radius: 8px; overflow: hidden; display: flex; flex-direction: column; }
article[hidden] { display: none; }
.thumb { display: block; aspect-ratio: 4 / 3; overflow: hidden; background: #000; }
.thumb img { display: block; width: 100%; height: 100%; object-fit: cover; }
.nothumb { display: flex; height: 100%; align-items: center; justify-content: center; color: #5d6878; }
.text { padding: 10px 12px 12px; display: flex; flex-direction: column; gap: 6px; }
h2 { margin: 0; font-size: 1rem; font-weight: 600; overflow-wrap: anywhere; unicode-bidi: isolate; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; }
h2 a { color: inherit; }
.untitled { color: #8b96a5; font-style: italic; }
time, .links, .equipment, .meta { color: #8b96a5; font-size: 0.85rem; }
.subjects { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 4px; }
.subjects li { background: #1f2a3a; color: #b9d4f2; border-radius: 10px; padding: 1px 8px; font-size: 0.8rem; overflow-wrap: anywhere; unicode-bidi: isolate; }
.equipment { margin: 0; overflow-wrap: anywhere; unicode-bidi: isolate; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.links, .meta { margin: 0; }
.badge { display: inline-block; background: #2b3b22; color: #c7e6a8; border-radius: 4px; padding: 0 6px; font-size: 0.75rem; font-weight: 600; margin-right: 4px; }
.badge.removed { background: #4a2626; color: #f2c0c0; }
.empty { color: #8b96a5; }
h2.section { margin: 28px auto 10px; max-width: 1400px; font-size: 1.2rem; display: block; }
.picture { margin: 0 auto 18px; max-width: 1400px; text-align: center; }
.picture img { max-width: 100%; max-height: 80vh; height: auto; border-radius: 6px; background: #000; }
.description { white-space: pre-line; overflow-wrap: anywhere; unicode-bidi: plaintext; background: #141923; border: 1px solid #252d3a; border-radius: 8px; padding: 12px 14px; }
dl.details { display: grid; grid-template-columns: minmax(120px, max-content) 1fr; gap: 6px 18px; margin: 0; }
dl.details dt { color: #8b96a5; }
dl.details dd { margin: 0; overflow-wrap: anywhere; unicode-bidi: isolate; }
table.revisions { border-collapse: collapse; width: 100%; }
table.revisions th, table.revisions td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #252d3a; overflow-wrap: anywhere; }
table.revisions td.description { white-space: pre-line; border: 0; border-bottom: 1px solid #252d3a; border-radius: 0; background: none; padding: 6px 8px; }
nav.pager { display: flex; justify-content: space-between; gap: 12px; margin: 22px auto 0; }
nav.pager a { max-width: 45%; overflow-wrap: anywhere; }
.sky svg { display: block; width: 100%; height: auto; background: #070a10; border-radius: 8px; }
.sky .outline { fill: #0d1320; stroke: #3a4658; stroke-width: 1.2; }
.sky .grid { fill: none; stroke: #243044; stroke-width: 0.8; }
.sky .equator { stroke: #3c4e68; }
.sky text { fill: #7d8899; font-size: 11px; font-family: 'DejaVu Sans', sans-serif; }
.sky text.star-name { fill: #b7ab8a; font-size: 10px; }
.sky .field { fill: rgba(255, 140, 60, 0.35); stroke: #ff9a4d; stroke-width: 1.5; }
.sky a:hover .field, .sky a:focus .field { fill: rgba(255, 200, 80, 0.7); stroke: #ffe08a; }
.sky .star { fill: #b9b2a0; }
ol.fields { columns: 2 320px; margin: 14px auto 0; max-width: 1400px; color: #8b96a5; }
ol.fields li { break-inside: avoid; overflow-wrap: anywhere; unicode-bidi: isolate; }
/* A phone: two compact columns (a picture, the title, the date), not one tall card an image. */
@media (max-width: 560px) {
  body { padding: 12px; }
  #grid, .removed-grid { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 10px; }
  .text { padding: 6px 8px 8px; gap: 3px; }
  h2 { font-size: 0.9rem; }
  article .subjects, article .equipment, article .links { display: none; }
  dl.details { grid-template-columns: 1fr; gap: 0 0; }
  dl.details dd { margin-bottom: 8px; }
  table.revisions th:nth-child(3), table.revisions td:nth-child(3) { display: none; }
}
".Replace("\r", "");

        /// <summary>
        /// The gallery's only script. It reads the filter state from the URL fragment (#q=M%2031&amp;subject=&amp;year=&amp;sort=),
        /// marks the cards that do not match with the hidden attribute, reorders them, writes the state back, and adds
        /// the local time next to each UTC time. Without it (a browser with scripts off) every card shows, newest first.
        /// </summary>
        internal static readonly string Script = @"
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('[data-local]'), function (element) {
    var moment = new Date(element.getAttribute('data-local'));
    if (!isNaN(moment.getTime())) element.textContent = moment.toLocaleString() + ' local time';
  });
  var grid = document.getElementById('grid');
  if (!grid) return;
  var query = document.getElementById('q'), subject = document.getElementById('subject'), year = document.getElementById('year'),
    sort = document.getElementById('sort'), shown = document.getElementById('shown');
  var cards = Array.prototype.slice.call(grid.querySelectorAll('article[data-image]'));
  function fold(text) { return (text || '').toLowerCase().replace(/\s+/g, ''); }
  cards.forEach(function (card, index) {
    card.galleryOrder = index;
    card.galleryText = fold(card.getAttribute('data-search'));
    card.gallerySubjects = (card.getAttribute('data-subjects') || '').split('\n');
  });
  function choose(select, value) {
    select.value = value;
    if (select.value !== value) select.value = '';
  }
  function read() {
    var state = new URLSearchParams(location.hash.replace(/^#/, ''));
    query.value = state.get('q') || '';
    choose(subject, state.get('subject') || '');
    choose(year, state.get('year') || '');
    choose(sort, state.get('sort') || 'new');
    if (!sort.value) sort.value = 'new';
  }
  function write() {
    var parts = [];
    [['q', query.value], ['subject', subject.value], ['year', year.value], ['sort', sort.value === 'new' ? '' : sort.value]].forEach(function (pair) {
      if (pair[1]) parts.push(pair[0] + '=' + encodeURIComponent(pair[1]));
    });
    var hash = parts.length ? '#' + parts.join('&') : '';
    if (location.hash !== hash) history.replaceState(null, '', location.href.split('#')[0] + hash);
  }
  function compare(a, b) {
    var key = sort.value, difference = 0;
    if (key === 'old') {
      var first = a.getAttribute('data-uploaded') || '\uffff', second = b.getAttribute('data-uploaded') || '\uffff';
      difference = first < second ? -1 : first > second ? 1 : 0;
    } else if (key === 'title') {
      difference = a.getAttribute('data-title').localeCompare(b.getAttribute('data-title'), undefined, { sensitivity: 'base', numeric: true });
    } else if (key === 'likes') {
      difference = Number(b.getAttribute('data-likes')) - Number(a.getAttribute('data-likes'));
    }
    return difference || a.galleryOrder - b.galleryOrder;
  }
  function apply() {
    var needle = fold(query.value), wanted = subject.value, when = year.value, count = 0;
    cards.forEach(function (card) {
      var match = (!needle || card.galleryText.indexOf(needle) >= 0)
        && (!wanted || card.gallerySubjects.indexOf(wanted) >= 0)
        && (!when || card.getAttribute('data-year') === when);
      if (match) { card.removeAttribute('hidden'); count++; } else { card.setAttribute('hidden', ''); }
    });
    cards.slice().sort(compare).forEach(function (card) { grid.appendChild(card); });
    shown.textContent = count === cards.length ? 'all ' + count + ' shown' : count + ' of ' + cards.length + ' shown';
  }
  function changed() { apply(); write(); }
  query.addEventListener('input', changed);
  [subject, year, sort].forEach(function (select) { select.addEventListener('change', changed); });
  window.addEventListener('hashchange', function () { read(); apply(); });
  read();
  apply();
})();
".Replace("\r", "");

        internal static readonly string ContentSecurityPolicy =
            "default-src 'none'; img-src 'self' file:; style-src '" + Sha256(Style) + "'; script-src '" + Sha256(Script) +
            "'; base-uri 'none'; form-action 'none'";

        /// <summary>The document up to the opening of its body.</summary>
        public static StringBuilder Begin(string title, int capacity)
        {
            var page = new StringBuilder(capacity);
            page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .Append("<title>").Append(HtmlText.Escape(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
            return page;
        }

        /// <summary>The script and the end of the document.</summary>
        public static string End(StringBuilder page) =>
            page.Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n").ToString();

        /// <summary>"2026-11-30 21:04 UTC" inside a time element whose datetime the script turns into local time beside it.</summary>
        public static string Time(DateTime moment, bool withLocal = false)
        {
            var utc = moment.Kind == DateTimeKind.Local ? moment.ToUniversalTime() : moment;
            var machine = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            var shown = "<time datetime=\"" + machine + "\">" + utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC</time>";
            return withLocal ? shown + " (<span data-local=\"" + machine + "\">local time needs the page's script</span>)" : shown;
        }

        public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

        public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

        /// <summary>1,234,567 bytes as "1.2 MB" (powers of 1000, as file managers show them).</summary>
        public static string Bytes(long bytes)
        {
            string[] units = { "bytes", "kB", "MB", "GB", "TB" };
            double value = bytes;
            var unit = 0;
            while (value >= 1000 && unit < units.Length - 1)
            {
                value /= 1000;
                unit++;
            }
            return unit == 0 ? Count(bytes) + " bytes" : Number(value, value >= 100 ? "0" : "0.0") + " " + units[unit];
        }

        private static string Sha256(string text)
        {
            using var sha = SHA256.Create();
            return "sha256-" + Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(text)));
        }
    }
}
