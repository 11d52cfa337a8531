package io.github.logicrm.examples;

import java.util.SplittableRandom;

/** Random draws for the made-up books of the guide's examples, from a seeded generator. */
final class Draws {

  private Draws() {}

  /**
   * Draws from Gamma(shape, 1) by Marsaglia and Tsang, with the boost for shapes below 1.
   *
   * @param random the generator
   * @param shape the shape, {@code > 0}
   * @return the draw
   */
  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
      double v = 1 + c * z;
      if (v > 0 && Math.log(random.nextDouble()) < 0.5 * z * z + d - d * v * v * v + d * Math.log(v * v * v)) {
        return d * v * v * v;
      }
    }
  }
}
