package dev.golive.checks.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlTest {
  /** Pages beside the title and description a browser would see in them ("-" for none). */
  static Stream<Arguments> heads() {
    return Stream.of(
        Arguments.of(
            "<html><head><title>Shop</title><meta name=\"description\" content=\"Buy things\">",
            "Shop",
            "Buy things"),
        Arguments.of(
            "<HTML><HEAD><TITLE>\n  Shop\n  &amp; More &#8211; &#x41;\n</TITLE>"
                + "<META NAME=Description CONTENT='It&#39;s &quot;fine&quot;'>",
            "Shop & More – A",
            "It's \"fine\""),
        Arguments.of(
            "<meta content=\"order does not matter\" name=\"description\"/><title>T</title>",
            "T",
            "order does not matter"),
        Arguments.of(
            "<!-- <title>Old</title><meta name=\"description\" content=\"old\"> -->"
                + "<title>New</title>",
            "New",
            "-"),
        Arguments.of(
            "<script>var s = '<meta name=\"description\" content=\"in script\">';</script>"
                + "<title>Real</title>",
            "Real",
            "-"),
        Arguments.of("<title></title><meta name=\"description\" content=\"\">", "", ""),
        Arguments.of("<p>no head at all</p>", "-", "-"),
        Arguments.of(
            "<title>First</title><title>Second</title>"
                + "<meta name=\"description\" content=\"one\"><meta name=\"description\" content=\"two\">",
            "First",
            "one"),
        Arguments.of("<meta name=\"description\" content=\"unclosed", "-", "unclosed"),
        Arguments.of("<title>never closed", "never closed", "-"),
        Arguments.of("<<<>>> < <3 <a <", "-", "-"),
        Arguments.of("<title>&nbsp;</title>", "", "-"),
        Arguments.of("<title>&unknown; &amp</title>", "&unknown; &amp", "-"));
  }

  @ParameterizedTest
  @MethodSource
  void heads(String html, String title, String description) {
    Html.Head head = Html.read(html);
    assertThat(head.title() == null ? "-" : head.title()).isEqualTo(title);
    assertThat(head.meta("description").orElse("-")).isEqualTo(description);
  }

  @Test
  void openGraphTagsAreFoundByPropertyOrName() {
    Html.Head head =
        Html.read(
            "<meta property=\"og:title\" content=\"By property\">"
                + "<meta name=\"og:description\" content=\"By name\">"
                + "<meta property=\"OG:IMAGE\" content=\"https://shop.test/a.png\">");
    assertThat(head.meta("og:title")).contains("By property");
    assertThat(head.meta("og:description")).contains("By name");
    assertThat(head.meta("og:image")).contains("https://shop.test/a.png");
    assertThat(head.meta("og:url")).isEmpty();
  }

  @Test
  void aTagWithoutContentDoesNotCount() {
    assertThat(
            Html.read("<meta name=\"viewport\"><meta name=viewport content=width=device-width>")
                .meta("viewport"))
        .contains("width=device-width");
  }
}
