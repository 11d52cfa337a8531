package io.github.logicrm.metrics.clv;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Shared argument checking of the continuous-time models: public methods check, then call the unchecked
 * formulas, which the batch method calls directly after checking the columns once.
 */
abstract sealed class AbstractPurchaseModel implements PurchaseModel permits BetaGeometricModel, ParetoNbd {

  /** Rows per block of the parallel batch. */
  private static final int BLOCK = 4096;

  abstract double logLikelihoodUnchecked(int x, double tx, double age);

  abstract double probabilityAliveUnchecked(int x, double tx, double age);

  /** E[Y(t) | x, T, alive at T]; the conditional expectation is this times P(alive). */
  abstract double expectedIfAlive(double t, int x, double age);

  final double conditionalUnchecked(double t, int x, double tx, double age) {
    return t == 0 ? 0 : expectedIfAlive(t, x, age) * probabilityAliveUnchecked(x, tx, age);
  }

  @Override
  public final double logLikelihood(int x, double tx, double age) {
    Rows.check(x, tx, age);
    return logLikelihoodUnchecked(x, tx, age);
  }

  @Override
  public final double probabilityAlive(int x, double tx, double age) {
    Rows.check(x, tx, age);
    return probabilityAliveUnchecked(x, tx, age);
  }

  @Override
  public final double conditionalExpectedPurchases(double t, int x, double tx, double age) {
    Rows.checkHorizon(t);
    Rows.check(x, tx, age);
    return conditionalUnchecked(t, x, tx, age);
  }

  @Override
  public final void score(double t, int[] x, double[] tx, double[] age, double[] probabilityAlive,
      double[] expectedPurchases) {
    Rows.checkBatch(t, x, tx, age, probabilityAlive, expectedPurchases);
    scoreRows(t, x, tx, age, probabilityAlive, expectedPurchases, 0, x.length);
  }

  @Override
  public final void score(double t, int[] x, double[] tx, double[] age, double[] probabilityAlive,
      double[] expectedPurchases, Executor executor) {
    Objects.requireNonNull(executor, "executor");
    Rows.checkBatch(t, x, tx, age, probabilityAlive, expectedPurchases);
    int rows = x.length;
    int blocks = (rows + BLOCK - 1) / BLOCK;
    if (blocks <= 1) {
      scoreRows(t, x, tx, age, probabilityAlive, expectedPurchases, 0, rows);
      return;
    }
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(blocks);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      for (int block = next.getAndIncrement(); block < blocks; block = next.getAndIncrement()) {
        try {
          scoreRows(t, x, tx, age, probabilityAlive, expectedPurchases, block * BLOCK,
              Math.min(rows, (block + 1) * BLOCK));
        } catch (RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        } finally {
          done.countDown();
        }
      }
    };
    int helpers = Math.min(blocks, Runtime.getRuntime().availableProcessors()) - 1;
    for (int i = 0; i < helpers; i++) {
      try {
        executor.execute(worker);
      } catch (RejectedExecutionException rejected) {
        break; // the calling thread takes the blocks
      }
    }
    worker.run();
    awaitUninterruptibly(done);
    Throwable first = failure.get();
    if (first instanceof RuntimeException e) {
      throw e;
    }
    if (first != null) {
      throw (Error) first;
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Scores rows {@code from} to {@code to - 1}; the columns are checked. */
  private void scoreRows(double t, int[] x, double[] tx, double[] age, double[] probabilityAlive,
      double[] expectedPurchases, int from, int to) {
    for (int i = from; i < to; i++) {
      double alive = probabilityAliveUnchecked(x[i], tx[i], age[i]);
      probabilityAlive[i] = alive;
      expectedPurchases[i] = t == 0 ? 0 : expectedIfAlive(t, x[i], age[i]) * alive;
    }
  }

  static void checkCount(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0: " + n);
    }
  }
}
