package retain.yaml;

/** A file {@link YamlParser} will not read any further, with where and why. */
final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final transient YamlValue.Position at;
  final String code;

  Refusal(YamlValue.Position at, String code, String message) {
    super(message, null, false, false);
    this.at = at;
    this.code = code;
  }
}
