package dev.golive.checks.http;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Expires date of a Set-Cookie, read with the lenient algorithm of RFC 6265 section 5.1.1 that
 * browsers use: {@code Thu, 01 Jan 1970 00:00:00 GMT}, {@code Thursday, 01-Jan-70 00:00:00 GMT} and
 * the like.
 */
final class CookieDate {
  private static final Pattern DELIMITER =
      Pattern.compile("[\\x09\\x20-\\x2F\\x3B-\\x40\\x5B-\\x60\\x7B-\\x7E]+");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\D.*)?");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:\\D.*)?");
  private static final Pattern YEAR = Pattern.compile("(\\d{2,4})(?:\\D.*)?");
  private static final String MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec";

  private CookieDate() {}

  /** {@code text} as seconds since the epoch, or empty when it is no date browsers accept. */
  static OptionalLong parse(String text) {
    Integer hour = null;
    Integer minute = null;
    Integer second = null;
    Integer day = null;
    Integer month = null;
    Integer year = null;
    for (String token : DELIMITER.split(text)) {
      if (token.isEmpty()) {
        continue;
      }
      Matcher m;
      if (hour == null && (m = TIME.matcher(token)).matches()) {
        hour = Integer.parseInt(m.group(1));
        minute = Integer.parseInt(m.group(2));
        second = Integer.parseInt(m.group(3));
      } else if (day == null && (m = DAY.matcher(token)).matches()) {
        day = Integer.parseInt(m.group(1));
      } else if (month == null && token.length() >= 3 && monthOf(token) > 0) {
        month = monthOf(token);
      } else if (year == null && (m = YEAR.matcher(token)).matches()) {
        year = Integer.parseInt(m.group(1));
      }
    }
    if (hour == null || day == null || month == null || year == null) {
      return OptionalLong.empty();
    }
    if (year >= 70 && year <= 99) {
      year += 1900;
    } else if (year >= 0 && year <= 69) {
      year += 2000;
    }
    if (day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || second > 59) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(
          LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC));
    } catch (java.time.DateTimeException e) {
      // 31 February and the like: no such date
      return OptionalLong.empty();
    }
  }

  /** 1 to 12 when {@code token} starts with a month's three letters, else 0. */
  private static int monthOf(String token) {
    int at = MONTHS.indexOf(token.substring(0, 3).toLowerCase(Locale.ROOT));
    return at < 0 || at % 4 != 0 ? 0 : at / 4 + 1;
  }
}
