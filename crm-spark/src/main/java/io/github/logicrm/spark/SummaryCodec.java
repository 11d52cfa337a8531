package io.github.logicrm.spark;

import io.github.logicrm.pipeline.CustomerSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.Codec;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction0;

/**
 * Spark's encoder of a {@link CustomerSummary}: one binary column holding the summary's own compact form
 * ({@link CustomerSummary#writeTo(java.io.DataOutput)}), read back by the run's pipeline on whichever machine decodes
 * it. Neither Java serialization nor Kryo sees the summary, so nothing of the configuration travels with it.
 */
final class SummaryCodec implements Codec<CustomerSummary, byte[]> {

  private static final long serialVersionUID = 1L;

  private final PipelineRef pipeline;

  private SummaryCodec(PipelineRef pipeline) {
    this.pipeline = pipeline;
  }

  /** The encoder of the run's summaries. */
  @SuppressWarnings("unchecked")
  static Encoder<CustomerSummary> encoder(PipelineRef pipeline) {
    AgnosticEncoder<byte[]> binary = (AgnosticEncoder<byte[]>) (AgnosticEncoder<?>) Encoders.BINARY();
    return new AgnosticEncoders.TransformingEncoder<CustomerSummary, byte[]>(
        ClassTag$.MODULE$.apply(CustomerSummary.class), binary, new Provider(pipeline), false);
  }

  @Override
  public byte[] encode(CustomerSummary summary) {
    return write(summary);
  }

  @Override
  public CustomerSummary decode(byte[] form) {
    return read(pipeline, form);
  }

  static byte[] write(CustomerSummary summary) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      summary.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static CustomerSummary read(PipelineRef pipeline, byte[] form) {
    try {
      return pipeline.get().readSummary(new DataInputStream(new ByteArrayInputStream(form)));
    } catch (IOException e) {
      throw new UncheckedIOException("customer summary of " + form.length + " bytes must be readable", e);
    }
  }

  /** Makes the codec where Spark needs it; serializable, as Spark ships it with the plan. */
  private static final class Provider extends AbstractFunction0<Codec<? super CustomerSummary, byte[]>>
      implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private final PipelineRef pipeline;

    Provider(PipelineRef pipeline) {
      this.pipeline = pipeline;
    }

    @Override
    public Codec<? super CustomerSummary, byte[]> apply() {
      return new SummaryCodec(pipeline);
    }
  }
}
