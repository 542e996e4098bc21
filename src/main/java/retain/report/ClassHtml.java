package retain.report;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import retain.analysis.ClassReport;
import retain.analysis.Flag;
import retain.analysis.ItemFigures;
import retain.analysis.OptionFigures;
import retain.analysis.StudentRow;
import retain.analysis.TestFigures;
import retain.text.Xml;

/**
 * A class report as one self-contained web page: inline CSS, SVG charts and a few lines of script
 * to sort the item table; nothing is fetched, so it opens offline and prints as it shows.
 */
public final class ClassHtml {

  private static final String STYLE =
      """
      body{font:15px/1.45 system-ui,sans-serif;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem}
      h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
      table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
      th,td{padding:.25rem .5rem;border-bottom:1px solid #e3e3e3;text-align:left}
      td.n,th.n{text-align:right}th[data-sort]{cursor:pointer;user-select:none}
      th[data-sort]::after{content:" \\2195";color:#888}
      .figures{display:flex;flex-wrap:wrap;gap:.5rem 2rem}.figures div b{display:block;font-size:1.3rem}
      .charts{display:flex;flex-wrap:wrap;gap:1rem}svg{max-width:100%;height:auto}
      svg text{font-size:11px}svg .n{text-anchor:middle}svg .l{text-anchor:end}svg .z{text-anchor:middle;font-style:italic}
      .flag{border-left:4px solid #D55E00;padding:.25rem .75rem;margin:.75rem 0;background:#fdf3ec;break-inside:avoid}
      .right{font-weight:bold}.note{color:#555}
      @media print{body{margin:0;max-width:none}th[data-sort]::after{content:""}h2{break-after:avoid}}
      """;

  private static final String SCRIPT =
      """
      document.querySelectorAll("th[data-sort]").forEach(function(th,col){th.addEventListener("click",function(){
      var body=th.closest("table").tBodies[0],rows=Array.from(body.rows),up=th.dataset.dir!=="up";th.dataset.dir=up?"up":"down";
      rows.sort(function(a,b){var x=a.cells[col].dataset.v,y=b.cells[col].dataset.v;
      var c=th.dataset.sort==="n"?(parseFloat(x)||-1e9)-(parseFloat(y)||-1e9):x.localeCompare(y);return up?c:-c;});
      rows.forEach(function(r){body.appendChild(r);});});});
      """;

  private ClassHtml() {}

  /** The whole page. */
  public static String render(ClassReport report) {
    TestFigures test = report.test();
    StringBuilder page =
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    page.append("<title>Class report: ").append(Xml.text(report.deck())).append("</title>");
    page.append("<style>").append(STYLE).append("</style></head><body>\n");
    page.append("<h1>Class report: ").append(Xml.text(report.deck())).append("</h1>\n");
    report
        .notes()
        .forEach(note -> page.append("<p class=\"note\">").append(Xml.text(note)).append("</p>\n"));
    page.append("<div class=\"figures\">")
        .append(figure("students", Integer.toString(test.students())))
        .append(figure("items", Integer.toString(test.items())))
        .append(figure("mean", pct(test.mean())))
        .append(figure("median", pct(test.median())))
        .append(figure("standard deviation", pct(test.sd())))
        .append(figure("skewness", num(test.skewness())))
        .append(figure("kurtosis", num(test.kurtosis())))
        .append(figure(test.kr20() ? "KR-20" : "Cronbach's alpha", num(test.alpha())))
        .append(figure("standard error", pct(test.sem())))
        .append("</div>\n<div class=\"charts\">")
        .append(HtmlCharts.histogram(test.distribution()))
        .append(HtmlCharts.scatter(report.items()))
        .append("</div>\n");
    if (!report.topics().isEmpty()) {
      page.append("<h2>Topics</h2>\n").append(HtmlCharts.topics(report.topics()));
    }
    page.append(items(report.items()));
    page.append(flagged(report));
    page.append(students(report.students()));
    page.append("<script>").append(SCRIPT).append("</script>\n</body></html>\n");
    return page.toString();
  }

  private static String items(List<ItemFigures> items) {
    StringBuilder table =
        new StringBuilder(
            "<h2>Items</h2>\n<table id=\"items\"><thead><tr><th data-sort=\"t\">item</th><th"
                + " data-sort=\"t\">topic</th><th data-sort=\"n\" class=\"n\">facility</th><th"
                + " data-sort=\"n\" class=\"n\">sd</th><th data-sort=\"n\""
                + " class=\"n\">discrimination</th><th data-sort=\"n\""
                + " class=\"n\">answered</th></tr></thead><tbody>\n");
    for (ItemFigures item : items) {
      table
          .append("<tr>")
          .append(cell(item.item(), item.item(), false))
          .append(cell(item.topic().orElse(""), item.topic().orElse(""), false))
          .append(cell(raw(item.facility()), pct(item.facility()), true))
          .append(cell(raw(item.sd()), pct(item.sd()), true))
          .append(
              cell(
                  item.discrimination().isPresent() ? raw(item.discrimination().getAsDouble()) : "",
                  item.discrimination().isPresent()
                      ? pct(item.discrimination().getAsDouble())
                      : "undefined",
                  true))
          .append(
              cell(
                  Integer.toString(item.attempts()), item.attempts() + "/" + item.students(), true))
          .append("</tr>\n");
    }
    return table.append("</tbody></table>\n").toString();
  }

  private static String flagged(ClassReport report) {
    StringBuilder out = new StringBuilder("<h2>Items to look at</h2>\n");
    if (report.flags().isEmpty()) {
      return out.append("<p>No item needs a look.</p>\n").toString();
    }
    for (ItemFigures item : report.items()) {
      List<Flag> flags = report.flags().stream().filter(f -> f.item().equals(item.item())).toList();
      if (flags.isEmpty()) {
        continue;
      }
      out.append("<div class=\"flag\"><h3>")
          .append(Xml.text(item.item()))
          .append("</h3><p>")
          .append(Xml.text(item.question()))
          .append("</p><ul>");
      flags.forEach(
          flag ->
              out.append("<li><b>")
                  .append(Xml.text(flag.kind().label()))
                  .append("</b>: ")
                  .append(Xml.text(flag.message()))
                  .append("</li>"));
      out.append("</ul>");
      if (!item.options().isEmpty()) {
        out.append(
            "<table><thead><tr><th>choice</th><th class=\"n\">picked by</th><th"
                + " class=\"n\">their mean on the rest</th></tr></thead><tbody>");
        for (OptionFigures option : item.options()) {
          out.append("<tr><td")
              .append(option.right() ? " class=\"right\">✓ " : ">")
              .append(Xml.text(option.text()))
              .append("</td><td class=\"n\">")
              .append(pct(option.share()))
              .append("</td><td class=\"n\">")
              .append(pct(option.meanRest()))
              .append("</td></tr>");
        }
        out.append("</tbody></table>");
      }
      out.append("</div>\n");
    }
    return out.toString();
  }

  private static String students(List<StudentRow> students) {
    List<String> topics =
        students.stream().flatMap(s -> s.topics().keySet().stream()).distinct().toList();
    StringBuilder table =
        new StringBuilder(
            "<h2>Students</h2>\n<table id=\"students\"><thead><tr><th>student</th><th"
                + " class=\"n\">score</th><th class=\"n\">percentile</th>"
                + topics.stream()
                    .map(t -> "<th class=\"n\">" + Xml.text(t) + "</th>")
                    .collect(Collectors.joining())
                + "</tr></thead><tbody>\n");
    for (StudentRow row : students) {
      table
          .append("<tr><td>")
          .append(Xml.text(row.who()))
          .append("</td><td class=\"n\">")
          .append(pct(row.score()))
          .append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%.0f", row.percentile()))
          .append("</td>");
      topics.forEach(
          t ->
              table
                  .append("<td class=\"n\">")
                  .append(row.topics().containsKey(t) ? pct(row.topics().get(t)) : "")
                  .append("</td>"));
      table.append("</tr>\n");
    }
    return table.append("</tbody></table>\n").toString();
  }

  private static String figure(String label, String value) {
    return "<div>" + Xml.text(label) + "<b>" + Xml.text(value) + "</b></div>";
  }

  private static String cell(String sortValue, String shown, boolean number) {
    return "<td"
        + (number ? " class=\"n\"" : "")
        + " data-v=\""
        + Xml.attribute(sortValue)
        + "\">"
        + Xml.text(shown)
        + "</td>";
  }

  private static String raw(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  private static String pct(double value) {
    return String.format(Locale.ROOT, "%.0f%%", value);
  }

  private static String pct(OptionalDouble value) {
    return value.isPresent() ? pct(value.getAsDouble()) : "–";
  }

  private static String num(OptionalDouble value) {
    return value.isPresent()
        ? String.format(Locale.ROOT, "%.2f", value.getAsDouble())
        : "undefined";
  }
}
