package retain.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar's manifest, so it is never typed twice. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = RetainCommand.class.getPackage().getImplementationVersion();
    return new String[] {"retain " + (version == null ? "(development build)" : version)};
  }
}
