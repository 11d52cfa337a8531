package io.github.logicrm.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Closes resources, turning an {@link IOException} into an {@link UncheckedIOException}. */
final class Closing {

  private Closing() {}

  static void close(AutoCloseable resource) {
    if (resource == null) {
      return;
    }
    try {
      resource.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
