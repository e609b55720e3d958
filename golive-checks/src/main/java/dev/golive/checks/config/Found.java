package dev.golive.checks.config;

/**
 * A setting a framework file gives: a literal value, or a read of an environment variable with a
 * fallback for when the variable is unset.
 *
 * @param setting the framework's name for it ({@code DEBUG}, {@code spring.profiles.active})
 * @param literal the value when it is written out: a String, Boolean, number string, List or Map;
 *     {@code null} for None
 * @param variable the environment variable it reads; {@code null} for a literal
 * @param fallback its value when {@code variable} is unset; {@link PythonSettings#NO_DEFAULT} when
 *     there is none, {@link PythonSettings.Unknown} when it is not a literal
 * @param where the file and line, relative to the repository
 */
record Found(String setting, Object literal, String variable, Object fallback, String where) {
  static Found literal(String setting, Object value, String where) {
    return new Found(setting, value, null, PythonSettings.NO_DEFAULT, where);
  }

  static Found reads(String setting, String variable, Object fallback, String where) {
    return new Found(setting, null, variable, fallback, where);
  }
}
