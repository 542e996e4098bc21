package retain.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import retain.analysis.ItemFigures;
import retain.text.Xml;

/**
 * The inline SVG charts of the class page. Colours are the Okabe–Ito palette, which readers with
 * any common colour-vision deficiency tell apart; flag zones also differ by pattern of label.
 */
final class HtmlCharts {

  static final String BLUE = "#0072B2";
  static final String ORANGE = "#E69F00";
  static final String VERMILLION = "#D55E00";
  static final String SKY = "#56B4E9";

  private HtmlCharts() {}

  /** Students per tenth of the score scale, as columns. */
  static String histogram(List<Integer> distribution) {
    int most = Math.max(1, distribution.stream().mapToInt(Integer::intValue).max().orElse(1));
    StringBuilder svg = open("Score distribution", 420, 220);
    for (int band = 0; band < distribution.size(); band++) {
      int count = distribution.get(band);
      double height = 160.0 * count / most;
      double x = 40 + band * 37;
      svg.append(
          f(
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"32\" height=\"%.1f\" fill=\"%s\"><title>%d–%d%%:"
                  + " %d</title></rect>",
              x, 180 - height, height, BLUE, band * 10, band * 10 + 10, count));
      if (count > 0) {
        svg.append(
            f("<text x=\"%.1f\" y=\"%.1f\" class=\"n\">%d</text>", x + 16, 175 - height, count));
      }
      svg.append(f("<text x=\"%.1f\" y=\"198\" class=\"n\">%d</text>", x + 16, band * 10));
    }
    svg.append("<line x1=\"38\" y1=\"180\" x2=\"412\" y2=\"180\" stroke=\"#333\"/>");
    svg.append("<text x=\"226\" y=\"215\" class=\"n\">score (%)</text>");
    return svg.append("</svg>").toString();
  }

  /**
   * Facility (x) against discrimination (y) per item, with the zones of the flags shaded: too hard
   * and too easy at the sides, weak and negative discrimination below.
   */
  static String scatter(List<ItemFigures> items) {
    StringBuilder svg = open("Facility against discrimination", 420, 320);
    svg.append(zone(0, 20, -100, 100, ORANGE, "too hard"));
    svg.append(zone(90, 100, -100, 100, ORANGE, "too easy"));
    svg.append(zone(20, 90, 0, 20, SKY, "weak"));
    svg.append(zone(20, 90, -100, 0, VERMILLION, "negative"));
    svg.append("<line x1=\"40\" y1=\"150\" x2=\"400\" y2=\"150\" stroke=\"#333\"/>");
    svg.append(
        "<rect x=\"40\" y=\"10\" width=\"360\" height=\"280\" fill=\"none\" stroke=\"#333\"/>");
    for (ItemFigures item : items) {
      if (item.discrimination().isEmpty()) {
        continue;
      }
      svg.append(
          f(
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" stroke=\"#000\"><title>%s:"
                  + " facility %.0f%%, discrimination %.0f%%</title></circle>",
              x(item.facility()),
              y(item.discrimination().getAsDouble()),
              BLUE,
              Xml.text(item.item()),
              item.facility(),
              item.discrimination().getAsDouble()));
    }
    svg.append("<text x=\"220\" y=\"310\" class=\"n\">facility (%)</text>");
    svg.append(
        "<text x=\"12\" y=\"150\" class=\"n\" transform=\"rotate(-90 12 150)\">discrimination (%)</text>");
    return svg.append("</svg>").toString();
  }

  /** The class's mean per topic, as horizontal bars. */
  static String topics(Map<String, Double> topics) {
    int height = 24 * topics.size() + 10;
    StringBuilder svg = open("Mean score per topic", 420, height);
    int row = 0;
    for (Map.Entry<String, Double> topic : topics.entrySet()) {
      double y = 6 + 24 * row++;
      svg.append(
          f("<text x=\"150\" y=\"%.1f\" class=\"l\">%s</text>", y + 14, Xml.text(topic.getKey())));
      svg.append(
          f(
              "<rect x=\"156\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>",
              y, 2.2 * topic.getValue(), BLUE));
      svg.append(
          f(
              "<text x=\"%.1f\" y=\"%.1f\">%.0f%%</text>",
              160 + 2.2 * topic.getValue(), y + 14, topic.getValue()));
    }
    return svg.append("</svg>").toString();
  }

  private static String zone(
      double fromX, double toX, double fromY, double toY, String fill, String label) {
    return f(
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"0.25\"/>"
            + "<text x=\"%.1f\" y=\"%.1f\" class=\"z\">%s</text>",
        x(fromX),
        y(toY),
        x(toX) - x(fromX),
        y(fromY) - y(toY),
        fill,
        (x(fromX) + x(toX)) / 2,
        y(fromY) - 4,
        label);
  }

  private static double x(double facility) {
    return 40 + 3.6 * facility;
  }

  private static double y(double discrimination) {
    return 150 - 1.4 * discrimination;
  }

  private static StringBuilder open(String title, int width, int height) {
    return new StringBuilder(
        f(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
                + " height=\"%d\" role=\"img\" aria-label=\"%s\"><title>%s</title>",
            width, height, width, height, title, title));
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
