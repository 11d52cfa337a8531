package io.github.logicrm.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the jar's implementation version, or "development". */
final class Versions implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = LogiCrm.class.getPackage().getImplementationVersion();
    return new String[] {"logicrm " + (version == null ? "development" : version)};
  }
}
